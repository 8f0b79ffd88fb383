"""diplograph.extract.read.reader: decoding, bad input, language detection and metadata of article files."""
from __future__ import annotations

import json

import pytest

from diplograph.extract import extract_article

from diplograph.extract.dates import TimeValue
from diplograph.extract.read.reader import READ_WARNING, collect_inputs, detect_language, read_article, read_articles
from diplograph.ontology.errors import InputError

DE = ("Der japanische Außenminister reiste am Dienstag nach Moskau. Über die Kurilen "
      "wurde nicht gesprochen, sagte er später in Tokio.")
EN = "The Japanese foreign minister said that the talks with Russia were held in Tokyo and that they would continue."
FR = ("Le ministre japonais des affaires étrangères est arrivé à Moscou pour une visite "
      "avec le président et les ministres dans la capitale.")


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoded", [
    DE.encode("utf-8"),
    b"\xef\xbb\xbf" + DE.encode("utf-8"),
    DE.encode("utf-16"),
    b"\xfe\xff" + DE.encode("utf-16-be"),
    DE.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16", "utf16-be", "cp1252"])
def test_encodings_decode_to_the_same_text(tmp_path, encoded):
    path = write(tmp_path, "kono-moskau.txt", encoded)
    art = read_article(path)
    assert art.text == DE
    assert "Außenminister" in art.text and "Über" in art.text
    assert (art.id, art.lang, art.path) == ("kono-moskau", "de", str(path))


def test_text_is_normalised(tmp_path):
    raw = "Der Außenminister u\u0308ber Japan traf\u00a0Lawrow.\r\nDie Ge\u00adspräche dauerten lange und es war nicht leicht."
    art = read_article(write(tmp_path, "n.txt", raw.encode("utf-8")))
    assert art.text == "Der Außenminister über Japan traf Lawrow.\nDie Gespräche dauerten lange und es war nicht leicht."


@pytest.mark.parametrize("raw,lang,person", [
    ("The league turned up the pressure on President Emmanuel\u00a0 Macron on Saturday.", "en", "emmanuel-macron"),
    ("Die Liga erhöhte am Samstag den Druck auf Präsident Emmanuel  Macron und seine Regierung.", "de",
     "emmanuel-macron"),
])
def test_a_run_of_spaces_inside_a_name_is_one_space_and_the_name_is_known(tmp_path, raw, lang, person):
    art = read_article(write(tmp_path, "s.txt", raw.encode("utf-8")))
    assert "  " not in art.text and person in extract_article(art).entities


def test_guard_a_gap_after_a_header_date_is_kept(tmp_path):
    raw = "Canada and Brazil hold talks\n28 May 2017    Read: 857\nCanada and Brazil held talks on Monday."
    art = read_article(write(tmp_path, "h.txt", raw.encode("utf-8")))
    assert "2017    Read" in art.text and art.published == TimeValue("2017-05-28", "day")


def test_english_article(tmp_path):
    art = read_article(write(tmp_path, "en.md", EN.encode()))
    assert art.lang == "en"
    assert art.title == EN[:200]
    assert art.published is None


@pytest.mark.parametrize("name,data,problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\r\n   \n", "empty file"),
    ("binary.txt", b"PK\x03\x04\x00\x00\x08\x00" * 64, "binary file (contains NUL bytes)"),
    ("controls.txt", ("\x01\x02\x03\x04" * 50 + DE).encode(), "binary file (mostly control characters)"),
])
def test_unusable_files_raise_input_error(tmp_path, name, data, problem):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert info.value.path == str(path)
    assert problem in info.value.problem
    assert str(path) in str(info.value) and problem in str(info.value)


def test_oversize_file(tmp_path):
    path = write(tmp_path, "big.txt", (DE * 5).encode())
    with pytest.raises(InputError) as info:
        read_article(path, max_bytes=100)
    assert info.value.path == str(path)
    assert "too large" in info.value.problem and "limit 100" in info.value.problem
    assert read_article(path).lang == "de"          # the default limit accepts it


def test_missing_file(tmp_path):
    with pytest.raises(InputError) as info:
        read_article(tmp_path / "nope.txt")
    assert "cannot read" in info.value.problem
    assert str(tmp_path / "nope.txt") in str(info.value)


def test_unsupported_language_names_it(tmp_path):
    path = write(tmp_path, "fr.txt", FR.encode())
    with pytest.raises(InputError) as info:
        read_article(path)
    assert "'fr'" in str(info.value)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("text,lang", [(DE, "de"), (EN, "en"), (FR, "fr"), ("1234 5678", "unknown"),
                                       ("Tokio Moskau", "unknown")])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_metadata_from_dateline(tmp_path):
    text = "Kono reist nach Moskau | News | DW | 02.11.2013\n\n" + DE
    art = read_article(write(tmp_path, "dw.txt", text.encode()))
    assert art.title == "Kono reist nach Moskau"
    assert art.outlet == "DW"
    assert art.published == TimeValue("2013-11-02", "day")


def test_metadata_from_date_line(tmp_path):
    text = "date 2022-06 Kishida reist zum Gipfel nach Madrid\n\n" + DE
    art = read_article(write(tmp_path, "d.txt", text.encode()))
    assert art.title == "Kishida reist zum Gipfel nach Madrid"
    assert art.published == TimeValue("2022-06", "month")
    assert art.outlet == ""


def test_title_without_metadata_is_first_line(tmp_path):
    art = read_article(write(tmp_path, "t.txt", ("Kishida in Madrid\n\n" + DE).encode()))
    assert art.title == "Kishida in Madrid"
    assert art.published is None


def test_collect_inputs(tmp_path):
    (tmp_path / "sub").mkdir()
    a = write(tmp_path, "a.txt", DE.encode())
    b = write(tmp_path / "sub", "b.md", EN.encode())
    c = write(tmp_path / "sub", "c.json", b"{}")
    write(tmp_path / "sub", "d.png", b"\x89PNG")
    write(tmp_path, "a.json", b'{"title": "sidecar of a.txt"}')
    files, errors = collect_inputs([tmp_path, a, tmp_path / "missing"])
    assert files == [a, b, c]
    assert len(errors) == 1 and errors[0].path == str(tmp_path / "missing")
    assert "no such file" in errors[0].problem


# --- damaged text that is still text (#25) -----------------------------------------------------
def test_a_few_bad_bytes_keep_utf8_with_a_warning(tmp_path):
    good = DE.encode("utf-8")
    cut = good.index(b"Moskau")
    art = read_article(write(tmp_path, "damaged.txt", good[:cut] + b"\xff" + good[cut:]))
    assert art.text == DE[:DE.index("Moskau")] + "\ufffd" + DE[DE.index("Moskau"):]
    assert "Außenminister" in art.text and "Über" in art.text        # not read as a code page
    assert art.extra[READ_WARNING] == "not valid UTF-8: 1 invalid byte sequence replaced by U+FFFD"


def test_a_legacy_encoded_file_is_no_damaged_utf8(tmp_path):
    art = read_article(write(tmp_path, "latin.txt", (DE + " Grüße aus Köln.").encode("cp1252")))
    assert art.text == DE + " Grüße aus Köln." and READ_WARNING not in art.extra


def test_nul_bytes_inside_text_are_replaced_one_for_one(tmp_path):
    text = DE.replace("Moskau.", "Moskau.\x00\x00")
    art = read_article(write(tmp_path, "nul.txt", text.encode("utf-8")))
    assert art.lang == "de" and art.text.count("\x00") == 2          # kept as read ...
    from diplograph.extract.model import clean_text
    assert clean_text(art.text) == DE.replace("Moskau.", "Moskau.\ufffd\ufffd")   # ... and replaced for RDF


@pytest.mark.parametrize("name,data", [
    ("deep.json", "[" * 5000 + "]" * 5000),
    ("deep-text.json", '{"text": ' + "[" * 5000 + "]" * 5000 + "}"),
    ("deep.jsonl", json.dumps({"text": DE}) + "\n" + "[" * 5000 + "]" * 5000 + "\n"),
])
def test_json_nested_too_deeply_is_an_input_error(tmp_path, name, data):
    path = write(tmp_path, name, data.encode())
    articles, errors = read_articles(path)
    assert [e.problem for e in errors] == ["malformed JSON: nested too deeply (a record is an object of text and metadata)"]
    assert [a.text for a in articles] == ([DE] if name.endswith(".jsonl") else [])
