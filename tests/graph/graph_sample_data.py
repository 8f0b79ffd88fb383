"""A small hand-made dataset following docs/rdf-model.md, shared by the graph tests.

Three articles; a KB with Japan, Russia, NATO, the USA (never mentioned), Kishida, Lavrov,
Shoigu, Tokyo and two roles; role claims (Shoigu's two conflicting ones); a meeting in Tokyo
reported by two articles that disagree on its date (a dg:Conflict on the event) and talks
between Shoigu and NATO.
"""
from __future__ import annotations

import networkx as nx
from rdflib import Dataset, Literal

from diplograph.ontology.namespace import (
    ARTICLE, CLAIM, DG, ENT, EVENT, FUSION_GRAPH, KB_GRAPH, MEMBERSHIP, ORG, PROV, RDF, RDFS,
    ROLE, SDO, SEM, SKOS, STATEMENT, XSD, article_graph, mention_iri,
)

A0, A1, A2 = "000_aaa", "001_bbb", "002_ccc"
JAPAN, RUSSIA, NATO, USA = ENT.japan, ENT.russia, ENT.nato, ENT.usa
KISHIDA, LAVROV, SHOIGU, TOKYO = ENT["fumio-kishida"], ENT["sergey-lavrov"], ENT["sergei-shoigu"], ENT.tokyo
FM, DM = ROLE["foreign-minister"], ROLE["defence-minister"]
MEETING, TALKS = EVENT["meeting-1"], EVENT["talks-1"]
M_KISHIDA, M_LAVROV = MEMBERSHIP["kishida-fm"], MEMBERSHIP["lavrov-fm"]
M_SHOIGU_FM, M_SHOIGU_DM = MEMBERSHIP["shoigu-fm"], MEMBERSHIP["shoigu-dm"]
ROLE_CONFLICT, DATE_CONFLICT = CLAIM["shoigu-role"], CLAIM["meeting-date"]

SENTENCES = {
    A0: "Japans Außenminister Fumio Kishida traf Sergej Lawrow am Samstag in Tokio.",
    A1: "Russian Foreign Minister Sergey Lavrov met Fumio Kishida in Tokyo on Sunday.",
    A2: "Defence Minister Sergei Shoigu held talks with NATO.",
}


def _kb(ds: Dataset) -> None:
    kb = ds.graph(KB_GRAPH)
    for entity, cls, en, de in (
        (JAPAN, DG.Country, "Japan", "Japan"), (RUSSIA, DG.Country, "Russia", "Russland"),
        (USA, DG.Country, "United States", "Vereinigte Staaten"),
        (NATO, DG.Organization, "NATO", "NATO"), (TOKYO, DG.Place, "Tokyo", "Tokio"),
        (KISHIDA, DG.Person, "Fumio Kishida", "Fumio Kishida"),
        (LAVROV, DG.Person, "Sergey Lavrov", "Sergej Lawrow"),
        (SHOIGU, DG.Person, "Sergei Shoigu", "Sergej Schoigu"),
    ):
        kb.add((entity, RDF.type, cls))
        kb.add((entity, RDFS.label, Literal(de, lang="de")))
        kb.add((entity, RDFS.label, Literal(en, lang="en")))
    kb.add((TOKYO, DG.capitalOf, JAPAN))
    for role, en, de in ((FM, "Foreign Minister", "Außenminister"), (DM, "Defence Minister", "Verteidigungsminister")):
        kb.add((role, RDF.type, DG.Role))
        kb.add((role, RDFS.label, Literal(en, lang="en")))
        kb.add((role, SKOS.prefLabel, Literal(de, lang="de")))


def _article(ds: Dataset, art: str, lang: str, mentions, sentence: str) -> tuple:
    g = ds.graph(article_graph(art))
    iri = ARTICLE[art]
    g.add((iri, RDF.type, DG.Article))
    g.add((iri, SDO.identifier, Literal(art)))
    g.add((iri, SDO.inLanguage, Literal(lang)))
    g.add((iri, SDO.datePublished, Literal("2013-11-04", datatype=XSD.date)))
    g.add((iri, SDO.text, Literal(sentence)))
    for entity in mentions:
        g.add((iri, SDO.mentions, entity))
    mention = mention_iri(art, 0, len(sentence))
    g.add((mention, RDF.type, DG.Mention))
    g.add((mention, DG.inArticle, iri))
    g.add((mention, DG.begin, Literal(0)))
    g.add((mention, DG.end, Literal(len(sentence))))
    g.add((mention, DG.sentence, Literal(sentence)))
    return g, iri, mention


def _role_claim(g, claim, member, org, role, article, mention) -> None:
    g.add((claim, RDF.type, DG.RoleClaim))
    g.add((claim, ORG.member, member))
    g.add((claim, ORG.organization, org))
    g.add((claim, ORG.role, role))
    g.add((claim, PROV.wasDerivedFrom, article))
    g.add((claim, DG.extractedBy, Literal("roles.explicit")))
    g.add((claim, DG.evidence, mention))


def _event(g, event, cls, actors, place, stamp, article, mention) -> None:
    g.add((event, RDF.type, cls))
    g.add((event, DG.eventKind, Literal(str(cls).rsplit("#", 1)[-1])))
    for actor in actors:
        g.add((event, SEM.hasActor, actor))
    if place is not None:
        g.add((event, SEM.hasPlace, place))
    g.add((event, SEM.hasTimeStamp, stamp))
    g.add((event, DG.status, DG.Happened))
    g.add((event, PROV.wasDerivedFrom, article))
    g.add((event, DG.evidence, mention))


def sample_dataset(label_suffix: str = "", sentence_suffix: str = "") -> Dataset:
    """The sample dataset; the suffixes are appended to Kishida's label and A0's sentence."""
    ds = Dataset()
    _kb(ds)
    if label_suffix:
        ds.graph(KB_GRAPH).remove((KISHIDA, RDFS.label, Literal("Fumio Kishida", lang="en")))
        ds.graph(KB_GRAPH).add((KISHIDA, RDFS.label, Literal("Fumio Kishida" + label_suffix, lang="en")))
    sentences = {**SENTENCES, A0: SENTENCES[A0] + sentence_suffix}
    g0, a0, m0 = _article(ds, A0, "de", [JAPAN, KISHIDA, LAVROV, TOKYO], sentences[A0])
    _role_claim(g0, M_KISHIDA, KISHIDA, JAPAN, FM, a0, m0)
    _event(g0, MEETING, DG.Meeting, [KISHIDA, LAVROV], TOKYO,
           Literal("2013-11-02", datatype=XSD.date), a0, m0)
    g1, a1, m1 = _article(ds, A1, "en", [RUSSIA, LAVROV, KISHIDA, TOKYO, SHOIGU], sentences[A1])
    _role_claim(g1, M_LAVROV, LAVROV, RUSSIA, FM, a1, m1)
    _role_claim(g1, M_SHOIGU_FM, SHOIGU, RUSSIA, FM, a1, m1)
    _event(g1, MEETING, DG.Meeting, [KISHIDA, LAVROV], TOKYO,
           Literal("2013-11-03", datatype=XSD.date), a1, m1)
    g0.add((MEETING, RDFS.label, Literal("Meeting: Fumio Kishida, Sergey Lavrov (Tokyo, 2013-11-02)")))
    g2, a2, m2 = _article(ds, A2, "en", [SHOIGU, RUSSIA, NATO], sentences[A2])
    _role_claim(g2, M_SHOIGU_DM, SHOIGU, RUSSIA, DM, a2, m2)
    _event(g2, TALKS, DG.Talks, [SHOIGU, NATO], None, Literal("2014-03", datatype=XSD.gYearMonth), a2, m2)
    statement = STATEMENT["s1"]
    g2.add((statement, RDF.type, DG.Statement))
    g2.add((statement, SDO.text, Literal("We will respond.")))
    g2.add((statement, DG.speaker, SHOIGU))
    g2.add((statement, PROV.wasDerivedFrom, a2))
    fusion = ds.graph(FUSION_GRAPH)
    fusion.add((MEETING, DG.sourceCount, Literal(2)))
    fusion.add((ROLE_CONFLICT, RDF.type, DG.Conflict))
    fusion.add((ROLE_CONFLICT, RDFS.label, Literal("Sergei Shoigu: Foreign Minister vs Defence Minister of Russia")))
    fusion.add((ROLE_CONFLICT, DG.conflictingClaim, M_SHOIGU_FM))
    fusion.add((ROLE_CONFLICT, DG.conflictingClaim, M_SHOIGU_DM))
    fusion.add((DATE_CONFLICT, RDF.type, DG.Conflict))
    fusion.add((DATE_CONFLICT, RDFS.label, Literal("Meeting date: 2013-11-02 vs 2013-11-03")))
    fusion.add((DATE_CONFLICT, DG.conflictingClaim, MEETING))
    return ds


NODES = {str(n) for n in (JAPAN, RUSSIA, NATO, KISHIDA, LAVROV, SHOIGU, TOKYO, MEETING, TALKS)}


def large_graph(n: int) -> nx.MultiGraph:
    """``n`` nodes: a tenth events, each with four actors chosen by a fixed rule."""
    G = nx.MultiGraph()
    events = [str(EVENT[f"large-{i}"]) for i in range(n // 10)]
    actors = [str(ENT[f"large-{i}"]) for i in range(n - len(events))]
    for i, a in enumerate(actors):
        G.add_node(a, label=f"Actor {i}", kind="Person" if i % 3 else "Country", category="actor")
    for i, e in enumerate(events):
        G.add_node(e, label=f"Event {i}", kind="Meeting", category="event", date="2020-01-01")
        for j in range(4):
            G.add_edge(e, actors[(i * 7 + j * 131) % len(actors)], key=f"hasActor{j}", relation="hasActor")
    return G
