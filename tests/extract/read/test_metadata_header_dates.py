"""Publication dates in the header lines of saved pages, in the forms news sites print them."""
from __future__ import annotations

import pytest

from diplograph.extract.model import Article
from diplograph.extract.read.metadata import DATELINE_DAY, metadata_from_text


@pytest.mark.parametrize("lang, head, iso", [
    ("en", "Agency) 14:00, February 03, 2026", "2026-02-03"),
    ("en", "OSLO (Some News / Agency - 24th December, 2021) The Norwegian ministry said it would act.", "2021-12-24"),
    ("de", "  28 Juni 2017    Gelesen: 857", "2017-06-28"),
    ("de", "Oslo (Norwegen), 24.11.2005 – Der norwegische Minister hat Hanoi besucht.", "2005-11-24"),
    ("de", "Archivmeldung vom 07.02.2013", "2013-02-07"),
    ("de", "Von: Redaktion DIE ZEITUNG | 15.01.19", "2019-01-15"),
    ("de", "15-10-2002 Politik |", "2002-10-15"),
    ("en", "Published time: 14 Jan, 2019 14:13", "2019-01-14"),
    ("en", "Dec. 15, 2016 (Agency)—Norway's minister met Vietnam's president on Monday.", "2016-12-15"),
])
def test_a_header_line_dates_the_page(lang, head, iso):
    art = Article("x", f"Title of the story\n{head}\nOslo and Hanoi met on Monday.", lang)
    metadata_from_text(art)
    assert art.published is not None and art.published.iso == iso


def test_fields_split_by_slashes_date_the_page():
    art = Article("x", "zeitung.de / 14.08.2014 / Politik / Seite 8\nTitel\nOslo und Hanoi trafen sich.", "de")
    metadata_from_text(art)
    assert art.published.iso == "2014-08-14"


@pytest.mark.parametrize("lang, head", [
    ("en", "On 12 May 2022, Norway and Chile signed a fisheries pact in Oslo."),
    ("en", "Norway and Chile met on 12 May 2022 (in Oslo) - a first."),
    ("de", "Am 12. Mai 2022 trafen sich Norwegen und Chile in Oslo."),
    ("en", "12 May 2022 was the day Norway and Chile met in Oslo."),
])
def test_a_story_sentence_with_a_date_dates_no_page(lang, head):
    art = Article("x", f"Title of the story\n{head}\nMore text.", lang)
    metadata_from_text(art)
    assert art.published is None


@pytest.mark.parametrize("lang, head, day", [
    ("en", "TOKYO, Aug. 31 (Agency) -- Japan's prime minister held talks on Monday.", "Aug. 31"),
    ("de", "OSLO, 3. Mai (Agentur) - Norwegen und Chile trafen sich am Montag.", "3. Mai"),
])
def test_a_datelines_day_without_a_year_is_kept_apart(lang, head, day):
    art = Article("x", f"Title of the story\n{head}\nMore text.", lang)
    metadata_from_text(art)
    assert art.published is None and art.extra[DATELINE_DAY] == day


@pytest.mark.parametrize("lang, head", [
    ("de", "Ukraine-Krieg: 24. Februar 2022 – der Tag, der alles änderte"),
    ("en", "Feb. 24, 2022 - Russia launches its invasion"),
    ("de", "Foto: Reuters / 12.03.2019"),
    ("de", "Rückblick: 9. November 1989 – Die Mauer fällt"),
    ("en", "Anniversary: February 24, 2022 - The Day Everything Changed"),
    ("en", "Feb 7, 2019 (Photo: Agency) The ministers at the press conference"),
])
def test_a_labelled_story_date_a_timeline_entry_or_a_picture_credit_gives_way_to_the_dateline(lang, head):
    dateline = "OSLO, March 4, 2023 (Agency) - Norway and Chile met." if lang == "en" else \
        "OSLO, 4. März 2023 (Agentur) - Norwegen und Chile trafen sich."
    art = Article("x", f"Title of the story\n{head}\n{dateline}", lang)
    metadata_from_text(art)
    assert art.published.iso == "2023-03-04"
