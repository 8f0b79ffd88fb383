"""Roles across a counterpart word, after the holder's name and against a body's modifier,
through the real pipeline (sentences written for this test):

- "the Japanese prime minister met his Chinese counterpart X": X holds the unnamed
  subject's role for the counterpart's state; "Pendant" is a German counterpart word;
- "President X of France": the state after the name is the role's;
- a KB person's title after a body of the state whose office he held on the day ("der
  US-Senat Präsident Donald Trump") is the state's office, not the body's.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import role_triples

BEISPIEL = "new:Person:jo beispiel"


@pytest.mark.parametrize("lang,text", [
    ("en", "The Japanese prime minister met his Chinese counterpart Jo Beispiel on Monday."),
    ("de", "Der japanische Ministerpräsident traf am Montag seinen chinesischen Amtskollegen Jo Beispiel."),
])
def test_a_counterpart_holds_the_unnamed_subjects_role(extract, lang, text):
    assert role_triples(extract(text, lang)) == {(BEISPIEL, "prime-minister", "china")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Minister traf am Montag seinen chinesischen Amtskollegen Jo Beispiel."),
    # a role of no named state: the counterpart's state may have no such office
    ("en", "The chancellor spoke after talks with his French counterpart Jo Beispiel."),
])
def test_guard_a_counterpart_of_a_role_of_no_named_state_holds_no_role(extract, lang, text):
    assert role_triples(extract(text, lang)) == set()


def test_a_german_pendant_is_a_counterpart(extract):
    facts = extract("Präsident Joe Biden lobte am Montag sein französisches Pendant Emmanuel Macron.",
                    "de", "2022-12-15")
    assert ("emmanuel-macron", "president", "france") in role_triples(facts)


@pytest.mark.parametrize("lang,text,role,state", [
    ("en", "President Jo Beispiel of France met the envoy on Monday.", "president", "france"),
    ("en", "Foreign Minister Jo Beispiel of the Netherlands met the envoy on Monday.", "foreign-minister",
     "netherlands"),
])
def test_the_state_after_a_titled_name_is_the_roles(extract, lang, text, role, state):
    assert role_triples(extract(text, lang)) == {(BEISPIEL, role, state)}


def test_a_kb_persons_office_of_the_day_wins_over_a_body_of_its_state_before_the_title(extract):
    facts = extract("Am Montag kritisierte der US-Senat Präsident Donald Trump scharf.", "de", "2020-12-15")
    assert role_triples(facts) == {("donald-trump", "president", "united-states")}


@pytest.mark.parametrize("lang,text,published,triple", [
    ("de", "NATO-Generalsekretär Jens Stoltenberg sagte das am Montag.", "2020-12-15",
     ("jens-stoltenberg", "secretary-general", "nato")),
    # before or after his office the body stays the modifier's
    ("de", "Am Montag kritisierte der US-Senat Präsident Donald Trump scharf.", "2010-12-15",
     ("donald-trump", "president", "us-senate")),
])
def test_guard_a_body_a_title_names_stays_its_own(extract, lang, text, published, triple):
    assert triple in role_triples(extract(text, lang, published))


@pytest.mark.parametrize("lang,text,published,triple", [
    # German "von" after a name is an agent, not the state: "von Chinas Staatschef empfangen"
    ("de", "Am Montag wurde Bundeskanzler Olaf Scholz von Chinas Staatschef Xi Jinping in Peking empfangen.",
     "2023-03-19", ("olaf-scholz", "chancellor", "germany")),
    ("de", "Außenministerin Jo Beispiel wurde am Montag von Japans Premier empfangen.", "2023-03-19", None),
])
def test_guard_von_after_a_titled_name_gives_no_state(extract, lang, text, published, triple):
    found = role_triples(extract(text, lang, published))
    assert (triple in found) if triple else not {t for t in found if t[0] == "new:Person:jo beispiel"}


@pytest.mark.parametrize("lang,text", [
    # the counterpart word must follow a state, and the role must be the sentence's subject
    ("en", "After meeting the Japanese ambassador, Lavrov praised his Chinese counterpart Jo Beispiel."),
    ("en", "The Japanese prime minister's adviser met his Chinese counterpart Jo Beispiel."),
    ("de", "Der deutsche Botschafter lud seine Kollegen Jo Beispiel aus Frankreich und Ann Smit aus Polen ein."),
])
def test_guard_no_counterpart_role_from_a_role_that_is_not_the_subject(extract, lang, text):
    assert not {t for t in role_triples(extract(text, lang, "2021-03-19")) if t[0] == "new:Person:jo beispiel"}
