"""Shared fixtures of the graph tests: one real build of the sample articles per session,
and a count of the passes over a GraphFile."""
from __future__ import annotations

import pytest

from diplograph.graph.build import SAMPLES_DIR, build
from diplograph.graph.rdf.graphfile import GraphFile


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The five sample articles built once, with views, into a temporary folder."""
    out = tmp_path_factory.mktemp("build") / "out"
    messages: list[str] = []
    result = build([SAMPLES_DIR], out, progress=messages.append)
    result.messages = messages
    return result


@pytest.fixture
def file_passes(monkeypatch) -> list:
    """One entry for every pass made over a GraphFile's quads (``GraphFile.parsed``)."""
    passes: list = []
    original = GraphFile.parsed

    def counting(self):
        passes.append(self.path)
        return original(self)
    monkeypatch.setattr(GraphFile, "parsed", counting)
    return passes
