"""Buildings where leaders meet place the meeting in their city (schema:GovernmentBuilding with
schema:location, as "at the Kremlin" is Moscow): "at the Akasaka Palace" (Tokyo), "im
Élysée-Palast" (Paris), "in Nowo-Ogarjowo" (the Moscow region); a retreat that is a site of its
own is the place itself ("at Camp David"). Sentences written for this test."""
from __future__ import annotations

import pytest


def _places(extract, text, lang, published="2024-07-10"):
    return [(ev.kind, ev.place) for ev in extract(text, lang, published=published).events]


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Trudeau met Kishida at the Akasaka Palace on Monday.", "tokyo"),
    ("de", "Trudeau traf Kishida am Montag im Akasaka-Palast.", "tokyo"),
    ("en", "Macron received Kishida at the Élysée Palace on Monday.", "paris"),
    ("de", "Macron empfing Kishida am Montag im Élysée-Palast.", "paris"),
    ("de", "Putin empfing Modi am Montag in Nowo-Ogarjowo.", "moscow-oblast"),
    ("en", "Xi met Trudeau at the Diaoyutai State Guesthouse on Monday.", "beijing"),
    ("de", "Bundeskanzler Friedrich Merz empfing Trudeau am Montag im Kanzleramt.", "berlin"),
])
def test_a_meeting_at_a_leaders_building_is_in_its_city(extract, lang, text, place):
    assert [p for _, p in _places(extract, text, lang)] == [place]


@pytest.mark.parametrize("lang,text", [
    ("en", "Biden hosted Kishida and Trudeau at Camp David on Friday."),
    ("de", "Biden empfing Kishida und Trudeau am Freitag in Camp David."),
])
def test_a_retreat_is_the_meetings_place_itself(extract, lang, text):
    assert [p for _, p in _places(extract, text, lang)] == ["camp-david"]


@pytest.mark.parametrize("lang,text,venue", [
    ("de", "Nach dem Treffen im Blauen Haus sagte Moon, die Gespräche seien gut gewesen.", "blue-house"),
    ("en", "After the meeting at the Blue House, Moon said the talks had been good.", "blue-house"),
    ("de", "Nach dem Treffen im Kreml sagte Moon, die Gespräche seien gut gewesen.", "kremlin"),
])
def test_a_building_where_something_happens_is_no_speaker(extract, lang, text, venue):
    assert venue not in {st.speaker for st in extract(text, lang).statements}


@pytest.mark.parametrize("text", [
    "Trudeau met Kishida at the Presidential Palace, Hanoi, on Monday.",
    "Trudeau met Kishida on Monday at the Government Guest House, Hanoi.",
])
def test_the_city_after_a_buildings_name_is_where_they_met(extract, text):
    """No KB building: the city its name is followed by, set off by commas."""
    assert _places(extract, text, "en") == [("Meeting", "hanoi")]


def test_guard_a_city_that_speaks_after_the_building_is_no_place(extract):
    assert _places(extract, "Trudeau met Kishida at the Presidential Palace, Hanoi said on Monday.", "en") \
        == [("Meeting", None)]


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Trudeau and Lula signed an accord in the Salon Murat of the Élysée Palace on Monday.", "paris"),
    ("de", "Trudeau und Lula unterzeichneten am Montag im Festsaal des Élysée-Palasts ein Abkommen.", "paris"),
    ("de", "Trudeau und Lula unterzeichneten am Montag im Festsaal des Weißen Hauses ein Abkommen.", "washington"),
])
def test_a_room_of_a_building_is_where_not_who(extract, lang, text, place):
    """The building a room belongs to places the act in its city; it is no party."""
    [ev] = extract(text, lang, published="2024-07-10").events
    assert (sorted(ev.actors), ev.place) == (["justin-trudeau", "luiz-inacio-lula-da-silva"], place)


def test_guard_an_office_of_a_person_is_no_room(extract):
    """"the office of the chancellor" is nobody's room: the talks keep their sides."""
    events = extract("A spokeswoman in the office of the chancellor said Berlin and Paris would hold talks in May.",
                     "en", published="2024-07-10").events
    assert [(ev.kind, sorted(ev.actors)) for ev in events] == [("Talks", ["france", "germany"])]


def test_a_german_compound_room_passes_its_building_on(extract):
    [ev] = extract("Trudeau und Lula unterzeichneten am Montag im Rosengarten des Weißen Hauses ein Abkommen.", "de",
                   published="2024-07-10").events
    assert (sorted(ev.actors), ev.place) == (["justin-trudeau", "luiz-inacio-lula-da-silva"], "washington")


def test_guard_a_city_after_a_building_an_act_hit_is_no_venue(extract):
    assert _places(extract, "Mexico condemned the police raid on the Peruvian Embassy, Hanoi, on Friday.", "en") \
        == [("Protest", None)]
