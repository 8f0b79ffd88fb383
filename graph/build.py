"""The build: article files in, ``OUT/graph.trig``, ``OUT/views/`` and ``OUT/report.md`` out.

Bad input is reported per file and skipped; the rest of the build goes on. Everything is
written to a temporary folder beside ``OUT`` and moved into place at the end, so a build
that fails part-way leaves the previous ``OUT`` as it was.
"""
from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from extract import extract_article, models_by_language
from extract.dedupe import NearDuplicates
from extract.reader import MAX_BYTES, collect_inputs, read_articles
from ontology.errors import DiplographError, GraphError, InputError

from .fuse import Fusion, fuse
from .network import to_networkx
from .rdf import to_dataset
from .report import write_report
from .trig import write_trig

__all__ = ["BuildResult", "InputStatus", "build", "SAMPLES_DIR"]

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "data" / "samples"


@dataclass(frozen=True)
class InputStatus:
    """What happened to one input: ``ok``, ``skipped`` or ``failed``, and why."""

    path: str
    status: str
    reason: str = ""


@dataclass
class BuildResult:
    out: Path
    inputs: list = field(default_factory=list)
    fusion: Fusion | None = None
    triples: int = 0
    views: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)       # input path -> remark (near-duplicates)

    @property
    def ok(self) -> list:
        return [i for i in self.inputs if i.status == "ok"]

    @property
    def problems(self) -> list:
        return [i for i in self.inputs if i.status != "ok"]


def _noop(message: str) -> None:
    return None


def _read_all(paths, result: BuildResult, progress, max_bytes: int) -> list:
    files, missing = collect_inputs(paths)
    for err in missing:
        result.inputs.append(InputStatus(err.path, "failed", err.problem))
        progress(f"failed: {err}")
    articles, seen, ids = [], {}, set()
    near = NearDuplicates()
    for path in files:
        try:
            found, errors = read_articles(path, max_bytes=max_bytes)
        except InputError as err:
            found, errors = [], [err]
        for err in errors:
            status = "skipped" if "not supported" in err.problem or "empty" in err.problem else "failed"
            result.inputs.append(InputStatus(err.path, status, err.problem))
            progress(f"{status}: {err}")
        for art in found:
            digest = hashlib.sha256(art.text.encode("utf-8")).hexdigest()
            if digest in seen:
                first = seen[digest]
                first.extra["duplicates"] = ", ".join(filter(None, [first.extra.get("duplicates"), art.path]))
                reason = f"same content as {first.path!r} (recorded there)"
                result.inputs.append(InputStatus(art.path, "skipped", reason))
                progress(f"skipped: {art.path!r}: {reason}")
                continue
            if art.id in ids:
                reason = f"article id {art.id!r} is used by another input"
                result.inputs.append(InputStatus(art.path, "failed", reason))
                progress(f"failed: {art.path!r}: {reason}")
                continue
            seen[digest], ids = art, ids | {art.id}
            similar = near.add(art.path, art.text)
            if similar is not None:
                art.extra["near_duplicate_of"] = similar[0]
                result.notes[art.path] = f"near-duplicate of {similar[0]!r} (similarity {similar[1]})"
                progress(f"note: {art.path!r}: {result.notes[art.path]}")
            articles.append(art)
    return articles


def _extract_all(articles, result: BuildResult, progress, models: dict) -> list:
    facts = []
    for n, art in enumerate(articles, 1):
        try:
            facts.append(extract_article(art, model=models.get(art.lang)))
        except DiplographError:
            raise
        except Exception as exc:  # one article's failure must not stop the build
            result.inputs.append(InputStatus(art.path, "failed", f"extraction failed: {exc!r}"))
            progress(f"failed: {art.path!r}: extraction failed: {exc!r}")
            continue
        result.inputs.append(InputStatus(art.path, "ok"))
        progress(f"[{n}/{len(articles)}] {art.id} ({art.lang}): {len(facts[-1].entities)} entities, "
                 f"{len(facts[-1].roles)} roles, {len(facts[-1].events)} events")
    return facts


def _swap_into_place(tmp: Path, out: Path) -> None:
    backup = None
    if out.exists():
        backup = out.with_name(f".{out.name}.old")
        if backup.exists():
            shutil.rmtree(backup)
        out.rename(backup)
    tmp.rename(out)
    if backup is not None:
        shutil.rmtree(backup, ignore_errors=True)


def build(paths=None, out: str | Path = "out", *, models=None,
          progress: Callable[[str], None] = _noop, views: bool = True,
          max_bytes: int = MAX_BYTES) -> BuildResult:
    """Build the graph of the articles under ``paths`` (default: the samples) into ``out``.

    ``models`` names pretrained spaCy pipelines to use instead of the blank ones, as
    ``"de=NAME"`` / ``"en=NAME"`` or names that start with their language (``de_...``).
    """
    out = Path(out)
    result = BuildResult(out)
    articles = _read_all(paths or [SAMPLES_DIR], result, progress, max_bytes)
    facts = _extract_all(articles, result, progress, models_by_language(models))
    result.fusion = fuse(facts)
    progress(f"fused {len(facts)} articles: {len(result.fusion.events)} events, "
             f"{len(result.fusion.conflicts)} conflicts")
    ds = to_dataset(result.fusion)
    result.triples = len(ds)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.build-"))
    try:
        write_trig(ds, tmp / "graph.trig")
        G = to_networkx(ds)
        if views:
            from .views.render import write_all_views
            written = write_all_views(G, tmp / "views")
            result.views = [out / "views" / p.relative_to(tmp / "views") for p in written]
            progress(f"wrote {len(written)} views")
        write_report(result, result.triples, tmp, G)
        _swap_into_place(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise GraphError(f"cannot write build output to {str(out)!r}: {exc}") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result
