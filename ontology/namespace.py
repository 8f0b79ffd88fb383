"""Closed namespaces of diplograph and the standard vocabularies it writes.

Every IRI the project writes is built here: the ontology terms (``DG``, closed, so a
typo is an ``AttributeError`` instead of a silent new IRI), the standard vocabularies of
the public contract (schema.org, SEM, W3C ORG, PROV-O) and the instance namespaces.

>>> from diplograph.ontology.namespace import DG, SEM
>>> str(DG.Meeting)
'https://w3id.org/diplograph/ns#Meeting'
>>> DG.Meeting in DG
True
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace, ORG

__all__ = [
    "DG", "SDO", "SEM", "ORG", "PROV", "RDF", "RDFS", "OWL", "SKOS", "TIME", "XSD", "DCTERMS", "SH",
    "WD", "ENT", "ROLE", "EVENT", "ARTICLE", "MEMBERSHIP", "STATEMENT", "CLAIM", "ACCORD", "FIGURE", "RELATION",
    "GRAPH",
    "ONTOLOGY_GRAPH", "KB_GRAPH", "FUSION_GRAPH", "PREFIXES", "ID_PREFIXES", "shorten_iri", "expand_id",
    "article_graph", "mention_iri", "article_iri", "iri_segment",
]

BASE = "https://w3id.org/diplograph/"


def _keep_terms(cls: type) -> type:
    """Make each declared term of a closed namespace once, as a plain class attribute:
    rdflib otherwise builds and checks a new ``URIRef`` on every ``DG.Meeting`` (about
    0.6 µs, and the graph code asks millions of times)."""
    for name in cls.__annotations__:
        type.__setattr__(cls, name, cls[name])
    return cls


@_keep_terms
class DG(DefinedNamespace):
    """The diplograph ontology (``ontology/diplograph.ttl``)."""

    _NS = Namespace(BASE + "ns#")
    _fail = True

    # --- classes: actors and places
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Ministry: URIRef
    NewsOutlet: URIRef
    PoliticalParty: URIRef
    Place: URIRef
    Region: URIRef
    # --- classes: documents and provenance
    Article: URIRef
    Mention: URIRef
    # --- classes: roles
    Role: URIRef
    RoleClaim: URIRef
    # --- classes: events and their kinds
    Event: URIRef
    Meeting: URIRef
    Talks: URIRef
    Summit: URIRef
    Visit: URIRef
    PhoneCall: URIRef
    Agreement: URIRef
    Sanction: URIRef
    Suspension: URIRef
    MilitaryExercise: URIRef
    Deployment: URIRef
    AirspaceViolation: URIRef
    Interception: URIRef
    Protest: URIRef
    Expulsion: URIRef
    EntryBan: URIRef
    Seizure: URIRef
    MissileLaunch: URIRef
    NuclearTest: URIRef
    Accession: URIRef
    Announcement: URIRef
    PressConference: URIRef
    # --- classes: what people say, what numbers say, where sources disagree
    Statement: URIRef
    FigureClaim: URIRef
    Conflict: URIRef
    # --- individuals: event status, date precision
    EventStatus: URIRef
    Happened: URIRef
    Planned: URIRef
    Cancelled: URIRef
    DatePrecision: URIRef
    DayPrecision: URIRef
    MonthPrecision: URIRef
    YearPrecision: URIRef

    # --- knowledge-base properties
    demonym: URIRef          # adjective or demonym pointing to a country ("japanisch"@de)
    capitalOf: URIRef        # city -> country it is the capital of
    familyName: URIRef
    givenName: URIRef
    ambiguousName: URIRef    # a name the entity shares with others: linked only on evidence
    # --- extraction and provenance properties
    evidence: URIRef         # fact -> dg:Mention (article#char=s,e)
    begin: URIRef            # character offset of a mention (inclusive)
    end: URIRef              # character offset of a mention (exclusive)
    anchorOf: URIRef         # the surface text of a mention
    sentence: URIRef         # the sentence text a mention lies in
    inArticle: URIRef        # mention -> article
    extractedBy: URIRef      # name of the rule or component that produced a fact
    confidence: URIRef       # xsd:decimal in [0, 1]
    sourceCount: URIRef      # how many distinct articles support a fact
    # --- event properties
    eventKind: URIRef        # role concept-free name of the kind, e.g. "Meeting"
    status: URIRef           # -> dg:EventStatus individual
    datePrecision: URIRef    # -> dg:DatePrecision individual
    relativeDate: URIRef     # unresolved relative date text, e.g. "am Montag"
    trigger: URIRef          # the word that signalled the event
    target: URIRef           # event -> the actor a sanction, expulsion or entry ban is done to
    # --- statements and conflicts
    speaker: URIRef
    conflictsWith: URIRef
    conflictingClaim: URIRef
    # --- accords: what parties agreed, planned or intended, and where
    Accord: URIRef
    AccordStatus: URIRef
    Agreed: URIRef
    Intended: URIRef
    party: URIRef
    topic: URIRef
    reachedAt: URIRef
    accordStatus: URIRef
    # --- figures: amounts with their unit, what they measure and who stated them
    measures: URIRef
    statedBy: URIRef
    # --- relations layer: country pairs per year, by CAMEO/PLOVER quad class
    Relation: URIRef
    QuadClass: URIRef
    VerbalCooperation: URIRef
    MaterialCooperation: URIRef
    VerbalConflict: URIRef
    MaterialConflict: URIRef
    between: URIRef
    relationYear: URIRef
    quadClass: URIRef
    basedOn: URIRef
    eventCount: URIRef
    minParties: URIRef


class _Vocabulary(Namespace):
    """An open namespace (schema.org, SEM) that makes each term it is asked for once.

    >>> SEM.hasActor is SEM.hasActor, SEM.hasActor == SEM["hasActor"]
    (True, True)
    """

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)        # "__x__" names raise AttributeError here
        self.__dict__[name] = term
        return term


SDO = _Vocabulary("https://schema.org/")
SEM = _Vocabulary("http://semanticweb.cs.vu.nl/2009/11/sem/")
SH = Namespace("http://www.w3.org/ns/shacl#")
WD = Namespace("http://www.wikidata.org/entity/")

ENT = Namespace(BASE + "id/entity/")
ROLE = Namespace(BASE + "id/role/")
EVENT = Namespace(BASE + "id/event/")
ARTICLE = Namespace(BASE + "id/article/")
MEMBERSHIP = Namespace(BASE + "id/membership/")
STATEMENT = Namespace(BASE + "id/statement/")
CLAIM = Namespace(BASE + "id/claim/")
ACCORD = Namespace(BASE + "id/accord/")
RELATION = Namespace(BASE + "id/relation/")
FIGURE = Namespace(BASE + "id/figure/")
GRAPH = Namespace(BASE + "graph/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
KB_GRAPH = GRAPH["kb"]
FUSION_GRAPH = GRAPH["fusion"]

PREFIXES = {
    "dg": DG._NS, "schema": SDO, "sem": SEM, "org": ORG, "prov": PROV, "rdf": RDF,
    "rdfs": RDFS, "owl": OWL, "skos": SKOS, "xsd": XSD, "dcterms": DCTERMS, "sh": SH,
    "wd": WD, "ent": ENT, "role": ROLE, "event": EVENT, "article": ARTICLE,
}

#: the prefixes of short ids (:func:`shorten_iri`): :data:`PREFIXES` and the instance
#: namespaces the RDF files leave without a prefix (role claims, statements, ...)
ID_PREFIXES = {
    **PREFIXES, "membership": MEMBERSHIP, "statement": STATEMENT, "claim": CLAIM, "accord": ACCORD,
    "figure": FIGURE, "relation": RELATION, "graph": GRAPH,
}
# the longest namespace first, so that an IRI gets the most specific prefix
_ID_NAMESPACES = tuple(sorted(((str(ns), name) for name, ns in ID_PREFIXES.items()),
                              key=lambda pair: (-len(pair[0]), pair[1])))


def shorten_iri(iri: str) -> str:
    """The short id of an IRI: ``prefix:local`` with the longest namespace of
    :data:`ID_PREFIXES` it starts with (and something after it), else the IRI unchanged.
    Every output that names nodes for people or tools (``diplograph query`` tables and CSV,
    the event and pair tables, GraphML, GEXF, the report) makes its ids with this function.

    >>> shorten_iri("https://w3id.org/diplograph/id/entity/japan"), shorten_iri(str(DG.Meeting))
    ('ent:japan', 'dg:Meeting')
    >>> shorten_iri(str(mention_iri("my article", 0, 5))), shorten_iri(str(KB_GRAPH))
    ('article:my%20article#char=0,5', 'graph:kb')
    >>> shorten_iri("http://example.org/x"), shorten_iri(str(ENT))
    ('http://example.org/x', 'https://w3id.org/diplograph/id/entity/')
    """
    for namespace, prefix in _ID_NAMESPACES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def expand_id(short: str) -> str:
    """The IRI of a short id (``ent:japan``); anything else (a full IRI, unknown prefix) as it is.

    >>> expand_id("ent:japan"), expand_id("claim:c1"), expand_id("urn:example:x")
    ('https://w3id.org/diplograph/id/entity/japan', 'https://w3id.org/diplograph/id/claim/c1', 'urn:example:x')
    >>> all(expand_id(shorten_iri(i)) == i for i in (str(DG.Meeting), str(KB_GRAPH), "urn:x"))
    True
    """
    prefix, colon, local = short.partition(":")
    if colon and local and prefix in ID_PREFIXES and not local.startswith("//"):
        return str(ID_PREFIXES[prefix]) + local
    return short


def iri_segment(text: str) -> str:
    """``text`` as one IRI path segment: letters, digits and ``-._~`` stay, every other
    character is percent-encoded (its UTF-8 bytes), "%" too, so that two texts never give
    one segment and a file name with spaces, quotes or brackets still makes an IRI.

    >>> iri_segment("000_abc"), iri_segment("my article"), iri_segment("Bericht über #1")
    ('000_abc', 'my%20article', 'Bericht%20über%20%231')
    >>> iri_segment("100%"), iri_segment("a/b")
    ('100%25', 'a%2Fb')
    """
    if all(c.isalnum() or c in "-._~" for c in text):
        return text
    return "".join(c if c.isalnum() or c in "-._~" else
                   "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass")) for c in text)


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article, from its id (a file's stem, a record's id: any text).

    >>> str(article_iri("my article"))
    'https://w3id.org/diplograph/id/article/my%20article'
    """
    return ARTICLE[iri_segment(article_id)]


def article_graph(article_id: str) -> URIRef:
    """The named graph holding what one article states.

    >>> str(article_graph("000_abc")), str(article_graph('a "quoted" name'))
    ('https://w3id.org/diplograph/graph/article/000_abc', 'https://w3id.org/diplograph/graph/article/a%20%22quoted%22%20name')
    """
    return GRAPH["article/" + iri_segment(article_id)]


def mention_iri(article_id: str, start: int, end: int) -> URIRef:
    """A span of an article's text as an RFC 5147 fragment IRI.

    >>> str(mention_iri("000_abc", 10, 22))
    'https://w3id.org/diplograph/id/article/000_abc#char=10,22'
    """
    return URIRef(f"{article_iri(article_id)}#char={start},{end}")
