"""The plain fact records: compacting facts that came from worker processes."""
from __future__ import annotations

import pickle
from dataclasses import asdict

from diplograph.extract import extract_article
from diplograph.extract.model import Article, compact

DE = ("Russlands Außenminister Sergej Lawrow traf am Montag in Tokio Japans Außenminister Fumio Kishida. "
      "Kishida und Lawrow sprachen über einen Friedensvertrag.")


def _from_a_worker(article_id: str):
    """Facts as a build receives them from a worker: unpickled, each with strings of its own."""
    return pickle.loads(pickle.dumps(extract_article(Article(article_id, DE, "de"))))


def test_compacted_facts_share_their_recurring_strings_and_say_the_same():
    a, b = _from_a_worker("a"), _from_a_worker("b")
    before = asdict(b)
    key = next(k for k in a.entities if k in b.entities)
    assert next(k for k in a.entities if k == key) is not next(k for k in b.entities if k == key)
    compact(a), compact(b)
    assert asdict(b) == before
    assert next(k for k in a.entities if k == key) is next(k for k in b.entities if k == key)
    assert a.entities[key].label is b.entities[key].label
    assert a.events and a.events[0].kind is b.events[0].kind and a.events[0].rules[0] is b.events[0].rules[0]
    assert [x is y for x, y in zip(a.events[0].actors, b.events[0].actors)] == [True] * len(a.events[0].actors)


def test_compact_without_mentions_drops_only_them():
    facts = _from_a_worker("a")
    before = asdict(facts)
    assert len(before["mentions"]) >= 4
    compact(facts, mentions=False)
    assert facts.mentions == []
    assert asdict(facts) == {**before, "mentions": []}


def test_unpickled_facts_carry_no_dict_per_record():
    facts = _from_a_worker("a")
    records = [facts, facts.article, *facts.entities.values(), *facts.mentions, *facts.roles, *facts.events,
               *facts.statements, *facts.accords, *facts.figures, *(ev.date for ev in facts.events if ev.date)]
    assert len(records) > 10 and not [r for r in records if hasattr(r, "__dict__")]


def test_records_pickle_as_their_field_values():
    import pickle
    from dataclasses import dataclass, field, fields
    import pytest
    from diplograph.extract import model
    from diplograph.extract.dates import TimeValue
    from diplograph.extract.pickling import by_fields
    for cls in (model.Article, model.Entity, model.Mention, model.Role, model.Event, model.Statement,
                model.Accord, model.FigureClaim, model.ArticleFacts, TimeValue):
        reduced = cls.__reduce__
        assert reduced is not object.__reduce__, cls
        assert len(fields(cls)) > 1
    event = model.Event("Meeting", ["japan"], "tokyo", TimeValue("2013-11-02", "day"), "", "Happened",
                        ["traf"], ["r"], [(0, 5)], 0.9)
    assert event.__reduce__() == (model.Event, tuple(getattr(event, f.name) for f in fields(model.Event)))
    assert pickle.loads(pickle.dumps(event)) == event

    @dataclass
    class Counted:
        n: int
        seen: list = field(init=False, default_factory=list)
    with pytest.raises(TypeError, match="'Counted' has fields that __init__ does not set"):
        by_fields(Counted)
