"""Who a visit is: the traveller, not the country of the craft they travel in ("arrived in a
French government aircraft", "mit einem französischen Flugzeug") nor the side a visit seeks
support against ("against Russia's invasion"); ships that visit a port are their country's.
"Zelenskiy" (Reuters' spelling) is Zelenskyy.
"""
from __future__ import annotations

import pytest

DAY = "2023-05-20"        # a Saturday


@pytest.mark.parametrize("lang, text", [
    ("en", "Zelenskiy arrived in a French government aircraft on Saturday."),
    ("de", "Selenskyj reiste am Samstag mit einem französischen Flugzeug nach Hiroshima."),
])
def test_the_crafts_country_is_no_party_to_the_visit(extract, lang, text):
    [visit] = extract(text, lang, published=DAY).events
    assert (visit.kind, visit.actors) == ("Visit", ["volodymyr-zelenskyy"])


def test_the_side_a_visit_seeks_support_against_is_no_party(extract):
    [visit] = extract("Zelensky arrived in Hiroshima on Saturday to drum up support for the defence against "
                      "Russia's invasion of his country.", "en", published=DAY).events
    assert (visit.actors, visit.place) == (["volodymyr-zelenskyy"], "hiroshima")


def test_warships_visiting_a_port_are_their_countrys_visit(extract):
    [visit] = extract("Russian warships visited the port of Manila on Monday.", "en", published=DAY).events
    assert (visit.kind, visit.actors, visit.place) == ("Visit", ["russia"], "manila")
