"""diplograph.graph.fusion.resolve on real extractions of hand-written articles: a surname
alone follows a person only when nobody else of the corpus or the knowledge base bears it, or
when the knowledge base's person is named in full three times as often as any namesake."""
from __future__ import annotations

import pytest

from diplograph.extract import extract_article
from diplograph.extract.model import Article
from diplograph.graph.fusion.fuse import fuse


def people(*articles) -> dict[str, set]:
    facts = [extract_article(Article(f"a{n}", text, lang)) for n, (lang, text) in enumerate(articles)]
    fused = fuse(facts)
    return {f.article.id: {k for k, e in f.entities.items() if e.kind == "Person"} for f in fused.articles}


@pytest.mark.parametrize("lang,full,bare", [
    ("en", "Yohei Kono met students in Osaka. Kono said they were bright.", "Kono said the talks were useful."),
    ("de", "Yohei Kono traf Studenten in Osaka. Kono sagte, sie seien klug.",
     "Kono sagte, die Gespräche seien nützlich gewesen."),
])
def test_a_bare_surname_another_person_of_the_corpus_bears_links_to_nobody(lang, full, bare):
    found = people((lang, full), (lang, bare))
    assert found["a0"] == {"new:Person:Yohei Kono"}
    assert found["a1"] == {"new:Person:Kono"}


@pytest.mark.parametrize("lang,bare", [
    ("en", "Kono said the talks were useful."),
    ("de", "Kono sagte, die Gespräche seien nützlich gewesen."),
])
def test_a_bare_surname_nobody_else_bears_keeps_its_link(lang, bare):
    assert people((lang, "Kishida met Lavrov in Tokyo."), (lang, bare))["a1"] == {"taro-kono"}


def test_a_contested_surname_a_kb_person_bears_joins_no_full_name():
    found = people(("en", "Hiroshi Kishida, a fisherman, met officials in Nemuro."),
                   ("en", "Kishida said the quota was low."))
    assert found["a0"] == {"new:Person:Hiroshi Kishida"} and found["a1"] == {"new:Person:Kishida"}


def test_a_surname_the_kb_person_dominates_keeps_its_link():
    many = [("en", f"Taro Kono met students in {city} on Monday.") for city in ("Osaka", "Kyoto", "Tokyo")]
    found = people(*many, ("en", "Yohei Kono met students in Osaka."), ("en", "Kono said the talks were useful."))
    assert found["a4"] == {"taro-kono"} and found["a3"] == {"new:Person:Yohei Kono"}


def test_a_surname_the_kb_person_does_not_dominate_stays_contested():
    found = people(("en", "Taro Kono met students in Osaka on Monday."), ("en", "Yohei Kono met students in Osaka."),
                   ("en", "Kono said the talks were useful."))
    assert found["a2"] == {"new:Person:Kono"}



def test_two_people_whose_hyphenated_given_names_differ_in_order_stay_two():
    found = people(("en", "South Korean diplomat Kang Min-seok met Olaf Scholz in Seoul on Monday."),
                   ("en", "South Korean diplomat Kang Jun-min met Olaf Scholz in Seoul on Monday."))
    assert found["a0"] != found["a1"]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_name_written_with_a_hyphen_and_with_a_space_is_one_person(lang):
    found = people(("en", "South Korean President Kang Min-seok met Olaf Scholz in Seoul on Monday."),
                   (lang, "President Kang Min Seok met Olaf Scholz in Seoul on Monday." if lang == "en"
                    else "Präsident Kang Min Seok traf am Montag Olaf Scholz in Seoul."))
    assert found["a0"] == found["a1"] and len(found["a0"]) == 2


def test_names_whose_parts_split_elsewhere_stay_two():
    found = people(("en", "South Korean President Li Na-yeon met Olaf Scholz in Seoul on Monday."),
                   ("en", "President Lina Yeon met Olaf Scholz in Seoul on Monday."))
    assert found["a0"] != found["a1"]


@pytest.mark.parametrize("lang,with_initial,without", [
    ("en", "US Ambassador Peter K. Lindqvist met officials in Berlin.", "Peter Lindqvist said the talks were useful."),
    ("de", "US-Botschafter Peter K. Lindqvist traf Beamte in Berlin.",
     "Der US-Botschafter Peter Lindqvist sagte, die Gespräche seien nützlich gewesen."),
])
def test_a_name_with_and_without_its_middle_initial_is_one_person(lang, with_initial, without):
    found = people((lang, with_initial), (lang, without))
    assert found["a0"] == found["a1"] == {"new:Person:Peter K. Lindqvist"}


def test_guard_a_name_two_sets_of_initials_go_with_stays_apart_from_both():
    found = people(("en", "US Ambassador Peter K. Lindqvist met officials in Berlin."),
                   ("en", "US Ambassador Peter J. K. Lindqvist met officials in Bonn."),
                   ("en", "US Ambassador Peter Lindqvist met officials in Hamburg."))
    assert [found[a] for a in ("a0", "a1", "a2")] == [
        {"new:Person:Peter K. Lindqvist"}, {"new:Person:Peter J. K. Lindqvist"}, {"new:Person:Peter Lindqvist"}]
