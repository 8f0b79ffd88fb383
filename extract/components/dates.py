"""``diplograph_dates``: temporal expressions of the text, see :mod:`diplograph.extract.dates`.

Reads the publication date from ``doc._.dg_published`` (a :class:`~diplograph.extract.dates.TimeValue`
or None) and writes ``doc._.dg_dates``, a list of :class:`~diplograph.extract.dates.DateMention`
(without the publication stamp that opens a text: it is when the article appeared). When the
publication day is unknown, weekdays and relative dates are resolved against the day the lead
names both as a date and by its weekday, which goes to ``doc._.dg_anchor``
(:func:`~diplograph.extract.anchoring.anchor_dates`); "the next day" is the day after the
one named before it (:func:`~diplograph.extract.anchoring.day_anaphors`).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.extract.anchoring import anchor_dates, day_anaphors
from diplograph.extract.dates import find_dates
from diplograph.extract.read.metadata import is_stamp
from diplograph.extract.components.columns import doc_text


class DateFinder:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        text, published = doc_text(doc), doc._.dg_published
        dates = find_dates(text, self.lang, published)
        if dates and published is not None and dates[0].value is not None and is_stamp(text, dates[0].start) \
                and (dates[0].value == published or dates[0].value.contains(published)):
            dates = dates[1:]            # the header's publication stamp dates no event (nor its
                                         # month, "date 2019-12", when the day is known elsewhere)
        dates, doc._.dg_anchor = anchor_dates(text, self.lang, dates, published)
        doc._.dg_dates = day_anaphors(dates, self.lang, published, text)    # "the next day": after the day before
        return doc


@Language.factory("diplograph_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp.lang)
