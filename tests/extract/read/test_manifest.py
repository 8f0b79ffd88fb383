"""diplograph.extract.read.manifest: a corpus folder's index.tsv / index.csv gives each file's metadata."""
from __future__ import annotations

import json

from diplograph.extract.read.reader import READ_WARNING, collect_inputs, read_article

EN = "Norway and Chile held talks in Oslo on Monday, the two foreign ministries said."
STAMPED = "OSLO, March 4, 2015 (Agency) - " + EN


def _folder(tmp_path, index_name: str, index_text: str, **texts):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / index_name).write_text(index_text, encoding="utf-8")
    return tmp_path


def test_a_tsv_row_gives_date_url_title_and_language(tmp_path):
    folder = _folder(tmp_path, "index.tsv",
                     "file\tlang\turl\tdate\ttitle\tsummary\n"
                     "a.txt\ten\thttps://example.org/news/a\t2022-03-21\tTalks in Oslo\tnot read\n", **{"a.txt": EN})
    art = read_article(folder / "a.txt")
    assert (art.published.iso, art.url, art.title, art.lang) == ("2022-03-21", "https://example.org/news/a",
                                                                  "Talks in Oslo", "en")
    assert "summary" not in art.extra


def test_the_row_wins_over_the_text_and_the_sidecar_over_the_row(tmp_path):
    folder = _folder(tmp_path, "index.tsv", "file\tdate\na.txt\t2015-03-05\nb.txt\t2015-03-05\n",
                     **{"a.txt": STAMPED, "b.txt": STAMPED})
    (folder / "b.json").write_text(json.dumps({"date": "2015-03-06"}), encoding="utf-8")
    assert read_article(folder / "a.txt").published.iso == "2015-03-05"
    assert read_article(folder / "b.txt").published.iso == "2015-03-06"


def test_a_month_in_the_row_and_a_csv_manifest(tmp_path):
    folder = _folder(tmp_path, "index.csv", "filename,date,url\nsub.txt,2016-11,https://example.org/x\n",
                     **{"sub.txt": EN})
    art = read_article(folder / "sub.txt")
    assert (art.published.iso, art.published.precision, art.url) == ("2016-11", "month", "https://example.org/x")


def test_a_date_only_in_the_rows_address_is_taken(tmp_path):
    folder = _folder(tmp_path, "index.tsv", "file\turl\na.txt\thttps://example.org/2019/07/23/patrol\n",
                     **{"a.txt": EN})
    assert read_article(folder / "a.txt").published.iso == "2019-07-23"


def test_a_file_without_a_row_keeps_what_its_text_says(tmp_path):
    folder = _folder(tmp_path, "index.tsv", "file\tdate\nother.txt\t2020-01-01\n", **{"a.txt": STAMPED})
    assert read_article(folder / "a.txt").published.iso == "2015-03-04"


def test_a_manifest_without_a_file_column_is_left_out_with_a_warning_naming_it(tmp_path):
    folder = _folder(tmp_path, "index.tsv", "document\tdate\na.txt\t2020-01-01\n", **{"a.txt": STAMPED})
    art = read_article(folder / "a.txt")
    assert art.published.iso == "2015-03-04"
    assert "index.tsv" in art.extra[READ_WARNING] and "no file column" in art.extra[READ_WARNING]
    assert "'document'" in art.extra[READ_WARNING]


def test_a_manifest_is_no_article(tmp_path):
    folder = _folder(tmp_path, "index.tsv", "file\tdate\na.txt\t2020-01-01\n", **{"a.txt": EN})
    files, errors = collect_inputs([folder])
    assert [f.name for f in files] == ["a.txt"] and errors == []


def test_an_edited_manifest_is_read_again(tmp_path):
    folder = _folder(tmp_path, "index.tsv", "file\tdate\na.txt\t2020-01-01\n", **{"a.txt": EN})
    assert read_article(folder / "a.txt").published.iso == "2020-01-01"
    (folder / "index.tsv").write_text("file\tdate\na.txt\t2021-02\n", encoding="utf-8")
    assert read_article(folder / "a.txt").published.iso == "2021-02"


def test_a_column_named_as_in_given_metadata_in_any_case(tmp_path):
    folder = _folder(tmp_path, "index.tsv", "File\tdatePublished\tURL\na.txt\t2022-03-21\thttps://example.org/a\n",
                     **{"a.txt": EN})
    art = read_article(folder / "a.txt")
    assert (art.published.iso, art.url) == ("2022-03-21", "https://example.org/a")
