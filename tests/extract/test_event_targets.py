"""Whom an act is done to, in both languages, with sentences written for this test: the
country of the diplomats or nationals an expulsion or entry ban names, and the country
after "gegen" / "against" / "aus" / "from", is the act's target; two acts of one article
done to different sides ("Brazil expelled ... in response, Canada expelled ...") stay two."""
from __future__ import annotations

import pytest

PUBLISHED = "2023-05-10"


@pytest.mark.parametrize("lang,text,kind,targets", [
    ("en", "Canada expelled four Brazilian diplomats on Monday.", "Expulsion", ["brazil"]),
    ("en", "Canada expelled four Brazilian \nofficials on Monday.", "Expulsion", ["brazil"]),
    ("en", "Canada expelled diplomats from Brazil and France on Monday.", "Expulsion", ["brazil", "france"]),
    ("en", "Canada imposed sanctions against Brazil on Monday.", "Sanction", ["brazil"]),
    ("en", "Brazilian diplomats were expelled by Canada on Monday.", "Expulsion", ["brazil"]),
    ("de", "Kanada wies am Montag vier brasilianische Diplomaten aus.", "Expulsion", ["brazil"]),
    ("de", "Kanada hat am Montag Diplomaten aus Brasilien und Frankreich ausgewiesen.", "Expulsion",
     ["brazil", "france"]),
    ("de", "Brasilien verhängte am Montag ein Einreiseverbot gegen zwölf Kanadier.", "EntryBan", ["canada"]),
    ("de", "Kanada verhängte am Montag Sanktionen gegen Brasilien.", "Sanction", ["brazil"]),
])
def test_the_side_an_act_is_done_to_is_its_target(extract, lang, text, kind, targets):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.targets) == (kind, targets)
    assert set(targets) <= set(ev.actors) and set(ev.actors) - set(targets)


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada and Brazil held talks on Monday."),
    ("en", "Canada expelled eight diplomats on Monday."),
])
def test_an_act_without_a_named_target_or_a_gathering_has_none(extract, lang, text):
    assert [ev.targets for ev in extract(text, lang, published=PUBLISHED).events] == [[]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil expelled six Canadian diplomats on Monday.\n"
           "Canada had expelled six Brazilian diplomats in March, the ministry said."),
    ("de", "Brasilien wies am Montag sechs kanadische Diplomaten aus.\n"
           "Kanada habe im März sechs brasilianische Diplomaten ausgewiesen, hieß es zur Begründung."),
])
def test_two_acts_done_to_different_sides_stay_two(extract, lang, text):
    events = extract(text, lang, published=PUBLISHED).events
    assert sorted((ev.actors[0], tuple(ev.targets)) for ev in events) == [("brazil", ("canada",)),
                                                                          ("canada", ("brazil",))]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil has protested to Canada over the deployment of missiles on one of the Ottawa-held islands."),
    ("de", "Brasilien protestierte bei Kanada gegen Raketen auf den von Ottawa kontrollierten Inseln."),
])
def test_who_holds_or_claims_a_place_is_neither_party_nor_place(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=PUBLISHED).events if e.kind == "Protest"]
    assert (set(ev.actors), ev.place) == ({"canada", "brazil"}, None)


def test_a_states_act_in_the_headline_stands_alone_dated_by_its_article(extract):
    [ev] = extract("Kanada protestiert gegen Raketenstationierung\nDie Regierung in Ottawa sei besorgt.", "de",
                   published=PUBLISHED).events
    assert (ev.kind, ev.actors, ev.date.iso) == ("Protest", ["canada"], PUBLISHED)
    assert extract("Die Regierung in Ottawa sei besorgt.\nZuvor hatte Kanada protestiert, hieß es.\n"
                   "Mehr dazu später.", "de", published=PUBLISHED).events == []


def test_officials_from_a_country_are_expelled_not_a_source(extract):
    [ev] = extract("Canada expelled officials from Brazil on Monday.", "en", published="2023-05-20").events
    assert (ev.kind, ev.actors) == ("Expulsion", ["canada", "brazil"])
