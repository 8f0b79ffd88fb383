"""Plain records of what one article states: the extractor's output, the fuser's input.

They hold no spaCy objects, so they pickle cheaply between worker processes. They have
slots: a large build holds millions of them, each unpickled from a worker, and an unpickled
object would otherwise carry a dict of its own.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

from diplograph.extract.dates import TimeValue
from diplograph.extract.pickling import by_fields

__all__ = ["clean_text", "Article", "Entity", "Mention", "Role", "Event", "Statement", "Accord", "FigureClaim",
           "ArticleFacts", "compact"]


#: Control characters other than tab and line breaks cannot be written to RDF text; each is
#: replaced by one U+FFFD, so character offsets stay valid.
_CONTROLS = {c: "\ufffd" for c in [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), *range(0x7f, 0xa0)]}


def clean_text(text: str) -> str:
    r"""``text`` with control characters replaced one for one.

    >>> clean_text("a\x00b\tc")
    'a\ufffdb\tc'
    """
    return text.translate(_CONTROLS)


@by_fields
@dataclass(slots=True, weakref_slot=True)
class Article:
    """One input article: identity, language, text and metadata."""

    id: str                              # the input file's stem
    text: str
    lang: str = ""
    path: str = ""
    title: str = ""
    published: TimeValue | None = None
    url: str = ""
    outlet: str = ""
    author: str = ""
    extra: dict = field(default_factory=dict)     # other metadata fields, kept as given


@by_fields
@dataclass(slots=True)
class Entity:
    """An entity as one article knows it. ``key`` is a KB slug or ``new:<Kind>:<name>``."""

    key: str
    kind: str
    label: str
    known: bool
    surface: set = field(default_factory=set)
    confidence: float = 1.0               # of its best mention: a KB name or title 1.0, a
    evidence: str = ""                    # link on context or a name by its shape less (rule)


@by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    key: str
    start: int
    end: int
    text: str


@by_fields
@dataclass(frozen=True, slots=True)
class Role:
    """``person`` held ``role`` of ``org`` according to the article."""

    person: str
    role: str
    org: str
    rule: str
    confidence: float
    sent: tuple


@by_fields
@dataclass(slots=True)
class Event:
    """An event as one article reports it (after in-article coreference)."""

    kind: str
    actors: list
    place: str | None
    date: TimeValue | None
    relative_date: str
    status: str
    triggers: list
    rules: list
    sents: list                           # character spans of the evidence sentences
    confidence: float = 0.8
    prior: bool = False                   # told as what came before the news ("after ...")
    lead_dated: bool = False              # its date is the publication day (news of the lead)
    lead: bool = False                    # told as happened in the headline or lead
    targets: list = field(default_factory=list)   # actors an act is done to ("expels Brazilian diplomats")
    document: bool = False                # an agreement that signs or adopts a document ("adopted a
                                          # joint declaration"): kept beside the gathering it was reached at
    objected: bool = False                # told as what a protest is about ("protested over X's
                                          # drills"): said to have happened, if only as the cause


@by_fields
@dataclass(frozen=True, slots=True)
class Statement:
    speaker: str | None
    text: str
    start: int
    end: int
    sent: tuple
    direct: bool


@by_fields
@dataclass(slots=True)
class Accord:
    """What ``parties`` agreed (or plan, or intend), reached at ``event`` if known."""

    parties: list
    topics: list
    status: str                           # "Agreed", "Planned" or "Intended"
    event: Event | None
    trigger: str
    sent: tuple
    rule: str = ""                        # the trigger rule that found the agreeing


@by_fields
@dataclass(frozen=True, slots=True)
class FigureClaim:
    """An amount the article states: value and unit, what it measures, who said it."""

    value: object                         # decimal.Decimal
    unit: str
    measures: str
    text: str
    start: int
    end: int
    sent: tuple
    speaker: str | None = None


@by_fields
@dataclass(slots=True, weakref_slot=True)
class ArticleFacts:
    """Everything extracted from one article, with character offsets into ``article.text``."""

    article: Article
    entities: dict = field(default_factory=dict)      # key -> Entity
    mentions: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    events: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    accords: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    latest_date: TimeValue | None = None              # the latest absolute date the text names

    def sentence(self, span: tuple) -> str:
        return self.article.text[span[0]:span[1]].strip()


def compact(facts: ArticleFacts, *, mentions: bool = True) -> ArticleFacts:
    """``facts``, made smaller in place and returned.

    The keys, kinds, labels, surface forms, trigger words and rule names of its entities,
    events and accords become one shared string each (``sys.intern``): they recur across
    articles, and facts unpickled from a worker process carry copies of their own. Without
    ``mentions`` the entity mentions are dropped (a third of an article's facts; a graph
    does not use them, as its entities carry their surface forms).

    >>> a, b = (ArticleFacts(Article(n, ""), {"".join(["jap", "an"]): Entity("japan", "Country", "Japan", True,
    ...         {"Japan"})}, [Mention("japan", 0, 5, "Japan")]) for n in "ab")
    >>> next(iter(a.entities)) is next(iter(b.entities))
    False
    >>> a, b = compact(a), compact(b, mentions=False)
    >>> next(iter(a.entities)) is next(iter(b.entities)), len(a.mentions), len(b.mentions)
    (True, 1, 0)
    """
    shared = sys.intern
    facts.entities = {shared(key): ent for key, ent in facts.entities.items()}
    for ent in facts.entities.values():
        ent.key, ent.kind, ent.label = shared(ent.key), shared(ent.kind), shared(ent.label)
        ent.surface = {shared(form) for form in ent.surface}
    for ev in facts.events:
        ev.kind, ev.status, ev.relative_date = shared(ev.kind), shared(ev.status), shared(ev.relative_date)
        ev.actors = [shared(key) for key in ev.actors]
        ev.targets = [shared(key) for key in ev.targets]
        ev.place = ev.place and shared(ev.place)
        ev.triggers = [shared(word) for word in ev.triggers]
        ev.rules = [shared(rule) for rule in ev.rules]
    for acc in facts.accords:
        acc.parties = [shared(key) for key in acc.parties]
        acc.topics = [shared(topic) for topic in acc.topics]
    if not mentions:
        facts.mentions = []
    return facts
