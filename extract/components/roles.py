"""``diplograph_roles``: who holds which role for which country or organisation.

Rule families (each claim keeps the name of the rule that made it):

- ``roles.explicit``: "Japans Außenminister Fumio Kishida", "Russian President Vladimir Putin";
- ``roles.coordinated``: one role word over a list, "die Außenminister A und B";
- ``roles.respective``: roles given for a group and persons per country, "Außen- und
  Verteidigungsminister ... Japan wurde vertreten durch A und B, Russland durch C und D",
  or "Russian counterparts A and B";
- ``roles.apposition``: "Lawrow, russischer Außenminister";
- ``roles.predicative``: "Kishida nahm als erster japanischer Regierungschef teil";
- ``roles.reference``: a role named without a person ("the Russian foreign minister said"),
  kept with ``person=None`` so that later steps can resolve it to the holder.

The country comes from a modifier (a country name, its genitive, a demonym, or an
organisation compound such as "NATO-Generalsekretär"); without one, from the person's
nationality in the KB. Results go to ``doc._.dg_roles`` as :class:`RoleClaim` records.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import DG
from diplograph.ontology.offices import held_on

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.components.columns import columns
from diplograph.extract.components.role_words import past_post
from diplograph.extract.components.spans import list_item_dash
from diplograph.extract.components.respective_roles import RespectiveRoles
from diplograph.extract.components.role_claims import RoleClaim

_POSSESSIVE = {"'s", "’s", "'", "’"}
#: words that join a role word to the country or body after it ("of Japan", "der NATO")
_OF_WORDS = ("of", "von", "des", "der")


class RoleFinder(RespectiveRoles):
    def __init__(self, nlp: Language):
        self.lex = load_lexicon(nlp.lang)
        self.kb = load_kb()
        self._complement_roles = self.lex.lowered("complement_roles")          # "der Sprecher des ..., X"
        self._government_heads = tuple(sorted(self.lex.lowered("government_body_heads")))

    # --- token-level helpers -----------------------------------------------------------
    def _index(self, doc: Doc) -> tuple[dict, dict]:
        ents = {}
        for ent in self._cols.ents:
            for i in range(ent.start, ent.end):
                ents[i] = ent
        dem = {}
        for start, end, slug in doc._.dg_demonyms or []:
            for i in range(start, end):
                dem[i] = (start, slug)
        return ents, dem

    def _ref(self, ent: Span):
        """A KB slug for a known entity, else the entity's token span."""
        return ent.ent_id_ or (ent.start, ent.end)

    def _org_kinds(self, m) -> tuple:
        """The kinds of entity whose office the role words ``m`` name: countries and
        organisations; for a region's office places and organisations, no country ("Kursk
        region governor"; "Bank of Japan Governor X" governs no Japan)."""
        regional = any(self.lex.has("regional_roles", r) for r in m.roles)
        return ("Organization", "Place") if regional else ("Country", "Organization")

    @staticmethod
    def _titled_holder(m, ents) -> list:
        """The person whose name includes the role words ``m`` ("Emperor Naruhito", a KB name)."""
        ent = ents.get(m.start)
        return [(ent.start, ent.end)] if ent is not None and ent.label_ == "Person" \
            and ent.start == m.start and ent.end > m.end else []

    def _modifiers_left(self, doc, i, ents, dem, kinds=("Country", "Organization")) -> tuple[list, int]:
        """Countries/organisations (or other ``kinds``) modifying the role word that starts at token ``i``."""
        mods, j = [], i - 1
        while j >= 0:
            tok = doc[j]
            if tok.text in _POSSESSIVE or tok.text == "-" or self.lex.has("role_modifiers", tok.text) \
                    or (mods and tok.is_alpha and self.lex.has("list_joiners", tok.text)):
                j -= 1
                continue
            if j in dem:
                first = dem[j][0]
                if first > 1 and doc[first - 1].text == "-" and self.lex.has("stance_prefixes", doc[first - 2].lower_):
                    break                # "pro-Russian President X": a stance, not X's state
                mods.insert(0, dem[j][1])
                j = first - 1
                continue
            if not mods and j not in ents and (self.lex.has("body_heads", tok.text) or self._body_modifier(doc, j)):
                j -= 1                   # "Chinese Foreign Ministry spokesperson": the ministry
                while j >= 0 and j not in ents and self._body_modifier(doc, j):
                    j -= 1               # the KB lacks is its country's; "French presidential spokesman"
                continue
            ent = ents.get(j)
            if ent is not None and ent.label_ in kinds:
                mods.insert(0, self._ref(ent))
                j = ent.start - 1
                continue
            state = self._possessor_state(doc, ent) if ent is not None and not mods and "Country" in kinds else None
            if state is not None:
                mods.insert(0, state)            # "Tokyo's ambassador", "Bushs Sprecher": their state's
                j = ent.start - 1
                continue
            break
        return mods, j

    def _possessor_state(self, doc, ent) -> str | None:
        """The state of a capital or a known person named in the possessive before role words
        ("Tokyo's ambassador", "Berlins Botschafter", "Bushs Sprecher"): the capital's
        country, the person's nationality; None for any other entity or without a possessive."""
        known = self.kb.by_slug(ent.ent_id_) if ent.ent_id_ else None
        if known is None or not (known.kind == "Person" or known.capital_of is not None):
            return None
        text = doc[ent.start:ent.end].text
        marked = ent.end < len(doc) and doc[ent.end].text in _POSSESSIVE or self.lex.lang == "de" \
            and text.endswith("s") and text not in known.names("de")
        if not marked:
            return None
        if known.kind != "Person":
            return self.kb.country_slug(ent.ent_id_)
        published = doc._.dg_published        # a leader's state by an office of the day: not the
        states = {o.org for o in held_on(ent.ent_id_, published.iso if published else None)   # UN
                  if self.kb.is_country(o.org)}            # chief's nor an opposition figure's
        return states.pop() if len(states) == 1 else None

    def _titled_body(self, doc, m) -> list:
        """The body a title word names by itself ("Kommissionspräsidentin X": the European
        Commission's, ``body_titles``), never the holder's own state."""
        body = self.lex.words.get("body_titles", {}).get(doc[m.end - 1].lower_)
        return [body] if body else []

    def _body_modifier(self, doc, j: int) -> bool:
        """Whether token ``j`` names a government body before a role word ("Foreign",
        "government", "presidential": ``body_modifiers``, in either case in English)."""
        tok = doc[j]
        return tok.is_alpha and (self.lex.has("body_modifiers", tok.text) or self.lex.lang == "en" and (
            self.lex.has("body_modifiers", tok.text.capitalize()) or self.lex.has("body_heads", tok.text.capitalize())))

    def _modifiers_right(self, doc, i, ents, end, kinds=("Country",)) -> tuple[list, int]:
        """Countries (or other ``kinds``) after a role word: "Japans und Russlands", "of
        Japan and Russia", "of the G7", "for the foreign ministry"."""
        mods, j = [], i
        if j < end and (doc[j].lower_ in _OF_WORDS or self.lex.has("role_org_prepositions", doc[j].lower_)):
            j += 1                       # "spokesman for the foreign ministry"
            if j < end and "Organization" in kinds and doc[j].lower_ in ("the", "der", "des"):
                j += 1                   # "chair of the G7", "Generalsekretär der NATO"
        while j < end:
            ent = ents.get(j)
            if ent is not None and ent.label_ in kinds and ent.start == j:
                mods.append(self._ref(ent))
                j = ent.end
            elif mods and doc[j].is_alpha and self.lex.has("list_joiners", doc[j].text):
                j += 1
                if j < end and doc[j].lower_ in ("the", "der", "des"):
                    j += 1               # "Südkoreas und der USA", "of Japan and the US"
            else:
                break
        return mods, j

    def _genitive_after(self, doc, i) -> bool:
        """Whether what follows the role word ending before ``i`` is its country's genitive
        ("Botschafter Chinas", "ambassador of China"), not the object of a verb ("besuchte
        der Kanzler Mexiko")."""
        return i < len(doc) and (doc[i].lower_ in _OF_WORDS
                                 or self.lex.lang == "de" and doc[i].text.endswith("s"))

    def _mission_of(self, doc, i, dem, end) -> list:
        """The country of the mission named after a role word at ``i``: "(the charge
        d'affaires) of the Chinese Embassy", "(der Gesandte) der chinesischen Botschaft"."""
        j = i
        while j < end and j - i < 3 and (doc[j].lower_ in ("of", "der", "des") or self.lex.has("determiners", doc[j].text)):
            j += 1
        if j == i or j not in dem or dem[j][0] != j:
            return []
        k = j + 1
        while k < end and k in dem and dem[k][0] == j:
            k += 1
        return [dem[j][1]] if k < end and self.lex.has("mission_nouns", doc[k].text) else []

    def _persons_right(self, doc, i, ents, stops) -> list:
        """Person entities from token ``i`` on (past an honorific: "Prime Minister Sheikh X"),
        joined by list words, up to a new role word; not the last one when a role of its own
        follows it after a comma ("Minister A and B, a former adviser")."""
        persons, j = [], i
        if j < len(doc) and self.lex.has("person_titles", doc[j].text) and doc[j].ent_type_ != "Person":
            j += 1
        while j < len(doc) and j not in stops:
            ent = ents.get(j)
            if ent is not None and ent.label_ == "Person" and ent.start == j:
                persons.append((ent.start, ent.end))
                j = ent.end
                if j < len(doc) and self.lex.has("list_joiners", doc[j].text) \
                        and j + 1 < len(doc) and doc[j + 1].ent_type_ == "Person" and j + 1 not in stops:
                    j += 1
                    continue
            break
        k = persons[-1][1] if persons else 0
        k += 1 + (k + 2 < len(doc) and self.lex.has("determiners", doc[k + 1].text))   # ", a former"
        if len(persons) > 1 and k < len(doc) and doc[persons[-1][1]].text == "," and (
                k in stops or self.lex.has("past_role_markers", doc[k].text)):
            persons.pop()                # "Außenminister A und B, früherer Berater von X": B's own
        return persons

    def _apposed_holders(self, doc, i, ents, stops, end) -> list:
        """The persons set off by commas after a role word at ``i`` and the place it is held
        in ("Der deutsche Botschafter in Moskau, Alexander Lambsdorff, ...", "Canada's
        ambassador to France, X, was ..."); [] unless a comma closes them."""
        k = i
        if k + 1 < end and self.lex.has("role_place_prepositions", doc[k].lower_) and (ent := ents.get(k + 1)) is not None:
            k = ent.end
        if k >= end or doc[k].text != ",":
            return []
        j = k + 1
        while j < end and j - k <= 2 and self.lex.has("rank_titles", doc[j].text):
            j += 1                       # "Mali's interim president, Col. X, ...": a rank
        persons = self._persons_right(doc, j, ents, stops)
        return persons if persons and self._closed(doc, persons[-1][1], end) else []

    @staticmethod
    def _closed(doc, k: int, end: int) -> bool:
        """Whether an apposed name ending before token ``k`` is closed by a comma or ends its
        sentence ending at ``end`` ("..., said a government spokesman, X.")."""
        if k < end and doc[k].text == ",":
            return True
        return k < end and all(doc[j].is_punct or doc[j].is_space for j in range(k, end)) \
            and doc[k].text in (".", "!", "?")

    def _complement_holders(self, doc, i, ents, dem, stops, end):
        """The person set off by a comma after a role word of ``complement_roles`` and the body
        it serves ("der Sprecher des chinesischen Außenministeriums, X, ...", "a spokesman for
        the Polish border guard, X."), with that body's country: a demonym's or a name's in it
        (a city's state) when a word of government heads it (``government_body_heads``), else
        a body of no state it names; None without one, and for a mission ("the embassy in X")."""
        if i >= end or not self.lex.has("role_complement_words", doc[i].text):
            return None                  # the words the titled-person finder reads past too
        j, country, body, governing = i + 1, None, None, False
        while j < end and j - i <= 8 and doc[j].text != ",":
            ent = ents.get(j)
            if ent is not None and ent.label_ == "Person" or doc[j].is_punct and doc[j].text not in "()-" \
                    or self.lex.has("mission_nouns", doc[j].text):
                return None              # "the spokesman of the president, X": not the body's; "the
                                         # embassy in Moscow": not the host's
            governing = governing or doc[j].lower_.endswith(self._government_heads)
            if j in dem:
                country = country or dem[j][1]
            if ent is not None and ent.ent_id_ and ent.label_ in ("Country", "Place", "Organization"):
                own = ent.ent_id_ if ent.label_ == "Country" else self.kb.country_slug(ent.ent_id_)
                country = country or own
                body = body or (ent.ent_id_ if own is None and ent.label_ == "Organization" else None)
            j = ent.end if ent is not None else j + 1
        persons = self._persons_right(doc, j + 1, ents, stops) if j < end and doc[j].text == "," else []
        if (country or body) is None or len(persons) != 1 or not self._closed(doc, persons[0][1], end) \
                or country is not None and not governing:
            return None                  # "the spokesman of the Polish police / of Toyota, X": no state's
        return persons, [country or body]

    def _country(self, doc, person, mods, k, n, role=None):
        if len(mods) == 1:
            return self._office_over_body(doc, person, mods[0], role)
        if mods and len(mods) == n:
            return mods[k]
        ent = doc[person[0]:person[1]]
        if role is not None and role in self.lex.words.get("organisation_roles", ()):
            return self._organisation_before(doc, person[0])   # not the holder's nationality
        if role is not None and (self.lex.has("regional_roles", role) or self.lex.has("body_roles", role)):
            return None                  # a governor's region, a chief's body is no nationality
        j = person[1]
        q = j + 2 if j + 2 < len(doc) and self.lex.has("definite_determiners", doc[j + 1].text) else j + 1
        if not mods and q < len(doc) and not ent.ent_id_ and self.lex.has("holder_state_links", doc[j].text) \
                and doc[q].ent_type_ == "Country" and doc[q].ent_iob_ == "B" and doc[q].ent_id_:
            return doc[q].ent_id_        # "President Jo Beispiel of France", "... of the Netherlands"
        published = doc._.dg_published
        held = {o.org for o in held_on(ent.ent_id_, published.iso if published else None) if o.role == role}
        if len(held) == 1:
            org = held.pop()
            state = self.kb.country_slug(org)
            if self.kb.is_country(state):
                return state             # a ministry's spokeswoman: her state's
            if state is None and not self.kb.by_slug(org).venue:
                return org               # "Council President Michel": the body of no state he presides
        return self.kb.country_slug(ent.ent_id_) if ent.ent_id_ else None

    def _office_over_body(self, doc, person, mod, role):
        """The state a KB person held ``role`` of on the publication date, where the modifier
        before the title is a body of that state ("der US-Kongress Präsident X": the Congress
        is the sentence's subject, X its state's president); else the modifier ``mod``."""
        slug = doc[person[0]:person[1]].ent_id_
        if not slug or not isinstance(mod, str) or self.kb.is_country(mod):
            return mod
        published = doc._.dg_published
        held = {o.org for o in held_on(slug, published.iso if published else None) if o.role == role}
        state = self.kb.country_slug(mod)
        return state if held == {state} and state != mod else mod

    # --- the component -----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self._cols = columns(doc)            # the doc's tokens, entities and sentences
        ents, dem = self._index(doc)
        mentions = doc._.dg_role_mentions or []
        starts = {m.start for m in mentions}
        claims: list[RoleClaim] = []
        for m in mentions:
            if m.deputy:
                continue                     # a deputy's title claims no office
            sent = self._cols.sent_of(m.start)
            sspan = (sent.start_char, sent.end_char)
            kinds = self._org_kinds(m)
            mods, left = self._modifiers_left(doc, m.start, ents, dem, kinds)
            if not mods and m.start > 0 and self.lex.has("subnational_adjectives", doc[m.start - 1].text):
                continue                     # "die schottische Regierungschefin X": a region's office
            mods = mods or self._inherited(doc, m, claims, ents) or self._titled_body(doc, m)
            if not mods and self._plural_title(doc, m) and len(paired := self._holders_of_states(
                    doc, past_post(doc, m.end, self.lex), ents, starts, sent.end)) > 1:
                claims += [RoleClaim(p, r, state, "roles.respective", sspan, (m.start, m.end), True)
                           for p, state in paired for r in m.roles]      # "Presidents A of X and B of Y"
                continue
            persons = self._titled_holder(m, ents) or self._persons_right(doc, past_post(doc, m.end, self.lex), ents, starts)
            right = []
            if not persons and not mods:
                # "Die Außenminister Japans und Russlands, A und B," / "the PM of Japan, X,"
                mods, after = self._modifiers_right(doc, m.end, ents, sent.end,
                                                     tuple(k for k in kinds if k != "Organization"))
                if mods and after < sent.end and doc[after].text == ",":
                    persons = self._persons_right(doc, after + 1, ents, starts)
                if not persons:
                    right = (mods if self._genitive_after(doc, m.end) else []) or self._mission_of(doc, m.end, dem, sent.end)
                    mods = []
            if not persons and not any(m.start - 4 <= o.end <= m.start for o in mentions if o is not m):
                persons = self._apposed_holders(doc, m.end, ents, starts, sent.end)   # not "the
                                                  # spokesman of the president, X,": the spokesman
                if not persons and not mods and set(m.roles) <= self._complement_roles and (found := self._complement_holders(
                        doc, m.end, ents, dem, starts, sent.end)) is not None:
                    persons, mods = found
            if persons:
                claims += self._listed(doc, m, mods, persons, sspan)
                continue
            person, rule = self._left_person(doc, left, sent, ents)
            if rule == "roles.apposition" and m.end < sent.end and self.lex.has("speech_verbs", doc[m.end].text):
                person = None                # "... with X, the Japanese spokesman said": he speaks
            if person is not None and not mods:                           # "X, chair of the G7"
                mods = self._modifiers_right(doc, m.end, ents, sent.end, ("Country", "Organization"))[0]
            if person is not None:
                claims += [RoleClaim(person, r, self._country(doc, person, mods, 0, 1, r), rule, sspan,
                                     (m.start, m.end)) for r in m.roles]
            elif mods or left >= 0 and self.lex.has("definite_determiners", doc[left].text):
                # "der russische Außenminister sagte", "Der Minister sagte": resolved later;
                # "den Botschafter Chinas", "the envoy of the Chinese Embassy": China's
                mods = mods or (right if len(right) == 1 else [])
                claims += [RoleClaim(None, r, mods[0] if len(mods) == 1 else None,
                                     "roles.reference", sspan, (m.start, m.end)) for r in m.roles]
        claims += self._respective(doc, mentions, claims, ents, dem, starts)
        claims += self._ministry_heads(doc, ents)
        doc._.dg_roles = [c for c in claims if c.person is None or c.org is not None]
        return doc

    def _listed(self, doc, m, mods, persons, sspan) -> list:
        out = []
        if len(m.roles) > 1 and len(persons) == len(m.roles):
            pairs = [(p, r, k) for k, (p, r) in enumerate(zip(persons, m.roles))]
            rule = "roles.respective"
        else:
            rule = "roles.explicit" if len(persons) == 1 else "roles.coordinated"
            pairs = [(p, r, k) for k, p in enumerate(persons) for r in m.roles]
        for person, role, k in pairs:
            org = self._country(doc, person, mods, k, len(persons), role)
            out.append(RoleClaim(person, role, org, rule, sspan, (m.start, m.end), bool(mods)))
        return out

    def _organisation_before(self, doc, i):
        """The last international organisation named before token ``i`` (a secretary
        general's organisation when the text does not repeat it)."""
        for ent in reversed([e for e in self._cols.ents if e.end <= i and e.label_ == "Organization"]):
            known = self.kb.by_slug(ent.ent_id_) if ent.ent_id_ else None
            if known is not None and known.cls == DG.Organization and known.country is None:
                return ent.ent_id_
        return None

    def _inherited(self, doc, m, claims, ents) -> list:
        """"Japanese Foreign Minister A and Defense Minister B": B's role inherits Japan, unless
        the KB knows B as another country's."""
        j = m.start - 1
        if j < 1 or not self.lex.has("list_joiners", doc[j].text):
            return []
        ent = ents.get(j - 1)
        if ent is None or ent.label_ != "Person":
            return []
        holder = ents.get(m.end)
        for c in reversed(claims):
            if c.person == (ent.start, ent.end) and c.rule == "roles.explicit" and c.stated:
                own = self.kb.country_slug(holder.ent_id_) if holder is not None and holder.ent_id_ else None
                return [] if own is not None and own != c.org else [c.org]   # "Nordkoreas Machthaber Kim
        return []                                                               # und Präsident Putin": Russia's

    def _left_person(self, doc, left, sent, ents):
        """Apposition ("Lawrow, russischer Außenminister") or predicative ("X als ... Chef")."""
        j = left
        while j >= sent.start and (self.lex.has("determiners", doc[j].text)
                                   or doc[j].is_lower and doc[j].text in ("first", "erste", "erster")):
            j -= 1
        if j < sent.start:
            return None, None
        if j - 1 >= sent.start and (doc[j].text == "," or self._list_dash(doc, j, ents)):
            k = j - 1
            if doc[k].text == ")":               # "X (57, FDP), deutscher Botschafter"
                k = next((i - 1 for i in range(k - 1, max(sent.start, k - 7), -1) if doc[i].text == "("), k)
            ent = ents.get(k)
            if ent is not None and ent.label_ == "Person":
                return (ent.start, ent.end), "roles.apposition"
        if self.lex.has("predicative_words", doc[j].text):     # "als", "became", "wurde"
            near = j - 1 >= sent.start and doc[j - 1].lower_ in ("he", "she", "er", "sie")
            reach = sent.start if near else max(sent.start, j - 8)   # "..., he became the first"
            for k in range(j - 1, reach - 1, -1):
                ent = ents.get(k)
                if ent is not None and ent.label_ == "Person":
                    return (ent.start, ent.end), "roles.predicative"
        return None, None

    def _list_dash(self, doc, j, ents) -> bool:
        """Whether token ``j`` is the dash after a person that opens a list item ("• Jo
        Beispiel – former Dutch defence minister")."""
        ent = ents.get(j - 1)
        return ent is not None and ent.label_ == "Person" and list_item_dash(doc, j, ent.start, self.lex)

    def _ministry_heads(self, doc, ents) -> list:
        """"the head of the Japanese defence ministry, X", "X, Chef des russischen
        Verteidigungsministeriums": the minister of that ministry's country."""
        out, lower = [], self._cols.lower
        for i in self._cols.where(self.lex.lowered("head_words")):
            k = i + 1
            if k >= len(doc) or lower[k] not in ("of", "des", "der"):
                continue
            k += 2 if k + 1 < len(doc) and lower[k + 1] == "the" else 1
            ent = ents.get(k)
            role = self._ministry_role(doc, ent) if ent is not None and ent.start == k else None
            country = self.kb.country_slug(ent.ent_id_) if role else None
            person = self._person_beside(doc, i, ent.end, ents) if country else None
            if person is not None:
                sent = self._cols.sent_of(i)
                out.append(RoleClaim(person, role, country, "roles.apposition",
                                     (sent.start_char, sent.end_char), (i, ent.end), True))
        return out

    def _ministry_role(self, doc, ent) -> str | None:
        """The minister's role of a KB ministry, from its name ("Verteidigungsministerium")."""
        known = self.kb.by_slug(ent.ent_id_) if ent.label_ == "Organization" and ent.ent_id_ else None
        if known is None or known.cls != DG.Ministry:
            return None
        text = doc[ent.start:ent.end].text.lower()
        return next((r for word, r in self.lex.words.get("ministry_roles", {}).items() if word in text), None)

    def _person_beside(self, doc, start: int, end: int, ents):
        """The person apposed to the phrase [start, end): ", X" after it or "X, " before it."""
        after = ents.get(end + 1) if end < len(doc) and doc[end].text == "," else None
        if after is not None and after.label_ == "Person" and after.start == end + 1:
            return (after.start, after.end)
        k = start - 1
        while k >= 0 and (doc[k].text == "," or self.lex.has("determiners", doc[k].text)):
            k -= 1
        before = ents.get(k)
        if before is not None and before.label_ == "Person" and k < start - 1:
            return (before.start, before.end)
        return None

@Language.factory("diplograph_roles")
def make_role_finder(nlp: Language, name: str) -> RoleFinder:
    return RoleFinder(nlp)
