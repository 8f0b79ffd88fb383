"""Whole hand-written articles in shapes not seen before (tests/extract/articles/).

Each article is read with ``read_article`` and run through ``extract_article``; the facts an
analyst expects from it are written down below as data. Mentions are checked by set
inclusion ("these must be found", "these must NOT be found"); events by kind, the actors
they must include (and must not include), place, date and status. Expectations the
pipeline does not meet yet are kept and marked ``xfail(strict=True)`` with the reason.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from diplograph.extract import extract_article
from diplograph.extract.read.reader import read_article

ARTICLES = Path(__file__).parent / "articles"
ANY = object()          # an event field the test does not pin down


@lru_cache(maxsize=None)
def facts_of(name: str):
    return extract_article(read_article(ARTICLES / f"{name}.txt"))


def xf(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def params(rows):
    """(article, value[, xfail reason]) rows -> pytest params with readable ids."""
    out = []
    for i, row in enumerate(rows):
        name, value, *reason = row
        out.append(pytest.param(name, value, id=f"{name}-{i}",
                                marks=[xf(reason[0])] if reason else []))
    return out


# --- the articles' expected facts -------------------------------------------------------------

PRESS, WIRE, REGIONAL, ANALYSIS, SANCTIONS, SUMMIT = (
    "de_pressemitteilung_aa", "en_wire_reuters", "de_regionalzeitung", "en_analysis_nato",
    "de_sanktionen_friedensvertrag", "en_abe_putin_summit")

LANG = {PRESS: "de", WIRE: "en", REGIONAL: "de", ANALYSIS: "en", SANCTIONS: "de", SUMMIT: "en"}

PUBLISHED = [
    (PRESS, "2023-03-18"),
    (WIRE, "2022-02-07"),
    (REGIONAL, "2022-05-25"),
    (ANALYSIS, "2023-07-14"),
    (SANCTIONS, "2022-03-22"),
    (SUMMIT, "2016-12-16"),
]

OUTLET = [
    (PRESS, "Auswärtiges Amt"),
    (WIRE, "Reuters"),
    (REGIONAL, "Ostsee-Kurier"),
    (SUMMIT, "AP"),
]

MENTIONED = [
    (PRESS, {"annalena-baerbock", "yoshimasa-hayashi", "olaf-scholz", "fumio-kishida", "japan",
             "germany", "russia", "ukraine", "nato", "g7", "tokyo", "hiroshima"}),
    (WIRE, {"hirokazu-matsuno", "fumio-kishida", "vladimir-putin", "maria-zakharova",
            "yoshimasa-hayashi", "japan", "russia", "tokyo", "moscow", "hokkaido", "kuril-islands"}),
    (REGIONAL, {"nobuo-kishi", "joe-biden", "japan", "russia", "china", "quad", "tokyo",
                "sea-of-japan", "japan-ministry-of-defense"}),
    (REGIONAL, {"east-china-sea"}),
    (ANALYSIS, {"fumio-kishida", "jens-stoltenberg", "emmanuel-macron", "maria-zakharova", "japan",
                "nato", "russia", "ukraine", "madrid", "vilnius", "tokyo", "washington"}),
    (SANCTIONS, {"fumio-kishida", "vladimir-putin", "sergey-lavrov", "japan", "russia", "ukraine",
                 "g7", "kuril-islands", "soviet-union", "russia-ministry-of-foreign-affairs"}),
    (SUMMIT, {"shinzo-abe", "vladimir-putin", "dmitry-peskov", "fumio-kishida", "sergey-lavrov",
              "japan", "russia", "nagato", "tokyo", "moscow", "hokkaido", "kuril-islands"}),
]

#: clutter: photo credits, reporter bylines, "Kommentare", parts of the outlet's name
NOT_MENTIONED = [
    (PRESS, {"new:Person:thomas imo", "new:Organization:photothek", "new:Person:hinweis"}),
    (WIRE, {"new:Person:kiyoshi takenaka", "new:Person:robert birsel"}),
    (REGIONAL, {"new:Organization:kommentare", "new:Person:kommentare", "new:Person:foto"}),
    (REGIONAL, {"baltic-sea"}, "'Ostsee' inside the outlet name 'Ostsee-Kurier' is taken for the "
                               "Baltic Sea"),
    (ANALYSIS, {"new:Person:analysis"}),
    (SANCTIONS, set()),
    (SUMMIT, set()),
]

ROLES = [
    (PRESS, {("annalena-baerbock", "foreign-minister", "germany"),
             ("yoshimasa-hayashi", "foreign-minister", "japan"),
             ("olaf-scholz", "chancellor", "germany"),
             ("fumio-kishida", "prime-minister", "japan")}),
    (WIRE, {("hirokazu-matsuno", "chief-cabinet-secretary", "japan"),
            ("fumio-kishida", "prime-minister", "japan"),
            ("vladimir-putin", "president", "russia"),
            ("maria-zakharova", "spokesperson", "russia"),
            ("yoshimasa-hayashi", "foreign-minister", "japan")}),
    (REGIONAL, {("nobuo-kishi", "defence-minister", "japan"),
                ("joe-biden", "president", "united-states")}),
    (ANALYSIS, {("jens-stoltenberg", "secretary-general", "nato"),
                ("emmanuel-macron", "president", "france"),
                ("maria-zakharova", "spokesperson", "russia")}),
    (ANALYSIS, {("fumio-kishida", "prime-minister", "japan")}),
    (SANCTIONS, {("fumio-kishida", "prime-minister", "japan"),
                 ("vladimir-putin", "president", "russia"),
                 ("sergey-lavrov", "foreign-minister", "russia")}),
    (SUMMIT, {("shinzo-abe", "prime-minister", "japan"),
              ("vladimir-putin", "president", "russia"),
              ("fumio-kishida", "foreign-minister", "japan"),
              ("sergey-lavrov", "foreign-minister", "russia"),
              ("dmitry-peskov", "spokesperson", "russia")}),
]


def ev(kind, actors, place=ANY, date=ANY, status="Happened", without=()):
    return dict(kind=kind, actors=set(actors), place=place, date=date, status=status,
                without=set(without))


EVENTS = [
    (PRESS, ev("Meeting", {"annalena-baerbock", "yoshimasa-hayashi"}, status="Happened")),
    (PRESS, ev("Meeting", {"annalena-baerbock", "yoshimasa-hayashi"}, place="tokyo", date="2023-03-18")),
    (PRESS, ev("Visit", {"olaf-scholz"})),
    (PRESS, ev("Summit", {"fumio-kishida", "g7"}, place="hiroshima", date="2023-05", status="Planned")),
    (WIRE, ev("MilitaryExercise", {"russia"}, date="2022-02-07", without={"hirokazu-matsuno"})),
    (WIRE, ev("PressConference", {"hirokazu-matsuno"}, place="tokyo")),
    (WIRE, ev("PhoneCall", {"fumio-kishida", "vladimir-putin"}, date="2021-10")),
    (WIRE, ev("Visit", {"yoshimasa-hayashi"}, place="moscow", status="Planned")),
    (REGIONAL, ev("MilitaryExercise", {"russia", "china"}, date="2022-05-24")),
    # the article later calls the Quad leaders' meeting "des Gipfels": a summit
    (REGIONAL, ev("Summit", {"quad", "joe-biden"}, place="tokyo")),
    (ANALYSIS, ev("Summit", {"fumio-kishida", "nato"}, place="madrid", date="2022-06")),
    (ANALYSIS, ev("Meeting", {"jens-stoltenberg", "fumio-kishida"}, place="tokyo")),
    (ANALYSIS, ev("Summit", {"japan", "nato"}, place="vilnius", date="2023-07",
                  without={"lithuania"})),
    (ANALYSIS, ev("Summit", {"nato"}, place="washington", status="Planned")),
    (SANCTIONS, ev("Suspension", {"russia", "japan"})),
    (SANCTIONS, ev("Sanction", {"japan", "g7", "russia"}, date="2022-02")),
    (SUMMIT, ev("Talks", {"shinzo-abe", "vladimir-putin"}, date="2016-12-16")),
    (SUMMIT, ev("Talks", {"shinzo-abe", "vladimir-putin"}, place="nagato")),
    (SUMMIT, ev("Visit", {"shinzo-abe", "russia"}, date="2017", status="Planned")),
    (SUMMIT, ev("Meeting", {"fumio-kishida", "sergey-lavrov"}, place="moscow", date="2017",
                status="Planned")),
]

#: kinds of which the article reports exactly one event (in-article coreference)
ONE_EVENT_OF = [
    (PRESS, ("Meeting",)),
    (WIRE, ("MilitaryExercise",)),
    (ANALYSIS, ("Meeting",)),
    (SANCTIONS, ("Sanction",)),
    (SUMMIT, ("Talks", "Meeting", "Summit"),
     "the summit is split into three Talks events: Nagato talks dated Thursday, and 'the talks' "
     "in Peskov's sentence with Kremlin and Peskov as actors"),
]

#: kinds that must not be reported as happened
NO_HAPPENED = [
    (SANCTIONS, ("Visit",)),
    (WIRE, ("Agreement",)),
]

SPEAKERS = [
    (PRESS, {"yoshimasa-hayashi", "annalena-baerbock"}),
    (PRESS, "direct:annalena-baerbock",
     "'sagte die Außenministerin' is not resolved to Baerbock: two foreign ministers are named, "
     "the feminine form is not used to choose"),
    (WIRE, {"hirokazu-matsuno", "maria-zakharova"}),
    (WIRE, {"fumio-kishida"}),
    (REGIONAL, {"nobuo-kishi", "japan-ministry-of-defense"},
     "'Der Minister sagte, ...' and 'Das japanische Verteidigungsministerium teilte mit, ...' give "
     "no statement"),
    (ANALYSIS, {"fumio-kishida"}),
    (ANALYSIS, {"maria-zakharova"}),
    (SANCTIONS, {"fumio-kishida"}),
    (SUMMIT, {"shinzo-abe", "vladimir-putin"}),
    (SUMMIT, {"dmitry-peskov"}),
]

#: (parties, status, kind of the event it was reached at or None)
ACCORDS = [
    (PRESS, [(["germany", "japan"], "Agreed", "Meeting")]),
    (WIRE, []),
    (REGIONAL, []),
    (ANALYSIS, [(["japan", "nato"], "Agreed", "Meeting"), (["japan", "nato"], "Agreed", "Summit")]),
    (SANCTIONS, []),
    (SUMMIT, [(["japan", "russia"], "Agreed", "Talks")]),
]

TOPICS = [
    (PRESS, "die Zusammenarbeit bei der wirtschaftlichen Sicherheit und beim Schutz kritischer "
            "Lieferketten zu vertiefen"),
    (ANALYSIS, "strengthen cooperation on cyber defence and space"),
    (SUMMIT, "start consultations on joint economic activities on the disputed islands north of "
             "Hokkaido", "the English agreed text runs past the clause comma into ', but made no "
                         "breakthrough on the territorial dispute that has kept'"),
]

FIGURES = [
    (PRESS, []),
    (WIRE, [(Decimal("20000000000"), "USD", "trade")]),
    (REGIONAL, []),
    (ANALYSIS, []),
    (SANCTIONS, [(Decimal("20000000000"), "USD", "trade")]),
    (SUMMIT, [(Decimal("300000000000"), "JPY", ""), (Decimal("2500000000"), "USD", "")]),
]

#: entity keys that may not act in any event, be a party or speak (outlets, clutter)
NEVER_ACTORS = [
    (WIRE, {"reuters"}),
    (REGIONAL, {"dpa"}),
    (SUMMIT, {"associated-press"}),
]


# --- tests ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name,value", params(PUBLISHED))
def test_language_and_publication_date_from_the_header(name, value):
    article = facts_of(name).article
    assert article.lang == LANG[name]
    assert article.published is not None and article.published.iso == value


@pytest.mark.parametrize("name,value", params(OUTLET))
def test_outlet_from_the_header(name, value):
    assert facts_of(name).article.outlet == value


@pytest.mark.parametrize("name,keys", params(MENTIONED))
def test_entities_found(name, keys):
    facts = facts_of(name)
    assert keys - {m.key for m in facts.mentions} == set()


@pytest.mark.parametrize("name,keys", params(NOT_MENTIONED))
def test_clutter_not_taken_for_entities(name, keys):
    facts = facts_of(name)
    assert keys & set(facts.entities) == set()
    # no unknown entity from a credit line, a byline or the comment counter
    clutter = ("foto", "kommentar", "reporting", "editing", "hinweis", "photothek")
    assert [k for k in facts.entities if k.startswith("new:") and any(c in k for c in clutter)] == []


@pytest.mark.parametrize("name,triples", params(ROLES))
def test_role_triples(name, triples):
    assert triples - {(r.person, r.role, r.org) for r in facts_of(name).roles} == set()


def _matches(event, spec) -> bool:
    return (event.kind == spec["kind"] and spec["actors"] <= set(event.actors)
            and not spec["without"] & set(event.actors)
            and (spec["place"] is ANY or event.place == spec["place"])
            and (spec["date"] is ANY or (event.date is not None and event.date.iso == spec["date"]))
            and event.status == spec["status"])


@pytest.mark.parametrize("name,spec", params(EVENTS))
def test_expected_event(name, spec):
    events = facts_of(name).events
    assert any(_matches(e, spec) for e in events), [
        (e.kind, e.actors, e.place, e.date and e.date.iso, e.status) for e in events]


@pytest.mark.parametrize("name,kinds", params(ONE_EVENT_OF))
def test_one_event_per_reported_occasion(name, kinds):
    assert len([e for e in facts_of(name).events if e.kind in kinds and e.status == "Happened"]) == 1


@pytest.mark.parametrize("name,kinds", params(NO_HAPPENED))
def test_no_happened_event_of_kind(name, kinds):
    assert [e for e in facts_of(name).events if e.kind in kinds and e.status == "Happened"] == []


@pytest.mark.parametrize("name,speakers", params(SPEAKERS))
def test_statement_speakers(name, speakers):
    statements = facts_of(name).statements
    if isinstance(speakers, str):                  # "direct:<key>": every direct quote is theirs
        key = speakers.split(":", 1)[1]
        direct = [s.speaker for s in statements if s.direct]
        assert direct and set(direct) == {key}
    else:
        assert speakers - {s.speaker for s in statements} == set()


@pytest.mark.parametrize("name,accords", params(ACCORDS))
def test_accords(name, accords):
    found = sorted((a.parties, a.status, a.event.kind if a.event else None)
                   for a in facts_of(name).accords)
    assert found == sorted(accords)


@pytest.mark.parametrize("name,topic", params(TOPICS))
def test_accord_topic(name, topic):
    [first, *_] = facts_of(name).accords
    assert first.topics[0] == topic


@pytest.mark.parametrize("name,figures", params(FIGURES))
def test_figures(name, figures):
    assert [(f.value, f.unit, f.measures) for f in facts_of(name).figures] == figures


@pytest.mark.parametrize("name,keys", params(NEVER_ACTORS))
def test_outlets_are_not_actors_parties_or_speakers(name, keys):
    facts = facts_of(name)
    assert keys & {a for e in facts.events for a in e.actors} == set()
    assert keys & {p for a in facts.accords for p in a.parties} == set()
    assert keys & {s.speaker for s in facts.statements} == set()
