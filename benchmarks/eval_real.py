"""Score the build on the real-article development set: builds the locally collected texts
and prints the scorer's table (the figures issue #20 measures), then every miss and extra
with ``-v``.

    .venv/bin/python benchmarks/eval_real.py [--corpus data/real] [--gold ../shared/gold/real.toml] [-v]
    .venv/bin/python benchmarks/eval_real.py --corpus data/samples --gold ../shared/gold/seeds.toml

The texts are third-party and stay out of git: collect them first as
``../shared/corpus/real/README.md`` says (``realcorpus.py check data/real`` verifies them).
This is an evaluation, not a test: it prints numbers and never fails on them.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from diplograph import build

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "real")
    parser.add_argument("--gold", type=Path, default=SHARED / "gold" / "real.toml")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    texts = sorted(p for p in args.corpus.glob("*") if p.suffix in (".txt", ".html", ".json", ".jsonl"))
    if not texts:
        print(f"no articles in {str(args.corpus)!r}: collect them first (../shared/corpus/real/README.md)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="diplograph-eval-") as tmp:
        started = time.perf_counter()
        result = build(texts, Path(tmp) / "out", views=False)
        seconds = time.perf_counter() - started
        print(f"built {len(result.ok)} of {len(texts)} articles in {seconds:.1f} s "
              f"({', '.join(f'{v} {k}' for k, v in result.counts.items())})")
        scored = subprocess.run([sys.executable, str(args.scorer), str(Path(tmp) / "out" / "graph.trig"),
                                 "--gold", str(args.gold)] + (["-v"] if args.verbose else []),
                                capture_output=True, text=True)
    print(scored.stdout, end="")
    if scored.returncode not in (0, 1):
        print(scored.stderr, file=sys.stderr, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
