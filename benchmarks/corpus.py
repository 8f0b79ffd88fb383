"""Write N realistic German and English news articles for benchmarks.

    .venv/bin/python benchmarks/corpus.py OUT_DIR N [--seed 7] [--words 400]

Articles are built from the knowledge base (people, countries, organisations, places, role
names, news outlets) and the hand-written sentence templates of ``benchmarks/data/
templates.json``: a title line, a dateline with the publication date, event sentences
(meetings, talks, visits, calls, summits with dates, weekdays and places), statements
(direct and reported speech) and background sentences, about ``--words`` words each. Every
fifth article is one of the five real samples, renamed. The same seed writes the same files.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from diplograph.graph.build import SAMPLES_DIR
from diplograph.ontology.kb import load_kb

TEMPLATES = json.loads((Path(__file__).resolve().parent / "data" / "templates.json").read_text(encoding="utf-8"))


class Vocabulary:
    """The knowledge base's names, by kind and language."""

    def __init__(self):
        kb = load_kb()
        by_kind: dict[str, list] = {}
        for entity in kb.entities.values():
            by_kind.setdefault(entity.kind, []).append(entity)
        self.people = [e for e in by_kind.get("Person", []) if "en" in e.labels]
        self.countries = [e for e in by_kind.get("Country", []) if {"de", "en"} <= set(e.labels)]
        self.places = [e for e in by_kind.get("Place", []) if {"de", "en"} <= set(e.labels)
                       and str(e.cls).endswith("#Place")]       # cities, not regions
        self.outlets = [e for e in by_kind.get("Organization", []) if "NewsOutlet" in str(e.cls)]
        self.roles = [r for r in kb.roles.values() if {"de", "en"} <= set(r.labels)]

    def label(self, entity, lang: str) -> str:
        return entity.labels.get(lang) or entity.labels.get("en") or next(iter(entity.labels.values()))


def _date(rng: random.Random, lang: str, year: int) -> str:
    t = TEMPLATES[lang]
    return t["date"].format(day=rng.randint(1, 28), month=rng.choice(t["months"]), year=year)


def article(rng: random.Random, vocab: Vocabulary, lang: str, words: int) -> str:
    """One article's text: title, dateline, then sentences until about ``words`` words."""
    t = TEMPLATES[lang]
    year = rng.randint(2012, 2024)
    p1, p2 = rng.sample(vocab.people, 2)
    c1, c2 = rng.sample(vocab.countries, 2)
    slots = {
        "p1": vocab.label(p1, lang), "p2": vocab.label(p2, lang), "c1": vocab.label(c1, lang),
        "c2": vocab.label(c2, lang), "place": vocab.label(rng.choice(vocab.places), lang),
        "role": rng.choice(vocab.roles).labels[lang],
        "outlet": vocab.label(rng.choice(vocab.outlets), lang) if vocab.outlets else "Reuters",
    }
    fill = lambda template: template.format(**slots, date=_date(rng, lang, year), topic=rng.choice(t["topic"]),
                                            adj=rng.choice(t["adj"]), weekday=rng.choice(t["weekday"]))
    lines = [fill(rng.choice(t["title"])), "", f"{slots['place'].upper()}, {_date(rng, lang, year)} –"]
    body: list[str] = []
    while sum(len(s.split()) for s in body) < words:
        kind = rng.choices(["event", "speech", "filler"], weights=[2, 2, 5])[0]
        body.append(fill(rng.choice(t[kind])))
    paragraphs = [" ".join(body[i:i + 4]) for i in range(0, len(body), 4)]
    return "\n".join(lines) + " " + "\n\n".join(paragraphs) + "\n"


def write_corpus(out: Path, n: int, seed: int = 7, words: int = 400) -> list[Path]:
    """Write ``n`` articles into ``out`` (German and English alternate; every fifth a sample)."""
    rng = random.Random(seed)
    vocab = Vocabulary()
    samples = sorted(SAMPLES_DIR.glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(n):
        path = out / f"gen_{i:06d}.txt"
        if i % 5 == 4:
            text = samples[(i // 5) % len(samples)].read_text(encoding="utf-8")
            text += f"\n(Archivfassung {i})\n"      # distinct content, so no duplicate is skipped
        else:
            text = article(rng, vocab, "de" if i % 2 == 0 else "en", words)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--words", type=int, default=400)
    args = ap.parse_args(argv)
    paths = write_corpus(args.out, args.n, args.seed, args.words)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"wrote {len(paths)} articles, {words} words, into {args.out}")


if __name__ == "__main__":
    main()
