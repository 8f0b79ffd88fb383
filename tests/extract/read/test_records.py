"""JSON, JSON Lines and sidecar metadata: records become articles, given metadata wins."""
from __future__ import annotations

import json

from diplograph.extract.dates import TimeValue
from diplograph.extract.read.metadata import published_from
from diplograph.extract.read.reader import read_article, read_articles

DE = "Russlands Außenminister Sergej Lawrow traf am Montag in Tokio Japans Außenminister Fumio Kishida."


def test_jsonl_records_with_metadata_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "r1", "title": "Lawrow in Tokio", "date": "2017-03-20", "lang": "de",
                         "url": "https://example.org/r1", "source": "TASS", "section": "Welt",
                         "text": DE}),
             "{not json",
             json.dumps({"title": "no text"}),
             json.dumps(["a list"]),
             json.dumps({"text": DE})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = read_articles(path)
    assert [a.id for a in articles] == ["r1", "feed-5"]
    first = articles[0]
    assert (first.title, first.published, first.url, first.outlet, first.lang) == (
        "Lawrow in Tokio", TimeValue("2017-03-20", "day"), "https://example.org/r1", "TASS", "de")
    assert first.extra == {"section": "Welt"}
    assert first.path == f"{path}:1"
    assert [(e.path, e.problem.split(":")[0]) for e in errors] == [
        (f"{path}:2", "malformed JSON"), (f"{path}:3", "record has no 'text' string"),
        (f"{path}:4", "a record must be a JSON object")]


def test_json_list_and_object(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": DE, "date": "2017-03"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": DE}, {"text": DE + " Später mehr."}]),
                                        encoding="utf-8")
    [one], _ = read_articles(tmp_path / "one.json")
    assert (one.id, one.published) == ("one", TimeValue("2017-03", "month"))
    many, errors = read_articles(tmp_path / "many.json")
    assert [a.id for a in many] == ["many-1", "many-2"] and errors == []


def test_malformed_json_file_names_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"text": "x",\n  oops}', encoding="utf-8")
    articles, [error] = read_articles(path)
    assert articles == [] and "line 2" in error.problem and error.path == str(path)


def test_sidecar_metadata_wins_over_the_text(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("MOSKAU, 02.11.2013 (dpa) - " + DE, encoding="utf-8")
    assert read_article(text).published == TimeValue("2013-11-02", "day")
    (tmp_path / "a.json").write_text(json.dumps({"date": "2013-11-03", "title": "Given"}), encoding="utf-8")
    art = read_article(text)
    assert (art.published, art.title, art.outlet) == (TimeValue("2013-11-03", "day"), "Given", "dpa")


def test_record_language_must_be_supported(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"text": DE, "lang": "ru"}) + "\n", encoding="utf-8")
    articles, [error] = read_articles(path)
    assert articles == [] and "'ru' is not supported" in error.problem


def test_published_from_forms():
    assert published_from("2022-06-29T10:00:00+02:00") == TimeValue("2022-06-29", "day")
    assert published_from("29.06.2022") == TimeValue("2022-06-29", "day")
    assert published_from("June 29, 2022") == TimeValue("2022-06-29", "day")
    assert published_from("2022") == TimeValue("2022", "year")
    assert published_from("soon") is None
