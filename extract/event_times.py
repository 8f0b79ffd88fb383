"""When two mentions of one article are told apart by time: the news of the lead and an act
the article dates long before, an act before its people held office, one told as coming
"again"; and when they are one: told as before or as planned, but on the news's day. A mixin
of :class:`~diplograph.extract.coreference.EventCoreference` (it reads ``self.article``,
``self.cols``, ``self.doc``, ``self.facts`` and ``self._lead_end``)."""
from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.model import Event
from diplograph.ontology.offices import load_offices

#: Event kinds that name one gathering, so their mentions may corefer with each other
MEETING_KINDS = {"Meeting", "Talks", "Summit"}


def same_day(a: Event, b: Event) -> bool:
    """Whether both are dated to the same day in sentences of their own ("said ..., following
    a summit between X and Y on Friday" and the news of their Friday meeting): told as before
    or not, one event; not one sentence's ("met on Thursday to build on their first summit")."""
    return same_day_dates(a, b) and not set(a.sents) & set(b.sents)


def persons_of(ev: Event, entities) -> set:
    """The people among the actors of ``ev`` (``entities``: the article's entities by key)."""
    return {a for a in ev.actors if entities[a].kind == "Person"}


def same_day_dates(a: Event, b: Event) -> bool:
    """Whether both are dated to the same day."""
    return a.date is not None and b.date is not None and a.date.precision == "day" and a.date == b.date


def told_ahead_that_day(a: Event, b: Event) -> bool:
    """Whether one is planned and the other happened on the day it is planned for, each told
    in sentences of its own ("X and Y met Tuesday"; "Tuesday marks the last time X will meet
    a foreign leader"): the plan is the meeting."""
    return {a.status, b.status} == {"Planned", "Happened"} and same_day(a, b) \
        and (a.kind == b.kind or {a.kind, b.kind} <= MEETING_KINDS)     # not a trip and talks
                                                                           # "scheduled" during it


class EventTimes:
    """Tests of the time of two mentions of one article."""

    def _once_more(self, *events: Event) -> bool:
        """Whether a sentence of one of ``events`` tells it as coming again ("is to meet Y
        again", "will erneut zusammenkommen"): another meeting than the one held."""
        cues, cols = load_lexicon(self.article.lang).lowered("repetition_words"), self.cols
        for ev in events:
            for s, e in ev.sents:
                said = " " + " ".join(cols.lower[bisect_left(cols.idx, s):bisect_left(cols.idx, e)]) + " "
                if any(f" {cue} " in said for cue in cues):
                    return True
        return False

    def _apart_in_time(self, news: Event, old: Event) -> bool:
        """Whether an undated ``news`` and a dated ``old`` are two acts: the news of the
        lead and its past (:meth:`_news_and_past`), or an act dated a decade or more before
        the people of the news held any office they are known by (:meth:`_before_their_time`)."""
        return self._news_and_past(news, old) or self._before_their_time(news, old)

    def _before_their_time(self, news: Event, old: Event, years: int = 10) -> bool:
        """Whether ``old`` is dated ``years`` or more before the first known office of
        every person of the undated ``news`` ("in 1965 the two countries reached an
        agreement" beside the talks of two leaders in office since 2015 and 2022): an act of
        their countries' past, which names none of them."""
        if old.date is None or news.date is not None:
            return False
        people, offices = {a for a in news.actors if self.facts.entities[a].kind == "Person"}, load_offices()
        firsts = [min(o.start for o in offices[p]) for p in people if offices.get(p)]
        return bool(people) and len(firsts) == len(people) and old.date.year + years < int(min(firsts)[:4])

    def _news_and_past(self, news: Event, old: Event, days: int = 62) -> bool:
        """Whether ``news`` is an undated act the headline or lead tells and ``old`` one the
        article dates to months or years before its publication, or (without one) before the
        latest day it names ("is suspending its programme" and "suspended it in 2014"): two
        acts, the news and its past."""
        published = self.article.published or self.doc._.dg_anchor or self._latest_day
        if published is None or news.date is not None or news.relative_date or old.date is None \
                or news.sents[0][0] >= self._lead_end:
            return False
        return not old.date.contains(published) and (published.date() - old.date.date()).days > days

    @cached_property
    def _latest_day(self):
        """The latest day an article without a publication date names in full ("August 22,
        2015" in a caption): the news is no older than that. None if it names none."""
        days = [d.value for d in self.doc._.dg_dates or () if d.value is not None and not d.relative
                and d.value.precision == "day"]
        return max(days, key=lambda v: v.iso) if days else None
