"""An act the narrator tells in the past perfect ("Chile had expelled two diplomats", "Chile
hatte ... ausgewiesen") came before the news: even in the lead it takes neither the
publication day nor the lead's mark. Said by its doer ("Chile said it had expelled ...") it is
the news, dated as before. Sentences written for this test."""
from __future__ import annotations

import pytest

DAY = "2021-06-04"          # a Friday


def _expulsions(extract, text, lang):
    return [(sorted(e.actors), e.date.iso if e.date else None, e.lead)
            for e in extract(text, lang, published=DAY).events if e.kind == "Expulsion"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Chile recalled its envoy from Lima on Thursday. Chile had expelled two Peruvian diplomats."),
    ("en", "Chile recalled its envoy from Lima on Thursday. Chile had earlier expelled two Peruvian diplomats."),
    ("de", "Chile rief am Donnerstag seinen Botschafter aus Lima zurück. Chile hatte zwei peruanische "
           "Diplomaten ausgewiesen."),
])
def test_an_act_told_in_the_past_perfect_takes_no_publication_day(extract, lang, text):
    assert _expulsions(extract, text, lang) == [(["chile", "peru"], None, False)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Chile said it had expelled two Peruvian diplomats."),
    ("en", "Chile expelled two Peruvian diplomats."),
    ("de", "Chile teilte mit, es habe zwei peruanische Diplomaten ausgewiesen."),
])
def test_the_news_itself_keeps_the_publication_day(extract, lang, text):
    assert _expulsions(extract, text, lang) == [(["chile", "peru"], DAY, True)]
