"""The build's output folder: never replace what diplograph did not write, build into a
temporary folder beside it, leave no temporary folder behind, and honour the umask.

A build writes everything into ``.<out>.build-<random>`` beside ``out`` and then moves it
into place. A folder that is new, empty or an earlier build (it holds :data:`MARKER`, or the
graph and report of a build made before markers existed) is replaced as a whole. A folder
holding files diplograph did not write (a log the shell opened for the build, notes) keeps
them: only the build's own outputs (:data:`OUTPUTS`) are put into it, one by one, with a
marker that says so, so that a later build again replaces only those. Such a folder that already
holds something under an output's name is refused, unless ``force`` (which replaces it).

>>> import tempfile, pathlib
>>> parent = pathlib.Path(tempfile.mkdtemp())
>>> (parent / "notes").mkdir(); _ = (parent / "notes" / "todo.txt").write_text("mine")
>>> check_out(parent / "notes"), check_out(parent / "new")
(True, False)
>>> _ = (parent / "notes" / "report.md").write_text("my report")
>>> check_out(parent / "notes")
Traceback (most recent call last):
...
diplograph.ontology.errors.OutputError: ...notes': the folder holds 'report.md', which diplograph did not write; ...
>>> check_out(parent / "notes", force=True)
False
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from diplograph.ontology.errors import OutputError

__all__ = ["MARKER", "OUTPUTS", "check_out", "temp_folder", "clear_stale", "swap_into_place", "umask_mode"]

#: The file that marks a folder as a diplograph build.
MARKER = ".diplograph-build"
#: What a build writes into its folder (besides the marker).
OUTPUTS = ("graph.trig", "report.md", "report.html", "relations.png", "degrees.png", "views")
#: What a build made before the marker existed always held.
_OLD_BUILD = ("graph.trig", "report.md")
_OWNER = ".owner-pid"
#: How the marker of a build that shares its folder with other files begins.
_SHARED = "a diplograph build beside other files"


def check_out(out: Path, force: bool = False) -> bool:
    """Whether the build goes into ``out`` beside files it did not write (True), or
    replaces it as a whole (False); :class:`OutputError` when it is a file, or holds
    something under an output's name that diplograph did not write (unless ``force``)."""
    out = Path(out)
    if not out.exists() and not out.is_symlink():
        return False
    if not out.is_dir():
        raise OutputError(out, "exists and is not a folder")
    if force:
        return False
    if (out / MARKER).is_file():
        return (out / MARKER).read_text(encoding="utf-8", errors="replace").startswith(_SHARED)
    names = {p.name for p in out.iterdir()}
    if not names or names <= set(OUTPUTS) and set(_OLD_BUILD) <= names:
        return False                      # empty, or a build made before markers existed
    taken = sorted(names & set(OUTPUTS))
    if taken:
        raise OutputError(out, f"the folder holds {taken[0]!r}, which diplograph did not write; "
                               "choose another output folder, or replace it with --force")
    return True


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


def _replace(new: Path, old: Path) -> None:
    """Move ``new`` to ``old``'s place; what was there goes once the new one is in."""
    aside = None
    if old.exists() or old.is_symlink():
        aside = old.with_name(f".{old.name}.old-{os.getpid()}")
        old.rename(aside)
    new.rename(old)
    if aside is not None:
        shutil.rmtree(aside) if aside.is_dir() and not aside.is_symlink() else aside.unlink()


def umask_mode(mode: int = 0o777) -> int:
    """``mode`` with the process's umask applied (what ``mkdir`` would have given)."""
    mask = os.umask(0)
    os.umask(mask)
    return mode & ~mask


def swap_into_place(tmp: Path, out: Path, beside: bool = False) -> None:
    """Mark ``tmp`` as a build, give it the mode a folder made with the user's umask has
    (``mkdtemp`` makes it private), and move it into place as ``out``; the folder it
    replaces is removed only once the new one is there. With ``beside`` (see
    :func:`check_out`) only the outputs move into ``out``, and ``tmp`` is removed."""
    (tmp / _OWNER).unlink(missing_ok=True)
    if beside:
        (tmp / MARKER).write_text(_SHARED + ": the next build replaces only its own outputs "
                                  f"({', '.join(OUTPUTS)})\n", encoding="utf-8")
        for entry in sorted(tmp.iterdir()):
            _replace(entry, out / entry.name)
        tmp.rmdir()
        return
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
