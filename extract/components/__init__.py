"""The project's spaCy pipeline components, one per module, registered by name.

Importing this package registers the factories and the ``Doc._`` extensions they write:

- ``diplograph_sentencizer``: spaCy's sentencizer, deciding over token hashes;
- ``diplograph_paragraphs``: sentence boundaries at line breaks (headlines, paragraphs);
- ``diplograph_ner_labels``: a pretrained NER's labels mapped to the project's kinds;
- ``diplograph_kb_ruler``: spaCy's EntityRuler over the knowledge base's names;
- ``diplograph_titled_persons``: people not in the KB, named after a title or role word;
- ``diplograph_namesakes``: KB names linked only where the article supports them;
- ``diplograph_unknown_names``: people, places and organisations the KB lacks, by their shape;
- ``diplograph_spellings``: a full name in another spelling of a KB person's name;
- ``diplograph_office_surnames``: "President Bush": the KB person of that surname then in office;
- ``diplograph_surnames``: a surname alone names the person named in full before;
- ``diplograph_divided_halves``: "the North", "the South" for the two Koreas once named;
- ``diplograph_shared_heads``: "Nord- und Südkorea", "North and South Korea": both names;
- ``diplograph_dates``: temporal expressions, resolved against the publication date;
- ``diplograph_demonyms``: adjectives and demonyms pointing to a country;
- ``diplograph_roles``: who holds which role for which country or organisation;
- ``diplograph_events``: meetings, talks, summits and other events with actors, place, date;
- ``diplograph_quotes``: direct quotes and indirect speech with their speakers;
- ``diplograph_figures``: amounts of money, their unit and what they measure.
"""
from spacy.tokens import Doc

for _name, _default in (("dg_published", None), ("dg_dates", None), ("dg_demonyms", None),
                        ("dg_roles", None), ("dg_role_mentions", None), ("dg_events", None),
                        ("dg_quotes", None), ("dg_figures", None), ("dg_anchor", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

from diplograph.extract.components import (dates, demonyms, divided_halves, events, figures, kb_ruler, namesakes,  # noqa: E402
               ner_labels, office_surnames, paragraphs, quotes, role_words, roles, sentencizer, shared_heads, spellings, surnames,
               titled_persons, unknown_names)  # noqa: E402,F401
