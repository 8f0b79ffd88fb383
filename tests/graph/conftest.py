"""Shared fixtures of the graph tests: one real build of the sample articles per session."""
from __future__ import annotations

import pytest

from graph.build import SAMPLES_DIR, build


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The five sample articles built once, with views, into a temporary folder."""
    out = tmp_path_factory.mktemp("build") / "out"
    messages: list[str] = []
    result = build([SAMPLES_DIR], out, progress=messages.append)
    result.messages = messages
    return result
