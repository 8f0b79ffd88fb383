"""An earlier or the next instance of the news's kind is another event: sentences written
for this test, in both languages ("die nächste Gesprächsrunde" is no back-reference either).

"another chancellor paid the last such visit in August 2019", "den letzten derartigen
Besuch", "the previous visit": another event of the kind, at its own time; even when no
known name tells who made it, its date never goes to the news's event.
"""
from __future__ import annotations

import pytest

DAY = "2021-07-27"


@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Scholz visits the island of Kunashiri\n\nTwo years earlier, in August 2019, another "
           "chancellor paid the last such visit."),
    ("de", "Kanzler Scholz besucht die Insel Kunashiri\n\nZwei Jahre zuvor, im August 2019, hatte ein anderer "
           "Kanzler den letzten derartigen Besuch gemacht."),
    ("en", "Chancellor Scholz visits the island of Kunashiri\n\nIn August 2019 another chancellor had made the "
           "previous visit."),
])
def test_an_earlier_instance_keeps_its_date_to_itself(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place, ev.date.iso) == ("Visit", ["olaf-scholz"], "kunashir", DAY)


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada und Brasilien führten Gespräche in Ottawa.\nDie nächste Gesprächsrunde soll im Oktober "
           "stattfinden."),
    ("en", "Canada and Brazil held talks in Ottawa.\nThe next round of talks will take place in October."),
])
def test_the_next_round_is_another_event(extract, lang, text):
    [ev] = extract(text, lang, published="2015-09-22").events
    assert (ev.kind, ev.status, ev.place, ev.date.iso) == ("Talks", "Happened", "ottawa", "2015-09-22")
