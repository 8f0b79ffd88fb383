"""Reading: files, folders, globs and standard input in, plain
:class:`~diplograph.extract.model.Article` records out (text normalised, metadata from
headers, sidecars, JSON records and HTML pages; exact and near duplicates found).

- :mod:`~diplograph.extract.read.reader`: paths to articles, every bad input named.
- :mod:`~diplograph.extract.read.records`: JSON and JSON Lines records.
- :mod:`~diplograph.extract.read.html`: the main text and metadata of HTML pages.
- :mod:`~diplograph.extract.read.metadata`: title, date and outlet from a text's header.
- :mod:`~diplograph.extract.read.dedupe`: exact and near duplicates.
"""
