"""One visit, one set of talks: talks told by the two countries only (no people, no place) are
the talks of a visit or gathering told with its guest and its known place, when the countries
are the guest's and the host's ("Scholz arrived in Tokyo for talks" ... "the first German-Japanese
consultations"); talks of another country stay apart. Sentences written for this test."""
from __future__ import annotations

import pytest

SATURDAY = "2023-03-18"


def _gatherings(extract, text, lang):
    return [(ev.kind, sorted(ev.actors), ev.place) for ev in extract(text, lang, published=SATURDAY).events
            if ev.kind in ("Talks", "Meeting", "Summit", "Visit")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz zu Regierungskonsultationen in Tokio eingetroffen\nDer Kanzler ist in Tokio eingetroffen. "
           "Es geht um erste deutsch-japanische Regierungskonsultationen."),
    ("en", "Scholz arrives in Tokyo for government consultations\nChancellor Olaf Scholz arrived in Tokyo on "
           "Saturday. The talks are the first German-Japanese government consultations."),
])
def test_the_two_countries_talks_are_the_guests_talks_at_the_hosts_place(extract, lang, text):
    assert _gatherings(extract, text, lang) == [("Talks", ["germany", "japan", "olaf-scholz"], "tokyo")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz arrives in Tokyo for government consultations\nChancellor Olaf Scholz arrived in Tokyo on "
           "Saturday. Separately, China and Japan held talks on trade."),
    ("de", "Scholz zu Gesprächen in Tokio eingetroffen\nBundeskanzler Olaf Scholz ist am Samstag in Tokio "
           "eingetroffen. Unabhängig davon führten China und Japan Gespräche über den Handel."),
])
def test_talks_of_a_country_that_is_neither_guest_nor_host_stay_apart(extract, lang, text):
    assert len(_gatherings(extract, text, lang)) == 2
