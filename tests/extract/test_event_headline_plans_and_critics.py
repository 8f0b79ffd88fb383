"""Headlines that tell a plan without a verb, and who denounces an act: sentences written
for this test, in both languages where the language has the form.

- "Canada-Brazil summit in Ottawa likely in May" / "Gipfel ... im Mai in Ottawa geplant",
  "Treffen ... voraussichtlich am 16. April": planned, at the next such date; not "likely
  met on Monday", which tells what probably happened.
- "Ottawa denounced the United States' deployment" (as German "verurteilte" already did):
  the critic is no party of the act.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th


@pytest.mark.parametrize("lang,text,date", [
    ("en", "Canada-Brazil summit in Ottawa likely in May", "2025-05"),
    ("en", "Canada-Brazil ministers meeting expected April 16", "2025-04-16"),
    ("de", "Gipfel von Kanada und Brasilien im Mai in Ottawa geplant", "2025-05"),
    ("de", "Treffen von Macron und Trudeau voraussichtlich am 16. April", "2025-04-16"),
])
def test_a_verbless_headline_plan_is_planned(extract, lang, text, date):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row[1:] == ("Planned", row[2], date)


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron and Trudeau likely met in Ottawa on Monday."),
    ("de", "Der Gipfel von Kanada und Brasilien im Mai in Ottawa war erfolgreich."),
])
def test_a_plan_word_before_a_verb_or_no_plan_word_tells_what_happened(extract, lang, text):
    [row] = event_rows(extract(text, lang, published=DAY))
    assert row[1] == "Happened"


@pytest.mark.parametrize("lang,text,doer", [
    ("en", "Ottawa denounced on Friday the United States' planned missile shield deployment in Europe, "
           "calling it a threat.", "united-states"),
    ("de", "Kanada verurteilte Brasiliens Raketenstationierung im Atlantik.", "brazil"),
])
def test_the_denouncer_is_no_party(extract, lang, text, doer):
    events = extract(text, lang, published=DAY).events
    [ev] = [e for e in events if e.kind != "Protest"]
    assert ev.kind == "Deployment" and ev.actors == [doer]
    assert [sorted(e.actors) for e in events if e.kind == "Protest"] == [sorted(["canada", doer])]   # who protests
