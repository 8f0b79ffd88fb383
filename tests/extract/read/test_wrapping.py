"""Hard-wrapped paragraphs, with texts written for this test: the breaks inside a wrapped
paragraph are spaces to the pipeline (a title and its name, one sentence), every offset
stays, and text written one paragraph per line or with short header lines is left alone."""
from __future__ import annotations

from diplograph.extract import extract_article
from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article
from diplograph.extract.read.wrapping import unwrap_lines

WRAPPED = ("Wire Service\nBack to index\nChile fires missile over Brazil\n\n"
           "Chile fired a ballistic missile early on Tuesday that flew over the\n"
           "southern tip of Brazil before falling into the Atlantic, in a new test\n"
           "of its range, the defence ministry in Brasilia said on the same day.\n\n"
           "In a teleconference after the missile launch, Prime Minister\n"
           "Shinzo Abe and U.S. President Donald Trump agreed the latest launch\n"
           "makes it clear that now is not the right time for dialogue with Chile\n"
           "and that it is necessary to increase pressure, an official said.\n")


def test_breaks_inside_a_wrapped_paragraph_become_spaces_one_for_one():
    out = unwrap_lines(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert "Prime Minister Shinzo Abe" in out and "over the southern tip" in out
    assert out.startswith("Wire Service\nBack to index\nChile fires missile over Brazil\n\n")
    assert "said on the same day.\n\nIn a teleconference" in out


def test_one_paragraph_per_line_is_left_alone():
    text = "".join(f"Paragraph {i} tells of talks between Canada and Brazil in Ottawa on Monday.\n"
                   for i in range(6))
    assert unwrap_lines(text) == text


def test_a_wrapped_title_and_name_give_the_role_and_the_sentence_its_call():
    facts = extract_article(Article("w", WRAPPED, "en", published=parse_iso("2017-08-29")))
    assert ("shinzo-abe", "prime-minister", "japan") in {(r.person, r.role, r.org) for r in facts.roles}
    assert ("Meeting", ["shinzo-abe", "donald-trump"]) in [(e.kind, e.actors) for e in facts.events]


def test_a_dateline_first_line_joins_its_paragraph_and_a_headline_does_not():
    text = ("Chile and Brazil agree on command upgrade\n"
            "SANTIAGO — President Gabriel Muster met Brazilian President Luiz Inacio\n"
            "Lula da Silva at the palace on Wednesday, and the two leaders agreed to\n"
            "upgrade the command of their joint forces, officials said after the\n"
            "meeting in the capital.\n")
    out = unwrap_lines(text)
    assert "Luiz Inacio Lula da Silva" in out and out.startswith("Chile and Brazil agree on command upgrade\n")
