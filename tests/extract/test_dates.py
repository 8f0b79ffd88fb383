"""diplograph.extract.dates: temporal expressions found, normalised to ISO, resolved against publication."""
from __future__ import annotations

import datetime as dt

import pytest

from diplograph.extract.anchoring import ahead_of, anchor_dates
from diplograph.extract.dates import TimeValue, find_dates, parse_iso

# Tuesday, 20 December 2016 (checked below): the publication date of the relative cases.
PUB = TimeValue("2016-12-20", "day")


def test_publication_date_is_a_tuesday():
    assert dt.date(2016, 12, 20).weekday() == 1


def one(text, lang, pub=None):
    found = find_dates(text, lang, pub)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,lang,matched,iso,precision", [
    ("Sie trafen sich am 02.11.2013 in Tokio.", "de", "02.11.2013", "2013-11-02", "day"),
    ("Sie trafen sich am 2. November 2013 in Tokio.", "de", "2. November 2013", "2013-11-02", "day"),
    ("They met on November 2, 2013 in Tokyo.", "en", "November 2, 2013", "2013-11-02", "day"),
    ("They met on 2 November 2013 in Tokyo.", "en", "2 November 2013", "2013-11-02", "day"),
    ("The summit took place on Sept. 5th, 2019.", "en", "Sept. 5th, 2019", "2019-09-05", "day"),
    ("Putin kam im Dezember 2016 nach Japan.", "de", "im Dezember 2016", "2016-12", "month"),
    ("Putin came to Japan in December 2016.", "en", "in December 2016", "2016-12", "month"),
    ("Die Krim wurde im Frühjahr 2014 annektiert.", "de", "im Frühjahr 2014", "2014", "year"),
    ("Crimea was annexed in spring 2014.", "en", "in spring 2014", "2014", "year"),
    ("Ende April 2014 reiste Abe nach Moskau.", "de", "Ende April 2014", "2014-04", "month"),
    ("Im Jahr 2018 gab es keinen Gipfel.", "de", "Im Jahr 2018", "2018", "year"),
    ("The 2022-06-29 summit in Madrid.", "en", "2022-06-29", "2022-06-29", "day"),
])
def test_absolute_dates(text, lang, matched, iso, precision):
    for pub in (None, PUB):              # the publication date does not change them
        m = one(text, lang, pub)
        assert (m.text, m.value, m.relative) == (matched, TimeValue(iso, precision), False)
        assert text[m.start:m.end] == matched


def test_invalid_numeric_date_is_dropped():
    assert find_dates("am 31.02.2015 in Tokio", "de") == []


@pytest.mark.parametrize("text,iso", [("on 02/24/2022", "2022-02-24"), ("on 24/02/2022", "2022-02-24"),
                                      ("on 03/04/2022", None), ("on 02/30/2022", None)])
def test_a_slashed_date_is_read_only_when_one_number_cannot_be_a_month(text, iso):
    found = find_dates(text, "en")
    assert [m.value.iso for m in found] == ([iso] if iso else [])


@pytest.mark.parametrize("text,lang,matched,iso,precision", [
    ("Abe met Putin in Nagato on Dec. 16.", "en", "Dec. 16", "2016-12-16", "day"),
    ("Abe traf Putin am 16. Dezember in Nagato.", "de", "16. Dezember", "2016-12-16", "day"),
    ("Ende April reiste Abe nach Moskau.", "de", "Ende April", "2016-04", "month"),
    ("Abe travelled to Moscow in late April.", "en", "late April", "2016-04", "month"),
    ("Am Montag trafen sie sich in Tokio.", "de", "Am Montag", "2016-12-19", "day"),
    ("Am vergangenen Freitag trafen sie sich.", "de", "Am vergangenen Freitag", "2016-12-16", "day"),
    ("Am Freitagabend trafen sie sich.", "de", "Am Freitagabend", "2016-12-16", "day"),
    ("Am Dienstagnachmittag trafen sie sich.", "de", "Am Dienstagnachmittag", "2016-12-20", "day"),
    ("They will talk by phone tonight.", "en", "tonight", "2016-12-20", "day"),
    ("Am kommenden Montag treffen sie sich.", "de", "Am kommenden Montag", "2016-12-26", "day"),
    ("They met on Sunday in Tokyo.", "en", "on Sunday", "2016-12-18", "day"),
    ("They met on Tuesday in Tokyo.", "en", "on Tuesday", "2016-12-20", "day"),
    ("They will meet next Friday.", "en", "next Friday", "2016-12-23", "day"),
    ("Gestern telefonierten sie.", "de", "Gestern", "2016-12-19", "day"),
    ("They spoke by phone yesterday.", "en", "yesterday", "2016-12-19", "day"),
    ("Vergangenes Jahr gab es keinen Gipfel.", "de", "Vergangenes Jahr", "2015", "year"),
    ("There was no summit last year.", "en", "last year", "2015", "year"),
    ("Im Juni vergangenen Jahres trafen sie sich.", "de", "Im Juni vergangenen Jahres", "2015-06", "month"),
    ("They met last December.", "en", "last December", "2015-12", "month"),   # in December: a year ago
])
def test_relative_dates_resolved_against_publication(text, lang, matched, iso, precision):
    m = one(text, lang, PUB)
    assert (m.text, m.value, m.relative) == (matched, TimeValue(iso, precision), True)
    # without a publication date the expression is kept, unresolved
    bare = one(text, lang)
    assert (bare.text, bare.value, bare.relative) == (matched, None, True)


def test_day_without_year_rolls_back_over_new_year():
    m = one("Abe met Putin on Dec. 16.", "en", TimeValue("2017-01-10", "day"))
    assert m.value == TimeValue("2016-12-16", "day")


def test_weekday_with_month_precision_publication_keeps_the_month():
    m = one("Am Montag trafen sie sich.", "de", TimeValue("2016-12", "month"))
    assert (m.value, m.relative) == (TimeValue("2016-12", "month"), True)


def test_relative_year_with_year_precision_publication():
    m = one("Vergangenes Jahr gab es keinen Gipfel.", "de", TimeValue("2016", "year"))
    assert m.value == TimeValue("2015", "year")


def test_several_dates_in_text_order():
    text = "Nach dem Treffen am 02.11.2013 folgte im Dezember 2016 ein Besuch."
    assert [m.text for m in find_dates(text, "de")] == ["02.11.2013", "im Dezember 2016"]


@pytest.mark.parametrize("text,expected", [
    ("2013-11-02", TimeValue("2013-11-02", "day")), ("2022-06", TimeValue("2022-06", "month")),
    ("2014", TimeValue("2014", "year")), ("2022-13", None), ("2015-02-30", None), ("Mai 2014", None),
])
def test_parse_iso(text, expected):
    assert parse_iso(text) == expected


def test_time_value_helpers():
    month = TimeValue("2016-12", "month")
    assert month.year == 2016 and month.date() == dt.date(2016, 12, 1)
    assert month.contains(TimeValue("2016-12-16", "day"))
    assert not month.contains(TimeValue("2016-11-16", "day"))


# --- the prefix-tree alternations ----------------------------------------------------------
def test_prefix_tree_alternation_matches_as_the_longest_first_alternation():
    import re

    from diplograph.extract.dates import _trie
    words = ["jan", "januar", "jänner", "juli", "jul", "juni", "mai", "sept", "sept.", "september", "ab"]
    plain = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    tree = _trie(words)
    assert tree.count("|") < plain.count("|")
    text = ("Am 3. Januar, im Jul. 2020, Sept. 5, September 2001, Jänner, Mai 2014, juni; "
            "Juliane, Janus, abc ab 2019, SEPT 3 und mais.")
    for shape in (r"\b(?P<w>{})\b", r"\b(?P<w>{})\.?\s+\d", r"(?P<w>{})"):
        want = [(m.span(), m["w"]) for m in re.finditer(shape.format(plain), text, re.IGNORECASE)]
        got = [(m.span(), m["w"]) for m in re.finditer(shape.format(tree), text, re.IGNORECASE)]
        assert got == want and len(got) >= 5


def _every_position(text, lang, pub):
    """The plain algorithm the openers stand in for: every pattern over the whole text."""
    from dataclasses import replace
    from diplograph.extract.dates import _normalise, _patterns
    found, taken = [], []
    for name, rx, _, _ in _patterns(lang)[0]:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            mention = _normalise(name, m, lang, pub)
            if mention is not None:
                found.append(replace(mention, rule=mention.rule or name))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)


_HARD = [
    "Am  vergangenen\n\nMontag, dem 2.11.2013, und im Jahr 2014; Mitte Oktober 2012 oder im Herbst 2019.",
    "Anfang März, Ende Januar 2020, Jannik am 3. Jänner, xMontag, Montagmorgen, 12.11.20134, 2013-11-02.",
    "On Sept. 5th, 2019 and last Friday; mid October, early May 2020, in the year 1999; today, fall 2021.",
    "The 23rd of May, May 2021, this year, next Tuesday, Marchers on 5 Nov. 2013, 2013er, 19.05.2019x",
    "JANUAR 2020, montag, IM JAHR 2001, seit dem Jahr 2003 und nächstes Jahr; vorgestern übermorgen.",
    "İzmir, am Montag, dem 3. Mai 2019 (İ lower-cases to two characters), last Friday.",
]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_dates_tried_at_their_openers_equal_every_position(lang):
    from pathlib import Path
    texts = _HARD + [p.read_text(encoding="utf-8") for p in
                     sorted((Path(__file__).parent / "articles").glob("*.txt"))]
    texts += [t[k:] for t in _HARD for k in (1, 3, 7)]       # starting inside words
    for text in texts:
        for pub in (None, PUB, TimeValue("2016-12", "month")):
            assert find_dates(text, lang, pub) == _every_position(text, lang, pub), text[:40]


def test_a_date_word_that_is_not_one_word_is_refused(monkeypatch):
    from diplograph.extract import dates
    from diplograph.ontology.errors import PipelineError
    lexicon = dates.load_lexicon("de")
    broken = dict(lexicon.dates, seasons={"früh-jahr": [3, 5]})
    monkeypatch.setattr(dates, "load_lexicon", lambda lang: type("L", (), {"dates": broken})())
    dates._patterns.cache_clear()
    try:
        with pytest.raises(PipelineError, match="'früh-jahr'"):
            dates._patterns("de")
    finally:
        dates._patterns.cache_clear()


# --- spans of days and parts of months ----------------------------------------------------
@pytest.mark.parametrize("lang,text,found", [
    ("de", "Die Konferenz tagt vom 3. bis 5. Mai in Oslo.", ("3. bis 5. Mai", "2024-05")),
    ("en", "The conference meets 3-5 May in Oslo.", ("3-5 May", "2024-05")),
    ("en", "The conference meets from May 3 to 5, 2024.", ("May 3 to 5, 2024", "2024-05")),
    ("de", "Die Außenminister trafen sich am 2. und 3. Mai 2024.", ("2. und 3. Mai 2024", "2024-05")),
    ("en", "The envoys held a video call in mid-March.", ("mid-March", "2024-03")),
])
def test_a_span_of_days_is_its_month(lang, text, found):
    [m] = find_dates(text, lang, TimeValue("2024-07-05", "day"))
    assert (m.text, m.value.iso) == found


def test_a_span_that_runs_backwards_is_no_date():
    assert [m.text for m in find_dates("Das Ergebnis war 11-9 Mai.", "de", TimeValue("2024-07-05", "day"))] \
        == ["9 Mai"]


# --- weekdays of an article without a publication day -------------------------------------
# Thursday, 5 March 2015 and the Tuesday before it: the invented lead's dates.
def test_the_lead_day_is_a_thursday():
    assert dt.date(2015, 3, 5).weekday() == 3


@pytest.mark.parametrize("lang,text", [
    ("en", "OSLO, March 5, 2015 - Norway and Chile signed a treaty on Thursday. Talks had begun on Tuesday."),
    ("de", "Oslo, 5. März 2015 - Norwegen und Chile unterzeichneten am Donnerstag einen Vertrag. "
           "Die Gespräche hatten am Dienstag begonnen."),
])
def test_a_lead_day_named_by_its_weekday_anchors_the_other_weekdays(lang, text):
    for pub in (None, TimeValue("2015-03", "month")):
        dates, _ = anchor_dates(text, lang, find_dates(text, lang, pub), pub)
        assert [m.value.iso for m in dates] == ["2015-03-05", "2015-03-05", "2015-03-03"]


@pytest.mark.parametrize("lang,text", [
    # the date is a Friday, the weekday of the lead another day: no anchor
    ("en", "OSLO, March 6, 2015 - Norway and Chile signed a treaty on Thursday. Talks began on Tuesday."),
    # the day is named by its weekday only far after the lead
    ("en", "OSLO, March 5, 2015 - Norway and Chile signed a treaty." + " More." * 250 + " On Thursday."),
])
def test_no_anchor_without_a_lead_day_named_twice(lang, text):
    dates, day = anchor_dates(text, lang, find_dates(text, lang), None)
    assert [m.value for m in dates if m.rule == "weekday"] == [None] * (len(dates) - 1)
    assert day is None


def test_a_known_publication_day_is_kept():
    text = "OSLO, March 5, 2015 - They signed on Thursday."
    pub = TimeValue("2015-03-13", "day")
    dates, _ = anchor_dates(text, "en", find_dates(text, "en", pub), pub)
    assert dates[-1].value.iso == "2015-03-12"


@pytest.mark.parametrize("lang,text", [
    ("en", "OSLO, March 5, 2015 - Olaf Scholz met Emmanuel Macron on Thursday. "
           "Scholz and Macron had spoken by phone on Monday."),
    ("de", "Oslo, 5. März 2015 - Olaf Scholz traf am Donnerstag Emmanuel Macron. "
           "Scholz und Macron hatten am Montag telefoniert."),
])
def test_an_undated_article_dates_its_weekday_events(extract, lang, text):
    facts = extract(text, lang)
    assert sorted((e.kind, e.date.iso) for e in facts.events) == [
        ("Meeting", "2015-03-05"), ("PhoneCall", "2015-03-02")]


# --- months and weeks counted from publication --------------------------------------------
@pytest.mark.parametrize("lang,text,iso", [
    ("en", "They met last month.", "2016-11"),
    ("en", "They met earlier this month.", "2016-12"),
    ("en", "They will meet next month.", "2017-01"),
    ("de", "Sie trafen sich im vergangenen Monat.", "2016-11"),
    ("de", "Sie treffen sich kommenden Monat.", "2017-01"),
    # the week of 12 to 18 December lies in December
    ("en", "They met last week.", "2016-12"),
    ("de", "Sie trafen sich vergangene Woche.", "2016-12"),
])
def test_months_and_weeks_from_publication(lang, text, iso):
    m = one(text, lang, PUB)
    assert (m.value.iso, m.relative, m.rule) == (iso, True, "rel_period")


def test_a_week_across_two_months_is_its_year_and_unknown_without_a_day():
    assert one("They met last week.", "en", TimeValue("2016-12-06", "day")).value.iso == "2016"
    assert one("They met last week.", "en", TimeValue("2016-12", "month")).value is None
    assert one("They met last week.", "en").value is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Olaf Scholz met Emmanuel Macron in Paris last month."),
    ("de", "Olaf Scholz traf Emmanuel Macron vergangenen Monat in Paris."),
])
def test_an_event_of_last_month_is_not_dated_the_publication_day(extract, lang, text):
    [meeting] = extract(text, lang, published="2016-12-20").events
    assert meeting.date.iso == "2016-11"


def test_a_plan_for_later_this_month_stays_in_this_month(extract):
    [meeting] = extract("Olaf Scholz will meet Emmanuel Macron in Paris later this month.", "en",
                        published="2016-12-20").events
    assert (meeting.status, meeting.date.iso) == ("Planned", "2016-12")


@pytest.mark.parametrize("lang,text", [
    ("en", "OSLO, March 4, 2015 - Olaf Scholz and Emmanuel Macron will meet in Paris on September 5, "
           "officials said on Wednesday."),
    ("de", "Oslo, 4. März 2015 - Olaf Scholz und Emmanuel Macron wollen sich am 5. September in Paris "
           "treffen, hieß es am Mittwoch."),
])
def test_a_plan_is_dated_from_the_dateline_not_by_it(lang, text):
    from diplograph.extract import extract_article
    from diplograph.extract.read.reader import make_article
    article = make_article("plan", text, "plan.txt")          # read as a file is: the dateline dates it
    assert article.published.iso == "2015-03-04"
    [meeting] = [e for e in extract_article(article).events if e.kind == "Meeting"]
    assert (meeting.status, meeting.date.iso) == ("Planned", "2015-09-05")


def test_an_undated_article_dates_its_plan_after_the_lead_day(extract):
    text = ("Olaf Scholz will meet Emmanuel Macron in Paris on September 5, officials said on "
            "Wednesday, March 4, 2015.")
    [meeting] = [e for e in extract(text, "en").events if e.kind == "Meeting"]
    assert (meeting.status, meeting.date.iso) == ("Planned", "2015-09-05")


@pytest.mark.parametrize("text,lang,matched", [
    ("During the 2018 summit the leaders agreed.", "en", ["2018"]),
    ("Beim Gipfeltreffen 2018 einigten sie sich.", "de", ["2018"]),
    ("Beim G7-Gipfel 2023 in Hiroshima.", "de", ["2023"]),
    ("In total 2018 people attended; 2019 was calm.", "en", []),
    ("Es kamen 2018 Menschen.", "de", []),
])
def test_a_bare_year_dates_only_the_occasion_it_names(text, lang, matched):
    found = find_dates(text, lang)
    assert [d.text for d in found] == matched
    assert all(d.value.iso == d.text and d.value.precision == "year" for d in found)


@pytest.mark.parametrize("lang,text,iso", [
    ("en", "They met over the weekend.", "2021-05"),            # Sat 29 and Sun 30 May
    ("de", "Sie trafen sich am Wochenende.", "2021-05"),
    ("de", "Sie trafen sich am vergangenen Wochenende.", "2021-05"),
    ("en", "They met two days ago.", "2021-06-02"),
    ("en", "They met 3 days ago.", "2021-06-01"),
    ("de", "Sie trafen sich vor zwei Tagen.", "2021-06-02"),
    ("de", "Die Raketen wurden Ende 2019 stationiert.", "2019"),
    ("en", "The missiles were deployed in late 2019.", "2019"),
])
def test_weekends_days_ago_and_parts_of_a_year(lang, text, iso):
    [m] = find_dates(text, lang, TimeValue("2021-06-04", "day"))        # a Friday
    assert m.value.iso == iso


@pytest.mark.parametrize("lang,text,iso,precision", [
    ("en", "They met a week ago.", "2021-05", "month"),               # Mon 24 to Sun 30 May
    ("en", "They met three weeks ago.", "2021-05", "month"),          # 10 to 16 May
    ("en", "They met two months ago.", "2021-04", "month"),
    ("en", "They met a year ago.", "2020", "year"),
    ("en", "They met ten years ago.", "2011", "year"),
    ("en", "They met the day before yesterday.", "2021-06-02", "day"),
    ("en", "They met in the middle of last week.", "2021-05", "month"),
    ("de", "Sie trafen sich vor einer Woche.", "2021-05", "month"),
    ("de", "Sie trafen sich vor drei Monaten.", "2021-03", "month"),
    ("de", "Sie trafen sich vor einem Jahr.", "2020", "year"),
    ("de", "Sie trafen sich vor 4 Jahren.", "2017", "year"),
    ("de", "Sie trafen sich Mitte vergangener Woche.", "2021-05", "month"),
    ("de", "Sie trafen sich vor mehr als einem Jahr.", "2020", "year"),          # hedged: "ago_hedges"
    ("de", "Sie trafen sich vor knapp drei Monaten.", "2021-03", "month"),
    ("de", "Sie trafen sich vor gut zwei Wochen.", "2021-05", "month"),
    ("en", "They met almost a year ago.", "2020", "year"),
])
def test_weeks_months_and_years_ago(lang, text, iso, precision):
    [m] = find_dates(text, lang, TimeValue("2021-06-04", "day"))        # a Friday
    assert (m.value.iso, m.value.precision) == (iso, precision)


@pytest.mark.parametrize("lang,text,iso,rule", [
    ("en", "They met last summer.", "2020", "rel_season"),           # published in June 2021: summer 2020
    ("en", "They met in the spring.", "2021", "season_bare"),
    ("en", "They will meet next spring.", "2022", "rel_season"),
    ("en", "They will meet this autumn.", "2021", "rel_season"),
    ("en", "They met in the autumn.", "2020", "season_bare"),        # the last one begun
    ("de", "Sie trafen sich im vergangenen Sommer.", "2020", "rel_season"),
    ("de", "Sie trafen sich im Frühjahr.", "2021", "season_bare"),
    ("de", "Sie treffen sich im kommenden Herbst.", "2021", "rel_season"),
    ("de", "Sie treffen sich diesen Herbst.", "2021", "rel_season"),
])
def test_a_season_without_its_year_is_a_year(lang, text, iso, rule):
    [m] = find_dates(text, lang, TimeValue("2021-06-04", "day"))
    assert (m.value.iso, m.value.precision, m.rule) == (iso, "year", rule)


@pytest.mark.parametrize("lang,text", [
    ("en", "They met last winter."),
    ("de", "Sie trafen sich im Winter."),
])
def test_a_winter_without_its_year_keeps_only_its_text(lang, text):
    [m] = find_dates(text, lang, TimeValue("2021-06-04", "day"))
    assert (m.value, m.relative) == (None, True)


def test_a_season_word_alone_or_in_a_name_is_no_date():
    pub = TimeValue("2021-06-04", "day")
    for text in ("The Summer Davos forum opened.", "Summer is coming.", "They met during the Summer Davos forum.",
                 "They spoke of the chaos in the fall of Kabul."):
        assert find_dates(text, "en", pub) == [], text


@pytest.mark.parametrize("lang,text,iso", [
    ("en", "They met in the summer of 2019.", "2019"),
    ("en", "They met in the spring of 2020.", "2020"),
    ("de", "Sie trafen sich im Sommer des Jahres 2019.", "2019"),
])
def test_a_season_of_a_named_year_is_that_year(lang, text, iso):
    [m] = find_dates(text, lang, TimeValue("2021-06-04", "day"))
    assert (m.value.iso, m.rule) == (iso, "season")


def test_facing_a_week_full_of_summits_is_no_time_ago():
    assert find_dates("Er steht vor einer Woche voller Gipfel.", "de", TimeValue("2021-06-04", "day")) == []


def test_a_season_ahead_in_a_plan_is_the_next_one():
    [m] = find_dates("They will meet in the autumn.", "en", TimeValue("2021-06-04", "day"))
    assert ahead_of(m, TimeValue("2021-06-04", "day")).iso == "2021"


def test_weeks_ago_across_two_months_are_their_year_and_need_the_day():
    [m] = find_dates("They met two weeks ago.", "en", TimeValue("2021-06-04", "day"))   # 17 to 23 May
    assert m.value.iso == "2021-05"
    [m] = find_dates("Sie trafen sich vor einer Woche.", "de", TimeValue("2021-08-04", "day"))   # 26 Jul to 1 Aug
    assert m.value.iso == "2021"
    [m] = find_dates("They met a week ago.", "en", TimeValue("2021-08", "month"))
    assert m.value is None


def test_a_weekend_across_two_months_is_their_year():
    [m] = find_dates("They met over the weekend.", "en", TimeValue("2021-08-02", "day"))   # 31 Jul, 1 Aug
    assert m.value.iso == "2021"


@pytest.mark.parametrize("text,lang,matched,iso", [
    ("The two ministers met on the 14th in Oslo.", "en", "on the 14th", "2016-12-14"),
    ("The two ministers met on the 24th in Oslo.", "en", "on the 24th", "2016-11-24"),
    ("Die Minister trafen sich am 14. in Oslo.", "de", "am 14.", "2016-12-14"),
])
def test_a_bare_day_is_of_the_publication_month_or_the_one_before(text, lang, matched, iso):
    d = one(text, lang, PUB)
    assert (d.text, d.value.iso, d.relative) == (matched, iso, True)


@pytest.mark.parametrize("text,lang", [
    ("Die Minister trafen sich am 14. Dezember in Oslo.", "de"),
    ("Die Minister trafen sich am 14. und 15. Dezember in Oslo.", "de"),
    ("The ministers met on the 14th of December in Oslo.", "en"),
])
def test_a_day_with_its_month_is_no_bare_day(text, lang):
    d = one(text, lang, PUB)
    assert ("Dezember" in d.text or "December" in d.text) and d.value.iso.startswith("2016-12")


def test_a_bare_day_needs_a_publication_day():
    d = one("The two ministers met on the 14th in Oslo.", "en", TimeValue("2016-12", "month"))
    assert (d.text, d.value) == ("on the 14th", None)


@pytest.mark.parametrize("text,iso", [
    ("OSLO (Agency - 07th October, 2021) The ministers met.", "2021-10-07"),
    ("Published on the 7th of October 2021.", "2021-10-07"),
    ("They met on 7th October, 2021 in Oslo.", "2021-10-07"),
])
def test_an_ordinal_day_before_its_month(text, iso):
    d = one(text, "en")
    assert (d.value.iso, d.relative) == (iso, False)


def test_an_agency_line_with_an_ordinal_day_anchors_the_weekdays(extract):
    text = ("Scholz and Macron agree on trade\n\nPARIS (Agency - 07th October, 2021) Chancellor Olaf Scholz met "
            "French President Emmanuel Macron in Paris on Thursday.")
    [ev] = extract(text, "en").events
    assert (ev.kind, ev.date.iso) == ("Meeting", "2021-10-07")


@pytest.mark.parametrize("text,lang", [
    ("Both countries have traded since the 18th century.", "en"),
    ("The office moved to the 5th floor.", "en"),
    ("Scholz traf Macron zum 3. Mal in Paris.", "de"),
])
def test_an_ordinal_before_a_noun_is_no_day(text, lang):
    assert find_dates(text, lang, PUB) == []


def test_a_number_after_a_dates_comma_is_no_year():
    d = one("Canada sent on 5 May, 1500 troops to the border.", "en", PUB)
    assert (d.text, d.value.iso) == ("5 May", "2016-05-05")


@pytest.mark.parametrize("text,found", [
    ("24. September, 2024\n\nPolitik", ("24. September, 2024", "2024-09-24")),
    ("Kanada schickte am 3. Oktober, 2000 Soldaten an die Grenze.", ("3. Oktober", "2016-10-03")),
])
def test_a_german_year_after_a_comma_only_ends_a_date_line(text, found):
    d = one(text, "de", PUB)
    assert (d.text, d.value.iso) == found


@pytest.mark.parametrize("text,lang,iso", [
    ("Updated 01:06 June 30, 2022", "en", "2022-06-30"),
    ("Aktualisiert 14:05 3. März 2021", "de", "2021-03-03"),
])
def test_the_minutes_of_a_clock_time_are_no_day(text, lang, iso):
    found = [d for d in find_dates(text, lang) if d.value is not None]
    assert [d.value.iso for d in found] == [iso]


@pytest.mark.parametrize("text,lang,iso", [
    ("Aid for 2002-07 was cut.", "en", "2002"),                 # the years 2002 to 2007
    ("Die Hilfen für 2005-09 wurden gestrichen.", "de", "2005"),
    ("Report of 2019-03 on the radars.", "en", "2019-03"),        # 03 cannot end a span from 2019
    ("The 2022-06-29 summit in Madrid.", "en", "2022-06-29"),
])
def test_a_year_and_a_later_two_digit_number_is_a_span_of_years_not_a_month(text, lang, iso):
    found = [m for m in find_dates(text, lang) if m.value is not None and "-" in m.text]
    assert [m.value.iso for m in found] == [iso]
