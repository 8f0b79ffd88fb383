"""Fusion: many articles' facts into one account with one node per real-world thing.

- Entities: KB entities keep their KB key; entities found only in articles are resolved
  across articles and spellings (:mod:`diplograph.graph.fusion.resolve`).
- Events: reports of one real-world event are clustered: same kind family and status
  (or a dated plan and the act on its date), compatible date and place (one within the
  other), the people of one report contained in the other's (two
  shared at least), no two different organisations. Candidates come from a blocking index
  (shared person, or same countries and date), so the cost grows with the number of
  reports, not with its square. An undated article cannot report an event that happened
  before the latest date it names, and two undated articles whose latest named dates lie a
  year or more apart do not report one undated event. The cluster takes each attribute from the report that
  states it most precisely. An undated article whose lead tells an event others date to
  the day has that news day: its other relative dates are resolved against it and the
  events clustered again (:mod:`diplograph.graph.fusion.anchor`). An article that nothing
  places in time (no date, no dating office, a lead no timed report tells) has its
  undated acts clustered only with such acts of other such articles. A meeting or call
  whose reports together name one party is none (:mod:`diplograph.graph.fusion.parties`).
- Conflicts and the relations layer: :mod:`diplograph.graph.fusion.conflicts`, :mod:`diplograph.graph.fusion.relations`.

>>> from diplograph.extract.model import Article, ArticleFacts, Event
>>> from diplograph.extract.dates import TimeValue
>>> a = ArticleFacts(Article("a", "", "de")); b = ArticleFacts(Article("b", "", "en"))
>>> a.events = [Event("Meeting", ["fumio-kishida", "sergey-lavrov"], "tokyo", None, "", "Happened", [], [], [])]
>>> b.events = [Event("Talks", ["fumio-kishida", "sergey-lavrov"], None, TimeValue("2013-11-02", "day"), "", "Happened", [], [], [])]
>>> fused = fuse([a, b])
>>> len(fused.events), fused.events[0].date.iso, fused.events[0].place, fused.events[0].sources
(1, '2013-11-02', 'tokyo', ['a', 'b'])
"""
from __future__ import annotations

from datetime import date as _day
from dataclasses import dataclass, field
from itertools import combinations

from diplograph.extract.coreference import MEETING_KINDS
from diplograph.extract.merging import kind_after
from diplograph.extract.dates import TimeValue
from diplograph.extract.model import ArticleFacts, Event
from diplograph.ontology.kb import load_kb

from diplograph.graph.fusion.anchor import anchored, floating, news_days, placed, redate
from diplograph.graph.fusion.cluster import FusedEvent
from diplograph.graph.fusion.blocking import Blocks
from diplograph.graph.fusion.conflicts import find_conflicts
from diplograph.graph.fusion.entities import entity_kinds
from diplograph.graph.fusion.parties import too_few_parties
from diplograph.graph.fusion.relations import relations
from diplograph.graph.fusion.resolve import apply_mapping, resolve_entities, unlink_contested_surnames
from diplograph.graph.fusion.sides import countries_of, sides_agree, sides_of, states, visits_elsewhere
from diplograph.graph.fusion.timing import (before, dates_meet, day_number, earliest, filed_after, filed_near,
                                            names_month, not_after, one_day, other_month_or_day,
                                            within_year_of, written_between)
from diplograph.extract.read.metadata import DATELINE_DAY

__all__ = ["FusedEvent", "Fusion", "fuse"]

#: Undated reports of two articles whose latest named days lie further apart than this
#: (in :func:`~diplograph.graph.fusion.timing.day_number` days, about a year) were written
#: years apart and tell two events.
_APART_DAYS = 372


@dataclass
class Fusion:
    articles: list
    events: list
    conflicts: list
    relations: list = field(default_factory=list)

    def counts(self) -> dict:
        """How many articles, events, role claims, conflicts and relations it holds.

        >>> Fusion([], [], []).counts()
        {'articles': 0, 'events': 0, 'role claims': 0, 'conflicts': 0, 'relations': 0}
        """
        return {"articles": len(self.articles), "events": len(self.events),
                "role claims": sum(len(a.roles) for a in self.articles),
                "conflicts": len(self.conflicts), "relations": len(self.relations)}


#: kinds whose reports may name different places for one event (a patrol passes several seas)
_MOVING = {"MilitaryExercise"}


def _family(kind: str) -> str:
    """Meetings, talks, summits, visits and press conferences are gatherings: a visit's
    report, a report of the talks it was made for and one of the joint press conference
    after them tell one occasion."""
    return "gathering" if kind in MEETING_KINDS or kind in ("Visit", "PressConference") else kind


def _plan_then_act(cluster: FusedEvent, ev: Event, written: tuple | None = None, days: int = 7) -> bool:
    """Whether a planned report and a report of the act can be one event: one planned and
    one happened, both dated, the plan's date holding the act's ("will meet in Vladivostok
    on September 5", "met in Vladivostok on Thursday"); or an undated plan of an article
    written on a known day, and an act of that day or up to ``days`` after it ("will impose
    a ban on fish imports" in Monday's paper, "banned fish imports on Tuesday"). Other
    undated plans stay apart."""
    if {cluster.status, ev.status} != {"Planned", "Happened"}:
        return False
    if cluster.date and ev.date:
        plan, act = (cluster.date, ev.date) if cluster.status == "Planned" else (ev.date, cluster.date)
        return len(plan.iso) <= len(act.iso) and act.iso.startswith(plan.iso)
    act = cluster.date
    if ev.status != "Planned" or ev.date is not None or act is None or act.precision != "day" \
            or not written or written[0] != written[1]:
        return False
    return 0 <= (act.date() - _day.fromisoformat(written[0])).days <= days


def _site_root(place: str) -> str:
    """The outermost known place holding ``place`` ("kunashir" -> "kuril-islands")."""
    kb, seen = load_kb(), {place}
    ent = kb.by_slug(place)
    while ent is not None and ent.within and ent.within[0] not in seen:
        seen.add(ent.within[0])
        up = kb.get(ent.within[0])
        if up is None:
            break
        place, ent = up.slug, up
    return place


def _same_sides(cluster: FusedEvent, ev: Event) -> bool:
    """Whether an act and a report of it name the same doer and a target in common ("Brazil
    expels Canadian diplomats", "Brasilien weist Diplomaten aus Kanada und Chile aus").

    >>> fe = FusedEvent("Expulsion"); fe.add("a", Event("Expulsion", ["russia", "japan"], None, None, "", "Happened",
    ...     [], [], [], targets=["japan"]), set())
    >>> _same_sides(fe, Event("Expulsion", ["russia", "japan", "norway"], None, None, "", "Happened", [], [], [],
    ...     targets=["japan", "norway"]))
    True
    """
    if not cluster.targets or not ev.targets or cluster.targets.keys().isdisjoint(ev.targets):
        return False
    doers = states(set(cluster._actors) - set(cluster.targets))
    return bool(doers) and doers == states(set(ev.actors) - set(ev.targets))


class _Clusterer:
    def __init__(self, kinds: dict, floating: frozenset = frozenset(), anchored: frozenset = frozenset()):
        self.kinds = kinds
        self.floating = floating                  # articles nobody can place in time (anchor.floating)
        self.anchored = anchored                  # articles their own text dates (anchor.anchored)
        self.adrift: set[int] = set()             # clusters of their undated reports (orders)
        self.clusters: list[FusedEvent] = []
        self.blocks = Blocks()                    # the clusters by blocking key and year

    def persons(self, ev: Event) -> set:
        return {a for a in ev.actors if self.kinds.get(a) == "Person"}

    def keys(self, ev: Event) -> set:
        """Blocking keys: reports that can merge share one. Two reports of several people
        must share two of them, so pairs of people are keys; a lone person is one; acts of
        countries (sanctions, suspensions) are keyed by pairs of the countries."""
        people = sorted(self.persons(ev))
        family = _family(ev.kind)
        keys = set()
        if len(people) >= 2:
            keys = {("pp", family, a, b) for a, b in combinations(people, 2)}
            if family == "gathering" and ev.date:      # a report of one of them that names
                keys |= {("p", family, a) for a in people}   # the others by their state
        elif people:
            keys = {("p", family, people[0])}
        others = sorted(set(ev.actors) - set(people))
        if family == "gathering" and ev.place:
            keys.add(("pl", family, ev.place))     # "the summit in Osaka", told with or without its people
            if (country := load_kb().country_slug(ev.place)) and country != ev.place:
                keys.add(("pl", family, country))  # "talks in Saudi Arabia", "Gespräche in Riad"
        sides = countries_of(people)
        if family == "gathering" and ev.date and len(sides) >= 2 and not others:
            keys.add(("o", family, tuple(sorted(sides)), ev.date.iso))   # the leaders, or their countries
        acting = sorted(states(others) | sides) if family != "gathering" else others
        if family != "gathering" and len(acting) >= 2:     # a premier's act is his country's
            keys |= {("cc", family, a, b) for a, b in combinations(acting, 2)}
        elif not people:
            keys.add(("o", family, tuple(acting), ev.date.iso if ev.date else ""))
            if family == "gathering" and ev.date and ev.date.precision == "day":
                keys.add(("o", family, tuple(acting), ev.date.iso[:7]))   # its month's news (_day_in_month)
            if len(acting) == 1 and ev.place:    # one country's act at one site
                keys.add(("os", family, acting[0], _site_root(ev.place)))
            if len(acting) == 1 and ev.date and ev.date.precision != "year":   # on a day of a month
                keys.add(("om", family, acting[0], ev.date.iso[:7]))          # told by its weekday
        return keys

    def add(self, article_id: str, ev: Event, not_before: TimeValue | None = None,
            published: TimeValue | None = None, written: tuple | None = None, filed: str = "") -> None:
        blocks, keys = self.blocks, self.keys(ev)
        orders = blocks.in_time(blocks.candidates(keys, ev, written), ev, written)
        if ev.date is None and written and len(orders) > 1:   # the first made, or the nearest in time
            orders = blocks.nearest_first(orders, day_number(written[0]), day_number(written[1]))
        loose = ev.date is None and article_id in self.floating
        fits = (c for c in map(self.clusters.__getitem__, orders.tolist())
                if article_id not in c._sources and self._joinable(c, loose, article_id, ev, published)
                and self.compatible(c, ev, not_before, published, written, filed))
        target = next(fits, None)
        month_news = ev.date is not None and ev.date.precision == "month" and ev.lead_dated
        rest = list(fits) if target is not None and ev.date and ev.date.precision != "day" \
            and (ev.relative_date or month_news) else []     # the other fits only where they decide
        if target is not None and ev.relative_date and ev.date and ev.date.precision != "day":
            target = self._by_weekday(ev, [target, *rest])   # "am Mittwoch" of a known month
        elif target is not None and self._other_day_in_month(target, ev, rest):
            target = None                # a month's news and two acts of that month: which one?
        if target is None:
            target = FusedEvent(ev.kind, order=len(self.clusters))
            self.clusters.append(target)
            if loose:
                self.adrift.add(target.order)
        target.add(article_id, ev, self.persons(ev))
        if filed and ev.status == "Happened" and not ev.prior:
            target.filed.add(filed)
        if written is not None and ev.status == "Happened":
            target.add_written(written)
        target.when = day_number(target.date.iso) if target.date else \
            day_number(target.written[0][0]) if target.written else None
        if ev.date is not None or published is not None:
            target.dated_source = True
        target.kind = kind_after(target.kind, ev.kind)
        blocks.keep(target)
        if not_before and ev.date is None:
            target.not_before = max((t for t in (target.not_before, not_before) if t), key=lambda t: t.iso)
        for k in keys:
            blocks.file(k, target)

    @staticmethod
    def _other_day_in_month(target: FusedEvent, ev: Event, fits) -> bool:
        """Whether ``ev``, the news of an article dated by its month, joined ``target`` by a
        day in that month (:func:`_day_in_month`) while another cluster it fits has another
        day of the month (two launches, two rounds of talks in April): the news is neither."""
        if not (ev.date and ev.date.precision == "month" and ev.lead_dated and target.date
                and target.date.precision == "day"):
            return False
        return any(c.date and c.date.precision == "day" and c.date != target.date and ev.date.contains(c.date)
                   for c in fits)

    def _by_weekday(self, ev: Event, fits: list) -> FusedEvent | None:
        """Of the clusters ``fits`` a report of a known month told by its weekday can join, the
        one whose day is that weekday, if one is; else the first, but none for a state's act
        that more than one fits (two launches in the month: which one?)."""
        named = [c for c in fits if c.date and one_day(c.date, [""], ev.date, [ev.relative_date])]
        if len(named) == 1:
            return named[0]
        return None if len(fits) > 1 and not self.persons(ev) else fits[0]

    def _joinable(self, cluster: FusedEvent, loose: bool, article_id: str, ev: Event, published) -> bool:
        """A floating article's undated report joins no cluster a date, a dated article or
        an article its own lead's date places in time; a cluster of such reports takes no
        report of such articles, nor a dated report (an undated one of an article only its
        offices date may join)."""
        if loose:
            return cluster.date is None and not cluster.dated_source and cluster._sources.isdisjoint(self.anchored)
        return cluster.order not in self.adrift or ev.date is None and published is None \
            and article_id not in self.anchored

    def compatible(self, cluster: FusedEvent, ev: Event, not_before: TimeValue | None = None,
                   published: TimeValue | None = None, written: tuple | None = None, filed: str = "") -> bool:
        if _family(cluster.kind) != _family(ev.kind):
            return False
        if cluster.status != ev.status and not _plan_then_act(cluster, ev, written):
            return False
        if not self._in_time(cluster, ev, written):
            return False
        date, place = cluster.date, cluster.place
        if date and ev.date and not dates_meet(date, cluster.lead_dated, ev.date, ev.lead_dated):
            return False
        if date and not_before and ev.date is None and before(date, not_before):
            return False                  # an undated report names later dates than this event
        if date and ev.date is None and other_month_or_day(date, ev.relative_date, cluster.lead_dated):
            return False                  # "14. November" is not December 2nd, of any year
        if ev.status == "Happened" and not ev.prior and not names_month(ev.relative_date) and (
                ev.date is None and filed and not self._agree_with_filing(date, cluster.written_bounds, (filed,))
                or cluster.filed and not self._agree_with_filing(ev.date, written, cluster.filed)):
            return False                  # the news of a wire filed "Aug. 31" is no act of March,
                                          # nor the news of an article of March, and the other way
                                          # round (a report that names its own month may be)
        if ev.date and cluster.not_before and before(ev.date, cluster.not_before):
            return False
        if date is None and ev.date is None and not_before and cluster.not_before \
                and abs(day_number(not_before.iso) - day_number(cluster.not_before.iso)) > _APART_DAYS:
            return False                  # undated reports of articles that name days years apart
        if not load_kb().places_agree(place, ev.place) and _family(ev.kind) not in _MOVING:
            return False
        if cluster.targets and ev.targets and cluster.targets.keys().isdisjoint(ev.targets):
            return False                  # "Canada expels Brazilian diplomats", "Brazil expels
                                          # Canadian diplomats": two acts, one answering the other
        orgs_a, orgs_b = self._bodies(cluster._actors), self._bodies(ev.actors)
        if orgs_a and orgs_b and not orgs_a & orgs_b:
            return False
        mine = cluster.people
        theirs = self.persons(ev)
        if visits_elsewhere(place, ev, theirs):
            return False
        if _family(ev.kind) != "gathering" and not (mine & theirs):
            return self._same_act(cluster, ev, theirs, published, written)   # a state's act:
                                                           # who announced it, who it targets
        if (mine or theirs) and not (mine and theirs):
            return self._same_occasion(cluster, ev, theirs)
        if mine and theirs:
            needed = 2 if max(len(mine), len(theirs)) >= 2 and (_family(ev.kind) == "gathering" or min(
                len(mine), len(theirs)) >= 2) else 1   # a state's act: one report may name fewer of whom it hits
            if "Visit" in (cluster.kind, ev.kind) and place and ev.place:
                needed = 1                # "X visited Kyiv on Sunday", "X met Y in Kyiv": one trip
            elif needed == 2 and date and ev.date and self._sides_named(cluster, ev, mine, theirs):
                needed = 1                # "Blinken met China's delegation on Friday", "Blinken, Sullivan,
                                          # Yang and Wang met in March": the other side as its state
            if needed == 1 and not sides_agree(cluster._actors, mine, ev.actors, theirs):
                return False              # one leader at the NATO summit, in India: two events
            return (theirs <= mine or mine <= theirs) and len(mine & theirs) >= needed
        if not mine and not theirs:      # states only: one day, or the day in the month that
            return bool(date and ev.date and (date == ev.date or _day_in_month(cluster, ev))) \
                and set(cluster._actors) == set(ev.actors)     # the other's article gives its news
        return False

    def _bodies(self, actors) -> set:
        """The organisations among ``actors`` that are no state's own body (NATO, not the
        State Department, which stands for its state)."""
        kb = load_kb()
        return {a for a in actors if self.kinds.get(a) == "Organization" and not kb.country_slug(a)}

    @staticmethod
    def _sides_named(cluster: FusedEvent, ev: Event, mine: set, theirs: set) -> bool:
        """Whether the report of one person names the other side of a gathering as its state,
        and the states of the other report's people are the same two or more ("Blinken met
        Chinese officials": the United States and China; "Blinken and Sullivan met Yang and
        Wang": the United States and China)."""
        one, many, actors = (mine, theirs, cluster._actors) if len(mine) == 1 else (theirs, mine, ev.actors)
        if len(one) != 1:
            return False
        named = sides_of(actors, one)
        return len(named) >= 2 and named == countries_of(many)

    @staticmethod
    def _agree_with_filing(date: TimeValue | None, written: tuple | None, filed) -> bool:
        """Whether an act's day (else the one day its articles were written) agrees with the
        days wires that tell it as news were filed (``filed``, each named without its year)."""
        if date is not None:
            return all(filed_after(date, f) for f in filed)
        if written and written[0] == written[1]:
            return all(filed_near(written[0], f) for f in filed)
        return True

    def _same_occasion(self, cluster: FusedEvent, ev: Event, theirs: set) -> bool:
        """A gathering told with its people and told without them ("Der EU-Gipfel findet vom
        3. bis 5. Mai in Brüssel statt"): the same place, a date each, and an organisation or
        country in common (the people's countries count, and a ministry counts as its state);
        or no place, one day, and the people's countries are the other report's parties."""
        a = sides_of(cluster._actors, cluster.people or set())    # a body counts as its state
        b = sides_of(ev.actors, theirs)                            # ("the State Department")
        if cluster.place and ev.place and cluster.date and ev.date:
            return bool(a & b) if cluster.place == ev.place else len(a) >= 2 and a == b   # a city and its
                                          # country: the same states ("talks in Saudi Arabia", "in Riad")
        # "Germany and France held talks on Wednesday", "Scholz and Macron held talks on
        # Wednesday": one day, and the people's countries are the other report's countries
        day = cluster.date and ev.date and cluster.date.precision == "day" and cluster.date == ev.date
        return bool(day or _day_in_month(cluster, ev)) and len(a) >= 2 and a == b

    def _in_time(self, cluster: FusedEvent, ev: Event, written: tuple | None) -> bool:
        """What an article tells as happened did not begin after it was written; undated
        reports of articles not written at the same time are not one act, nor undated
        background of an article nobody can place in time and another's; what an article
        tells as before its news did not happen on the day it was written, or later."""
        if ev.status != "Happened":
            return True
        if written and cluster.date and not not_after(earliest(cluster.date, cluster.lead_dated), written):
            return False
        bounds = cluster.written_bounds      # "every article": its earliest last day, latest first day
        if ev.date and bounds and not not_after(earliest(ev.date, ev.lead_dated), bounds):
            return False
        if ev.date is None and cluster.date is None and ev.prior and cluster.background \
                and not (written and cluster.written):
            return False                  # two undated acts told as background, one article
                                          # undated: nothing says they are one
        if ev.date is None and cluster.date is None and written:
            return bounds is None or within_year_of(written, bounds, years=0)
        if ev.date is None and not ev.prior and written and cluster.date \
                and not within_year_of(written, (cluster.date.iso, cluster.date.iso)):
            return False                  # an undated news act of an article written more than
                                          # a year after this one's date
        if ev.prior and ev.date is None and written and cluster.date and cluster.date.precision == "day":
            return cluster.date.iso < written[0]      # "had earlier banned imports": before
        return True                                   # the news of the day it was written

    def _same_act(self, cluster: FusedEvent, ev: Event, theirs: set, published, written=None) -> bool:
        """Sanctions, suspensions, exercises told without people: the same countries (or one
        country's act of one kind at one site or on one day), and an undated report published
        within a year after the dated one."""
        a = sides_of(cluster._actors, cluster.people)
        b = sides_of(ev.actors, theirs)     # "the premier announced sanctions",
        one_site = a == b and len(a) == 1 and cluster.place and ev.place \
            and _site_root(cluster.place) == _site_root(ev.place)              # "Russia deployed
        same_day = a == b and len(a) == 1 and cluster.kind == ev.kind and cluster.date and ev.date \
            and (one_day(cluster.date, (e.relative_date for _, e in cluster.reports), ev.date, (ev.relative_date,))
                 or _day_in_month(cluster, ev)) \
            and load_kb().places_agree(cluster.place, ev.place)               # "X test-fired a missile on
        if (len(a & b) < 2 and not (one_site or same_day)) or not (a <= b or b <= a):   # Thursday", told twice
            return False
        date = cluster.date
        if date and ev.date or ev.status != cluster.status:
            return True                   # compatible() saw that the dates meet, or that a
                                          # plan's article came out days before the act
        if date and published:
            return not before(published, date) and int(published.iso[:4]) - date.year <= 1
        if (date is None) != (ev.date is None) and (a == b or _same_sides(cluster, ev)):
            # one report dated, the other from an article that gives no date at all
            # (neither its own nor the event's): nothing speaks against one event
            if date:
                return published is None and (written is None or within_year_of(
                    written, (date.iso, date.iso)))
            return not cluster.dated_source
        return date is None and ev.date is None


def _day_in_month(cluster: FusedEvent, ev: Event) -> bool:
    """Whether one report has a day and the other, the news of an article dated only by its
    month, that month: the day may be the news's ("Wang and Baerbock met", told in
    January; "China and Germany held talks in Berlin on Friday", 21 January)."""
    a, b = cluster.date, ev.date
    if not (a and b) or a.precision == b.precision:
        return False
    (day, month), lead = ((a, b), ev.lead_dated) if a.precision == "day" else ((b, a), cluster.lead_dated)
    return day.precision == "day" and month.precision == "month" and lead and month.contains(day)


def _written(facts: ArticleFacts) -> tuple | None:
    """When the article was written: its publication date (as the span of days its
    precision allows), else what the offices it names people by say."""
    published = facts.article.published
    if published is None:
        return written_between(facts) if facts.events else None
    iso = published.iso                  # a year or month spans its first to its last day
    first, last = {4: ("-01-01", "-12-31"), 7: ("-01", "-31")}.get(len(iso), ("", ""))
    return iso + first, iso + last


def _cluster(facts: list[ArticleFacts], kinds: dict, floating: frozenset = frozenset(),
             anchored: frozenset = frozenset()) -> _Clusterer:
    clusterer = _Clusterer(kinds, floating, anchored)
    reports = [(f.article.id, ev, f.latest_date if f.article.published is None else None,
                f.article.published, written, "" if f.article.published else f.article.extra.get(DATELINE_DAY, ""))
               for f in facts for written in (_written(f),) for ev in f.events]
    # acts before plans (a plan then joins the act it was for, not an article's other
    # report of it); then the most informative reports first (dated, most people), so
    # that partial reports of one event find the whole of it whatever order the articles
    # come in
    reports.sort(key=lambda r: (r[1].status != "Happened", r[1].date is None, -len(clusterer.persons(r[1])), r[0]))
    for article_id, ev, not_before, published, written, filed in reports:
        clusterer.add(article_id, ev, not_before, published, written, filed)
    return clusterer


def _drop_reports(by_id: dict, dropped: list[FusedEvent]) -> None:
    """Take the reports of events fusion keeps none of out of their articles' facts."""
    gone = {(a, id(ev)) for c in dropped for a, ev in c.reports}
    for aid in {a for a, _ in gone}:
        by_id[aid].events = [ev for ev in by_id[aid].events if (aid, id(ev)) not in gone]


def fuse(facts: list[ArticleFacts]) -> Fusion:
    """Resolve entities, cluster the events of all articles, find conflicts and relations."""
    facts = sorted(facts, key=lambda f: f.article.id)
    unlink_contested_surnames(facts)
    apply_mapping(facts, resolve_entities(facts))
    kinds = entity_kinds(facts)
    clusterer = _cluster(facts, kinds)
    by_id = {f.article.id: f for f in facts}
    days = news_days(by_id, [[(a, ev, c.date) for a, ev in c.reports] for c in clusterer.clusters])
    undated = {id(ev) for c in clusterer.clusters if c.date is None for _, ev in c.reports}
    redated = bool(days) and redate(by_id, days, undated)
    adrift, placed_articles = floating(by_id, clusterer.clusters), anchored(by_id)
    if redated or any(a in adrift and ev.date is None and (placed(c) or not c._sources.isdisjoint(placed_articles))
                      for c in clusterer.clusters for a, ev in c.reports):
        clusterer = _cluster(facts, kinds, adrift, placed_articles)   # the newly dated reports may
                                                       # join others, the floating ones leave
                                                       # clusters placed in time
    thin = {id(c) for c in clusterer.clusters if too_few_parties(c.kind, c.actors, c.people)}
    kept = [c for c in clusterer.clusters if id(c) not in thin]
    _drop_reports(by_id, [c for c in clusterer.clusters if id(c) in thin])
    taken: dict[str, int] = {}
    for cluster in sorted(kept, key=lambda c: (c.reports[0][0], c.order)):
        cluster.seal()
        base = cluster.slug
        taken[base] = taken.get(base, 0) + 1
        cluster._slug = base if taken[base] == 1 else f"{base}-{taken[base]}"
    fusion = Fusion(facts, kept, [])
    fusion.conflicts = find_conflicts(fusion)
    fusion.relations = relations(fusion)
    return fusion
