"""Fusion cost against corpus size: prints seconds and the growth factor per doubling.

    .venv/bin/python benchmarks/bench_fusion.py [--sizes 1000 2000 4000 8000 16000]

The corpus is synthetic ArticleFacts (no extraction): each article reports one or two
meetings of two to four people drawn from a pool of 400 (about 50 articles per real event),
with dates over ten years, so clustering has real work to do. Near-linear fusion shows
growth factors near 2 per doubling.
"""
from __future__ import annotations

import argparse
import random
import time

from diplograph.extract.dates import TimeValue
from diplograph.extract.model import Article, ArticleFacts, Entity, Event
from diplograph.graph.fusion.fuse import fuse


def corpus(n: int, seed: int = 7) -> list[ArticleFacts]:
    rng = random.Random(seed)
    syllables = ["ka", "mo", "ri", "ta", "se", "no", "vi", "lu", "pe", "da", "go", "shi"]
    names = sorted({"".join(rng.sample(syllables, 3)).title() + " " + "".join(rng.sample(syllables, 3)).title()
                    for _ in range(2000)})[:400]
    people = [f"new:Person:{name.lower()}" for name in names]
    events = []
    for _ in range(max(1, n // 50)):
        day = f"{rng.randint(2013, 2022)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        events.append((rng.sample(people, rng.randint(2, 4)), day, rng.choice(["tokyo", "moscow", None])))
    out = []
    for i in range(n):
        f = ArticleFacts(Article(f"a{i:06d}", "", "en"))
        for who, day, place in rng.sample(events, rng.randint(1, 2)):
            named = who[: rng.randint(2, len(who))]
            date = TimeValue(day, "day") if rng.random() < 0.7 else None
            f.events.append(Event("Meeting", list(named), place if rng.random() < 0.5 else None,
                                  date, "", "Happened", ["met"], ["bench"], [(0, 1)]))
            for p in named:
                f.entities[p] = Entity(p, "Person", p.split(":")[-1].title(), False,
                                       {p.split(":")[-1].title()})
        out.append(f)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000, 16000])
    args = ap.parse_args(argv)
    print(f"{'articles':>9} {'reports':>8} {'events':>7} {'seconds':>8} {'growth':>7}")
    previous = None
    for n in args.sizes:
        facts = corpus(n)
        reports = sum(len(f.events) for f in facts)
        start = time.perf_counter()
        fused = fuse(facts)
        seconds = time.perf_counter() - start
        growth = f"{seconds / previous:.2f}" if previous else "-"
        print(f"{n:>9} {reports:>8} {len(fused.events):>7} {seconds:>8.2f} {growth:>7}")
        previous = seconds


if __name__ == "__main__":
    main()
