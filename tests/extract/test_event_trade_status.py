"""Taking a trade privilege from a state is a sanction (CAMEO 163, an embargo's kin): striking it
from an export "white list" or a list of trusted partners ("removed X from its white list",
"strich X aus der weißen Liste", "von seiner weißen Liste gestrichen") and revoking its
preferential or most-favoured-nation status ("revoked X's most-favoured-nation status",
"entzog X den Meistbegünstigungsstatus"). Lists of other things, and the status only spoken
of, are none. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2019-08-03"          # a Saturday


def _sanctions(extract, text, lang):
    return [(sorted(e.actors), e.date.iso if e.date else None, e.status)
            for e in extract(text, lang, published=DAY).events if e.kind == "Sanction"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan on Friday removed South Korea from its white list of trusted trading partners."),
    ("en", "Japan struck South Korea from its whitelist on Friday."),
    ("en", "Japan dropped South Korea from the list of its most trusted trade partners on Friday."),
    ("de", "Japan hat Südkorea am Freitag von seiner weißen Liste vertrauenswürdiger Handelspartner gestrichen."),
    ("de", "Japan strich Südkorea am Freitag aus der \"weißen Liste\"."),
    ("de", "Japan strich Südkorea am Freitag aus der Liste der bevorzugten Handelspartner."),
])
def test_striking_a_state_from_a_trusted_list_sanctions_it(extract, lang, text):
    assert _sanctions(extract, text, lang) == [(["japan", "south-korea"], "2019-08-02", "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada revoked Russia's most-favoured-nation trade status on Friday."),
    ("en", "Canada stripped Russia of its preferential trade status on Friday."),
    ("de", "Kanada entzog Russland am Freitag den Status der Meistbegünstigung."),
    ("de", "Kanada hat Russland am Freitag den Meistbegünstigungsstatus entzogen."),
    ("de", "Kanada entzog Russland am Freitag den Status einer bevorzugten Handelsnation."),
])
def test_revoking_a_preferential_trade_status_sanctions_the_state(extract, lang, text):
    assert _sanctions(extract, text, lang) == [(["canada", "russia"], "2019-08-02", "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The aide was removed from the White House press office on Friday."),
    ("en", "The United States removed Cuba from its list of state sponsors of terrorism on Friday."),
    ("en", "He said the most-favoured-nation status had helped trade for years."),
    ("de", "Der Minister wurde am Freitag von der Rednerliste gestrichen."),
])
def test_other_lists_and_a_status_spoken_of_are_no_sanction(extract, lang, text):
    assert _sanctions(extract, text, lang) == []
