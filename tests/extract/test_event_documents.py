"""A document signed or adopted at a gathering ("the leaders adopted a joint declaration",
"unterzeichneten eine Absichtserklärung") is an agreement of its own beside the gathering,
held where and when the gathering was when it names neither; what the gathering merely
agreed ("agreed to step up cooperation") stays the gathering's outcome, and a document
only named in a gerund ("before signing a treaty") makes none; nor does a stance adopted
("adopted a tougher stance on X", "verabschiedete eine härtere Linie gegenüber X"), and X is
no party. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2023-11-22"          # a Wednesday


def _events(extract, text, lang):
    return sorted((e.kind, sorted(e.actors), e.place, e.date.iso if e.date else None)
                  for e in extract(text, lang, published=DAY).events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Spain and Finland held talks in Madrid on Tuesday. The two countries also signed a treaty on fisheries."),
    ("en", "Spain and Finland held talks in Madrid on Tuesday. Afterwards Spain and Finland adopted a joint "
           "declaration on fisheries."),
    ("de", "Spanien und Finnland führten am Dienstag in Madrid Gespräche. Im Anschluss unterzeichneten Spanien und "
           "Finnland eine Absichtserklärung über die Fischerei."),
    ("de", "Spanien und Finnland führten am Dienstag in Madrid Gespräche. Beide Länder haben dabei ein Abkommen über "
           "die Fischerei unterzeichnet."),
])
def test_a_document_signed_at_talks_is_an_agreement_held_there(extract, lang, text):
    events = _events(extract, text, lang)
    assert ("Agreement", ["finland", "spain"], "madrid", "2023-11-21") in events
    assert ("Talks", ["finland", "spain"], "madrid", "2023-11-21") in events


@pytest.mark.parametrize("lang,text", [
    ("en", "The joint declaration was adopted at a summit in Lisbon on Tuesday among Spain, Finland and Chile."),
    ("de", "Spanien, Finnland und Chile verabschiedeten am Dienstag bei einem Gipfel in Lissabon eine gemeinsame "
           "Erklärung."),
])
def test_a_declaration_adopted_at_a_summit_is_an_agreement_too(extract, lang, text):
    kinds = {kind: (set(actors), place) for kind, actors, place, _ in _events(extract, text, lang)}
    assert kinds["Agreement"][1] == "lisbon"
    assert {"spain", "finland", "chile"} <= kinds["Agreement"][0]


@pytest.mark.parametrize("lang,text", [
    ("en", "Spain and Finland signed a fisheries treaty during a state visit in Finland. Spain and Finland held "
           "talks in Helsinki on Tuesday."),
    ("de", "Spanien und Finnland haben beim Staatsbesuch in Finnland ein Fischereiabkommen unterzeichnet. Spanien "
           "und Finnland führten am Dienstag in Helsinki Gespräche."),
])
def test_a_document_placed_in_a_country_takes_the_city_of_the_talks(extract, lang, text):
    [agreement] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Agreement"]
    assert (agreement.place, agreement.date.iso) == ("helsinki", "2023-11-21")


@pytest.mark.parametrize("lang,text", [
    ("en", "Spain and Finland held talks in Madrid on Tuesday. The two countries agreed to step up cooperation."),
    ("de", "Spanien und Finnland führten am Dienstag in Madrid Gespräche. Beide Länder vereinbarten, die "
           "Zusammenarbeit zu vertiefen."),
])
def test_what_talks_agreed_stays_their_outcome(extract, lang, text):
    assert [kind for kind, *_ in _events(extract, text, lang)] == ["Talks"]


def test_a_treaty_signed_only_in_a_gerund_is_no_document_act(extract):
    text = ("Spain and Finland held talks in Madrid on Tuesday. Spain will not change its position before signing "
            "a treaty with Finland.")
    assert [kind for kind, *_ in _events(extract, text, "en")] == ["Talks"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Spain and Finland agreed on Tuesday to deepen their cooperation. The two countries also signed a treaty "
           "on fisheries."),
    ("de", "Spanien und Finnland haben am Dienstag vereinbart, ihre Zusammenarbeit zu vertiefen. Beide Länder "
           "unterzeichneten außerdem ein Abkommen über die Fischerei."),
])
def test_without_a_gathering_what_was_agreed_and_the_document_are_one_agreement(extract, lang, text):
    assert _events(extract, text, lang) == [("Agreement", ["finland", "spain"], None, "2023-11-21")]


# --- joint statements: issued by who says something in them --------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Spain and Finland said in a joint statement on Tuesday that they would deepen their cooperation."),
    ("de", "Spanien und Finnland seien sich einig, die Zusammenarbeit zu vertiefen, hieß es am Dienstag in einer "
           "gemeinsamen Erklärung."),
])
def test_a_joint_statement_is_an_agreement_of_those_who_speak_in_it(extract, lang, text):
    assert ("Agreement", ["finland", "spain"], None, "2023-11-21") in _events(extract, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida met Yoon in Tokyo on Tuesday. In a joint statement, the two leaders said they would start "
           "talks on fisheries."),
    ("en", "Kishida met Yoon in Tokyo on Tuesday. The two sides issued a joint statement."),
    ("de", "Kishida traf Yoon am Dienstag in Tokio. Beide Seiten veröffentlichten eine gemeinsame Erklärung."),
    ("de", "Kishida traf Yoon am Dienstag in Tokio. In ihrer Abschlusserklärung erklärten beide Länder, sie wollten "
           "enger zusammenarbeiten."),
])
def test_a_joint_statement_after_a_meeting_is_the_meetings_sides(extract, lang, text):
    [agreement] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Agreement"]
    assert {"japan", "south-korea"} <= set(agreement.actors)
    assert (agreement.place, agreement.date.iso) == ("tokyo", "2023-11-21")


def test_a_declaration_signed_by_two_leaders_is_theirs(extract):
    text = "In the joint declaration signed by Kishida and Yoon on Tuesday, the two leaders vowed closer ties."
    [agreement] = [e for e in extract(text, "en", published=DAY).events if e.kind == "Agreement"]
    assert {"fumio-kishida", "yoon-suk-yeol"} <= set(agreement.actors)


@pytest.mark.parametrize("lang,text,home", [
    ("en", "According to a joint statement from Canada's foreign and finance ministries, nine companies had their "
           "accounts blocked.", "canada"),
    ("de", "Laut einer gemeinsamen Erklärung des kanadischen Außen- und Finanzministeriums wurden die Konten von "
           "neun Firmen gesperrt.", "canada"),
    ("en", "Macron met Scholz in Paris on Tuesday. A joint statement released once the talks ended said the two "
           "sides deplore the military ties between Russia and China.", "france"),
])
def test_a_statement_only_cited_names_no_parties_of_its_own(extract, lang, text, home):
    for event in extract(text, lang, published=DAY).events:
        assert event.kind != "Agreement" or not {"russia", "china"} & set(event.actors), event
        assert not (event.kind == "Agreement" and event.actors == [home]), event


def test_a_joint_declaration_named_by_its_year_is_no_news(extract):
    text = "Japan and Russia want to resolve the dispute on the basis of the 1956 joint declaration."
    assert not [e for e in extract(text, "en", published=DAY).events if e.kind == "Agreement" and not e.prior]


# --- review mends: who signs, what a document is about ----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Macron and Scholz met in Paris on Tuesday. They signed a treaty on defence cooperation."),
    ("de", "Macron und Scholz trafen sich am Dienstag in Paris. Sie unterzeichneten ein Abkommen über Energie."),
    ("de", "Macron und Scholz trafen sich am Dienstag in Paris. Beide unterzeichneten ein Protokoll über Energie."),
])
def test_a_document_they_signed_is_signed_by_the_meetings_sides(extract, lang, text):
    assert ("Agreement", ["france", "germany"], "paris", "2023-11-21") in _events(extract, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Putin and Xi said in a joint statement on Tuesday that they oppose sanctions."),
    ("de", "Scholz und Macron erklärten am Dienstag in einer gemeinsamen Erklärung, Sanktionen gegen Russland "
           "müssten bleiben."),
])
def test_sanctions_a_joint_statement_speaks_of_leave_it_an_agreement(extract, lang, text):
    assert [kind for kind, *_ in _events(extract, text, lang)] == ["Agreement"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Spain and Finland held talks in Madrid on Tuesday and adopted a joint communique on Ukraine."),
    ("de", "Spanien und Finnland führten am Dienstag in Madrid Gespräche und verabschiedeten ein Kommuniqué zur "
           "Ukraine."),
])
def test_what_a_document_is_about_is_no_party_of_it(extract, lang, text):
    [agreement] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Agreement"]
    assert (sorted(agreement.actors), agreement.place) == (["finland", "spain"], "madrid")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz visited Madrid on Tuesday, where he signed an energy agreement with Spain."),
    ("de", "Scholz besuchte am Dienstag Madrid. Dort unterzeichnete er ein Energieabkommen mit Spanien."),
])
def test_a_document_signed_there_on_a_trip_is_the_travellers_and_the_hosts(extract, lang, text):
    [agreement] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Agreement"]
    assert (sorted(agreement.actors), agreement.place, agreement.date.iso) == (
        ["olaf-scholz", "spain"], "madrid", "2023-11-21")


@pytest.mark.parametrize("lang,text", [
    ("en", "Spain adopted a tougher stance on Finland on Tuesday."),
    ("en", "Sweden said Spain must adopt a new approach of engagement with Finland."),
    ("de", "Spanien verabschiedete am Dienstag eine härtere Linie gegenüber Finnland."),
])
def test_a_stance_adopted_is_no_agreement(extract, lang, text):
    assert _events(extract, text, lang) == []


def test_guard_a_declaration_adopted_stays_an_agreement(extract):
    assert _events(extract, "Spain and Finland adopted a joint declaration on Tuesday.", "en") == [
        ("Agreement", ["finland", "spain"], None, "2023-11-21")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Spain and Finland adopted a joint strategy on fisheries on Tuesday."),
    ("de", "Spanien und Finnland verabschiedeten am Dienstag eine gemeinsame Strategie für die Fischerei."),
    ("en", "Spain and Finland adopted a resolution condemning the policy of overfishing on Tuesday."),
])
def test_guard_a_joint_line_or_a_resolution_adopted_stays_an_agreement(extract, lang, text):
    assert [(k, a) for k, a, _, _ in _events(extract, text, lang)] == [("Agreement", ["finland", "spain"])]
