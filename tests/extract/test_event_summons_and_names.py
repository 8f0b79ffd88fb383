"""An envoy summoned "for a meeting", and German nouns beside a known surname: sentences
written for this test, in both languages.

- "has been summoned for a meeting", "zu einem Gespräch einbestellt", "bestellte sie zu einem
  Gespräch ein": the meeting is the summons, no gathering of its own;
- "summoned ambassador X ... X told reporters after meeting with Y": the envoy's meeting with
  the one who summoned him is the summons, and says where it was;
- "traf seinen alten Freund Putin", "will Xi Gespräche führen": "Freund" and "Gespräche" are
  nouns, not a given name of someone other than the known Putin and Xi.
"""
from __future__ import annotations

import pytest

DAY = "2023-09-18"          # a Monday


@pytest.mark.parametrize("lang,text", [
    ("en", "Ambassador Jo Beispiel has been summoned for a meeting on Sunday, the ministry said."),
    ("de", "Botschafterin Jo Beispiel wurde am Sonntag zu einem Gespräch ins Außenministerium einbestellt."),
    ("de", "Das Ministerium bestellte die Botschafterin am Sonntag zu einem Gespräch ein."),
])
def test_a_meeting_an_envoy_is_summoned_to_is_the_summons(extract, lang, text):
    assert [ev.kind for ev in extract(text, lang, published=DAY).events if ev.kind in ("Meeting", "Talks")] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Macron met Scholz for talks in Berlin on Sunday."),
    ("de", "Macron traf Scholz am Sonntag zu einem Gespräch in Berlin."),
])
def test_a_meeting_for_talks_is_held(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.actors, ev.place) == ("Meeting", ["emmanuel-macron", "olaf-scholz"], "berlin")


@pytest.mark.parametrize("text,key", [
    ("Der Präsident traf am Sonntag seinen alten Freund Putin in Moskau.", "vladimir-putin"),
    ("Xi Jinping ist in Moskau eingetroffen. Drei Tage lang will Xi Gespräche führen.", "xi-jinping"),
])
def test_a_german_noun_beside_a_known_surname_is_no_given_name(extract, text, key):
    facts = extract(text, "de", published=DAY)
    assert key in facts.entities and not [k for k in facts.entities if k.startswith("new:Person")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Japanese Foreign Minister Seiji Maehara summoned Russian ambassador Mikhail Bely on Monday. "
           "\"It is Russia's domestic issue,\" Bely told reporters after meeting with Maehara in Tokyo."),
    ("de", "Außenminister Seiji Maehara bestellte am Montag den russischen Botschafter Michail Bely ein. "
           "Bely sagte nach dem Treffen mit Maehara in Tokio, es sei eine innere Angelegenheit Russlands."),
])
def test_the_meeting_of_the_summoned_envoy_with_who_summoned_him_is_the_summons(extract, lang, text):
    [ev] = extract(text, lang, published="2010-11-01").events
    assert (ev.kind, ev.date.iso, ev.place) == ("Protest", "2010-11-01", "tokyo")
    assert "seiji-maehara" in ev.actors


@pytest.mark.parametrize("text", [
    "Wu Jianghao told reporters after meeting Kamikawa in Tokyo that the talks were useful.",
    "Lavrov said after meeting Kishida in Moscow that the talks were useful.",
])
def test_who_speaks_after_meeting_someone_met_them(extract, text):
    [ev] = extract(text, "en", published="2023-08-01").events
    assert ev.kind == "Meeting" and len(ev.actors) == 2 and ev.place in ("tokyo", "moscow")
