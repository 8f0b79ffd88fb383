"""What a mention is about rather than an event of its own: the topics of an agreement,
a suspension or an announcement in the same sentence, the text of what was agreed, and the
countries a war is waged on or named after (a mixin of
:class:`~diplograph.extract.components.events.EventFinder`)."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from diplograph.extract.coreference import SINGLE_ACT_KINDS
from diplograph.extract.components.columns import within
from diplograph.extract.components.talked import TalkedAbout

AGREEING = {"Agreement", "Suspension", "Sanction"}           # what they take up is a topic
GATHERINGS = {"Meeting", "Talks", "Summit"}
ARRANGED = GATHERINGS | {"PhoneCall", "Visit"}    # what a verb of arranging or inviting can set up
ADOPTED = {"Sanction", "Expulsion", "EntryBan"}  # an act that deciding on it makes happen
STOPPING = {"Suspension"}                         # its parties are those of the talks it stops
INTERCEPTED = {"MilitaryExercise", "AirspaceViolation", "Deployment"}   # what jets can intercept
OUTCOME_HOSTS = GATHERINGS | {"PhoneCall"}     # an agreement of the same sentence is their outcome
_ARRANGED_APART = {"PhoneCall", "Visit"}          # "agreed that X would visit Y", "enthusiasm for an
                                                # accord, in a phone call with X": events of their own
OWN_ACTS = SINGLE_ACT_KINDS - {"Sanction"}        # acts of their own, never a sanction's topic


class EventTopics(TalkedAbout):
    """Folding the mentions that name what another one is about into that one."""

    def _topics(self, doc: Doc, events: list) -> list:
        """"agreed to hold joint exercises": the exercises are what was agreed, not an event;
        "hat die Verhandlungen ausgesetzt": the talks are what was suspended; "announced he
        would travel to Japan": the trip is the news, not the announcing."""
        out, by_sent, out_by_sent = [], {}, {}
        for ev in events:
            by_sent.setdefault(ev.sent, []).append(ev)
        for ev in events:
            same, kept = by_sent[ev.sent], out_by_sent.setdefault(ev.sent, [])   # in text order
            if ev.kind == "Announcement" and any(o is not ev and o.kind != "Announcement" for o in same):
                continue                 # "announced he would travel to X", "X is expelled, the
                                         # ministry announced": what is announced is the news
            later = next((h for h in same if h.kind == "Suspension"
                          and h.trigger[0] >= ev.trigger[1] and ev.kind in GATHERINGS
                          and self._clause(doc, *h.trigger) == self._clause(doc, *ev.trigger)), None)
            if later is not None:
                later.topics.append(ev.trigger_text)
                continue
            host = next((h for h in reversed(kept) if h.kind in AGREEING
                         and not (h.kind == "Sanction" and ev.kind in OWN_ACTS)   # "imposed
                         and h.trigger[1] <= ev.trigger[0]               # sanctions and expelled")
                         and ((not h.prior or h.kind == "Agreement")         # "since they agreed
                              and h.agreed_span[0] <= ev.trigger[0] < h.agreed_span[1]   # to launch
                              or not h.prior and self._clause(doc, *h.trigger)   # negotiations"
                              == self._clause(doc, *ev.trigger))
                         and not h.reference), None)      # "Nach dem Austritt X's setzt Y ... aus": two acts
            gathering = next((h for h in reversed(kept) if h.kind in OUTCOME_HOSTS
                              and h.trigger[1] <= ev.trigger[0] and ev.kind == "Agreement"
                              and ev.rule.endswith(".noun") and not ev.document), None)
            if gathering is not None:    # "discussed the peace treaty in a phone call", "met
                gathering.topics.append(ev.trigger_text)   # in Hanoi, where they reached an
                                                           # agreement"
            elif host is not None and host.kind in STOPPING and ev.kind == "Visit" and not host.topics \
                    and ev.trigger[0] - host.trigger[1] <= 4:   # "ended his trip"; not "scrapped the
                                                                # agreements that allow X to travel"
                out.remove(host)             # "beendete seine Asienreise", "ended his trip": the
                kept.remove(host)            # trip is the event, and nothing was suspended
                out.append(ev)
                kept.append(ev)
            elif host is not None and (ev.kind not in GATHERINGS and not (
                    host.kind == "Agreement" and ev.kind in _ARRANGED_APART) or host.kind == "Suspension" or host.prior):
                if host.kind == "Agreement" and not host.topics and not host.document and (
                        ev.kind in ADOPTED or ev.kind in STOPPING and self._decided_act(host, ev)
                        and not self._subject_noun(host, ev)):
                    host.kind = ev.kind  # "adopted new sanctions", "beschloss ein Sanktionspaket":
                    host.actors += [a for a in ev.actors if a not in host.actors]   # the sanctions
                    host.targets += [a for a in ev.targets if a not in host.targets]
                host.topics.append(ev.trigger_text)   # are the act, no accord; "beschloss, Sanktionen
                                                      # gegen X zu verhängen": X is their target
                if host.kind == ev.kind == "Agreement" and ev.actors and ev.bound \
                        and self._clause(doc, *host.trigger) == self._clause(doc, *ev.trigger):
                    host.actors = list(ev.actors)     # "the treaty was signed between X and Y in Z":
                    host.place = host.place or ev.place   # the signing's parties and place are the accord's
            else:
                out.append(ev)
                kept.append(ev)
        return [ev for ev in out if not (ev.kind == "Agreement" and self._one_side_decided(doc, ev.trigger))]

    def _one_side_decided(self, doc, trigger: tuple[int, int]) -> bool:
        """Whether an accord's trigger is one side's decision ("Kanada beschloss", "hat ...
        beschlossen"; not "haben beschlossen", nor "beschloss mit Brasilien"): no accord,
        unless what it decided made it that act above ("beschloss Sanktionen")."""
        s, (clo, chi) = trigger[0], self._clause(doc, *trigger)
        partner = any(self._has("partner_words", k) and any(self.cols.ent[j] for j in range(k + 1, min(k + 4, chi)))
                      for k in range(clo, chi))      # "beschloss mit Brasilien ein Abkommen"
        return not partner and (self._has("singular_decisions", s) or self._has("decision_verbs", s)
                                and self._any("singular_auxiliaries", clo, s))

    def _subject_noun(self, host, ev) -> bool:
        """Whether the accord's noun runs into the act's verb, at most one word between and
        no punctuation or infinitive marker ("the 1978 accord ended the war", "das Abkommen
        beendete den Krieg"): the accord is what acts, not a decision to do it ("the
        agreement to suspend talks", "die Einigung, die Gespräche auszusetzen")."""
        between, after = range(host.trigger[1], ev.trigger[0]), ev.trigger[1]
        if self.lex.lang == "de" and (after >= len(self._lower) or self.cols.punct[after]):
            return False                 # a German verb that ends its clause follows its object
        return host.noun and not ev.noun and len(between) <= 1 and not any(   # ("hat das Abkommen
            self.cols.punct[k] or self._has("infinitive_markers", k) for k in between)   # ausgesetzt")

    def _decided_act(self, host, ev) -> bool:
        """Whether the act ``ev`` is what the agreeing or deciding ``host`` itself does
        ("beschloss, die Gespräche auszusetzen", "agreed to suspend the talks"): no
        that-clause and no other infinitive between (not "agreed that pressure is needed to
        force X to halt ...")."""
        between = range(host.trigger[1], ev.trigger[0])
        return not self._any("complementizers", between.start, between.stop) \
            and not any(self._infinitive_to(k) for k in between if k != ev.trigger[0] - 1)

    def _protested(self, doc: Doc, events: list) -> list:
        """"protested against Brazil's deployment of missiles", "protests Brazilian missile
        tests", "hat die brasilianischen Manöver verurteilt": the states that did what a
        protest is against, named in its clause after it (or before a German verb that ends
        the clause), are the protest's other side (its target). In place; returns ``events``."""
        for ev in events:
            if ev.kind != "Protest":
                continue
            clause = self._clause(doc, *ev.trigger)
            final = self.lex.lang == "de" and self._clause_final(ev.trigger[1], clause[1])   # what it is about
                                                                                            # stands before it
            for act in events:
                if act is ev or self._clause(doc, *act.trigger) != clause or not (
                        final and act.trigger[1] <= ev.trigger[0] or act.trigger[0] >= ev.trigger[1]
                        and self._protested_act(ev.trigger[1], act.trigger[0])):
                    continue
                ev.actors += [a for a in act.actors if isinstance(a, str) and a not in ev.actors
                              and self.kb.is_country(a)]
        return events

    def _intercepted(self, events: list) -> list:
        """"scrambled jets after two Brazilian bombers flew near ...", "schickte Kampfjets
        los, nachdem zwei brasilianische Flugzeuge ...": the country whose aircraft an
        interception answers, named by a demonym right before a vehicle noun later in its
        sentence, is its other side. In place; returns ``events``."""
        for ev in events:
            if ev.kind != "Interception":
                continue
            sent = self.cols.sent_of(ev.trigger[0])
            first = bisect_left(self._demonym_firsts, ev.trigger[1])
            for _, de, slug in self._demonyms[first:bisect_left(self._demonym_firsts, sent.end)]:
                if de < sent.end and self._has("vehicle_nouns", de) and slug not in ev.actors:
                    ev.actors.append(slug)
        return events

    def _watchers(self, rule: str, s: int, sent) -> set:
        """"Canadian jets intercepted two Brazilian bombers that flew over ...": the tokens
        before the phrase of the vehicles whose flight (found by a ``flight`` rule at ``s``)
        an interception earlier in the sentence answers. Who watched the flight did not fly
        it."""
        if rule not in self._lists.get("flight_rules", ()) \
                or not any(self._kind_at.get(k) == "Interception" for k in range(sent.start, s)):
            return set()
        k = s - 1
        while k >= sent.start and k not in self._trigger_starts and not self._breaks[k] and (
                k in self._demonym_tokens or self._has("vehicle_nouns", k) or self.cols.is_lower[k]):
            k -= 1
        return set(range(sent.start, k + 1))

    def _interceptors(self, doc, kind: str, e: int, sent) -> set:
        """"Brazilian bombers flew over the sea and were intercepted by Canadian jets": the
        tokens from an interception told later in the sentence of a flight, drill or
        deployment ending at ``e`` (from the "and" before it) to the sentence end. Who
        intercepted it did not fly it."""
        if kind not in INTERCEPTED:
            return set()
        k = next((k for k in range(e, sent.end) if self._kind_at.get(k) == "Interception"), None)
        if k is None:
            return set()
        joiner = next((j for j in range(k - 1, e - 1, -1) if self._has("list_joiners", j)), None)
        return set(range(k if joiner is None else joiner, sent.end))   # from "and were intercepted
                                                                          # by", not the flight's place

    def _vehicle_antecedent(self, s: int, sent, reach: int = 6) -> int | None:
        """"a Brazilian plane that violated ...", "ein brasilianisches Flugzeug, das ...
        verletzte": where the phrase of the vehicle a relative clause holding the flight at
        ``s`` hangs on starts (back over determiners, demonyms and lower-case words up to a
        preposition or another trigger), or None."""
        r = next((k for k in range(s - 1, max(sent.start + 1, s - reach) - 1, -1)
                  if self._has("relative_pronouns", k) and (self.lex.lang != "de" or self.cols.text[k - 1] == ",")),
                 None)
        if r is None:
            return None
        n = r - 2 if self.cols.text[r - 1] == "," else r - 1
        if n > sent.start and self.lex.lang == "de" and self._has("verb_particles", n):
            n -= 1                       # "feuerten auf ein Flugzeug ab, das ..."
        if n < sent.start or not self._vehicle_in(n, n + 1):
            return None
        k = n
        while k > sent.start and (k - 1 in self._demonym_tokens or self._has("determiners", k - 1)
                                  or self.cols.is_lower[k - 1] and self.cols.alpha[k - 1]
                                  and not self._preposition(k - 1) and k - 1 not in self._trigger_starts):
            k -= 1
        return k

    def _genitives_of_others(self, s: int, sent, reach: int = 14) -> set:
        """The tokens of what another gathering noun of the sentence is of ("beim Gipfel der
        Union (EU) traf X Y", "at the summit of the Union, X met Y"): the body whose gathering it is, up to a place preposition, a break or another
        trigger. It is no party of the trigger at ``s``."""
        out = set()
        starts = self._gathering_order
        for g in starts[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
            if g == s or not self._noun_at(g):
                continue
            k = g + 1
            if k >= sent.end or not self._has("genitive_links", k):
                continue
            while k < min(sent.end, g + reach) and k not in self._trigger_starts and not self._has("place_prepositions", k) \
                    and (not self._breaks[k] or self.cols.text[k] in ("(", ")")):
                out.add(k)
                k += 1
        return out if s not in out else set()

    def _bare_object(self, s: int) -> bool:
        """Whether the German noun at ``s`` follows the noun that ends a phrase before it with
        no article ("wegen des Syrien-Konflikts | Strafmaßnahmen gegen X verhängt"): it opens
        the clause's object, in no phrase of cause."""
        c = self.cols
        return self.lex.lang == "de" and s > 0 and c.title[s - 1] and c.alpha[s - 1] and not c.ent[s - 1] \
            and s - 1 not in self._trigger_starts and not self._has("determiners", s - 1)

    def _left_out(self, lo: int, hi: int, reach: int = 10) -> set:
        """Tokens of whom what the clause [lo, hi) tells goes on without ("met in Italy
        without Russian President X", "ohne Russlands Präsidenten X", "without China and
        Iran"): the names, roles and articles after an ``absence_prepositions`` word; no party."""
        out = set()
        for k in range(lo, hi):
            j = k + 1 if self._has("absence_prepositions", k) else hi
            while j < min(hi, k + reach) and (self._invitee(j) or self._has("list_joiners", j)
                                              or self._has("genitive_endings", j) or self._has("absence_nouns", j)):
                out.add(j)
                j += 1
        return out

    def _protested_act(self, e: int, s: int, reach: int = 3) -> bool:
        """Whether the act whose trigger starts at ``s`` is what the protest ending at ``e``
        is against: right after it ("protests Brazilian missile deployment"), or after a
        preposition of cause or opposition with no clause opener between ("protested
        against Brazil's deployment", not "protested after Canada and Brazil held talks")."""
        between = range(e, s)
        if any(self._has(n, k) for k in between for n in ("subordinators", "prior_openers", "complementizers")):
            return False
        return s - e <= reach or any(self._has(n, k) for k in between
                                     for n in ("cause_heads", "opposition_prepositions", "target_prepositions"))

    def _discussed(self, s: int, e: int, clo: int, chi: int) -> bool:
        """Whether the noun at [s, e) is what a verb of discussing takes up: the verb up to
        eight tokens before it with no other trigger between ("discuss trade and a peace
        treaty"), or in German just after it ("einen Vertrag besprechen")."""
        v = next((k for k in range(s - 1, max(clo, s - 8) - 1, -1) if self._has("topic_verbs", k)), None)
        if v is not None and all(k not in self._trigger_starts and not self.cols.punct[k]
                                 and (self.cols.is_lower[k] or self.cols.ent[k] or self.cols.text[k] == "-"
                                      or self._is_date(k))
                                 and not (self._has("place_prepositions", k) and not self.cols.ent[k + 1])
                                 for k in range(v + 1, s)):
            return True                   # its object: "discuss trade and a peace treaty"
        return self.lex.lang == "de" and self._any("topic_verbs", e, min(chi, e + 3))

    def _no_meeting(self, s: int, e: int, clo: int, chi: int) -> bool:
        """Whether a meeting verb meets no one: its object, after determiners, lower-case
        modifiers and dates, is a need or a decision ("meets the interests of both", "traf
        eine Entscheidung"; in German also before the verb that ends its clause,
        "Vorkehrungen getroffen"), or vehicles meet with no person in the clause ("two
        bombers met over the sea"), or a missile hits ("eine Rakete traf ein Wohnhaus"). A preposition ends the object ("met at the end of")."""
        def object_at(k: int, step: int, stop: int) -> bool:
            while k != stop and abs(k - s) <= 6 and (not self.cols.punct[k] or self.cols.text[k] == "-") \
                    and (self.cols.is_lower[k] or self._is_date(k) or self.cols.text[k] == "-"
                         or self.lex.lang == "de" and self.cols.title[k]) \
                    and (step < 0 and self._is_date(k) or not any(self._has(n, k) for n in (
                        "infinitive_markers", "partner_words", "list_joiners", "place_prepositions",
                        "topic_prepositions", "party_prepositions", "reference_preps"))):   # "vor zwei Wochen"
                if self._has("non_meeting_objects", k):
                    return True
                k += step
            return False
        if self._noun_at(s):
            return False                  # "a meeting at the end of the week"
        if self._has("decision_participles", s) and self._any("werden_auxiliaries", clo, s) \
                and self._any("non_meeting_objects", self.cols.sent_of(s).start, s):
            return True                   # "Die Entscheidung(, ... auszuweisen,) wurde ... getroffen"
        ends_clause = e >= chi or self.cols.punct[e]
        if object_at(e, 1, chi) or self.lex.lang == "de" and ends_clause and object_at(s - 1, -1, clo - 1):
            return True
        return (self._any("vehicle_nouns", max(clo, s - 3), min(chi, e + 3)) or self._projectile_subject(s, clo, e)) \
            and not any(self.cols.ent[k] == "Person" for k in range(clo, chi))

    def _projectile_subject(self, s: int, clo: int, e: int) -> bool:
        """Whether a missile word right before a meeting verb is what hits ("eine Rakete traf
        ein Wohnhaus"): not reflexive ("trafen sich"), not in a prepositional phrase ("Wegen
        der Raketen trafen sich ..."), not a compound's first part ("Raketen-Experten")."""
        k = s - 1
        if k < clo or not self._has("projectile_nouns", k) or e < len(self._lower) and self._has("reflexive_pronouns", e):
            return False
        j = k - 1
        while j >= clo and (self._has("determiners", j) or self.cols.is_lower[j] and self.cols.alpha[j]
                            and not self._has("place_prepositions", j) and not self._has("cause_heads", j)):
            j -= 1
        return not (j >= clo and (self._has("place_prepositions", j) or self._has("cause_heads", j)))

    def _opposed(self, k: int) -> bool:
        """Whether the name at token ``k`` is what a gathering is against ("zielt gegen
        Russland und China", "united against Russia") or a situation it deals with ("die
        Lage in der Ukraine und Syrien", "the war in Ukraine"): an opposition preposition,
        or a situation noun and a locative, before it or before the name it is listed with."""
        j = k - 1
        while j > 0 and (self.cols.ent[j] or self._has("list_joiners", j) or self._has("determiners", j)
                         or self.cols.text[j] == "-"):
            if self.cols.text[j] == "," and not self._listed_on(k):
                return False             # "Amid tensions over Taiwan, Kishida met Biden": the
            j -= 1                       # phrase has ended, the subject begins
        if j >= 0 and self._has("opposition_prepositions", j):
            return True
        return j >= 1 and self._has("place_prepositions", j) and self._has("situation_nouns", j - 1)

    def _listed_on(self, k: int) -> bool:
        """Whether the name at token ``k`` goes on with a list: a comma or joining word
        right after it ("the war in Ukraine, Syria and Libya"), or it ends the sentence."""
        end = next((x.end for x in self._overlapping(k, k + 1)), k + 1)
        return end >= len(self.cols.text) or self.cols.text[end] in (",", ".") or self._has("list_joiners", end)

    def _situation_sides(self, sent, gathering: bool = False) -> set:
        """Tokens of the sides a situation is between ("inmitten von Spannungen zwischen
        Russland und den USA", "amid tensions between X and Y") or a place is disputed
        between ("islands disputed between X and Y", "die zwischen X und Y seit langem
        umstrittenen Inseln"): the setting of what the sentence tells, not its parties
        (found once per sentence). "X-Y ties" too, but for a ``gathering``, whose parties
        they may be ("a meeting on Japan-China relations")."""
        if ("sides", sent.start, gathering) in self._phrases_of:
            return self._phrases_of["sides", sent.start, gathering]
        out: set = set()
        self._phrases_of["sides", sent.start, gathering] = out
        for ent in self._overlapping(sent.start, sent.end):
            j, comma = ent.start - 1, False
            while j > sent.start and (self.cols.ent[j] or self._has("list_joiners", j) or self._has("determiners", j)
                                      or self.cols.text[j] == ","):
                if self.cols.text[j] == ",":
                    comma = True                   # "zwischen X, Y und Z"; not "between X and Y,
                elif self._has("list_joiners", j) and self.cols.alpha[j] and comma:   # Z and W began":
                    break                          # the list ended before the comma
                j -= 1
            if j > sent.start and self._has("between_words", j) and (self._has("situation_nouns", j - 1)
                                                                     or self._disputed_between(j, sent)):
                out.update(range(ent.start, ent.end))
            k = ent.end                            # "as Ottawa-Mexico ties strain", "amid Japan-China
            if k + 2 < sent.end and self.cols.text[k] == "-" and self.cols.ent[k + 1] and (   # tensions"
                    pair := self._overlapping(k + 1, k + 2)) and (
                    self._has("situation_nouns", pair[0].end) or not gathering and self._has("relation_nouns", pair[0].end)):
                out.update(range(ent.start, pair[0].end))
        return out

    def _disputed_between(self, j: int, sent, reach: int = 3) -> bool:
        """Whether the names (or the counted group: "the two countries") after "between" at
        ``j`` dispute a place: a participle of dispute before it ("disputed between", not "held between") or, in German, shortly
        after the list before the noun it qualifies ("zwischen X und Y seit langem
        umstrittenen Inseln")."""
        k, counted = j + 1, self.lex.words.get("counted_groups", {})
        while k < sent.end and (self.cols.ent[k] or self._has("list_joiners", k) or self._has("determiners", k)
                                or self.cols.lower[k] in counted or self._has("group_nouns", k)):
            k += 1                       # "zwischen X und Y", "between the two countries"
        if j > sent.start and self._has("dispute_participles", j - 1):
            return True                  # not "talks held between X and Y"
        for p in range(k, min(k + reach, sent.end)) if self.lex.lang == "de" else ():
            if self._has("dispute_participles", p):
                return True              # attributive: "... seit langem umstrittenen"
            if self._has("determiners", p) or self._has("topic_prepositions", p) or self._has("place_prepositions", p):
                return False             # not "Gespräche zwischen X und Y über die besetzten Gebiete"
        return False

    def _drop_content_names(self, ev, e: int, window: tuple[int, int]) -> None:
        """Names only in an English agreement's infinitive content ("agreed to work for a
        nuclear-free X", "agreed to step up pressure on X") are what the parties
        agreed about, not parties; "agreed with X to ..." keeps X, and so does a setting after
        the content ("... during a visit by X")."""
        lo, hi = ev.agreed_span
        if ev.kind != "Agreement" or self.lex.lang != "en" or hi <= lo or lo <= e or not self._infinitive_to(lo - 1):
            return
        hi = next((k for k in range(lo, hi) if self._has("setting_prepositions", k)), hi)   # not "during X's visit"
        key = lambda ent: ent.ent_id_ or (ent.start, ent.end)
        outside = {key(ent) for ent in self._overlapping(*window) if ent.end <= lo or ent.start >= hi}
        inside = {key(ent) for ent in self._overlapping(lo, hi)} - outside
        ev.actors = [a for a in ev.actors if a not in inside]

    def _agreed_text(self, doc, e, sent, limit: int = 25) -> tuple[str, tuple]:
        """What was agreed: "agreed ... to hold joint exercises" -> "hold joint exercises";
        "kamen überein, die Zusammenarbeit ... zu verstärken" -> the infinitive clause;
        "ein Abkommen über Flüssiggas schließen" -> "Flüssiggas"."""
        c = self.cols
        words = range(e, min(sent.end, e + 40))
        if self.lex.lang == "en":
            marks = [k for k, i in enumerate(words) if self._has("complementizers", i) or self._infinitive_to(i)]
        else:
            marks = [k for k, i in enumerate(words) if c.text[i] == ","]
        start = marks[0] + 1 if marks else 0
        out: list[int] = []
        for i in words[start:]:
            if c.text[i] in (".", ";", ":") or c.text[i] == "," and out \
                    and c.lower[out[-1]] not in ("und", "and"):
                break
            if not out and self._has("accord_lead_words", i):
                continue
            out.append(i)
            if len(out) >= limit:
                break
        out = self._without_setting(out)
        if self.lex.lang == "de" and not marks:
            while len(out) > 1 and c.is_lower[out[-1]]:      # the clause-final verb or particle
                out.pop()
        return (c.text_of(doc, out[0], out[-1] + 1), (out[0], out[-1] + 1)) if out else ("", (0, 0))

    def _without_setting(self, words: list[int]) -> list[int]:
        """Drop a leading place or date phrase ("in Vilnius", "am Montag") from a topic
        (token positions)."""
        c = self.cols
        while len(words) > 2 and self._has("place_prepositions", words[0]) \
                and (c.ent[words[1]] == "Place" or self._is_date(words[1])):
            k = 1
            while k < len(words) and (c.ent[words[k]] == "Place" or self._is_date(words[k])):
                k += 1
            words = words[k:]
        return words

    def _topic_place(self, doc, ev, sent) -> bool:
        """Whether an agreement's place is named in the infinitive clause of what was agreed
        ("agreed to back a ceasefire along the Danube"): the topic's place,
        not where the agreeing happened."""
        if ev.place is None:
            return False
        at = next((self.cols.idx[ent.start] for ent in self._overlapping(sent.start, sent.end)
                   if (ent.ent_id_ or (ent.start, ent.end)) == ev.place), None)
        return at is not None and self._in_infinitive(doc, ev.agreed_span, at)

    def _war_targets(self, sent) -> set:
        """Tokens of the country a war is waged on ("the invasion of Ukraine", "Angriffskrieg
        gegen die Ukraine"): the background of the sentence, no actor of its events (found once
        per sentence)."""
        if sent.start in self._war_targets_of:
            return self._war_targets_of[sent.start]
        out: set = set()
        self._war_targets_of[sent.start] = out
        for k in within(self._war_nouns, sent.start, sent.end):
            j = k + 1
            while j < min(sent.end, k + 4) and (self._has("war_links", j) or self._has("determiners", j)):
                j += 1
            if j > k + 1 and j < sent.end and self.cols.ent[j] in ("Country", "Place"):
                while j < sent.end and self.cols.ent[j]:
                    out.add(j)
                    j += 1
            out |= self._war_sides(k, sent.start)
        return out

    def _war_sides(self, k: int, lo: int) -> set:
        """Tokens of the countries joined by hyphens before the war noun at ``k`` ("the
        Russia-Ukraine war", "Russland-Ukraine-Krieg"): a name for the war, not actors."""
        j, found, hyphens = k - 1, set(), 0
        while j >= lo and (self.cols.ent[j] in ("Country", "Place") or self.cols.text[j] == "-"):
            if self.cols.text[j] == "-":
                hyphens += 1
            else:
                found.add(j)
            j -= 1
        return found if hyphens and len(found) >= 2 else set()
