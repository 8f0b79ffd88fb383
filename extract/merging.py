"""What one event of an article becomes when another mention of it joins: its kind (the
more specific one), actors, targets, place, date, status and evidence.
"""
from __future__ import annotations

from diplograph.ontology.kb import load_kb

from diplograph.extract.event_times import MEETING_KINDS, same_day, told_ahead_that_day
from diplograph.extract.model import Event

__all__ = ["KIND_RANK", "kind_after", "merge_into"]


#: When mentions of one event name different kinds, the more specific wins (lower rank);
#: between equals the first mention's kind stays.
KIND_RANK = {"PhoneCall": 0, "Summit": 1, "Visit": 2, "Talks": 3, "Meeting": 3}


def kind_after(kept: str, added: str) -> str:
    """The kind of an event of ``kept`` kind after a mention of ``added`` kind joins it: the
    more specific (:data:`KIND_RANK`), a gathering rather than the visit made for it (the
    talks of a trip are the event other reports name), and a summons rather than the meeting
    it was.

    >>> kind_after("Talks", "Summit"), kind_after("Visit", "Talks"), kind_after("Talks", "Visit")
    ('Summit', 'Talks', 'Talks')
    >>> kind_after("Protest", "Meeting"), kind_after("Meeting", "Protest")
    ('Protest', 'Protest')
    """
    if "Protest" in (kept, added) and {kept, added} <= MEETING_KINDS | {"Protest"}:
        return "Protest"
    if kept == "Visit" and added in MEETING_KINDS:
        return added
    if added == "Visit" and kept in MEETING_KINDS:
        return kept
    return added if KIND_RANK.get(added, 9) < KIND_RANK.get(kept, 9) else kept


def merge_into(into: Event, ev: Event) -> None:
    """Add mention ``ev`` to event ``into``: kind, actors, place, the more precise date, triggers
    (a meeting of one with nobody named leaves a visit a visit: "where he held a meeting")."""
    alone = ev.kind in MEETING_KINDS and into.kind == "Visit" and len(set(ev.actors) | set(into.actors)) < 2
    held = ev.status == "Happened" and into.status == "Planned" and told_ahead_that_day(into, ev)
    news = into.prior != ev.prior and same_day(into, ev)   # "following a summit ... on Friday" first
    into.kind = into.kind if alone else kind_after(into.kind, ev.kind)
    into.actors += [a for a in ev.actors if a not in into.actors]
    into.targets += [a for a in ev.targets if a not in into.targets]
    into.objected = into.objected or ev.objected
    into.document = into.document or ev.document
    kb = load_kb()
    if not into.place or ev.place and (kb.is_country(into.place) and kb.contains(into.place, ev.place)
                                       or kb.is_region(into.place) and not kb.is_region(ev.place)
                                       and not kb.is_country(ev.place)):
        into.place = ev.place         # "in Russia", "in Moscow": the city (not one island of
                                      # an archipelago that a second act may share); "to Europe,
                                      # where he met X in Berlin": the city; not a region
                                      # and then its country: the region stays
    if ev.date and (into.date is None or len(ev.date.iso) > len(into.date.iso)):
        into.date = ev.date
    if held:
        into.status = "Happened"      # the plan told first, then held that day
    if news:
        into.prior = False            # told as before the saying, then as the news of that day
    into.relative_date = into.relative_date or ev.relative_date
    into.triggers += ev.triggers
    into.rules += [r for r in ev.rules if r not in into.rules]
    into.sents += [s for s in ev.sents if s not in into.sents]
