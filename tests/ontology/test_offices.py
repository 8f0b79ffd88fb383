"""The office periods of the knowledge base: read by the real loader from the shipped data
and from small hand-made files."""
from __future__ import annotations

import pytest

from diplograph.ontology.errors import KnowledgeBaseError
from diplograph.ontology.kb import load_kb
from diplograph.ontology.offices import Office, load_offices

HEADER = """@prefix ent: <https://w3id.org/diplograph/id/entity/> .
@prefix role: <https://w3id.org/diplograph/id/role/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def test_every_shipped_period_names_known_people_roles_and_bodies():
    kb, offices = load_kb(), load_offices()
    assert len(offices) > 50
    for person, periods in offices.items():
        assert kb.by_slug(person) is not None, person
        for o in periods:
            assert kb.role(o.role) is not None and kb.by_slug(o.org) is not None, o
            assert o.end is None or o.start <= o.end, o


def test_a_person_with_two_offices_has_both_in_order():
    roles = [o.role for o in load_offices()["fumio-kishida"] if o.org == "japan"]
    assert "foreign-minister" in roles and "prime-minister" in roles
    assert roles.index("foreign-minister") < roles.index("prime-minister")


def test_periods_are_background_knowledge_not_written_into_a_build():
    from diplograph.graph.rdf.dataset import _static_triples
    from diplograph.ontology.namespace import ORG
    assert not [t for t in _static_triples("kb") if t[1] == ORG.hasMembership]


@pytest.mark.parametrize("iso,inside", [("2019", True), ("2019-05", True), ("2021-03-31", False),
                                        ("2018-12-31", False), ("2020-06-30", True)])
def test_during_compares_at_the_precision_given(iso, inside):
    assert Office("x", "prime-minister", "norway", "2019-01-15", "2021-03-30").during(iso) is inside


def test_an_open_period_runs_on():
    assert Office("x", "president", "iceland", "2016-08-01", None).during("2040")


def test_a_small_file_is_read(tmp_path):
    (tmp_path / "o.ttl").write_text(HEADER + """
ent:justin-trudeau org:hasMembership [ a org:Membership ; org:role role:prime-minister ;
    org:organization ent:canada ;
    org:memberDuring [ a time:Interval ;
        time:hasBeginning [ a time:Instant ; time:inXSDDate "2015-11-04"^^xsd:date ] ] ] .
""")
    [office] = load_offices(str(tmp_path))["justin-trudeau"]
    assert (office.role, office.org, office.start, office.end) == ("prime-minister", "canada", "2015-11-04", None)


def test_a_period_without_a_start_is_refused_with_the_person(tmp_path):
    (tmp_path / "o.ttl").write_text(HEADER + """
ent:justin-trudeau org:hasMembership [ a org:Membership ; org:role role:prime-minister ;
    org:organization ent:canada ] .
""")
    with pytest.raises(KnowledgeBaseError, match="justin-trudeau"):
        load_offices(str(tmp_path))


def test_bad_turtle_is_refused_with_the_file_name(tmp_path):
    (tmp_path / "bad.ttl").write_text("ent:x org:hasMembership [ .")
    with pytest.raises(KnowledgeBaseError, match="bad.ttl"):
        load_offices(str(tmp_path))


def test_a_missing_folder_is_refused_with_its_name(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="nowhere"):
        load_offices(str(tmp_path / "nowhere"))
