"""What someone is likely to do, threatens, promises, decides or does something for, in both
languages, with sentences written for this test: such an act is planned (or decided, and so
done), never told as happened; a German infinitive or purpose clause takes its actors and
its plan cues from the clause it hangs on, and the time of that clause is the saying's, not
the plan's. Words that only look like a meeting ("betreffen", "Eintreffen") are none, and
what happened "zuletzt" is background."""
from __future__ import annotations

import pytest

PUBLISHED = "2023-05-10"


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz is likely to meet Macron in Paris on Friday."),
    ("en", "Scholz is poised to visit Paris on Friday."),
    ("en", "Scholz is certain to meet Macron in Paris on Friday."),
    ("de", "Scholz dürfte Macron am Freitag in Paris treffen."),
    ("de", "Scholz wird Macron voraussichtlich am Freitag in Paris treffen."),
    ("de", "Scholz erklärte, er freue sich auf das Treffen mit Macron am Freitag in Paris."),
    ("de", "Scholz besteht auf einem Treffen mit Macron in Paris am Freitag."),
    ("en", "Scholz insists on a meeting with Macron in Paris on Friday."),
])
def test_a_likely_or_awaited_meeting_is_planned(extract, lang, text):
    events = extract(text, lang, published=PUBLISHED).events
    assert events and all(e.status == "Planned" for e in events), [(e.kind, e.status) for e in events]
    assert any(e.date is not None and e.date.iso == "2023-05-12" for e in events)


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz threatened on Monday to impose sanctions on Russia."),
    ("en", "Scholz vowed on Monday to impose sanctions on Russia."),
    ("en", "Scholz is working with Macron in order to impose sanctions on Russia."),
    ("de", "Scholz drohte am Montag, Sanktionen gegen Russland zu verhängen."),
    ("de", "Scholz versprach am Montag, Sanktionen gegen Russland zu verhängen."),
])
def test_a_threat_or_a_promise_is_no_act(extract, lang, text):
    events = extract(text, lang, published=PUBLISHED).events
    assert all(e.status == "Planned" for e in events), [(e.kind, e.status) for e in events]
    assert all(e.date is None for e in events)          # Monday is when it was said


def test_a_german_threat_takes_its_actors_from_the_clause_it_hangs_on(extract):
    [ev] = extract("Scholz drohte am Montag, Sanktionen gegen Russland zu verhängen.", "de",
                   published=PUBLISHED).events
    assert (ev.kind, set(ev.actors)) == ("Sanction", {"olaf-scholz", "russia"})


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada arbeitet mit Brasilien zusammen, um Sanktionen gegen Russland vorzubereiten."),
    ("de", "Kanada arbeitet mit Brasilien zusammen, um Sanktionen gegen Russland zu verhängen."),
    ("en", "Canada is working with Brazil in order to impose sanctions on Russia."),
])
def test_sanctions_an_act_is_done_for_are_not_imposed(extract, lang, text):
    assert [e for e in extract(text, lang, published=PUBLISHED).events if e.status == "Happened"] == []


def test_a_purpose_clause_leaves_what_it_presupposes(extract):
    events = extract("Kanadische Kampfjets gaben am Montag Warnschüsse ab, um ein brasilianisches Flugzeug "
                     "aus ihrem eigenen Luftraum zu vertreiben.", "de", published=PUBLISHED).events
    assert sorted((ev.kind, ev.status, ev.date.iso) for ev in events) == [
        ("AirspaceViolation", "Happened", "2023-05-08"), ("Interception", "Happened", "2023-05-08")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada beschloss am Montag, Sanktionen gegen Russland zu verhängen."),
    ("de", "Kanada hat am Montag beschlossen, Sanktionen gegen Russland zu verhängen."),
    ("en", "Canada decided on Monday to impose sanctions on Russia."),
])
def test_deciding_sanctions_imposes_them_on_their_target(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, set(ev.actors), ev.date.iso) == ("Sanction", "Happened", {"canada", "russia"},
                                                                  "2023-05-08")


@pytest.mark.parametrize("text", [
    "Die neuen Regeln betreffen Kanada und Brasilien.",
    "Die Exporte Kanadas nach Brasilien übertreffen die Erwartungen.",
    "Kurz vor seinem Eintreffen in Kanada sagte Macron, es gebe keinen Streit.",
])
def test_words_that_only_look_like_a_meeting_are_none(extract, text):
    assert extract(text, "de", published=PUBLISHED).events == []


def test_what_happened_zuletzt_is_background(extract):
    [ev] = extract("Zuletzt führten Scholz und Macron im März in Lyon Gespräche über den Handel.", "de",
                   published=PUBLISHED).events
    assert (ev.kind, ev.prior, ev.date.iso) == ("Talks", True, "2023-03")
    events = extract("Zuletzt hatten Scholz und Macron im März am Rande eines Nato-Gipfels in Paris miteinander "
                     "Gespräche geführt.", "de", published=PUBLISHED).events
    assert [(e.prior, e.date.iso, e.place) for e in events] == [(True, "2023-03", "paris")]   # one, all of it


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanada beschloss am Montag, zwei brasilianische Diplomaten auszuweisen."),
    ("en", "Canada decided on Monday to expel two Brazilian diplomats."),
])
def test_deciding_an_expulsion_expels(extract, lang, text):
    [ev] = extract(text, lang, published=PUBLISHED).events
    assert (ev.kind, ev.status, ev.actors, ev.targets, ev.date.iso) == (
        "Expulsion", "Happened", ["canada", "brazil"], ["brazil"], "2023-05-08")


@pytest.mark.parametrize("text", [
    "Kanada erwägt, zwei brasilianische Diplomaten auszuweisen.",
    "Kanada forderte Brasilien am Montag auf, zwei russische Diplomaten auszuweisen.",
])
def test_a_german_infinitive_with_zu_inside_hangs_on_its_clause(extract, text):
    assert [e.status for e in extract(text, "de", published=PUBLISHED).events] in ([], ["Planned"])


@pytest.mark.parametrize("lang,text", [
    ("en", "Ottawa and Brasilia say they are committed to a state visit to Ottawa by Olaf Scholz."),
    ("en", "Canada commits to talks with Brazil in Ottawa next month."),
    ("de", "Kanada und Brasilien verpflichteten sich zu einem Besuch von Präsident Olaf Scholz in Ottawa."),
])
def test_a_commitment_to_a_visit_or_talks_is_a_plan(extract, lang, text):
    events = extract(text, lang, published=PUBLISHED).events
    assert events and all(e.status == "Planned" for e in events), [(e.kind, e.status) for e in events]
