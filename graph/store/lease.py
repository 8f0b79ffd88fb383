"""Readers' leases on store generations, so that a build never removes one being read.

A reader (a query of ``diplograph serve --store`` or ``diplograph query --store``) holds a
shared ``flock`` on the generation's folder while it reads; a build's garbage collection
removes an old generation only when it gets the lock exclusively at once, and otherwise
leaves it for a later build. Nothing is written: a lock on a folder needs no file, so a
read-only store can be read under a lease too.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp()) / "gen-000001"
>>> folder.mkdir()
>>> with reading(folder):
...     remove_unread(folder)
False
>>> remove_unread(folder), folder.exists()
(True, False)
"""
from __future__ import annotations

import fcntl
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

__all__ = ["reading", "remove_unread"]


@contextmanager
def reading(folder):
    """Hold a shared lease on ``folder`` for the with-block; yields whether the folder is
    still there once the lease is held (a build may have removed it just before)."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        yield False
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield Path(folder).is_dir()
    finally:
        os.close(fd)                   # closing releases the lease


def remove_unread(folder) -> bool:
    """Remove ``folder`` unless a reader holds a lease on it; whether it was removed."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        return True
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        shutil.rmtree(folder, ignore_errors=True)
        return not Path(folder).exists()
    finally:
        os.close(fd)
