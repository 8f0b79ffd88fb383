"""A call of one person with a list of others is one call with each (sentences written for
this test, through the real pipeline)."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import event_rows


@pytest.mark.parametrize("lang,text,date", [
    ("de", "Biden telefonierte am Donnerstag mit Yoshihide Suga, Moon Jae-in und Scott Morrison.", "2020-11-12"),
    ("en", "Joe Biden spoke by phone on Thursday with Yoshihide Suga, Moon Jae-in and Scott Morrison.",
     "2020-11-12"),
    ("en", "Yoshihide Suga, Moon Jae-in and Scott Morrison held phone calls with Joe Biden on Thursday.",
     "2020-11-12"),
])
def test_a_call_with_a_list_is_one_call_with_each(extract, lang, text, date):
    rows = event_rows(extract(text, lang, "2020-11-13"))
    assert sorted(rows) == [("PhoneCall", "Happened", ["joe-biden", p], date)
                            for p in ("moon-jae-in", "scott-morrison", "yoshihide-suga")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Joe Biden held a joint call on Thursday with Yoshihide Suga and Scott Morrison."),
    ("de", "Biden sprach am Donnerstag in einer Videokonferenz mit Yoshihide Suga und Scott Morrison."),
])
def test_guard_a_joint_call_stays_one(extract, lang, text):
    rows = event_rows(extract(text, lang, "2020-11-13"))
    assert len(rows) == 1 and {"joe-biden", "scott-morrison", "yoshihide-suga"} <= set(rows[0][2])


@pytest.mark.parametrize("lang,text", [
    ("en", "Joe Biden held a video call with Yoshihide Suga and Scott Morrison on Thursday."),
    ("en", "Yoshihide Suga and Scott Morrison spoke by phone with Joe Biden on Thursday."),
    ("de", "Suga und Morrison telefonierten am Donnerstag in einer Dreierschalte mit Joe Biden."),
])
def test_guard_a_video_call_or_callers_with_one_partner_stay_one_call(extract, lang, text):
    rows = event_rows(extract(text, lang, "2020-11-13"))
    assert len(rows) == 1 and {"joe-biden", "scott-morrison", "yoshihide-suga"} <= set(rows[0][2])
