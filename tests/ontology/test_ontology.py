"""Tests of the ontology stage: the OWL ontology, the SHACL shapes, the validator and the KB.

Real rdflib and pyshacl on small hand-made graphs; the KB is checked against the gold
entities and roles of ``../shared/gold/seeds.toml`` when that file is present.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
import rdflib.namespace as rns
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from diplograph.ontology import KB_DIR, ONTOLOGY_FILE, SHAPES_FILE
from diplograph.ontology.namespace import (
    ARTICLE, DG, ENT, MEMBERSHIP, ORG, PROV, ROLE, SDO, SEM, SH, STATEMENT, WD,
    article_graph, mention_iri,
)
from diplograph.ontology.validate import ontology_graph, shapes_graph, union_graph, validate

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold" / "seeds.toml"
DG_NS = str(DG._NS)
DG_TERMS = {URIRef(DG_NS + name) for name in DG.__annotations__}
KB_FILES = ["countries.ttl", "places.ttl", "organizations.ttl", "people.ttl", "roles.ttl"]
ENTITY_TYPES = {DG.Country, DG.Place, DG.Region, DG.Organization, DG.Ministry,
                DG.NewsOutlet, DG.PoliticalParty, DG.Person}
EVENT_KINDS = ["Meeting", "Talks", "Summit", "Visit", "PhoneCall", "Agreement", "Sanction",
               "Suspension", "MilitaryExercise", "Announcement", "PressConference"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Pairs of entity slugs allowed to share a surface form in one language (none so far).
INTENTIONALLY_AMBIGUOUS: set[frozenset[str]] = set()


# ---------------------------------------------------------------------------- helpers

@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology_graph()


@pytest.fixture(scope="module")
def kb() -> Graph:
    g = Graph()
    for name in KB_FILES:
        g.parse(KB_DIR / name, format="turtle")
    return g


def fold(text: str) -> str:
    """Case- and accent-insensitive key, as the gold file compares names."""
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c)).casefold()


def names(g: Graph, node) -> list[Literal]:
    return [o for p in (RDFS.label, SKOS.altLabel) for o in g.objects(node, p)]


def superclasses(g: Graph, cls) -> set:
    return set(g.transitive_objects(cls, RDFS.subClassOf))


def focus_nodes(data: Graph | Dataset) -> set:
    """The focus nodes of every violation pyshacl reports."""
    from pyshacl import validate as shacl
    _ok, report, _text = shacl(union_graph(data), shacl_graph=shapes_graph(), inference="none")
    return set(report.objects(None, SH.focusNode))


# ---------------------------------------------------------------------------- ontology

@pytest.mark.parametrize("path", [ONTOLOGY_FILE, SHAPES_FILE, *(KB_DIR / n for n in KB_FILES)],
                         ids=lambda p: Path(p).name)
def test_turtle_files_parse(path):
    assert len(Graph().parse(path, format="turtle")) > 0


def test_every_dg_term_is_declared_and_nothing_more(onto):
    declared = {s for s in onto.subjects(RDF.type, None)
                if isinstance(s, URIRef) and str(s).startswith(DG_NS)}
    used = {t for triple in onto for t in triple
            if isinstance(t, URIRef) and str(t).startswith(DG_NS)}
    assert DG_TERMS - declared == set(), "DG terms missing from diplograph.ttl"
    assert declared - DG_TERMS == set(), "dg: terms in diplograph.ttl unknown to DG"
    assert used - DG_TERMS == set(), "dg: IRIs used in diplograph.ttl unknown to DG"


def test_ontology_header(onto):
    assert (URIRef("https://w3id.org/diplograph/ns"), RDF.type, OWL.Ontology) in onto


def test_classes_have_labels_in_both_languages_and_a_comment(onto):
    classes = set(onto.subjects(RDF.type, OWL.Class)) & DG_TERMS
    assert len(classes) == 44  # every capitalised DG term but the twelve individuals
    for cls in classes:
        langs = {lbl.language for lbl in onto.objects(cls, RDFS.label)}
        assert {"en", "de"} <= langs, cls
        assert onto.value(cls, RDFS.comment) is not None, cls


def test_properties_are_typed(onto):
    props = [DG.demonym, DG.capitalOf, DG.evidence, DG.begin, DG.status, DG.speaker]
    for p in props:
        kinds = set(onto.objects(p, RDF.type))
        assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, p
    assert (DG.speaker, RDFS.subPropertyOf, SDO.creator) in onto
    assert (DG.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom) not in onto


def test_individuals(onto):
    for ind in (DG.Happened, DG.Planned, DG.Cancelled):
        assert (ind, RDF.type, DG.EventStatus) in onto
    for ind in (DG.DayPrecision, DG.MonthPrecision, DG.YearPrecision):
        assert (ind, RDF.type, DG.DatePrecision) in onto


@pytest.mark.parametrize("cls, expected", [
    (DG.Person, {SDO.Person, DG.Actor, SEM.Actor, PROV.Agent}),
    (DG.Country, {SDO.Country, DG.Actor, SEM.Actor}),
    (DG.Organization, {SDO.Organization, ORG.Organization, DG.Actor}),
    (DG.Ministry, {DG.Organization, SDO.Organization, ORG.Organization}),
    (DG.NewsOutlet, {DG.Organization, SDO.Organization, SDO.NewsMediaOrganization}),
    (DG.PoliticalParty, {DG.Organization, SDO.Organization, ORG.Organization}),
    (DG.Place, {SDO.Place, SEM.Place}),
    (DG.Region, {DG.Place, SDO.Place, SEM.Place}),
    (DG.Article, {SDO.NewsArticle, PROV.Entity}),
    (DG.Event, {SEM.Event, SDO.Event}),
    (DG.Statement, {SDO.Quotation, PROV.Entity}),
    (DG.FigureClaim, {SDO.Claim}),
    (DG.Conflict, {PROV.Entity}),
    (DG.Role, {ORG.Role, SKOS.Concept}),
    (DG.RoleClaim, {ORG.Membership, PROV.Entity}),
    (DG.Mention, {PROV.Entity}),
])
def test_subclass_closure_reaches_standard_classes(onto, cls, expected):
    assert expected <= superclasses(onto, cls)


@pytest.mark.parametrize("kind", EVENT_KINDS)
def test_every_event_kind_is_a_sem_event(onto, kind):
    assert {DG.Event, SEM.Event, SDO.Event} <= superclasses(onto, DG[kind])


def test_statement_is_not_an_event_and_places_are_not_actors(onto):
    assert SEM.Event not in superclasses(onto, DG.Statement)
    assert DG.Actor not in superclasses(onto, DG.Place)
    assert PROV.Activity not in superclasses(onto, DG.Event)


# ---------------------------------------------------------------------------- shapes

A = ARTICLE["000_test"]
KISHIDA, JAPAN, TOKYO = ENT["fumio-kishida"], ENT["japan"], ENT["tokyo"]
CLAIM = MEMBERSHIP["abc"]
EVENT = URIRef("https://w3id.org/diplograph/id/event/meeting-abc")
MENTION = mention_iri("000_test", 10, 22)
STATEMENT_IRI = STATEMENT["abc"]


def valid_dataset() -> Dataset:
    """A small graph with one node of every shaped class, all valid."""
    ds = Dataset()
    kbg = ds.graph(URIRef("https://w3id.org/diplograph/graph/kb"))
    for s, p, o in [
        (KISHIDA, RDF.type, DG.Person), (KISHIDA, RDFS.label, Literal("Fumio Kishida", lang="en")),
        (JAPAN, RDF.type, DG.Country), (JAPAN, RDFS.label, Literal("Japan", lang="de")),
        (TOKYO, RDF.type, DG.Place), (TOKYO, RDFS.label, Literal("Tokio", lang="de")),
        (ROLE["foreign-minister"], RDF.type, DG.Role),
    ]:
        kbg.add((s, p, o))
    g = ds.graph(article_graph("000_test"))
    for s, p, o in [
        (A, RDF.type, DG.Article), (A, SDO.identifier, Literal("000_test")),
        (A, SDO.inLanguage, Literal("de")),
        (A, SDO.datePublished, Literal("2013-11", datatype=rns.XSD.gYearMonth)),
        (CLAIM, RDF.type, DG.RoleClaim), (CLAIM, ORG.member, KISHIDA),
        (CLAIM, ORG.organization, JAPAN), (CLAIM, ORG.role, ROLE["foreign-minister"]),
        (CLAIM, PROV.wasDerivedFrom, A), (CLAIM, DG.evidence, MENTION),
        (EVENT, RDF.type, DG.Meeting), (EVENT, RDFS.label, Literal("Meeting: Kishida (Tokyo)")),
        (EVENT, SEM.hasActor, KISHIDA), (EVENT, SEM.hasPlace, TOKYO),
        (EVENT, SEM.hasTimeStamp, Literal("2013-11-02", datatype=rns.XSD.date)),
        (EVENT, DG.status, DG.Happened), (EVENT, PROV.wasDerivedFrom, A),
        (MENTION, RDF.type, DG.Mention), (MENTION, DG.inArticle, A),
        (MENTION, DG.begin, Literal(10)), (MENTION, DG.end, Literal(22)),
        (STATEMENT_IRI, RDF.type, DG.Statement), (STATEMENT_IRI, SDO.text, Literal("We got off")),
        (STATEMENT_IRI, DG.speaker, KISHIDA), (STATEMENT_IRI, PROV.wasDerivedFrom, A),
    ]:
        g.add((s, p, o))
    return ds


def article_g(ds: Dataset) -> Graph:
    return ds.graph(article_graph("000_test"))


def test_valid_graph_conforms():
    conforms, text = validate(valid_dataset())
    assert conforms, text


def test_validate_accepts_a_plain_graph():
    ds = valid_dataset()
    plain = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        plain.add((s, p, o))
    assert validate(plain)[0]


def _drop(ds, s, p):
    article_g(ds).remove((s, p, None))
    return ds


def _add(ds, s, p, o):
    article_g(ds).add((s, p, o))
    return ds


BROKEN = {
    "role claim without member": (lambda ds: _drop(ds, CLAIM, ORG.member), CLAIM),
    "role claim member not a person": (
        lambda ds: _add(_drop(ds, CLAIM, ORG.member), CLAIM, ORG.member, JAPAN), CLAIM),
    "role claim with two roles": (
        lambda ds: _add(ds, CLAIM, ORG.role, ROLE["defence-minister"]), CLAIM),
    "role claim without source article": (
        lambda ds: _drop(ds, CLAIM, PROV.wasDerivedFrom), CLAIM),
    "event with two timestamps": (
        lambda ds: _add(ds, EVENT, SEM.hasTimeStamp, Literal("2013-11", datatype=rns.XSD.gYearMonth)),
        EVENT),
    "event timestamp plain string": (
        lambda ds: _add(_drop(ds, EVENT, SEM.hasTimeStamp), EVENT, SEM.hasTimeStamp,
                        Literal("2013-11-02")), EVENT),
    "event without label": (lambda ds: _drop(ds, EVENT, RDFS.label), EVENT),
    "event without source": (lambda ds: _drop(ds, EVENT, PROV.wasDerivedFrom), EVENT),
    "event with unknown status": (
        lambda ds: _add(_drop(ds, EVENT, DG.status), EVENT, DG.status, DG.Planned + "ish"), EVENT),
    "mention with negative begin": (
        lambda ds: _add(_drop(ds, MENTION, DG.begin), MENTION, DG.begin, Literal(-1)), MENTION),
    "mention ending before it begins": (
        lambda ds: _add(_drop(ds, MENTION, DG.end), MENTION, DG.end, Literal(5)), MENTION),
    "mention without article": (lambda ds: _drop(ds, MENTION, DG.inArticle), MENTION),
    "article with two identifiers": (
        lambda ds: _add(ds, A, SDO.identifier, Literal("other")), A),
    "article without language": (lambda ds: _drop(ds, A, SDO.inLanguage), A),
    "article date as string": (
        lambda ds: _add(_drop(ds, A, SDO.datePublished), A, SDO.datePublished,
                        Literal("2. November 2013")), A),
    "statement without text": (lambda ds: _drop(ds, STATEMENT_IRI, SDO.text), STATEMENT_IRI),
    "entity without label": (
        lambda ds: _add(ds, ENT["nowhere"], RDF.type, DG.Region), ENT["nowhere"]),
    "entity label not a literal": (
        lambda ds: _add(ds, ENT["x"], RDF.type, DG.Person) and
        _add(ds, ENT["x"], RDFS.label, URIRef("https://example.org/x")), ENT["x"]),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_fails_at_the_expected_node(case):
    breaker, expected_focus = BROKEN[case]
    ds = breaker(valid_dataset())
    conforms, text = validate(ds)
    assert not conforms
    assert expected_focus in focus_nodes(ds), text
    assert "Message:" in text or "Violation" in text


def test_event_target_reaches_kinds_through_subclass_in_data():
    """SHACL instance semantics: a shape targeting dg:Event checks a dg:Summit when
    the ontology's subClassOf triples are part of the data graph (inference none)."""
    from pyshacl import validate as shacl
    shapes = Graph()
    shape = URIRef("https://example.org/EventOnly")
    prop = BNode()
    shapes.add((shape, RDF.type, SH.NodeShape))
    shapes.add((shape, SH.targetClass, DG.Event))
    shapes.add((shape, SH.property, prop))
    shapes.add((prop, SH.path, RDFS.label))
    shapes.add((prop, SH.minCount, Literal(1)))
    data = Graph()
    data.add((EVENT, RDF.type, DG.Summit))
    assert shacl(data, shacl_graph=shapes, inference="none")[0]  # no subclass triples: no target
    assert not shacl(union_graph(data), shacl_graph=shapes, inference="none")[0]


def test_shape_messages_are_readable():
    messages = [str(m) for m in shapes_graph().objects(None, SH.message)]
    assert len(messages) >= 15
    assert all(len(m) > 20 and m[0].isupper() for m in messages)


# ---------------------------------------------------------------------------- knowledge base

def entities(kb: Graph) -> dict[URIRef, URIRef]:
    """Every KB entity and its (one) type."""
    out = {}
    for s, _p, t in kb.triples((None, RDF.type, None)):
        if t in ENTITY_TYPES:
            assert s not in out, f"{s} has two entity types"
            out[s] = t
    return out


def test_kb_entities_have_one_label_per_language(kb):
    ents = entities(kb)
    assert len(ents) > 250
    for ent in ents:
        labels = list(kb.objects(ent, RDFS.label))
        assert sorted(lbl.language for lbl in labels) == ["de", "en"], ent
        assert all(isinstance(n, Literal) and str(n).strip() == str(n) and str(n)
                   for n in names(kb, ent)), ent


def test_kb_slugs_are_well_formed_and_unique(kb):
    ents = entities(kb)
    slugs = [str(e)[len(str(ENT)):] for e in ents]
    assert all(str(e).startswith(str(ENT)) for e in ents)
    assert all(SLUG.match(s) for s in slugs), [s for s in slugs if not SLUG.match(s)]
    assert len(slugs) == len(set(slugs))
    for name in ("fumio-kishida", "japan", "tokyo", "nato", "sergey-lavrov", "vladimir-putin"):
        assert ENT[name] in ents, name


def test_kb_same_as_only_wikidata_entities(kb):
    links = list(kb.subject_objects(OWL.sameAs))
    assert links
    for _s, o in links:
        assert re.fullmatch(re.escape(str(WD)) + r"Q[1-9][0-9]*", str(o)), o
    targets = [o for _s, o in links]
    assert len(targets) == len(set(targets)), "two entities linked to one Wikidata item"


def test_kb_no_two_entities_share_a_name_in_one_language(kb):
    by_key = defaultdict(set)
    for ent in entities(kb):
        for n in names(kb, ent):
            for lang in ([n.language] if n.language else ["en", "de"]):
                by_key[(lang, str(n).casefold())].add(ent)
    clashes = {k: v for k, v in by_key.items() if len(v) > 1
               and frozenset(str(e)[len(str(ENT)):] for e in v) not in INTENTIONALLY_AMBIGUOUS}
    assert clashes == {}


def test_kb_references_resolve(kb):
    ents = entities(kb)
    for p in (SDO.nationality, SDO.containedInPlace, DG.capitalOf, ORG.subOrganizationOf,
              SDO.location):
        for s, o in kb.subject_objects(p):
            assert s in ents and o in ents, (s, p, o)
    for s, o in kb.subject_objects(DG.capitalOf):
        assert ents[o] == DG.Country and (s, SDO.containedInPlace, o) in kb
    for s, o in kb.subject_objects(SDO.nationality):
        assert ents[s] == DG.Person and ents[o] == DG.Country
    for ministry in [e for e, t in ents.items() if t == DG.Ministry]:
        assert ents[kb.value(ministry, ORG.subOrganizationOf)] == DG.Country, ministry


def test_kb_examples(kb):
    assert (ENT["tokyo"], DG.capitalOf, ENT["japan"]) in kb
    assert (ENT["moscow"], DG.capitalOf, ENT["russia"]) in kb
    assert Literal("japanisch", lang="de") in set(kb.objects(ENT["japan"], DG.demonym))
    assert Literal("Lawrow", lang="de") in names(kb, ENT["sergey-lavrov"])
    assert Literal("NATO") in names(kb, ENT["nato"]) or \
        Literal("NATO", lang="en") in names(kb, ENT["nato"])
    assert kb.value(ENT["fumio-kishida"], DG.familyName) == Literal("Kishida")
    assert kb.value(ENT["fumio-kishida"], SDO.nationality) == ENT["japan"]
    for country, _t in [(e, t) for e, t in entities(kb).items() if t == DG.Country][:40]:
        assert list(kb.objects(country, DG.demonym)), country


def test_roles_are_concepts_with_unique_names(kb):
    roles = set(kb.subjects(RDF.type, DG.Role))
    assert len(roles) >= 12
    by_key = defaultdict(set)
    for r in roles:
        assert str(r).startswith(str(ROLE)) and SLUG.match(str(r)[len(str(ROLE)):]), r
        assert sorted(lbl.language for lbl in kb.objects(r, RDFS.label)) == ["de", "en"], r
        for n in names(kb, r):
            by_key[fold(str(n))].add(r)
    assert {k: v for k, v in by_key.items() if len(v) > 1} == {}


# ---------------------------------------------------------------------------- gold

GOLD_TYPES = {"Country": {DG.Country}, "Place": {DG.Place, DG.Region},
              "Organization": {DG.Organization, DG.Ministry, DG.NewsOutlet, DG.PoliticalParty},
              "Person": {DG.Person}}
GOLD_ROLES = {"foreign_minister": "foreign-minister", "defence_minister": "defence-minister",
              "prime_minister": "prime-minister", "president": "president"}


@pytest.fixture(scope="module")
def gold() -> dict:
    if not GOLD.exists():
        pytest.skip(f"gold file {GOLD} is absent (../shared not checked out beside the repo)")
    return tomllib.loads(GOLD.read_text(encoding="utf-8"))


def test_every_gold_name_names_exactly_one_kb_entity_of_the_right_type(kb, gold):
    ents = entities(kb)
    index = defaultdict(set)
    for ent in ents:
        for n in names(kb, ent):
            index[fold(str(n))].add(ent)
    problems = []
    for key, spec in gold["entities"].items():
        found = set()
        for name in spec["names"]:
            hits = index.get(fold(name), set())
            if len(hits) != 1:
                problems.append(f"{key}: {name!r} names {len(hits)} KB entities")
                continue
            (hit,) = hits
            if ents[hit] not in GOLD_TYPES[spec["type"]]:
                problems.append(f"{key}: {name!r} names {hit} of type {ents[hit]}")
            found.add(hit)
        if len(found) > 1:
            problems.append(f"{key}: names spread over {sorted(found)}")
    assert problems == []


def test_every_gold_role_alias_names_its_role_concept(kb, gold):
    problems = []
    for key, aliases in gold["roles"].items():
        concept = ROLE[GOLD_ROLES[key]]
        known = {fold(str(n)) for n in names(kb, concept)}
        problems += [f"{key}: {a!r}" for a in aliases if fold(a) not in known]
    assert problems == []
