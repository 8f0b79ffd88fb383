"""Fixtures of the extraction tests."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import run


@pytest.fixture(scope="session")
def extract():
    """``extract(text, lang, published=None)`` -> ArticleFacts of the real pipeline."""
    return run
