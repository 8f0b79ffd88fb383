"""Near-duplicate detection: copies of one story all point at its first print, and the
index holds only articles that are not copies."""
from __future__ import annotations

from diplograph.extract.read.dedupe import BANDS, NearDuplicates, _shingles

STORY = ("Japans Außenminister traf am Montag in Brüssel den Generalsekretär der NATO zu Gesprächen "
         "über die Sicherheit im Indopazifik, die Lage in der Ukraine und gemeinsame Manöver im "
         "Herbst. Beide Seiten vereinbarten engere Zusammenarbeit bei der Cyberabwehr. ")


def _variant(n: int) -> str:
    return STORY + f"Die Agentur meldete die Meldung als Fassung {n} um {n % 24} Uhr."


def test_every_copy_points_at_the_first_print_and_only_it_is_indexed():
    index = NearDuplicates()
    assert index.add("first", _variant(0)) is None
    found = [index.add(f"copy{n}", _variant(n)) for n in range(1, 60)]
    assert {hit[0] for hit in found} == {"first"}
    assert list(index.shingles) == ["first"]
    assert sum(len(keys) for keys in index.buckets.values()) == BANDS      # one entry per band


def test_similarity_is_the_jaccard_of_the_word_shingles():
    index = NearDuplicates(threshold=0.5)
    a, b = _variant(1), _variant(2)
    index.add("a", a)
    sa, sb = _shingles(a), _shingles(b)
    assert index.add("b", b) == ("a", round(len(sa & sb) / len(sa | sb), 2))


def test_different_stories_are_not_duplicates():
    index = NearDuplicates()
    index.add("a", STORY)
    other = ("Russlands Präsident empfing in Moskau den chinesischen Staatschef; beide sprachen über "
             "Energie, Handel und eine neue Pipeline durch die Mongolei bis zum Jahr 2030.")
    assert index.add("b", other) is None
    assert sorted(index.shingles) == ["a", "b"]


def test_copies_just_above_the_threshold_are_all_found():
    # each copy shares about 0.83 of its shingles with the first print: with 8 bands of 4
    # rows about one in 170 such copies was never compared with it
    index = NearDuplicates()
    index.add("first", _variant(0))
    assert [n for n in range(1, 1500) if index.add(f"copy{n}", _variant(n)) is None] == []
