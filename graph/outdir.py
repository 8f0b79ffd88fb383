"""The build's output folder: never replace what diplograph did not write, build into a
temporary folder beside it, leave no temporary folder behind, and honour the umask.

A build writes everything into ``.<out>.build-<random>`` beside ``out`` and then swaps
that folder into place. The finished folder holds a marker file, :data:`MARKER`; a later
build replaces a folder only if it holds the marker (or the graph and report of a build
made before markers existed), is empty, or ``force`` is given.

>>> import tempfile, pathlib
>>> parent = pathlib.Path(tempfile.mkdtemp())
>>> (parent / "notes").mkdir(); _ = (parent / "notes" / "todo.txt").write_text("mine")
>>> check_out(parent / "notes")
Traceback (most recent call last):
...
diplograph.ontology.errors.OutputError: ...notes': the folder is not empty and was not written by diplograph; ...
>>> check_out(parent / "notes", force=True), check_out(parent / "new")
(None, None)
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from diplograph.ontology.errors import OutputError

__all__ = ["MARKER", "check_out", "temp_folder", "clear_stale", "swap_into_place", "umask_mode"]

#: The file that marks a folder as a diplograph build.
MARKER = ".diplograph-build"
#: What a build made before the marker existed always held.
_OLD_BUILD = ("graph.trig", "report.md")
_OWNER = ".owner-pid"


def check_out(out: Path, force: bool = False) -> None:
    """Refuse (:class:`OutputError`) to build into ``out`` when it is a file, or a
    non-empty folder that is not a diplograph build, unless ``force``."""
    out = Path(out)
    if not out.exists() and not out.is_symlink():
        return
    if not out.is_dir():
        raise OutputError(out, "exists and is not a folder")
    if force or (out / MARKER).is_file() or all((out / name).is_file() for name in _OLD_BUILD):
        return
    if next(out.iterdir(), None) is not None:
        raise OutputError(out, "the folder is not empty and was not written by diplograph; "
                               "choose another output folder, or replace it with --force")


def temp_folder(out: Path, kind: str) -> Path:
    """A new private folder ``.<out>.<kind>-<random>`` beside ``out``, which names the
    process that owns it (so that a later build can remove it if the process died)."""
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.{kind}-"))
    (tmp / _OWNER).write_text(str(os.getpid()), encoding="ascii")
    return tmp


def clear_stale(out: Path) -> list[Path]:
    """Remove the temporary folders of builds into ``out`` whose process is gone (a build
    killed by SIGKILL or a power cut cannot remove its own); return them."""
    removed = []
    for tmp in Path(out).parent.glob(f".{Path(out).name}.*-*"):
        pid = _owner(tmp)
        if pid is not None and not _alive(pid):
            shutil.rmtree(tmp, ignore_errors=True)
            removed.append(tmp)
    return removed


def _owner(tmp: Path) -> int | None:
    try:
        return int((tmp / _OWNER).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def umask_mode(mode: int = 0o777) -> int:
    """``mode`` with the process's umask applied (what ``mkdir`` would have given)."""
    mask = os.umask(0)
    os.umask(mask)
    return mode & ~mask


def swap_into_place(tmp: Path, out: Path) -> None:
    """Mark ``tmp`` as a build, give it the mode a folder made with the user's umask has
    (``mkdtemp`` makes it private), and move it into place as ``out``; the folder it
    replaces is removed only once the new one is there."""
    (tmp / _OWNER).unlink(missing_ok=True)
    (tmp / MARKER).write_text("a diplograph build: the next build may replace this folder\n",
                              encoding="utf-8")
    tmp.chmod(umask_mode())
    backup = None
    if out.exists():
        backup = out.with_name(f".{out.name}.old")
        if backup.exists():
            shutil.rmtree(backup)
        out.rename(backup)
    tmp.rename(out)
    if backup is not None:
        shutil.rmtree(backup, ignore_errors=True)
