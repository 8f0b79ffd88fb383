"""Roles stated beside a body or apart from the name, through the real pipeline (sentences
written for this test):

- the holder set off by a comma, also past the body the role serves ("der Sprecher des
  polnischen Grenzschutzes, X", "..., a Polish presidential aide said, X.");
- a body word between the country and the role ("French government spokesman X");
- title words news uses for leaders, deputies, interior ministers and the Commission's president
  (its body, never the holder's state); a title without a country
  over a surname the KB has in that post then is the post's body's ("Council President X");
- a title over two names is not the second's when the KB has him in another office then;
- a title before a name whose first word is also a common noun (Ban).
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import role_triples

NOWAK = "new:Person:piotr nowak"


@pytest.mark.parametrize("lang,text,org", [
    ("de", "So äußerte sich ein Sprecher des polnischen Grenzschutzes (SG), Piotr Nowak.", "poland"),
    ("de", "Am Mittwoch erklärte ein Sprecher der Regierung in Warschau, Piotr Nowak, vor Journalisten das Nein.", "poland"),
    ("en", "The talks are off, announced one spokesman for Poland's border guard, Piotr Nowak.", "poland"),
    ("en", "The talks are off, said a Polish presidential spokesman, Piotr Nowak.", "poland"),
    ("de", "Das sagte der Sprecher der NATO, Piotr Nowak.", "nato"),
])
def test_a_holder_set_off_by_a_comma_after_the_body_he_speaks_for(extract, lang, text, org):
    assert role_triples(extract(text, lang)) == {(NOWAK, "spokesperson", org)}


@pytest.mark.parametrize("lang,text", [
    # a body's head: the body's country is not the post's
    ("de", "So verlangt es der Chef des polnischen Nationalen Sicherheitsbüros, Piotr Nowak."),
    # the spokesman of a person: no body, no country
    ("de", "Das sagte der Sprecher des Präsidenten, Piotr Nowak."),
    ("en", "A foreign ministry spokesman, Piotr Nowak, said so."),
])
def test_guard_no_country_for_a_head_or_a_person_spoken_for(extract, lang, text):
    assert role_triples(extract(text, lang)) == set()


@pytest.mark.parametrize("text", [
    "The talks are off, said French government spokesman Piotr Nowak.",
    "The talks are off, said French presidential spokesman Piotr Nowak.",
])
def test_a_body_word_between_country_and_role(extract, text):
    assert role_triples(extract(text, "en")) == {(NOWAK, "spokesperson", "france")}


@pytest.mark.parametrize("lang,text,triple", [
    ("de", "Den Gast empfing Nordkoreas Führer Kim Jong Il am Flughafen.", ("kim-jong-il", "leader", "north-korea")),
    ("de", "Der türkische Vize-Ministerpräsident Piotr Nowak nannte das einen Fehler.",
     (NOWAK, "deputy-prime-minister", "turkey")),
    ("de", "Polens Innenminister Piotr Nowak sagte das am Mittwoch.", (NOWAK, "interior-minister", "poland")),
    ("en", "Polish Interior Minister Piotr Nowak said so on Wednesday.", (NOWAK, "interior-minister", "poland")),
    ("de", "Der amerikanische Vize-Präsident Piotr Nowak verteidigte das.", (NOWAK, "vice-president", "united-states")),
    ("de", "Der japanische Vize-Aussenminister Piotr Nowak protestierte.", (NOWAK, "deputy-foreign-minister", "japan")),
    ("en", "Philippine Foreign Affairs Secretary Piotr Nowak met Kamikawa.", (NOWAK, "foreign-minister", "philippines")),
    ("en", "Poland's Foreign Ministry chief spokeswoman Anna Nowak said no.",
     ("new:Person:anna nowak", "spokesperson", "poland")),
    ("en", "NATO Secretary-General Karel de Wit Jansen said so.", ("new:Person:karel de wit jansen", "secretary-general", "nato")),
    ("de", "Kommissionspräsidentin Ursula von der Leyen reiste nach Tokio.",
     ("ursula-von-der-leyen", "president", "european-commission")),
    ("de", "Das erklärte EU-Kommissionspräsident Jean-Claude Juncker in Tokio.",
     ("jean-claude-juncker", "president", "european-union")),
    ("en", "UN Secretary-General Ban Ki-moon called Putin.", ("ban-ki-moon", "secretary-general", "united-nations")),
    ("en", "Putin later phoned U.N. Secretary General Ban Ki-moon.",
     ("ban-ki-moon", "secretary-general", "united-nations")),
])
def test_title_words_of_news(extract, lang, text, triple):
    assert triple in role_triples(extract(text, lang, "2014-03-01"))


@pytest.mark.parametrize("lang,text", [
    ("de", "Das erklärten US-Präsident Joe Biden und Kishida am Mittwoch."),
    ("en", "U.S. President Joe Biden and Kishida said so on Wednesday."),
    ("en", "Standing beside Japanese Prime Minister Fumio Kishida, Biden said it was a start."),
])
def test_a_title_over_two_names_skips_one_the_kb_has_in_another_office(extract, lang, text):
    triples = role_triples(extract(text, lang, "2022-03-02"))
    assert len(triples) == 1 and {person for person, _, _ in triples} < {"joe-biden", "fumio-kishida"}
    assert all((person == "joe-biden") == (org == "united-states") for person, _, org in triples)


@pytest.mark.parametrize("lang,text,published,triple", [
    ("en", "Council President Michel met Kishida in Tokyo.", "2022-05-01", ("charles-michel", "president", "european-council")),
    ("de", "Präsident Costa reiste am Montag nach Tokio.", "2025-05-05", ("antonio-costa", "president", "european-council")),
])
def test_a_title_without_a_country_is_the_post_the_kb_has_then(extract, lang, text, published, triple):
    assert triple in role_triples(extract(text, lang, published))


@pytest.mark.parametrize("lang,text", [
    ("en", "The president of the Polish parliament, Piotr Nowak, met Kishida."),
    ("en", "A spokesman for the Polish fire brigade, Piotr Nowak, said so."),
    ("en", "A spokesman for the Russian embassy in Tokyo, Piotr Nowak, said so."),
    ("de", "Der Führer der russischen Delegation, Piotr Nowak, sagte das."),
])
def test_guard_a_body_of_no_government_gives_its_country_no_office(extract, lang, text):
    assert role_triples(extract(text, lang, "2022-05-01")) == set()
