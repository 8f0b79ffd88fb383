"""Talks put on hold, and talks between two sides suspended: sentences written for this test,
in both languages.

"put the talks on hold", "legte die Verhandlungen auf Eis", "hat die Gespräche ... auf Eis
gelegt" suspend talks; putting anything else on hold suspends nothing. "Talks between A and B
were suspended", "Die Gespräche zwischen A und B wurden ausgesetzt": the sides of the talks
are those of the suspension. "hold" after "on" is no verb in the present tense, so a day the
sentence gives is the past one.
"""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows

DAY = "2024-07-10"        # a Wednesday: Monday is the 8th


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil on Monday put its negotiations with Canada over a fishing accord on hold."),
    ("en", "Brazil on Monday put the trade talks with Canada on ice."),
    ("de", "Brasilien legte am Montag die Verhandlungen mit Kanada auf Eis."),
    ("de", "Brasilien hat am Montag die Gespräche mit Kanada über ein Fischereiabkommen auf Eis gelegt."),
    # the talks' sides are the suspension's
    ("en", "The talks between Canada and Brazil were put on hold on Monday."),
    ("en", "Talks between Canada and Brazil were suspended on Monday."),
    ("de", "Die Gespräche zwischen Kanada und Brasilien wurden am Montag ausgesetzt."),
    ("de", "Die Verhandlungen zwischen Kanada und Brasilien wurden am Montag auf Eis gelegt."),
])
def test_talks_put_on_hold_or_suspended_and_their_sides(extract, lang, text):
    assert event_rows(extract(text, lang, published=DAY)) == [("Suspension", "Happened", ["brazil", "canada"], "2024-07-08")]


def test_a_suspension_to_come_is_planned(extract):
    facts = extract("Brazil will put the talks with Canada on hold next month.", "en", published=DAY)
    assert event_rows(facts) == [("Suspension", "Planned", ["brazil", "canada"], "2024-08")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil put the bridge project with Canada on hold on Monday."),
    ("de", "Brasilien legte am Montag das Brückenprojekt mit Kanada auf Eis."),
])
def test_other_things_put_on_hold_suspend_no_talks(extract, lang, text):
    assert event_rows(extract(text, lang, published=DAY)) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Serbia pulled out of planned talks with Kosovo on Wednesday."),
    ("de", "Serbien zog sich am Mittwoch aus den geplanten Gesprächen mit dem Kosovo zurück."),
])
def test_pulling_out_of_planned_talks_is_done(extract, lang, text):
    [ev] = extract(text, lang, published="2018-05-16").events
    assert (ev.kind, ev.status, ev.date.iso) == ("Suspension", "Happened", "2018-05-16")
