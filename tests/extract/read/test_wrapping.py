"""Hard-wrapped paragraphs, with texts written for this test: the breaks inside a wrapped
paragraph are spaces to the pipeline (a title and its name, one sentence), every offset
stays (also a break before the paragraph's last line that starts with a name), and text written
one paragraph per line or with short header lines is left alone."""
from __future__ import annotations

from diplograph.extract import extract_article
from diplograph.extract.dates import parse_iso
from diplograph.extract.model import Article
from diplograph.extract.read.wrapping import unwrap_lines

WRAPPED = ("Wire Service\nBack to index\nChile tests rocket off its coast\n\n"
           "Chile test-fired a medium-range rocket on Tuesday morning, and the\n"
           "defence ministry in Brasilia said it came down in the Atlantic some\n"
           "300 kilometres east of the coast, well outside Brazilian waters.\n\n"
           "During a telephone call late that same afternoon, Prime Minister\n"
           "Shinzo Abe and U.S. President Donald Trump said the test showed that\n"
           "new talks with Chile would be pointless for now and that pressure\n"
           "must grow, according to a government spokesman in Tokyo.\n")


def test_breaks_inside_a_wrapped_paragraph_become_spaces_one_for_one():
    out = unwrap_lines(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert "Prime Minister Shinzo Abe" in out and "and the defence ministry" in out
    assert out.startswith("Wire Service\nBack to index\nChile tests rocket off its coast\n\n")
    assert "Brazilian waters.\n\nDuring a telephone call" in out


def test_one_paragraph_per_line_is_left_alone():
    text = "".join(f"Paragraph {i} tells of talks between Canada and Brazil in Ottawa on Monday.\n"
                   for i in range(6))
    assert unwrap_lines(text) == text


def test_a_wrapped_title_and_name_give_the_role():
    facts = extract_article(Article("w", WRAPPED, "en", published=parse_iso("2017-08-29")))
    assert ("shinzo-abe", "prime-minister", "japan") in {(r.person, r.role, r.org) for r in facts.roles}


def test_a_dateline_first_line_joins_its_paragraph_and_a_headline_does_not():
    text = ("Chile and Brazil agree on command upgrade\n"
            "SANTIAGO — President Gabriel Muster met Brazilian President Luiz Inacio\n"
            "Lula da Silva at the palace on Wednesday, and the two leaders agreed to\n"
            "upgrade the command of their joint forces, officials said after the\n"
            "meeting in the capital.\n")
    out = unwrap_lines(text)
    assert "Luiz Inacio Lula da Silva" in out and out.startswith("Chile and Brazil agree on command upgrade\n")


def test_a_name_broken_before_the_paragraphs_last_line_is_joined():
    text = ("Chile tests rocket off its coast\n\n"
            "\"Brazil strongly condemns this launch and Chile's refusal to heed calls\n"
            "for restraint from its neighbours in the region,\" government spokesman Jo\n"
            "Muster said in a statement.\n\n"
            "Chile test-fired a medium-range rocket on Tuesday morning, and the\n"
            "defence ministry in Brasilia said it came down in the Atlantic some\n"
            "300 kilometres east of the coast, well outside Brazilian waters.\n")
    out = unwrap_lines(text)
    assert "spokesman Jo Muster said" in out and out.startswith("Chile tests rocket off its coast\n\n")


def test_guard_a_schedule_after_wrapped_prose_keeps_its_lines():
    text = ("Chile tests rocket off its coast\n\n"
            "The two ministers agreed on the following schedule for their talks\n"
            "over the coming week, according to a paper shown to journalists.\n"
            "Tuesday: Chile and Brazil meet in Santiago for a first round of talks\n"
            "Wednesday: the Brazilian minister visits Lima ahead of the summit there\n"
            "Thursday: both ministers travel to Quito for a meeting with Ecuador\n")
    out = unwrap_lines(text)
    assert "talks\nWednesday: the Brazilian" in out and "there\nThursday: both" in out


def test_guard_a_list_item_that_ends_its_paragraph_stays_a_line_of_its_own():
    text = ("Chile tests rocket off its coast\n\n"
            "Die Minister einigten sich am Montag in Santiago auf mehrere Punkte,\n"
            "darunter auf strengere Kontrollen an den Grenzen der beiden Länder und\n"
            "auf mehr Geld für die Fischerei, wie ein Sprecher der Regierung sagte,\n"
            "und zwar in dieser Reihenfolge:\n"
            "Strengere Kontrollen an den Grenzen zu Peru und zu Bolivien im Norden\n"
            "Mehr Geld für die Fischerei.\n")
    assert "im Norden\nMehr Geld" in unwrap_lines(text)
