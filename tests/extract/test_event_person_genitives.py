"""A German genitive of a person the article named before is that person: sentences written
for this test.

"Ein Treffen Trudos mit X" after "Jean Trudo": the person the knowledge base lacks is Jean
Trudo, not a new "Trudos" (as "Trudo" alone already was).
"""
from __future__ import annotations

DAY = "2010-11-03"        # a Wednesday: Monday is the 1st


def test_a_genitive_of_a_named_person_is_that_person(extract):
    facts = extract("Der kanadische Regierungschef Jean Trudo traf am Montag Dmitri Medwedew. Ein weiteres Treffen "
                    "Trudos mit Medwedew ist für den 13. November in Ottawa geplant.", "de", published=DAY)
    assert [(ev.status, sorted(ev.actors)) for ev in facts.events] == [
        ("Happened", ["dmitry-medvedev", "new:Person:jean trudo"]),
        ("Planned", ["dmitry-medvedev", "new:Person:jean trudo"])]

