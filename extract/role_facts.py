"""The roles an article states, as facts: who holds which office of which country or
organisation, and who held one the text names only by its title.

A mixin of the article's assembly (:mod:`diplograph.extract.article`): it reads the doc's
role claims (``self.doc._.dg_roles``), resolves their spans with ``self.ref`` and writes
``self.facts.roles``.
"""
from __future__ import annotations

from diplograph.ontology.offices import held_on

from diplograph.extract.lexicon import load_lexicon, rule_confidence
from diplograph.extract.model import Role
from diplograph.extract.person_refs import named_holder

__all__ = ["RoleFacts", "UNOFFICIAL_ROLES"]

#: Roles a text gives a ruler that name no office ("Russian leader X"): claimed as stated; in an
#: event's window they keep the demonym before them a party ("the North Korean leader").
UNOFFICIAL_ROLES = frozenset({"leader"})


class RoleFacts:
    """The assembly's role facts and the lookups of who holds a role."""

    def roles(self) -> None:
        conf = rule_confidence()
        seen = set()
        claims = self._without_weaker(self.doc._.dg_roles or [])
        for claim in claims:
            person, org = self.ref(claim.person), self.ref(claim.org)
            if person is None or org is None or person == org:
                continue
            if (person, claim.role, org) in seen \
                    or claim.rule == "roles.coordinated" and self._in_other_office(person, claim.role, org):
                continue                 # "US-Präsident X und Abe": not the prime minister's title
            seen.add((person, claim.role, org))
            self.facts.roles.append(Role(person, claim.role, org, claim.rule,
                                         conf.get(claim.rule, 0.5), claim.sent))

    def _in_other_office(self, person: str, role: str, org: str) -> bool:
        """Whether the KB knows ``person`` in office when the article was written, in none
        of them as ``role`` of ``org``."""
        when = self.article.published or self.doc._.dg_anchor
        held = held_on(person, when.iso if when else None)
        return bool(held) and all((o.role, o.org) != (role, org) for o in held)

    def _without_weaker(self, claims: list) -> list:
        """A coordinated claim ("Generalsekretär A und B") yields to a different role the
        article states for the same person by a stronger rule."""
        strong = {}
        for c in claims:
            if c.person is not None and c.rule != "roles.coordinated":
                strong.setdefault(self.ref(c.person), set()).add(c.role)
        return [c for c in claims if c.person is None or c.rule != "roles.coordinated"
                or not strong.get(self.ref(c.person)) or c.role in strong[self.ref(c.person)]]

    def _mentions_by_start(self) -> list:
        if self._by_start is None or len(self._by_start) != len(self.facts.mentions):
            self._by_start = sorted(self.facts.mentions, key=lambda m: m.start)
        return self._by_start

    def holder(self, role: str, org: str | None, before: int | None = None, when=None) -> list[str]:
        """People the article says hold ``role`` (of ``org`` when given); else, with ``before``,
        the one person named before it who held it at ``when`` by the KB (:func:`named_holder`);
        else the same for the offices the lexicon's ``equivalent_roles`` give a role of a
        country's head ("the German leader", "der deutsche Regierungschef": its chancellor)."""
        for office in (role, *load_lexicon(self.article.lang).words.get("equivalent_roles", {}).get(role, ())):
            held = list(dict.fromkeys(r.person for r in self.facts.roles
                                      if r.role == office and (org is None or r.org == org)))
            held = held or ([] if before is None else self._office_holder(office, org, before, when))
            if held:
                return held
        return []

    def _office_holder(self, role: str, org: str | None, before: int, when) -> list[str]:
        when = when or self.article.published or self.doc._.dg_anchor
        found = named_holder(self._mentions_by_start(), self.facts.entities, role, org, when and when.iso, before)
        return [found] if found else []

    def _holders_before(self, role: str, before: int) -> list[str]:
        """People the article says hold ``role`` (of any organisation) in a sentence that
        starts at or before character ``before``."""
        return list(dict.fromkeys(r.person for r in self.facts.roles if r.role == role and r.sent[0] <= before))
