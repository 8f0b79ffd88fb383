"""What a speaker says in a direct quote is their story: an event told outside the quote
takes no party from it ("'I want talks with X,' Y said before leaving for the visit" is not
X's visit), unless the quote is the title of what the event's trigger names ("signed the
'Agreement between X and Y'"). A weekday after "through" ends a span ("a visit through
Saturday"), like "until" and "bis": it does not date the event. A place named before the
departure a visit follows ("briefed journalists in Berlin before departing on a visit") is
where the trip began; whom a speaker briefs on the talks took no part; the second name of a
pair's compound ("Trump-Putin Alaska summit") takes no given name after it. Sentences written
for this test."""
from __future__ import annotations

import pytest

from diplograph.extract import extract_article
from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article


def events(text: str, lang: str, published: str = "2024-07-12") -> list[tuple]:
    facts = extract_article(Article("t", text, lang, published=parse_iso(published)))
    return [(e.kind, set(map(str, e.actors)), e.date.iso if e.date else None) for e in facts.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Kishida in Tokyo on Monday and spoke of a “clear signal to Russia.”"),
    ("de", "Scholz traf am Montag in Tokio Kishida und sprach von einem „klaren Signal an Russland“."),
])
def test_a_country_a_quote_names_is_no_party_of_the_meeting_told_outside_it(lang, text):
    assert events(text, lang) == [("Meeting", {"olaf-scholz", "fumio-kishida"}, "2024-07-08")]


def test_the_people_a_speaker_hopes_to_meet_do_not_make_the_visit_theirs():
    text = ("“I look forward to candid talks with Prime Minister Narendra Modi,” Chancellor Olaf Scholz said in "
            "Berlin before leaving for the two-day visit.")
    assert not [ev for ev in events(text, "en", "2018-10-25") if "narendra-modi" in ev[1]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Foreign Minister Yoko Kamikawa and Ambassador Hans Quastenberg signed the “Agreement on Mutual "
           "Supply between Japan and Germany” in Tokyo, Kyodo reported."),
    ("de", "Außenministerin Yoko Kamikawa und Botschafter Hans Quastenberg unterzeichneten in Tokio das "
           "„Abkommen über gegenseitige Versorgung zwischen Japan und Deutschland“, berichtete Kyodo."),
])
def test_a_quoted_title_of_the_agreement_keeps_its_sides(lang, text):
    [(kind, actors, _)] = events(text, lang)
    assert kind == "Agreement" and {"japan", "germany", "yoko-kamikawa"} <= actors


@pytest.mark.parametrize("lang,text,day", [
    ("en", "Chancellor Olaf Scholz flew out of Berlin on a two-day trip to Indonesia through Saturday.", "2024-07-12"),
    ("en", "President Emmanuel Macron arrived in Jakarta on Wednesday for a four-day state visit through Saturday.",
     "2024-07-10"),
    ("de", "Präsident Emmanuel Macron reiste am Montag zu einem viertägigen Staatsbesuch bis Donnerstag nach Jakarta.",
     "2024-07-08"),
])
def test_the_last_day_of_a_trip_does_not_date_it(lang, text, day):
    assert [(kind, when) for kind, _, when in events(text, lang)] == [("Visit", day)]


def test_the_place_a_traveller_departs_from_is_not_the_visits():
    text = "Chancellor Olaf Scholz briefed journalists in Berlin before departing on a two-day visit to India."
    [(kind, actors, _)] = events(text, "en", "2018-10-25")
    [visit] = extract_article(Article("t", text, "en", published=parse_iso("2018-10-25"))).events
    assert (kind, "olaf-scholz" in actors, visit.place) == ("Visit", True, "india")


@pytest.mark.parametrize("lang,text", [
    ("en", "Trump met Putin in Anchorage on Friday. He called the talks very productive and said he would brief "
           "Ukrainian President Volodymyr Zelensky and NATO allies on the discussions."),
    ("de", "Trump traf Putin am Freitag in Anchorage. Er nannte die Gespräche produktiv und sagte, er werde den "
           "ukrainischen Präsidenten Selenskyj und die Nato-Verbündeten über die Gespräche unterrichten."),
])
def test_whom_a_speaker_briefs_on_the_talks_took_no_part(lang, text):
    assert [(kind, actors) for kind, actors, _ in events(text, lang, "2025-08-16")] == [
        ("Meeting", {"donald-trump", "vladimir-putin"})]


@pytest.mark.parametrize("text", ["No deal in Trump-Putin Alaska summit", "Biden-Xi Woodside meeting ends with a pledge"])
def test_the_second_name_of_a_pairs_compound_takes_no_given_name_after_it(text):
    [(_, actors, _)] = events(text, "en", "2025-08-16")
    assert len(actors) == 2 and not [a for a in actors if a.startswith("new:")]


def test_a_short_epithet_in_quotes_names_its_person():
    text = "Putin empfing am Montag seinen „lieben Freund Xi Jinping“ im Kreml."
    assert [(kind, actors) for kind, actors, _ in events(text, "de")] == [
        ("Meeting", {"vladimir-putin", "xi-jinping"})]


def test_drills_held_through_a_day_keep_it():
    assert events("China held military drills around Taiwan through Thursday.", "en") == [
        ("MilitaryExercise", {"china"}, "2024-07-11")]


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Zelensky will brief Biden and Scholz in a video call on Tuesday about the situation at the front.",
     {"volodymyr-zelenskyy", "joe-biden", "olaf-scholz"}),
    ("de", "Scholz hat am Montag in Peking Xi getroffen und will anschließend Biden über die Gespräche informieren.",
     {"olaf-scholz", "xi-jinping"}),
])
def test_whom_a_speaker_briefs_in_a_call_or_after_a_meeting(lang, text, parties):
    found = events(text, lang)
    assert parties in [actors for _, actors, _ in found]


def test_a_date_before_the_occasion_a_meeting_was_held_at_stays_the_meetings():
    found = events("Xi attended the May 9 parade in Moscow and met Putin.", "en", "2024-05-12")
    assert ("Meeting", "2024-05-09") in [(kind, when) for kind, _, when in found]
