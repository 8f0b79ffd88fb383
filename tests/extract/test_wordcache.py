"""diplograph.extract.wordcache: word sets built once, then read from a plain-text file."""
from __future__ import annotations

from diplograph.extract.wordcache import cache_dir, cached_words


def test_words_are_built_once_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []
    build = lambda: calls.append(1) or ["Osaka", "Przemysl"]      # noqa: E731
    assert cached_words("names.txt", build) == {"Osaka", "Przemysl"}
    assert (tmp_path / "diplograph" / "names.txt").read_text(encoding="utf-8") == "Osaka\nPrzemysl"
    assert cached_words("names.txt", build) == {"Osaka", "Przemysl"} and calls == [1]
    assert cache_dir() == tmp_path / "diplograph"


def test_a_cache_where_a_file_blocks_the_folder_costs_only_time(tmp_path, monkeypatch):
    (tmp_path / "diplograph").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cached_words("names.txt", lambda: ["Osaka"]) == {"Osaka"}
