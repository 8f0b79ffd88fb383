"""Event tables in the manner of GDELT: one row per fused event, one row per pair and year.

:func:`event_table` gives a row per event that an article reports: its date and the
date's precision, kind, CAMEO/PLOVER quad class, status, actors and their countries, place,
sources and an evidence sentence. :func:`pair_year_table` gives a row per pair of
countries or organisations and year, counted from the relations fusion derived
(``dg:Relation``, see ``docs/rdf-model.md``): events per quad class, cooperation, conflict
and the net score. Both take what :func:`~diplograph.graph.analysis.network.to_networkx`
takes (an rdflib Dataset, a pyoxigraph Store, a build's GraphFile) and give plain dicts,
so a notebook makes a DataFrame of them (``pd.DataFrame(event_table(ds))``) without the
library needing pandas. Multi-valued cells are lists; :func:`to_csv` joins them with "; ".

>>> from rdflib import Dataset, Literal
>>> from diplograph.ontology.namespace import ARTICLE, DG, ENT, EVENT, PROV, RDF, RDFS, SDO, SEM, XSD
>>> from diplograph.ontology.namespace import article_graph
>>> ds = Dataset()
>>> g = ds.graph(article_graph("a1"))
>>> for t in [(ARTICLE.a1, RDF.type, DG.Article), (ARTICLE.a1, SDO.identifier, Literal("a1")),
...           (EVENT.m1, RDF.type, DG.Meeting), (EVENT.m1, SEM.hasActor, ENT.kishida),
...           (EVENT.m1, SEM.hasActor, ENT.russia), (EVENT.m1, SEM.hasPlace, ENT.tokyo),
...           (EVENT.m1, SEM.hasTimeStamp, Literal("2013-11", datatype=XSD.gYearMonth)),
...           (EVENT.m1, DG.status, DG.Happened), (EVENT.m1, PROV.wasDerivedFrom, ARTICLE.a1),
...           (ENT.kishida, RDF.type, DG.Person), (ENT.kishida, SDO.nationality, ENT.japan),
...           (ENT.japan, RDF.type, DG.Country), (ENT.russia, RDF.type, DG.Country),
...           (ENT.russia, RDFS.label, Literal("Russia", lang="en")), (ENT.tokyo, RDF.type, DG.Place)]:
...     _ = g.add(t)
>>> [row] = event_table(ds)
>>> row["id"], row["date"], row["date_precision"], row["kind"], row["quad_class"], row["countries"]
('event:m1', '2013-11', 'month', 'Meeting', 'VerbalCooperation', ['japan', 'Russia'])
>>> print(to_csv([row], ("id", "actors", "place", "sources", "source_count")), end="")
id,actors,place,sources,source_count
event:m1,kishida; Russia,tokyo,a1,1
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from rdflib import Literal
from rdflib.term import Node

from diplograph.ontology.namespace import DG, ORG, RDF, SDO, SEM, shorten_iri

from diplograph.graph.analysis.network import _events, _kind, _event_label, _node_sources, _sentences
from diplograph.graph.fusion.relations import quad_class
from diplograph.graph.rdf.union import Reader, local_name

__all__ = ["event_table", "pair_year_table", "quad_class", "to_csv", "events_csv", "pairs_csv",
           "EVENT_FIELDS", "PAIR_FIELDS", "QUADS", "COOPERATION", "CONFLICT"]

#: the CAMEO/PLOVER quad classes, cooperation first
QUADS = tuple(local_name(q) for q in (DG.VerbalCooperation, DG.MaterialCooperation,
                                      DG.VerbalConflict, DG.MaterialConflict))
COOPERATION = frozenset(local_name(q) for q in (DG.VerbalCooperation, DG.MaterialCooperation))
CONFLICT = frozenset(local_name(q) for q in (DG.VerbalConflict, DG.MaterialConflict))

EVENT_FIELDS = ("id", "date", "date_precision", "not_before", "year", "kind", "quad_class", "status", "label",
                "actors", "actor_ids", "countries", "country_ids", "place", "place_ids",
                "sources", "source_count", "confidence", "evidence", "evidence_source", "iri")
PAIR_FIELDS = ("party_a", "party_b", "label_a", "label_b", "year", "events", *QUADS,
               "cooperation", "conflict", "net", "source_count", "sources", "event_ids")

_PRECISION = {len("2013-11-02"): "day", len("2013-11"): "month", len("2013"): "year"}


def _is_a(reader: Reader, node: Node, cls: Node) -> bool:
    return cls in reader.objects(node, RDF.type)


def _country(reader: Reader, node: Node) -> Node | None:
    """The country a node is or belongs to: itself, or up its ``org:subOrganizationOf`` /
    ``schema:containedInPlace`` parents (a ministry, a city), else None."""
    seen = set()
    while node is not None and node not in seen:
        if _is_a(reader, node, DG.Country):
            return node
        seen.add(node)
        node = reader.value(node, ORG.subOrganizationOf) or reader.value(node, SDO.containedInPlace)
    return None


def _actor_countries(reader: Reader, actor: Node) -> set[Node]:
    """A country actor itself; a person's countries by their role claims (the country of
    each organisation they hold a role in), else by ``schema:nationality``; an
    organisation's country when it is part of one (a ministry)."""
    if _is_a(reader, actor, DG.Person):
        found = {c for claim in reader.subjects(ORG.member, actor)
                 for org in reader.objects(claim, ORG.organization) if (c := _country(reader, org)) is not None}
        return found or {c for n in reader.objects(actor, SDO.nationality) if (c := _country(reader, n)) is not None}
    country = _country(reader, actor)
    return {country} if country is not None else set()


def _published_years(reader: Reader) -> dict[str, str]:
    """Article identifier -> the year it was published, where known."""
    years = {}
    for article, ident in reader.ids.items():
        dates = [str(d) for d in reader.objects(article, SDO.datePublished) if isinstance(d, Literal)]
        if dates and dates[0][:4].isdigit():
            years[ident] = dates[0][:4]
    return years


def _year(date: str, sources: list[str], published: dict[str, str]) -> int | None:
    """The year of the date, else the one year all of the event's articles were published in
    (as the relations count an undated event)."""
    if date[:4].isdigit():
        return int(date[:4])
    years = {published[s] for s in sources if s in published}
    return int(years.pop()) if len(years) == 1 else None


def _labelled(reader: Reader, nodes: Iterable[Node]) -> tuple[list[str], list[str]]:
    """(labels, short ids) of some nodes, in label order."""
    pairs = sorted((reader.label(n).casefold(), reader.label(n), shorten_iri(str(n))) for n in nodes)
    return [label for _, label, _ in pairs], [short for _, _, short in pairs]


def event_table(dataset) -> list[dict]:
    """One row (a dict with the keys :data:`EVENT_FIELDS`) per event an article reports,
    by date (undated events last), then id.

    ``id`` is the short id (``event:talks-876b…``, as in the GraphML and GEXF exports),
    ``iri`` the full one; ``date`` the ``sem:hasTimeStamp`` (``YYYY-MM-DD``, ``YYYY-MM`` or
    ``YYYY``) and ``date_precision`` ``day``, ``month`` or ``year``; ``not_before`` the
    earliest date fusion allows an undated event (``sem:hasEarliestBeginTimeStamp``);
    ``year`` an int (for an undated event the year its articles all appeared in, else
    None); ``quad_class`` as
    :func:`~diplograph.graph.fusion.relations.quad_class`; ``status`` ``Happened``, ``Planned`` or ``Cancelled``; ``actors``,
    ``countries`` and ``place`` lists of labels, ``actor_ids``, ``country_ids`` and
    ``place_ids`` the matching short ids; ``countries`` the country actors and the countries
    of the other actors (a person's by role, else nationality; a ministry's); ``sources``
    the article identifiers, ``source_count`` fusion's ``dg:sourceCount`` (else their
    number); ``confidence`` a float or None; ``evidence`` the first sentence (by article
    and position) that reports the event and ``evidence_source`` its article.
    """
    reader = Reader(dataset)
    published = _published_years(reader)
    countries_of: dict[Node, set[Node]] = {}
    rows = []
    for event in _events(reader):
        kind = _kind(reader, event, True)
        stamp = reader.value(event, SEM.hasTimeStamp)
        earliest = reader.value(event, SEM.hasEarliestBeginTimeStamp)
        date = "" if stamp is None else str(stamp)
        precision = reader.value(event, DG.datePrecision)
        status = reader.value(event, DG.status)
        status = None if status is None else local_name(status)
        actors = reader.objects(event, SEM.hasActor)
        countries = set()
        for actor in actors:
            if actor not in countries_of:
                countries_of[actor] = _actor_countries(reader, actor)
            countries |= countries_of[actor]
        sources = _node_sources(reader, event)
        count = reader.value(event, DG.sourceCount)
        confidence = reader.value(event, DG.confidence)
        evidence = _sentences(reader, [event])[:1]
        actor_labels, actor_ids = _labelled(reader, actors)
        country_labels, country_ids = _labelled(reader, countries)
        place_labels, place_ids = _labelled(reader, reader.objects(event, SEM.hasPlace))
        rows.append({
            "id": shorten_iri(str(event)), "date": date,
            "date_precision": (local_name(precision).removesuffix("Precision").lower() if precision is not None
                               else _PRECISION.get(len(date), "")),
            "not_before": "" if earliest is None else str(earliest),
            "year": _year(date, sources, published), "kind": kind, "quad_class": quad_class(kind, status),
            "status": status, "label": _event_label(reader, event, kind),
            "actors": actor_labels, "actor_ids": actor_ids, "countries": country_labels, "country_ids": country_ids,
            "place": place_labels, "place_ids": place_ids, "sources": sources,
            "source_count": int(count) if count is not None else len(sources),
            "confidence": float(confidence) if confidence is not None else None,
            "evidence": evidence[0][1] if evidence else "", "evidence_source": evidence[0][0] if evidence else "",
            "iri": str(event),
        })
    return sorted(rows, key=lambda r: (r["date"] == "", r["date"], r["id"]))


def pair_year_table(dataset) -> list[dict]:
    """One row (a dict with the keys :data:`PAIR_FIELDS`) per pair of countries or
    organisations and year in which fusion related them (``dg:Relation``), by pair and year.

    The pair is unordered (``party_a`` before ``party_b`` by IRI, as fusion sorts them),
    as short ids with their labels ``label_a`` and ``label_b``; ``year`` is an int,
    ``events`` the number of events they share, one count per quad class (:data:`QUADS`),
    ``cooperation`` and ``conflict`` their sums, ``net`` cooperation minus conflict,
    ``sources`` the articles of those events and ``event_ids`` their short ids.
    """
    reader = Reader(dataset)
    found: dict[tuple, dict] = {}
    sources_of: dict[Node, list[str]] = {}
    for relation in reader.subjects(RDF.type, DG.Relation):
        parties = reader.objects(relation, DG.between)
        year, quad = reader.value(relation, DG.relationYear), reader.value(relation, DG.quadClass)
        if len(parties) != 2 or year is None or quad is None or local_name(quad) not in QUADS:
            continue
        a, b = sorted(parties, key=str)
        row = found.setdefault((str(a), str(b), int(str(year)[:4])), {
            "party_a": shorten_iri(str(a)), "party_b": shorten_iri(str(b)), "label_a": reader.label(a),
            "label_b": reader.label(b), "year": int(str(year)[:4]), "events": set(),
            **{q: set() for q in QUADS}, "sources": set()})
        for event in reader.objects(relation, DG.basedOn):
            row[local_name(quad)].add(event)
            row["events"].add(event)
            if event not in sources_of:
                sources_of[event] = _node_sources(reader, event)
            row["sources"].update(sources_of[event])
    rows = []
    for key in sorted(found):
        row = found[key]
        counts = {q: len(row[q]) for q in QUADS}
        cooperation = sum(counts[q] for q in QUADS if q in COOPERATION)
        conflict = sum(counts[q] for q in QUADS if q in CONFLICT)
        values = {**row, **counts, "events": len(row["events"]), "cooperation": cooperation,
                  "conflict": conflict, "net": cooperation - conflict, "source_count": len(row["sources"]),
                  "sources": sorted(row["sources"]), "event_ids": sorted(shorten_iri(str(e)) for e in row["events"])}
        rows.append({f: values[f] for f in PAIR_FIELDS})
    return rows


def to_csv(rows: Iterable[dict], fields: Iterable[str]) -> str:
    """CSV text of some rows: a header of ``fields``, lists joined with "; ", None empty
    (the csv module quotes what needs it).

    >>> print(to_csv([{"a": ["x", 'say "hi", then'], "b": None}], ["a", "b"]), end="")
    a,b
    "x; say ""hi"", then",
    """
    fields = list(fields)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow(["; ".join(map(str, v)) if isinstance(v, (list, tuple, set)) else "" if v is None else v
                         for v in (row.get(f) for f in fields)])
    return out.getvalue()


def events_csv(dataset) -> str:
    """:func:`event_table` as CSV text (:data:`EVENT_FIELDS`)."""
    return to_csv(event_table(dataset), EVENT_FIELDS)


def pairs_csv(dataset) -> str:
    """:func:`pair_year_table` as CSV text (:data:`PAIR_FIELDS`)."""
    return to_csv(pair_year_table(dataset), PAIR_FIELDS)
