"""diplograph_events (with the article step): event kinds, actors, place, date and status."""
from __future__ import annotations

import pytest

from diplograph.extract.dates import TimeValue
from tests.extract.extract_helpers import persons


def summary(facts):
    return [(e.kind, e.actors, e.place, e.date.iso if e.date else None, e.relative_date, e.status)
            for e in facts.events]


# --- a meeting with everything ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Frankreichs Präsident Emmanuel Macron und Kanadas Premierminister Justin Trudeau trafen sich am "
           "18. April 2024 in Ottawa."),
    ("en", "French President Emmanuel Macron and Canadian Prime Minister Justin Trudeau met in Ottawa "
           "on April 18, 2024."),
])
def test_meeting_with_actors_place_date(extract, lang, text):
    facts = extract(text, lang)
    [ev] = facts.events
    assert (ev.kind, ev.place, ev.date, ev.status) == ("Meeting", "ottawa",
                                                       TimeValue("2024-04-18", "day"), "Happened")
    assert persons(facts, ev) == ["emmanuel-macron", "justin-trudeau"]
    assert ev.rules == [f"{lang}.meet.verb"]
    assert ev.confidence == 0.8
    assert facts.sentence(ev.sents[0]) == text


@pytest.mark.parametrize("lang,text", [
    ("de", "Kishida und Lawrow trafen sich am Montag in Moskau."),
    ("en", "Kishida and Lavrov met in Moscow on Monday."),
])
def test_weekday_resolved_against_publication(extract, lang, text):
    facts = extract(text, lang, "2016-12-20")                  # a Tuesday
    assert summary(facts) == [("Meeting", ["fumio-kishida", "sergey-lavrov"], "moscow",
                               "2016-12-19", "", "Happened")]


@pytest.mark.parametrize("lang,text,relative", [
    ("de", "Kishida und Lawrow trafen sich am Montag in Moskau.", "am Montag"),
    ("en", "Kishida and Lavrov met in Moscow on Monday.", "on Monday"),
])
def test_weekday_kept_relative_without_publication(extract, lang, text, relative):
    assert summary(extract(text, lang)) == [("Meeting", ["fumio-kishida", "sergey-lavrov"], "moscow",
                                             None, relative, "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kishida und Lawrow trafen sich am 2. November 2013 in der russischen Hauptstadt."),
    ("en", "Kishida and Lavrov met in the Russian capital on November 2, 2013."),
])
def test_capital_by_demonym(extract, lang, text):
    assert summary(extract(text, lang)) == [("Meeting", ["fumio-kishida", "sergey-lavrov"], "moscow",
                                             "2013-11-02", "", "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kishida telefonierte am 3. März 2022 mit Selenskyj."),
    ("en", "Kishida phoned Zelensky on March 3, 2022."),
])
def test_phone_call(extract, lang, text):
    assert summary(extract(text, lang)) == [("PhoneCall", ["fumio-kishida", "volodymyr-zelenskyy"], None,
                                             "2022-03-03", "", "Happened")]


# --- status -------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,iso", [
    ("en", "Abe will meet Putin in Vladivostok on September 5, 2019.", "2019-09-05"),
    ("de", "Abe und Putin wollen sich im September 2019 in Wladiwostok treffen.", "2019-09"),
    ("de", "Japan plant ein Treffen von Abe und Putin im September 2019 in Wladiwostok.", "2019-09"),
    ("en", "Japan plans a meeting of Abe and Putin in Vladivostok in September 2019.", "2019-09"),
])
def test_planned(extract, lang, text, iso):
    facts = extract(text, lang)
    [ev] = facts.events
    assert (ev.kind, ev.place, ev.date.iso, ev.status) == ("Meeting", "vladivostok", iso, "Planned")
    assert persons(facts, ev) == ["shinzo-abe", "vladimir-putin"]


def test_planned_month_without_year_lies_ahead(extract):
    facts = extract("Japan plant ein Treffen von Abe und Putin im September in Wladiwostok.", "de",
                    "2019-06-10")
    [ev] = facts.events
    assert (ev.status, ev.date) == ("Planned", TimeValue("2019-09", "month"))


def test_planned_cue_before_infinitive_clause(extract):
    [ev] = extract("Abe plant, im Mai 2020 Moskau zu besuchen.", "de").events
    assert (ev.kind, ev.status, ev.date) == ("Visit", "Planned", TimeValue("2020-05", "month"))


@pytest.mark.parametrize("lang,text", [
    ("de", "Japan und Russland wollen Gespräche führen."),
    ("en", "Japan and Russia want to hold talks."),
])
def test_intention_without_people_or_date_is_not_reported(extract, lang, text):
    assert extract(text, lang).events == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Das geplante Treffen von Abe und Putin in Moskau wurde abgesagt."),
    ("en", "The meeting between Abe and Putin in Moscow was cancelled."),
])
def test_cancelled(extract, lang, text):
    assert summary(extract(text, lang)) == [("Meeting", ["shinzo-abe", "vladimir-putin"], "moscow",
                                             None, "", "Cancelled")]


# --- what is not an event -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Abe has never met Putin in Vladivostok."),
    ("de", "Abe hat Putin nie in Wladiwostok getroffen."),
    ("de", "Abe und Putin haben nie ein Abkommen unterzeichnet."),
    ("en", "Abe did not meet Putin in Moscow."),
])
def test_negated_trigger_is_no_event(extract, lang, text):
    assert extract(text, lang).events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Abe and Putin never signed a peace treaty."),
    ("de", "Abe und Putin haben den Vertrag nie unterzeichnet."),
])
def test_negation_further_from_the_trigger(extract, lang, text):
    assert extract(text, lang).events == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Putin sagte: „Wir werden uns bald in Tokio mit Abe treffen.“"),
    ("en", "Putin said: “We will meet Abe in Tokyo soon.”"),
])
def test_trigger_inside_a_quote_is_no_event(extract, lang, text):
    facts = extract(text, lang)
    assert facts.events == []
    assert [s.speaker for s in facts.statements] == ["vladimir-putin"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Abe und Putin trafen sich regelmäßig in Moskau."),
    ("en", "Abe and Putin met repeatedly in Moscow."),
])
def test_series_is_no_single_event(extract, lang, text):
    assert extract(text, lang).events == []


# --- binding and coreference --------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Merkel begrüßte das Treffen zwischen Abe und Putin in Wladiwostok."),
    ("en", "Merkel welcomed the meeting between Abe and Putin in Vladivostok."),
])
def test_between_binds_actors_to_its_trigger(extract, lang, text):
    assert summary(extract(text, lang)) == [("Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok",
                                             None, "", "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Abe und Putin trafen sich am 5. September 2019 in Wladiwostok. Die Gespräche dauerten drei Stunden."),
    ("en", "Abe and Putin met in Vladivostok on September 5, 2019. The talks lasted three hours."),
])
def test_definite_reference_merges_into_earlier_event(extract, lang, text):
    facts = extract(text, lang)
    assert summary(facts) == [("Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok",
                               "2019-09-05", "", "Happened")]
    assert len(facts.events[0].sents) == 2
    assert len(facts.events[0].triggers) == 2


@pytest.mark.parametrize("lang,text", [
    ("de", "Abe und Putin trafen sich am 5. September 2019 in Wladiwostok. Dabei vereinbarten sie "
           "gemeinsame Projekte auf den Kurilen."),
    ("de", "Abe und Putin trafen sich am 5. September 2019 in Wladiwostok. Japan und Russland "
           "vereinbarten gemeinsame Projekte."),
    ("en", "Abe and Putin met in Vladivostok on September 5, 2019. Japan and Russia agreed on joint projects."),
])
def test_outcome_attaches_to_the_meeting(extract, lang, text):
    facts = extract(text, lang)
    [ev] = facts.events
    assert (ev.kind, ev.place, ev.date.iso) == ("Meeting", "vladivostok", "2019-09-05")
    assert persons(facts, ev) == ["shinzo-abe", "vladimir-putin"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kishida und Lawrow trafen sich in Moskau. Abe und Putin trafen sich in Wladiwostok."),
    ("en", "Kishida and Lavrov met in Moscow. Abe and Putin met in Vladivostok."),
])
def test_different_meetings_stay_apart(extract, lang, text):
    assert summary(extract(text, lang)) == [
        ("Meeting", ["fumio-kishida", "sergey-lavrov"], "moscow", None, "", "Happened"),
        ("Meeting", ["shinzo-abe", "vladimir-putin"], "vladivostok", None, "", "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Abe traf Merkel in Berlin. Die Gespräche zwischen Kishida und Putin fanden in Moskau statt."),
    ("en", "Abe met Merkel in Berlin. The talks between Kishida and Putin took place in Moscow."),
])
def test_definite_mention_with_other_people_is_a_new_event(extract, lang, text):
    assert summary(extract(text, lang)) == [
        ("Meeting", ["shinzo-abe", "angela-merkel"], "berlin", None, "", "Happened"),
        ("Talks", ["fumio-kishida", "vladimir-putin"], "moscow", None, "", "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Abe und Putin trafen sich in Brüssel vor dem Gipfel der NATO."),
    ("en", "Abe and Putin met in Brussels before the summit of NATO."),
])
def test_temporal_preposition_keeps_events_apart(extract, lang, text):
    """The summit the meeting came before takes none of its people or its place; alone,
    with neither place nor time, the organisation's summit is no event of the article."""
    facts = extract(text, lang)
    assert sorted(summary(facts)) == [
        ("Meeting", ["shinzo-abe", "vladimir-putin"], "brussels", None, "", "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Abe und Putin trafen sich in Brüssel vor dem NATO-Gipfel in Vilnius."),
    ("en", "Abe and Putin met in Brussels before the NATO summit in Vilnius."),
])
def test_temporal_preposition_keeps_a_placed_event_apart(extract, lang, text):
    facts = extract(text, lang)
    assert sorted(summary(facts)) == [
        ("Meeting", ["shinzo-abe", "vladimir-putin"], "brussels", None, "", "Happened"),
        ("Summit", ["nato"], "vilnius", None, "", "Happened")]


def test_temporal_preposition_with_modifier(extract):
    facts = extract("Abe and Stoltenberg met in Brussels before the NATO summit.", "en")
    assert sorted(summary(facts)) == [
        ("Meeting", ["shinzo-abe", "jens-stoltenberg"], "brussels", None, "", "Happened")]


# --- participants described by role -------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Japan und Russland führten Konsultationen. Die Außen- und Verteidigungsminister beider "
           "Länder kamen am 2. November 2013 in Tokio zusammen. Japan wurde vertreten durch Taro Kono "
           "und Itsunori Onodera, Russland durch Sergej Lawrow und Sergej Schoigu."),
    ("en", "Japan and Russia held consultations. The foreign and defence ministers of both countries "
           "met in Tokyo on November 2, 2013. Japan was represented by Taro Kono and Itsunori Onodera, "
           "Russia by Sergey Lavrov and Sergei Shoigu."),
])
def test_participants_described_by_role_are_resolved(extract, lang, text):
    facts = extract(text, lang)
    [ev] = facts.events
    assert (ev.place, ev.date.iso, ev.status) == ("tokyo", "2013-11-02", "Happened")
    assert set(persons(facts, ev)) == {"taro-kono", "itsunori-onodera", "sergey-lavrov", "sergei-shoigu"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Außen- und Verteidigungsminister beider Länder kamen in Tokio zusammen. Japan wurde "
           "vertreten durch Taro Kono und Itsunori Onodera, Russland durch Sergej Lawrow und Sergej Schoigu."),
    ("en", "The foreign and defence ministers of both countries met in Tokyo. Japan was represented "
           "by Taro Kono and Itsunori Onodera, Russia by Sergey Lavrov and Sergei Shoigu."),
])
def test_participants_named_after_the_event(extract, lang, text):
    facts = extract(text, lang)
    [ev] = facts.events
    assert (ev.kind, ev.place) == ("Meeting", "tokyo")
    assert set(persons(facts, ev)) == {"taro-kono", "itsunori-onodera", "sergey-lavrov", "sergei-shoigu"}


# --- known gaps ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "NATO-Generalsekretär Jens Stoltenberg besuchte Tokio."),
    ("en", "NATO Secretary General Jens Stoltenberg visited Tokyo."),
])
def test_visited_place(extract, lang, text):
    [ev] = extract(text, lang).events
    assert (ev.kind, ev.place) == ("Visit", "tokyo")


@pytest.mark.parametrize("lang,text", [
    ("de", "Schoigu, der russische Verteidigungsminister, traf Onodera."),
    ("en", "Lavrov, Russia's foreign minister, met Kono."),
])
def test_subject_with_apposition_is_an_actor(extract, lang, text):
    facts = extract(text, lang)
    [ev] = facts.events
    expected = ["sergei-shoigu", "itsunori-onodera"] if lang == "de" else ["sergey-lavrov", "taro-kono"]
    assert persons(facts, ev) == expected


@pytest.mark.parametrize("lang,text,iso", [
    ("en", "Abe will meet Putin in Moscow in May 2020.", "2020-05"),
    ("de", "Abe will Putin im Mai 2020 in Moskau treffen.", "2020-05"),
])
def test_month_may_is_not_theresa_may(extract, lang, text, iso):
    facts = extract(text, lang)
    assert "theresa-may" not in facts.entities
    assert summary(facts) == [("Meeting", ["shinzo-abe", "vladimir-putin"], "moscow", iso, "", "Planned")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Abe will im Mai 2020 nach Moskau reisen."),
    ("en", "Abe will travel to Moscow in June 2020."),
])
def test_travel_verbs(extract, lang, text):
    assert summary(extract(text, lang)) == [
        ("Visit", ["shinzo-abe"], "moscow", "2020-05" if lang == "de" else "2020-06", "", "Planned")]


# --- trigger lookup ---------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Beim Treffen in Tokio trafen sich die Minister. Sie setzten die Gespräche aus, "
           "kamen aber überein, das Abkommen zu prüfen. Ein Gipfel folgt."),
    ("en", "At the meeting in Tokyo the ministers met. They held talks at a news conference "
           "and signed an agreement; a summit follows."),
])
def test_one_word_triggers_found_as_the_matcher_finds_them(lang, text):
    """One-word triggers are looked up in a dict instead of run through spaCy's Matcher: the
    matches (and the rule chosen where two rules match the same words) stay the same."""
    from spacy.matcher import Matcher

    from diplograph.extract.pipeline import get_pipeline
    nlp = get_pipeline(lang)
    finder = nlp.get_pipe("diplograph_events")
    doc = nlp(text)
    finder._start_doc(doc)
    matcher = Matcher(nlp.vocab)
    for rec in finder.lex.triggers:
        matcher.add(rec["id"], [rec["pattern"]])
    plain, taken = [], set()
    for key, s, e in sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
        if not taken & set(range(s, e)):
            plain.append((nlp.vocab.strings[key], s, e))
            taken.update(range(s, e))
    found = [(nlp.vocab.strings[key], s, e) for key, s, e in finder._triggers(doc)]
    assert found == plain
    assert len(found) >= 5
    assert len(finder.triggers._opened) + len(finder.triggers._anywhere) < len(finder.lex.triggers)
    assert finder.triggers._single                                  # some rules became lookups
