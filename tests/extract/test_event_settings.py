"""Where a speaker spoke and what a speaker recalls: sentences written for this test, in
both languages.

- a speech verb with a particle ("stellte fest, dass", "wies darauf hin", "pointed out
  that") is a speech verb: its speaker is the other side of the call told after it;
- "said at a forum", "sagte am Mittwoch beim Forum": the speaker is at the forum, and the
  day of the saying is the forum's;
- forums and conferences are gatherings ("Wirtschaftsforum", "economic forum"), not so a
  press conference;
- "said on Wednesday in a phone call with", "sagte am Mittwoch in einem Telefonat mit": the
  call is of the day of speaking, not of a time in what was said;
- "spoke to the press after the phone call": a bare definite event noun after "after" is the
  event told before, not background.
"""
from __future__ import annotations

import pytest


DAY = "2021-06-04"          # a Friday


def events_of(facts, kind):
    return [e for e in facts.events if e.kind == kind]


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida pointed out that his phone call with Xi Jinping in May had been useful."),
    ("de", "Kishida stellte fest, dass das Telefonat mit Xi Jinping im Mai nützlich gewesen sei."),
    ("de", "Kishida wies darauf hin, dass sein Telefonat mit Xi Jinping im Mai nützlich gewesen sei."),
])
def test_the_speaker_of_a_particle_verb_is_the_other_side_of_the_call(extract, lang, text):
    [call] = events_of(extract(text, lang, published=DAY), "PhoneCall")
    assert sorted(call.actors) == ["fumio-kishida", "xi-jinping"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Xi Jinping said on Wednesday at an economic forum in Osaka that trade must grow."),
    ("de", "Das betonte Xi Jinping am Mittwoch beim Wirtschaftsforum in Osaka."),
])
def test_who_speaks_at_a_forum_is_there_on_the_day_of_speaking(extract, lang, text):
    [forum] = events_of(extract(text, lang, published=DAY), "Meeting")
    assert "xi-jinping" in forum.actors and forum.place == "osaka" and forum.date.iso == "2021-06-02"


@pytest.mark.parametrize("lang,text", [
    ("en", "Xi Jinping said that trade must grow, Chinese media reported."),
    ("de", "Xi Jinping sagte, der Handel müsse wachsen, berichteten chinesische Medien."),
])
def test_a_speaker_without_a_setting_is_no_gathering(extract, lang, text):
    assert events_of(extract(text, lang, published=DAY), "Meeting") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida told a press conference in Osaka on Wednesday that trade must grow."),
    ("de", "Kishida sagte am Mittwoch auf einer Pressekonferenz in Osaka, der Handel müsse wachsen."),
])
def test_a_press_conference_is_no_forum(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert events_of(facts, "Meeting") == [] and len(events_of(facts, "PressConference")) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida spoke with Xi Jinping by phone on Tuesday. Kishida spoke to the press after the "
           "phone call and said the talks were useful."),
    ("de", "Kishida telefonierte am Dienstag mit Xi Jinping. Kishida sagte nach dem Telefonat, die "
           "Gespräche seien nützlich gewesen."),
])
def test_the_call_after_which_one_spoke_is_the_call_told(extract, lang, text):
    [call] = events_of(extract(text, lang, published=DAY), "PhoneCall")
    assert not call.prior and call.date.iso == "2021-06-01" and len(call.sents) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida spoke with Xi Jinping by phone on Tuesday, after he had a phone call with Moon Jae-in."),
    ("de", "Kishida telefonierte am Dienstag mit Xi Jinping, nachdem er mit Moon Jae-in telefoniert hatte."),
])
def test_the_pronoun_of_an_after_clause_is_the_main_clauses_subject(extract, lang, text):
    """The call the clause tells is the sentence's opening person's, and not dated Tuesday."""
    calls = events_of(extract(text, lang, published=DAY), "PhoneCall")
    assert sorted((c.prior, tuple(c.actors), c.date and c.date.iso) for c in calls) == [
        (False, ("fumio-kishida", "xi-jinping"), "2021-06-01"), (True, ("fumio-kishida", "moon-jae-in"), None)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida spoke with Xi Jinping by phone on Tuesday, after a phone call with Moon Jae-in."),
    ("de", "Kishida telefonierte am Dienstag mit Xi Jinping, nachdem er mit Moon Jae-in telefoniert hatte."),
])
def test_a_call_after_which_with_its_own_partner_is_background(extract, lang, text):
    calls = events_of(extract(text, lang, published=DAY), "PhoneCall")
    assert sorted(c.prior for c in calls) == [False, True]


# --- what was agreed or intended -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida and Xi Jinping agreed to meet in December."),
    ("de", "Kishida und Xi Jinping vereinbarten, sich im Dezember zu treffen."),
])
def test_an_infinitive_is_a_plan_with_its_own_month(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    [meeting] = events_of(facts, "Meeting")
    [agreement] = events_of(facts, "Agreement")
    assert (meeting.status, meeting.date.iso) == ("Planned", "2021-12")
    assert agreement.status == "Happened" and agreement.date.iso == DAY


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida became the first Japanese leader to visit Kyiv in March."),
    ("en", "Kishida managed to meet Xi Jinping in March."),
    ("de", "Kishida war im März der erste Regierungschef, dem es gelang, Kiew zu besuchen."),
])
def test_an_infinitive_after_the_first_or_managed_happened(extract, lang, text):
    assert all(e.status == "Happened" for e in extract(text, lang, published=DAY).events
               if e.kind in ("Visit", "Meeting"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan and Russia signed an agreement on Monday to regulate fishing."),
    ("de", "Japan und Russland unterzeichneten am Montag ein Abkommen, um die Fischerei zu regeln."),
])
def test_the_day_of_a_signing_stays_before_its_purpose(extract, lang, text):
    [agreement] = events_of(extract(text, lang, published=DAY), "Agreement")
    assert agreement.date.iso == "2021-05-31"


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Macron at the summit in Paris on Monday."),
    ("de", "Scholz traf Macron beim Gipfel in Paris am Montag."),
])
def test_the_place_of_the_summit_met_at_is_the_meetings(extract, lang, text):
    [ev] = extract(text, lang, published="2023-07-27").events
    assert (ev.place, ev.date.iso, ev.actors) == ("paris", "2023-07-24", ["olaf-scholz", "emmanuel-macron"])


def test_the_gathering_met_at_in_a_since_clause_is_background():
    from diplograph.extract.pipeline import get_pipeline
    doc = get_pipeline("en")("It was their first meeting in half a year since both met at the three-nation leaders "
                             "meeting in Ottawa in late November.")
    assert [(m.trigger_text, m.prior, m.place) for m in doc._.dg_events] == [
        ("meeting", False, None), ("met", True, None), ("meeting", True, "ottawa")]


def test_officials_in_a_city_who_meet_are_there(extract):
    [ev] = extract("Officials in Ottawa met Brazilian diplomats on Monday.", "en", published="2023-05-20").events
    assert (ev.kind, ev.place) == ("Meeting", "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("de", "Kishida sagte am Mittwoch in einem Telefonat mit Xi Jinping, er wolle Peking noch in diesem Jahr besuchen."),
    ("de", "Kishida sagte am Mittwoch in einem kurzen Telefonat mit Xi Jinping, er werde Peking noch in diesem "
           "Jahr besuchen."),
    ("en", "Kishida said on Wednesday in a brief phone call with Xi Jinping that he would visit Beijing this year."),
])
def test_a_call_one_speaks_in_is_of_the_day_of_speaking_not_of_what_was_said(extract, lang, text):
    [call] = events_of(extract(text, lang, published=DAY), "PhoneCall")
    assert sorted(call.actors) == ["fumio-kishida", "xi-jinping"] and call.date.iso == "2021-06-02"


@pytest.mark.parametrize("lang,text", [
    ("en", "Kishida said on Wednesday in a statement on his planned meeting with Xi Jinping that it would take "
           "place in July."),
    ("de", "Kishida sagte am Mittwoch in einer Erklärung zu seinem Treffen mit Xi Jinping, dieses werde im Juli "
           "stattfinden."),
])
def test_guard_a_statement_one_speaks_in_does_not_date_the_meeting_it_is_about(extract, lang, text):
    [meeting] = events_of(extract(text, lang, published=DAY), "Meeting")
    assert meeting.date.iso.endswith("-07")


@pytest.mark.parametrize("lang,text,iso", [
    ("en", "Kishida said on Friday in talks with Xi Jinping on Monday that the two sides agreed on a plan.",
     "2021-05-31"),
    ("de", "Kishida sagte am Freitag in einem Telefonat mit Xi Jinping am Dienstag, man habe über Handel gesprochen.",
     "2021-06-01"),
])
def test_guard_a_time_of_the_gathering_spoken_in_is_its_own(extract, lang, text, iso):
    [ev] = [ev for ev in extract(text, lang, published=DAY).events if ev.kind in ("Talks", "PhoneCall")]
    assert ev.date.iso == iso
