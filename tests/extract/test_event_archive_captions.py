"""A caption of an archive picture ("(File photo)", "(AP Photo/X, File)", "(Archivbild)")
reports no act: the picture is older than the news, and what the caption says of the news
the article tells elsewhere. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2025-02-13"          # a Thursday


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau and Lula spoke by phone on Wednesday. Canadian Prime Minister Justin Trudeau meets with "
           "French President Emmanuel Macron (File image)(Agency)"),
    ("en", "Trudeau and Lula spoke by phone on Wednesday. Trudeau meets Macron in Paris. (Agency Photo/Jane Doe, File)"),
    ("de", "Trudeau und Lula telefonierten am Mittwoch. Trudeau trifft Macron in Paris. (Archivbild)"),
])
def test_an_archive_caption_reports_no_meeting(extract, lang, text):
    rules = [rule for e in extract(text, lang, published=DAY).events for rule in e.rules]
    assert rules and not [rule for rule in rules if ".meet" in rule]      # not even merged into the call


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau meets Macron in Paris (Agency Photo)"),
    ("en", "Trudeau met Macron in Paris (pictured) on Monday."),
    ("de", "Trudeau traf Macron am Montag in Paris (Foto)."),
    ("en", "Trudeau met Macron in Paris on Monday (see file)."),
    ("en", "Trudeau visits Berlin (File Photo) Trudeau met Macron in Paris on Monday."),
])
def test_a_caption_of_a_picture_of_the_day_still_reports(extract, lang, text):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == ["Meeting"]
