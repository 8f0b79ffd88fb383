"""Articles from crawled HTML: main text and metadata with trafilatura, boilerplate dropped.

>>> page = ("<html><head><title>T</title><meta name='author' content='Anna Muster'></head><body>"
...         "<nav>Home | Politik</nav><article><p>Russlands Außenminister Sergej Lawrow traf am "
...         "Montag in Tokio Japans Außenminister Fumio Kishida zu langen Gesprächen.</p></article>"
...         "<footer>Impressum</footer></body></html>")
>>> text, meta = html_article(page.encode())
>>> text.startswith("Russlands Außenminister"), "Impressum" in text, meta["author"]
(True, False, 'Anna Muster')
"""
from __future__ import annotations

import trafilatura

__all__ = ["html_article", "HTML_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def html_article(data: bytes | str) -> tuple[str, dict]:
    """The main text of an HTML page and its metadata (title, date, author, outlet, url).

    The text is empty when the page holds no article (only navigation or boilerplate).
    """
    doc = trafilatura.bare_extraction(data, with_metadata=True, favor_precision=True,
                                      include_comments=False, include_tables=False)
    if doc is None:
        return "", {}
    found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    meta = {"title": found.get("title"), "date": found.get("date"), "author": found.get("author"),
            "source": found.get("sitename") or found.get("hostname"), "url": found.get("url"),
            "lang": found.get("language")}
    return found.get("text") or "", {k: v for k, v in meta.items() if isinstance(v, str) and v}
