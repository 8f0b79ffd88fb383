"""Roles given per person of a group or across a counterpart word: "Japan wurde vertreten
durch A und B, Russland durch C und D", "Russian counterparts A and B", "met his Chinese
counterpart X", "Presidents A of X, B of Y and C of Z" (``roles.respective``).

Not a pipeline component: :class:`RespectiveRoles` is mixed into
:class:`~diplograph.extract.components.roles.RoleFinder`, which provides the doc's columns
(``self._cols``), the lexicon (``self.lex``) and :meth:`_persons_right`.
"""
from __future__ import annotations

from diplograph.extract.components.role_claims import RoleClaim


class RespectiveRoles:
    """The roles of persons named after a counterpart word or a respective marker."""

    def _respective(self, doc, mentions, claims, ents, dem, starts) -> list:
        """"Japan wurde vertreten durch A und B, Russland durch C und D"; "counterparts A and B"."""
        out = []
        markers, counterparts = self.lex.lowered("respective_markers"), self.lex.lowered("counterpart_words")
        lower = self._cols.lower
        either = markers | counterparts
        for i in self._cols.where(either):       # a marker or a counterpart word
            is_counterpart = lower[i] in counterparts
            tok = doc[i]
            after = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," else tok.i + 1
            persons = self._persons_right(doc, after, ents, starts)    # "counterparts, A and B"
            if len(persons) < (1 if is_counterpart else 2):
                continue
            roles = self._group_roles(doc, tok, mentions, claims, is_counterpart)
            if is_counterpart and len(persons) == 1 and len(set(roles)) == 1:
                roles = roles[:1]            # "seinen japanischen Amtskollegen Taro Kono"
            org = self._nearest_country_left(doc, tok.i, ents, dem)
            if not roles or len(roles) != len(persons) or org is None:
                continue
            sent = self._cols.sent_of(i)
            out += [RoleClaim(p, r, org, "roles.respective", (sent.start_char, sent.end_char),
                              (tok.i, tok.i + 1), True) for p, r in zip(persons, roles)]
        return out

    def _subjects_role(self, doc, tok, claims) -> tuple:
        """"Kishida visited India, where he met his Indian counterpart": the role an earlier
        sentence gave the one person named before the counterpart word in this one."""
        sent = self._cols.sent_of(tok.i)
        named = {ent.ent_id_ for ent in doc.ents[:] if ent.label_ == "Person" and ent.ent_id_
                 and sent.start <= ent.start and ent.end <= tok.i}
        if len(named) != 1:
            return ()
        before = [c for c in claims if c.person and c.sent[1] <= sent.start_char
                  and doc[c.person[0]:c.person[1]].ent_id_ in named]
        return (before[-1].role,) if before else ()

    def _unnamed_subjects_role(self, doc, tok, mentions) -> tuple:
        """"Der japanische Ministerpräsident traf seinen chinesischen Amtskollegen X": the one
        role the words before the counterpart word in its sentence name, held by nobody named,
        of a state named right before it (not "The chancellor ... his French counterpart": an
        office France may not have)."""
        start = self._cols.sent_of(tok.i).start
        before = [m for m in mentions if start <= m.start and m.end <= tok.i]
        if len(before) != 1 or len(before[0].roles) != 1 or before[0].start == 0:
            return ()
        dem = doc._.dg_demonyms or ()
        stated = [k for k in (before[0].start - 1, tok.i - 1)      # the subject's state and the
                  if self._cols.ent[k] == "Country" or any(a <= k < b for a, b, _ in dem)]   # counterpart's
        subject = all(self.lex.has("determiners", self._cols.text[k]) or self._cols.ent[k] == "Country"
                      or any(a <= k < b for a, b, _ in dem) for k in range(start, before[0].start))
        owner = before[0].end < len(self._cols.text) and self._cols.text[before[0].end] in ("'s", "’s")
        return before[0].roles if len(stated) == 2 and subject and not owner else ()   # not "the
                                                                 # prime minister's adviser met his ...

    def _group_roles(self, doc, tok, mentions, claims, is_counterpart) -> tuple:
        if is_counterpart:
            earlier = [c for c in claims if c.person and c.sent[0] <= tok.idx < c.sent[1]
                       and c.person[1] <= tok.i]
            return tuple(c.role for c in earlier) or self._subjects_role(doc, tok, claims) \
                or self._unnamed_subjects_role(doc, tok, mentions)
        cols = self._cols
        sent_start = cols.sent_of(tok.i).start
        prev_start = cols.sent_of(sent_start - 1).start if sent_start > 0 else sent_start
        groups = [m for m in mentions if prev_start <= m.start < tok.i and len(m.roles) > 1]
        return groups[-1].roles if groups else ()

    def _nearest_country_left(self, doc, i, ents, dem):
        sent_start = self._cols.sent_of(i).start
        for j in range(i - 1, sent_start - 1, -1):
            if doc[j].text in (",", ";"):
                break
            if j in dem:
                return dem[j][1]
            ent = ents.get(j)
            if ent is not None and ent.label_ == "Country":
                return self._ref(ent)
        return None

    def _holders_of_states(self, doc, i, ents, stops, end) -> list:
        """Holders listed from token ``i`` each with the state after them ("Presidents A of
        X, B of Y and C of Z", "die Präsidenten A (X), B (Y) und C (Z)"): (person span,
        state) pairs, as far as every holder has one."""
        out, j = [], i
        while j < end and j not in stops:
            ent = ents.get(j)
            if ent is None or ent.label_ != "Person" or ent.start != j or ent.end >= end:
                break
            k, bracket = ent.end, doc[ent.end].text == "("
            if not (bracket or self.lex.has("genitive_links", doc[k].text)):
                break
            k += 2 if k + 1 < end and self.lex.has("definite_determiners", doc[k + 1].text) else 1
            state = ents.get(k)
            if state is None or state.label_ != "Country" or state.start != k:
                break
            k = state.end
            if bracket and not (k < end and doc[k].text == ")"):
                break
            out.append(((ent.start, ent.end), self._ref(state)))
            k += 1 if bracket else 0
            k += 1 if k < end and doc[k].text == "," else 0
            k += 1 if k < end and doc[k].is_alpha and self.lex.has("list_joiners", doc[k].text) else 0
            j = k
        return out

    def _plural_title(self, doc, m) -> bool:
        """Whether the role words of mention ``m`` are plural: English ending in "s"
        ("Presidents", "Foreign Ministers"), German after a plural article and not a
        feminine "-in" ("die Präsidenten", "die Außenminister"; not "die Kanzlerin")."""
        last = doc[m.end - 1].lower_
        if self.lex.lang != "de":
            return last.endswith("s")
        return m.start > 0 and self.lex.has("plural_articles", doc[m.start - 1].text) and not last.endswith("in")

