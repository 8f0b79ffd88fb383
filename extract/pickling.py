"""Slotted dataclass records pickled as their class and field values.

Python pickles a dataclass with slots through ``__getstate__`` and ``__setstate__``
functions that look the class's fields up again for every object; a worker process sends
back thousands of records per second, and the main process spent more time unpickling them
than the workers spent pickling. :func:`by_fields` makes a record pickle as
``(cls, (value, ...))`` instead, read back by the class's own ``__init__``.

>>> import pickle
>>> from diplograph.extract.model import Mention
>>> Mention("japan", 0, 5, "Japan").__reduce__()[1]
('japan', 0, 5, 'Japan')
>>> pickle.loads(pickle.dumps(Mention("japan", 0, 5, "Japan"))) == Mention("japan", 0, 5, "Japan")
True
"""
from __future__ import annotations

from dataclasses import fields
from operator import attrgetter

__all__ = ["by_fields"]


def by_fields(cls: type) -> type:
    """Make the dataclass ``cls`` (every field set by ``__init__``) pickle as its field values."""
    names = [f.name for f in fields(cls)]
    if not all(f.init for f in fields(cls)):
        raise TypeError(f"{cls.__name__!r} has fields that __init__ does not set")
    get = attrgetter(*names)
    if len(names) == 1:
        def __reduce__(self):
            return cls, (get(self),)
    else:
        def __reduce__(self):
            return cls, get(self)
    cls.__reduce__ = __reduce__
    return cls
