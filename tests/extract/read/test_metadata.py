"""diplograph.extract.read.metadata: publication dates a page states in its header lines."""
from __future__ import annotations

import pytest

from diplograph.extract.model import Article
from diplograph.extract.read.metadata import apply_metadata, metadata_from_text


def read(text: str, lang: str) -> Article:
    art = Article("a", text, lang)
    metadata_from_text(art)
    return art


@pytest.mark.parametrize("lang,head,iso", [
    ("en", "Published: 08:05, March 3, 2021 | Updated: 10:00, May 1, 2024", "2021-03-03"),
    ("en", "Posted 17:40 GMT, March 3, 2021", "2021-03-03"),
    ("en", "09:30 CET, March 3, 2021", "2021-03-03"),
    ("de", "03.03.2021 08:15", "2021-03-03"),
    ("de", "Mittwoch, 3. März 2021 | 06:10 Uhr", "2021-03-03"),
    ("de", "Veröffentlicht: 3. März 2021", "2021-03-03"),
    ("de", "Veröffentlicht am 03.03.2021, 14:31 Uhr", "2021-03-03"),
    ("en", "Published on March 3, 2021", "2021-03-03"),
    ("en", "by Jane Doe March 3, 2021 9:35 PM", "2021-03-03"),
    ("de", "Von Hans Meier 03.03.2021, 14:31 Uhr", "2021-03-03"),
    ("en", "Wed, 03/31/2021 - 01:42", "2021-03-31"),
    ("en", "By Jane Doe\n2021-03-03 13:20 GMT+8", "2021-03-03"),        # a clock with its zone's offset
    ("de", "Von Hans Meier\n2021-03-03 13:20 UTC+1", "2021-03-03"),
    ("en", "World News 01:06 March 3, 2021", "2021-03-03"),              # a section and a clock before it
    ("de", "Alle Nachrichten 14:31 3. März 2021", "2021-03-03"),
    ("en", "World News 1:06 PM March 3, 2021", "2021-03-03"),
    ("de", "Politik 09:41 Uhr 3. März 2021", "2021-03-03"),
])
def test_a_stamped_date_line_gives_the_publication_date(lang, head, iso):
    art = read(f"Talks on the islands resume in Moscow\n{head}\nThe body of the article follows here.", lang)
    assert art.published.iso == iso


def test_the_updated_date_is_not_the_publication_date():
    art = read("Updated: 10:00, May 1, 2024\nTalks on the islands resume in Moscow\nBody.", "en")
    assert art.published.iso == "2024-05-01"      # the only date there is
    art = read("Published: 08:05, March 3, 2021 | Updated: 10:00, May 1, 2024\nTalks on the islands "
               "resume in Moscow\nBody.", "en")
    assert (art.published.iso, art.title) == ("2021-03-03", "Talks on the islands resume in Moscow")


def test_a_stamp_refines_a_coarser_header_date_it_lies_in():
    art = read("date 2021-03 Gespräche über die Inseln Stand: 03.03.2021 16:05 Uhr\nText.", "de")
    assert art.published.iso == "2021-03-03"


def test_a_stamp_outside_the_header_date_does_not_replace_it():
    art = read("date 2021-03 Gespräche über die Inseln Stand: 05.04.2022 16:05 Uhr\nText.", "de")
    assert art.published.iso == "2021-03"


def test_a_clock_time_alone_is_no_date():
    art = read("Talks resume\n16:05 CET\nThe ministers met.", "en")
    assert art.published is None


@pytest.mark.parametrize("url,iso", [
    ("https://news.example.org/world/2021/03/03/talks-resume", "2021-03-03"),
    ("https://news.example.org/20210303/talks-resume.html", "2021-03-03"),
    ("https://news.example.org/2021-03-03-talks-resume", "2021-03-03"),
    ("https://news.example.org/2021/03/talks-resume", "2021-03"),
])
def test_a_page_address_dates_an_article_without_a_date(url, iso):
    assert read(f"{url}\nTalks on the islands resume in Moscow\nBody.", "en").published.iso == iso
    art = Article("a", "Talks on the islands resume in Moscow.\nBody.", "en")
    apply_metadata(art, {"url": url})
    assert art.published.iso == iso and art.url == url


def test_an_address_without_a_date_or_with_an_impossible_one_dates_nothing():
    for url in ("https://news.example.org/world/talks-2021", "https://news.example.org/2021/13/40/x",
                "https://news.example.org/id/20219999"):
        assert read(f"{url}\nTalks on the islands resume in Moscow\nBody.", "en").published is None


def test_a_date_given_wins_over_the_address():
    art = Article("a", "Talks on the islands resume in Moscow.", "en")
    apply_metadata(art, {"url": "https://news.example.org/2021/03/03/x", "date": "2021-03-05"})
    assert art.published.iso == "2021-03-05"


@pytest.mark.parametrize("lang,head", [
    ("en", "by Jane Doe"),
    ("en", "Wed, 03/04/2021 - 01:42"),          # the 3rd of April or March 4th: no date
])
def test_a_byline_without_a_date_or_an_ambiguous_slashed_date_dates_nothing(lang, head):
    art = read(f"Talks on the islands resume in Moscow\n{head}\nThey met on Monday.", lang)
    assert art.published is None


@pytest.mark.parametrize("lang,text,iso", [
    ("de", "1. Zum Inhalt springen\n2. Zur Navigation springen\n3. Zu weiteren Angeboten springen\nPolitik\n"
           "Kanada und Brasilien rücken zusammen\n\n3. März 2021\n\nDer Besuch von Scholz ...", "2021-03-03"),
    ("en", "Statement on the Canada-Brazil Council\n\n  • Press Release (2021) 059\n  • Issued on 03 Mar. 2021\n"
           "\nOttawa and Brasilia agreed to meet.", "2021-03-03"),
])
def test_a_date_line_below_menus_or_an_issued_stamp_dates_the_page(lang, text, iso):
    assert read(text, lang).published.iso == iso


@pytest.mark.parametrize("lang,line", [("de", "Mittwoch, 3. März 2021"), ("en", "Wednesday, March 3, 2021")])
def test_a_date_line_after_its_weekday_below_a_long_menu_dates_the_page(lang, line):
    menu = "\n".join(["Start", "Politik Wirtschaft", "Kultur Bilder", "Archiv", "Videos", "Startseite>>Politik",
                      "Kanada und Brasilien rücken zusammen", "(Agentur)", line])
    assert read(menu + "\n\nDer Besuch von Scholz in Ottawa begann.", lang).published.iso == "2021-03-03"


def test_a_date_inside_a_later_line_of_the_head_dates_nothing():
    text = ("1. Zum Inhalt springen\n2. Zur Navigation springen\n3. Weiter\nPolitik\nTitel der Meldung\n"
            "Scholz traf Macron am 3. März 2021 in Ottawa.\n")
    assert read(text, "de").published is None


@pytest.mark.parametrize("lang,text,iso", [
    ("de", "Gespräche über die Inseln\n3. März 2021Kanada und Brasilien haben am Montag verhandelt.", "2021-03-03"),
    ("en", "Talks on the islands\nMarch 3, 2021Canada and Brazil held talks on Monday.", "2021-03-03"),
    ("de", "03.03.21\n\nGespräche über die Inseln\nKanada und Brasilien haben am Montag verhandelt.", "2021-03-03"),
])
def test_a_date_glued_to_the_first_word_or_with_a_short_year_dates_the_page(lang, text, iso):
    assert read(text, lang).published.iso == iso


@pytest.mark.parametrize("lang,text", [
    ("de", "Gespräche über die Inseln\nKanada und Brasilien haben 2021Gespräche geführt."),
    ("de", "03.03.21 Kanada und Brasilien\nverhandeln weiter."),
    ("de", "Version 1.2.13\nKanada und Brasilien verhandeln weiter."),
])
def test_a_glued_year_inside_a_line_or_a_short_date_with_words_dates_nothing(lang, text):
    assert read(text, lang).published is None


@pytest.mark.parametrize("lang,text,title", [
    ("de", "date 2021-03 3. März 2021, 14:31 Uhr Gespräche über die Inseln\nText.", "Gespräche über die Inseln"),
    ("en", "date 2021-03 March 3, 2021, 2:31 PM Talks on the islands\nText.", "Talks on the islands"),
])
def test_the_day_a_page_states_after_a_month_stamp_refines_it(lang, text, title):
    art = read(text, lang)
    assert (art.published.iso, art.title) == ("2021-03-03", title)


@pytest.mark.parametrize("lang,text", [
    ("de", "date 2021-03 5. April 2021 Gespräche über die Inseln\nText."),
    ("en", "date 2021-03 Talks on March 3, 2021 resume\nText."),
])
def test_a_day_outside_the_month_stamp_or_later_in_the_line_leaves_the_month(lang, text):
    assert read(text, lang).published.iso == "2021-03"


@pytest.mark.parametrize("lang,head", [
    ("en", "Deadline 23:59 March 31, 2023 for comments"),
    ("en", "On 12:30 March 20, 2023 the plane landed in Tokyo."),
])
def test_a_clock_and_date_inside_a_line_of_words_dates_nothing(lang, head):
    art = read(f"Talks on the islands resume in Moscow\n{head}\nThe body of the article follows here.", lang)
    assert art.published is None
