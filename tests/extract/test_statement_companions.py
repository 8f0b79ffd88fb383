"""The speaker of reported speech is not the person someone met: sentences written for this
test, in both languages.

- "After his meeting with Lavrov, Blinken said ...", "Nach dem Treffen mit Lawrow sagte
  Blinken, ...": the person after "with"/"mit" is a companion, and the one next to the speech
  verb speaks;
- "Lavrov said after talks with Blinken that ...": the speaker before the verb stays.
"""
from __future__ import annotations

import pytest

DAY = "2022-01-21"


def _speakers(extract, text, lang):
    return [s.speaker for s in extract(text, lang, published=DAY).statements]


@pytest.mark.parametrize("lang,text", [
    ("en", "After his meeting with Lavrov, Blinken said the talks had been frank."),
    ("en", "Following the talks with Russian Foreign Minister Sergei Lavrov, Blinken told reporters that "
           "progress had been made."),
    ("de", "Nach dem Treffen mit Lawrow sagte Blinken, die Gespräche seien offen gewesen."),
    ("de", "Nach seinem Gespräch mit dem russischen Außenminister Sergej Lawrow erklärte Blinken, es habe "
           "Fortschritte gegeben."),
])
def test_the_person_met_is_not_the_speaker(extract, lang, text):
    assert _speakers(extract, text, lang) == ["antony-blinken"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Lavrov said after talks with Blinken that progress had been made."),
    ("de", "Lawrow sagte nach Gesprächen mit Blinken, es habe Fortschritte gegeben."),
])
def test_the_speaker_before_the_verb_stays(extract, lang, text):
    assert _speakers(extract, text, lang) == ["sergey-lavrov"]
