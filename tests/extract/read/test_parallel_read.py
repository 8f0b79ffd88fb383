"""read_many: files read in worker processes give what reading them here gives, in input
order, bad files included."""
from __future__ import annotations

import pickle
import shutil

import pytest

from diplograph.extract.parallel import READ_BATCH, read_many
from diplograph.extract.read.reader import MAX_BYTES
from diplograph.graph.build import SAMPLES_DIR, BuildResult, _noop, _read_all
from diplograph.ontology.errors import InputError, PipelineError


def corpus(tmp_path, n: int):
    """``n`` files: sample copies, and among them empty, binary, Latin-1 and English ones."""
    samples = sorted(SAMPLES_DIR.glob("*.txt"))
    paths = []
    for i in range(n):
        path = tmp_path / f"f{i:04d}.txt"
        if i % 17 == 3:
            path.write_bytes(b"")
        elif i % 17 == 5:
            path.write_bytes(bytes(range(32)) * 40)
        elif i % 17 == 7:
            path.write_bytes(f"Kishida traf Lawrow am {i % 28 + 1}. März in Tokio. Die Gespräche "
                             "über den Friedensvertrag dauerten an.".encode("latin-1"))
        elif i % 17 == 9:
            path.write_text(f"Abe and Putin met in Moscow on May {i % 28 + 1}, 2016, and talked "
                            "about the peace treaty.", encoding="utf-8")
        else:
            shutil.copy(samples[i % len(samples)], path)
        paths.append(path)
    return paths


def summary(results):
    return [([(a.id, a.lang, a.text, a.published) for a in found], [(e.path, e.problem) for e in errors])
            for found, errors in results]


def test_two_workers_read_what_one_reads(tmp_path):
    paths = corpus(tmp_path, 3 * READ_BATCH)
    serial = summary(read_many(paths, MAX_BYTES))
    parallel = summary(read_many(paths, MAX_BYTES, workers=2))
    assert parallel == serial
    problems = [p for _, errors in serial for _, p in errors]
    assert any("empty" in p for p in problems) and any("binary" in p for p in problems)
    assert sum(len(found) for found, _ in serial) == len(paths) - len(problems)
    assert {lang for found, _ in serial for _, lang, _, _ in found} == {"de", "en"}


def test_a_build_reads_the_same_with_workers(tmp_path):
    paths = corpus(tmp_path, 3 * READ_BATCH)
    one, two = BuildResult(tmp_path / "a"), BuildResult(tmp_path / "b")
    first = _read_all(paths, one, _noop, MAX_BYTES)
    second = _read_all(paths, two, _noop, MAX_BYTES, workers=2)
    assert [(a.id, a.text, a.extra) for a in second] == [(a.id, a.text, a.extra) for a in first]
    assert two.inputs == one.inputs and two.notes == one.notes
    assert any(i.status == "skipped" and "same content" in i.reason for i in one.inputs)


def test_input_errors_survive_pickling():
    err = pickle.loads(pickle.dumps(InputError("/data/a.txt", "empty file (no text)")))
    assert (err.path, err.problem, str(err)) == ("/data/a.txt", "empty file (no text)",
                                                 "'/data/a.txt': empty file (no text)")


def test_bad_worker_count():
    with pytest.raises(PipelineError, match="workers must be 1 or more, got 0"):
        list(read_many([], MAX_BYTES, workers=0))
