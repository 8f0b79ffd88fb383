"""``--param`` on shipped queries: the values go into the query's own ``# param`` line."""
from __future__ import annotations

from diplograph.graph.store.load import load_store
from diplograph.graph.store.params import parse_params
from diplograph.graph.store.query import resolve_query, run_query


def _pairs(sample_build, *items):
    store = load_store(sample_build.out / "graph.trig")
    result = run_query(store, resolve_query("pair-timeline"), params=parse_params(list(items)))
    return [row[0] for row in result.rows]


def test_a_shipped_querys_own_parameters_take_the_given_values(sample_build):
    assert _pairs(sample_build) == ["2022-06"]                              # Japan and NATO
    assert _pairs(sample_build, "party2=ent:russia") == ["2013-11-02", "2016-12"]
    assert _pairs(sample_build, "party2=ent:russia", "from=2014") == ["2016-12"]   # a year as the line's text
    assert _pairs(sample_build, "party2=ent:russia", "to=2013") == ["2013-11-02"]
