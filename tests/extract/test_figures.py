"""Amounts of money through the real pipeline: value, unit, what they measure, who said them.

Hand-written sentences (not taken from data/samples); every value is an exact Decimal.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

D = Decimal


def claims(facts) -> list:
    return [(f.text, f.value, f.unit, f.measures) for f in facts.figures]


# --- values, units and separators -------------------------------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Der Handel zwischen Japan und Russland erreichte 2021 rund 24,5 Milliarden Euro.",
     [("24,5 Milliarden Euro", D("24500000000"), "EUR", "trade")]),
    ("de", "Japan sagte der Ukraine rund 3 Mio. Euro an Hilfe zu.",
     [("3 Mio. Euro", D("3000000"), "EUR", "aid")]),
    ("de", "Die japanischen Investitionen auf Sachalin beliefen sich auf 1.200 Millionen Yen.",
     [("1.200 Millionen Yen", D("1200000000"), "JPY", "investment")]),
    ("de", "Die Verteidigungsausgaben steigen auf 1.250,5 Millionen Euro.",
     [("1.250,5 Millionen Euro", D("1250500000"), "EUR", "defence spending")]),
    ("de", "Russland verlor nach eigenen Angaben 300 Mrd. Dollar an eingefrorenen Reserven.",
     [("300 Mrd. Dollar", D("300000000000"), "USD", "")]),
    ("de", "Tokio zahlt 1 Milliarde Euro.",
     [("1 Milliarde Euro", D("1000000000"), "EUR", "")]),
    ("de", "2023 lag der Handel nur noch bei 1,2 Billionen Yen.",
     [("1,2 Billionen Yen", D("1200000000000"), "JPY", "trade")]),
    ("de", "Japan stellt 5,5 Milliarden US-Dollar bereit.",
     [("5,5 Milliarden US-Dollar", D("5500000000"), "USD", "")]),
    ("de", "Der Warenaustausch erreichte 8 Milliarden Yen (rund 50 Millionen Euro).",
     [("8 Milliarden Yen", D("8000000000"), "JPY", "trade"),
      ("50 Millionen Euro", D("50000000"), "EUR", "trade")]),
    ("en", "Bilateral trade totaled $33 billion (24.4 billion euros) last year.",
     [("$33 billion", D("33000000000"), "USD", "trade"),
      ("24.4 billion euros", D("24400000000"), "EUR", "trade")]),
    ("en", "Japan pledged €5bn in aid to Ukraine.",
     [("€5bn", D("5000000000"), "EUR", "aid")]),
    ("en", "Tokyo will put 500 million dollars into defence spending.",
     [("500 million dollars", D("500000000"), "USD", "defence spending")]),
    ("en", "Japanese exports to Russia fell to 1,250.5 million dollars.",
     [("1,250.5 million dollars", D("1250500000"), "USD", "exports")]),
    ("en", "Japan's defense budget rose to 6.8 trillion yen.",
     [("6.8 trillion yen", D("6800000000000"), "JPY", "defence spending")]),
    ("en", "Trade fell 12% to 1.5 trillion yen in 2023.",
     [("1.5 trillion yen", D("1500000000000"), "JPY", "trade")]),
    ("en", "Japan provided a loan of $1.5m.",
     [("$1.5m", D("1500000"), "USD", "")]),
])
def test_amounts_values_units_and_measures(extract, lang, text, expected):
    assert claims(extract(text, lang)) == expected


@pytest.mark.parametrize("lang,text,value", [
    ("de", "Der Handel erreichte 1.500 Millionen Euro.", D("1500000000")),       # thousands point
    ("de", "Der Handel erreichte 1,5 Milliarden Euro.", D("1500000000")),        # decimal comma
    ("de", "Der Handel erreichte 12.345.678 Euro.", D("12345678")),
    ("en", "Trade reached 1,500 million euros.", D("1500000000")),               # thousands comma
    ("en", "Trade reached 1.5 billion euros.", D("1500000000")),                 # decimal point
    ("en", "Trade reached 12,345,678 euros.", D("12345678")),
])
def test_decimal_and_thousands_separators_follow_the_language(extract, lang, text, value):
    [claim] = extract(text, lang).figures
    assert (claim.value, claim.unit, claim.measures) == (value, "EUR", "trade")


def test_claim_offsets_and_sentence_point_into_the_text(extract):
    text = "Japan und Russland trafen sich in Tokio. Der Handel erreichte 24,5 Milliarden Euro."
    facts = extract(text, "de")
    [claim] = facts.figures
    assert text[claim.start:claim.end] == "24,5 Milliarden Euro"
    assert facts.sentence(claim.sent) == "Der Handel erreichte 24,5 Milliarden Euro."
    assert claim.speaker is None


# --- not money ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("de", "Im Jahr 2022 trafen sich die Minister im 2+2-Format; der Anteil stieg um 24 Prozent."),
    ("de", "Seit 1956 haben 16.000 Soldaten an 3 Manövern teilgenommen, 2,5 Prozent mehr als 2019."),
    ("de", "Am 24.02.2022 begann der Krieg, und Milliarden Euro flossen ab."),
    ("en", "In 2022 the ministers met in the 2+2 format; the share rose 24 percent to 1,500 tonnes."),
    ("en", "Since 1956, 16,000 troops took part in 3 drills, 2.5 per cent more than in 2019."),
    ("en", "On 24 February 2022 the war began and billions of dollars left Russia."),
])
def test_numbers_that_are_not_money_give_no_claim(extract, lang, text):
    assert extract(text, lang).figures == []


# --- who said it --------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,speaker", [
    ("de", "Kishida sagte, der Handel habe 20 Milliarden Euro erreicht.", "fumio-kishida"),
    ("de", "Lawrow sagte, der Warenaustausch sei auf 2 Milliarden Dollar gefallen.", "sergey-lavrov"),
    ("de", "„Der Handel erreichte 20 Milliarden Euro“, sagte Kishida.", "fumio-kishida"),
    ("en", "Kishida said that trade had reached 20 billion euros.", "fumio-kishida"),
    ("en", "\"Trade reached 20 billion euros,\" Kishida said.", "fumio-kishida"),
    pytest.param("en", "Kishida said trade had reached 20 billion euros.", "fumio-kishida"),
    pytest.param("en", "NATO Secretary General Jens Stoltenberg said defence spending rose by "
                       "$350 billion.", "jens-stoltenberg"),
])
def test_speaker_of_indirect_or_direct_speech_in_the_same_sentence(extract, lang, text, speaker):
    [claim] = extract(text, lang).figures
    expected = D("350000000000") if "$350" in text else D("20000000000") if "20 " in text \
        else D("2000000000")
    assert claim.value == expected
    assert claim.measures == ("defence spending" if "defence" in text else "trade")
    assert claim.speaker == speaker


def test_speaker_is_only_taken_from_the_same_sentence(extract):
    text = "Kishida sagte, die Gespräche seien gut gewesen. Der Handel erreichte 20 Milliarden Euro."
    [claim] = extract(text, "de").figures
    assert claim.speaker is None


# --- known gaps -----------------------------------------------------------------------------

def test_iso_code_before_the_number(extract):
    assert claims(extract("Japan provided USD 2 billion and EUR 300 million in aid.", "en")) == [
        ("USD 2 billion", D("2000000000"), "USD", "aid"),
        ("EUR 300 million", D("300000000"), "EUR", "aid")]


def test_hyphenated_german_compound_amount(extract):
    assert [(f.value, f.unit) for f in extract(
        "Das 24,5-Milliarden-Euro-Hilfspaket wurde gebilligt.", "de").figures] == [
        (D("24500000000"), "EUR")]


def test_measure_word_inside_an_unrelated_word_en(extract):
    assert claims(extract("It is important that Japan pledged $5 billion in aid.", "en")) == [
        ("$5 billion", D("5000000000"), "USD", "aid")]


def test_measure_word_inside_an_unrelated_word_de(extract):
    assert claims(extract("Handelsminister Nishimura kündigte Hilfen von 2 Milliarden Euro an.",
                          "de")) == [("2 Milliarden Euro", D("2000000000"), "EUR", "aid")]
