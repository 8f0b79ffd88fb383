"""How each extraction stage grows with the length of one article (issue #25: linear time).

Makes single articles of 100 KB to 1 MB from the sample articles (repeated, German and
English) and prints the seconds each pipeline stage takes, and the ratio to the smallest
size: a linear stage grows like the size column. Texts over spaCy's ``max_length`` are
tokenized in chunks (``diplograph.extract._tokens``).

    .venv/bin/python benchmarks/bench_growth.py [--sizes 100 250 500 1000] [--lang de]
"""
from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

from diplograph.extract import article_doc
from diplograph.extract.article import doc_to_facts
from diplograph.extract.model import Article
from diplograph.extract.pipeline import get_pipeline
from diplograph.extract.read.reader import read_article

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def stage_times(lang: str, text: str) -> dict[str, float]:
    nlp = get_pipeline(lang)
    art = Article("growth", text, lang)
    gc.collect()
    times = {}
    t = time.perf_counter()
    doc = article_doc(nlp, art)
    times["tokenizer"] = time.perf_counter() - t
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        doc = proc(doc)
        times[name.removeprefix("diplograph_")] = time.perf_counter() - t
    t = time.perf_counter()
    doc_to_facts(doc, art)
    times["facts"] = time.perf_counter() - t
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 250, 500, 1000], help="KB per article")
    ap.add_argument("--lang", default="de", choices=["de", "en"])
    args = ap.parse_args()
    seeds = [read_article(p) for p in sorted(SAMPLES.glob("*.txt"))]
    body = "\n\n".join(a.text for a in seeds if a.lang == args.lang)
    rows = {}
    for kb in args.sizes:
        text = (body + "\n\n") * max(1, kb * 1000 // (len(body) + 2))
        rows[kb] = stage_times(args.lang, text)
    stages = list(next(iter(rows.values())))
    first = args.sizes[0]
    print(f"{'stage':<22}" + "".join(f"{kb:>9} KB" for kb in args.sizes) + f"{'growth':>10}")
    for stage in stages + ["total"]:
        vals = [sum(r.values()) if stage == "total" else r[stage] for r in rows.values()]
        growth = vals[-1] / vals[0] if vals[0] > 0.001 else float("nan")
        print(f"{stage:<22}" + "".join(f"{v:>12.2f}" for v in vals) + f"{growth:>10.1f}")
    print(f"{'size ratio':<22}" + " " * 12 * len(args.sizes) + f"{args.sizes[-1] / first:>10.1f}")


if __name__ == "__main__":
    main()
