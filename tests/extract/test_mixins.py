"""The event finder and the article assembler are made of mixins that share one namespace: a
method two of them define would silently shadow the other's."""
from __future__ import annotations

import pytest

from diplograph.extract.article import _Assembler as ArticleAssembler
from diplograph.extract.components.events import EventFinder


def _shadowed(cls) -> dict:
    owners: dict = {}
    for base in cls.__mro__:
        for name, value in vars(base).items():
            if not name.startswith("__") and callable(value) or isinstance(value, (staticmethod, property)):
                owners.setdefault(name, []).append(base.__name__)
    return {name: bases for name, bases in owners.items() if len(bases) > 1}


@pytest.mark.parametrize("cls", [EventFinder, ArticleAssembler])
def test_guard_no_mixin_method_shadows_another(cls):
    assert _shadowed(cls) == {}
