"""diplograph_quotes (with the article step): direct quotes, indirect speech and speakers."""
from __future__ import annotations

import pytest


def said(facts):
    return [(s.speaker, s.text, s.direct) for s in facts.statements]


@pytest.mark.parametrize("lang,text,quote", [
    ("de", "„Wir wollen den Dialog fortsetzen“, sagte Lawrow.", "Wir wollen den Dialog fortsetzen"),
    ("de", "Lawrow sagte: «Die Beziehungen zu Japan sind wichtig.»", "Die Beziehungen zu Japan sind wichtig."),
    ("de", "'Russland bleibt offen für Dialog', sagte Lawrow.", "Russland bleibt offen für Dialog"),
    ("de", "Lawrow betonte: »Die Inseln gehören zu Russland.«", "Die Inseln gehören zu Russland."),
    ("en", "Lavrov said: “Our relations with Japan matter a lot.”", "Our relations with Japan matter a lot."),
    ("en", "Lavrov said: 'Our relations with Japan matter a lot.'", "Our relations with Japan matter a lot."),
    ("en", "«Russia remains open to dialogue», Lavrov said.", "Russia remains open to dialogue"),
    ("en", "Lavrov told reporters 'the islands are Russian territory' after the meeting.",
     "the islands are Russian territory"),
])
def test_direct_quote_with_named_speaker(extract, lang, text, quote):
    facts = extract(text, lang)
    assert said(facts) == [("sergey-lavrov", quote, True)]
    st = facts.statements[0]
    assert text[st.start:st.end] == quote
    assert facts.sentence(st.sent) == text


def test_english_comma_inside_quote_marks_is_not_quoted(extract):
    facts = extract("“We want to continue the dialogue,” Lavrov said.", "en")
    assert said(facts) == [("sergey-lavrov", "We want to continue the dialogue", True)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Lawrow sprach von einem „guten Gespräch“ in Tokio."),
    ("en", "Lavrov spoke of a “good conversation” in Tokyo."),
])
def test_short_quotes_are_not_statements(extract, lang, text):
    assert extract(text, lang).statements == []


@pytest.mark.parametrize("lang,text,quote", [
    ("de", "Lawrow kritisierte die Sanktionen. Er sagte: „Diese Maßnahmen sind unfreundlich.“",
     "Diese Maßnahmen sind unfreundlich."),
    ("en", "Lavrov criticised the sanctions. He said: “These measures are unfriendly.”",
     "These measures are unfriendly."),
])
def test_pronoun_speaker_is_the_person_before(extract, lang, text, quote):
    assert said(extract(text, lang)) == [("sergey-lavrov", quote, True)]


@pytest.mark.parametrize("lang,text,quote", [
    ("de", "Lawrow landete am Abend in Moskau. „Wir sehen keinerlei Fortschritte“, sagte er.",
     "Wir sehen keinerlei Fortschritte"),
    ("en", "Lavrov landed in Moscow in the evening. “We see no progress at all”, he said.",
     "We see no progress at all"),
])
def test_sentence_initial_quote_after_another_sentence(extract, lang, text, quote):
    assert said(extract(text, lang)) == [("sergey-lavrov", quote, True)]


@pytest.mark.parametrize("lang,text,quote", [
    ("de", "Japans Außenminister Fumio Kishida traf Russlands Außenminister Sergej Lawrow. Der russische "
           "Außenminister sagte: „Wir sehen keine Fortschritte.“", "Wir sehen keine Fortschritte."),
    ("en", "Japanese Foreign Minister Fumio Kishida met Russian Foreign Minister Sergey Lavrov. Later the "
           "Russian foreign minister told reporters: “We see no progress at all.”",
     "We see no progress at all."),
])
def test_role_reference_speaker_resolved_to_holder(extract, lang, text, quote):
    assert said(extract(text, lang)) == [("sergey-lavrov", quote, True)]


def test_role_reference_with_two_holders_stays_open(extract):
    text = ("Die Außenminister Taro Kono und Fumio Kishida trafen Lawrow. "
            "Der japanische Außenminister sagte: „Wir sehen keine Fortschritte.“")
    assert said(extract(text, "de")) == [(None, "Wir sehen keine Fortschritte.", True)]


@pytest.mark.parametrize("lang,text,quote", [
    ("de", "Japans Außenminister Fumio Kishida traf Russlands Außenminister Sergej Lawrow. „Wir sehen "
           "keine Fortschritte“, sagte der russische Außenminister.", "Wir sehen keine Fortschritte"),
    ("en", "Japanese Foreign Minister Fumio Kishida met Russian Foreign Minister Sergey Lavrov. “We see "
           "no progress”, the Russian foreign minister said.", "We see no progress"),
])
def test_role_reference_after_sentence_initial_quote(extract, lang, text, quote):
    assert said(extract(text, lang)) == [("sergey-lavrov", quote, True)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kishida sagte, der Handel mit Russland sei wichtig."),
    ("de", "Der Handel mit Russland sei wichtig, sagte Kishida."),
    ("en", "Kishida said, the trade with Russia was important."),
    ("en", "Trade with Russia remains important, Kishida said."),
])
def test_indirect_speech(extract, lang, text):
    assert said(extract(text, lang)) == [("fumio-kishida", text, False)]


@pytest.mark.parametrize("text", [
    "Kishida said that trade with Russia was important.",
    "Kishida told reporters that trade with Russia was important.",
])
def test_english_said_that(extract, text):
    assert said(extract(text, "en")) == [("fumio-kishida", text, False)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Lawrow, der russische Außenminister, sagte, Moskau sei bereit."),
    ("en", "Lavrov, the Russian foreign minister, said, Moscow was ready."),
])
def test_indirect_speech_with_apposition(extract, lang, text):
    assert said(extract(text, lang)) == [("sergey-lavrov", text, False)]


def test_indirect_speech_by_role_reference(extract):
    text = ("Der russische Außenminister Sergej Lawrow traf Kishida. Später sagte der russische "
            "Außenminister, die Lage sei schwierig.")
    assert said(extract(text, "de")) == [
        ("sergey-lavrov", "Später sagte der russische Außenminister, die Lage sei schwierig.", False)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Der japanische Außenminister Kenji Tanabe traf Lawrow. Herr Tanabe sagte, das Gespräch sei offen gewesen."),
    ("en", "Japanese Foreign Minister Kenji Tanabe met Lavrov. Mr. Tanabe said, the talks had been frank."),
])
def test_titled_surname_of_unknown_person_is_the_full_name(extract, lang, text):
    facts = extract(text, lang)
    assert [s.speaker for s in facts.statements] == ["new:Person:kenji tanabe"]
    assert facts.entities["new:Person:kenji tanabe"].surface == {"Kenji Tanabe", "Tanabe"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans Chefkabinettssekretär Kenji Tanabe äußerte sich am Abend. Tanabe sagte, Tokio werde "
           "die Lage prüfen."),
    ("en", "Japan's Chief Cabinet Secretary Kenji Tanabe spoke in the evening. Tanabe said, Tokyo would "
           "review the situation."),
])
def test_bare_surname_of_unknown_person_as_speaker(extract, lang, text):
    facts = extract(text, lang)
    assert [s.speaker for s in facts.statements] == ["new:Person:kenji tanabe"]


def test_a_single_quote_opens_only_after_a_non_letter():
    from diplograph.extract.components.quotes import _QUOTES
    found = [m.group(6) for m in _QUOTES.finditer("Russia's and Japan's 'strong words here' and l'été 'x y z'")]
    assert found == ["strong words here", "x y z"]
    assert [m.group(6) for m in _QUOTES.finditer("Japan's leader's words were 'clear ones'")] == ["clear ones"]
    assert list(_QUOTES.finditer("rock'n roll' and")) == []
