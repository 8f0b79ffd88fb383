"""Write N articles made of real news sentences, for benchmarks that the generated corpus
flatters (its repeated words keep the tokenizer's caches warm).

    .venv/bin/python benchmarks/real_corpus.py OUT_DIR N [--seed 7] [--words 290]

The sentences come from the sample articles and the locally collected real articles
(``data/real/`` and ``data/extra/``, git-ignored third-party text; see ``../shared/corpus/real/README.md``),
shuffled and recombined into articles of news length: a title sentence, a dateline with a
date, then sentences of the article's language until about ``--words`` words. German and
English alternate. The texts are written only to ``OUT_DIR`` (a temporary folder in the
benchmarks): never commit them. Without ``data/real/`` only the samples' sentences are used,
and the script says so.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from diplograph.extract.read.reader import read_articles

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "data" / "samples", ROOT / "data" / "real", ROOT / "data" / "extra"]
_SENTENCE = re.compile(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"])")
_ENDED = re.compile(r"[.!?“”\"»«]$")   # a sentence, not a heading, caption or page line
PLACES = {"de": ["TOKIO", "MOSKAU", "BRÜSSEL", "BERLIN", "WASHINGTON"],
          "en": ["TOKYO", "MOSCOW", "BRUSSELS", "BERLIN", "WASHINGTON"]}


def sentences_by_language(sources=SOURCES) -> dict[str, list[str]]:
    """The sentences of every article under ``sources``, by language: of six words or more
    and ending as a sentence ends (headings, bylines and page lines left out: run into the
    next sentence they would make names such as "Uhr Kishida" that real pages, which keep
    their lines apart, never give)."""
    found: dict[str, list[str]] = {"de": [], "en": []}
    for folder in sources:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            articles, _ = read_articles(path)
            for art in articles:
                for line in art.text.splitlines():
                    found.setdefault(art.lang, []).extend(
                        s.strip() for s in _SENTENCE.split(line) if len(s.split()) >= 6 and _ENDED.search(s.strip()))
    return found


def write_real_corpus(out: Path, n: int, seed: int = 7, words: int = 290) -> list[Path]:
    """Write ``n`` articles of recombined real sentences into ``out``; their paths."""
    rng = random.Random(seed)
    pool = sentences_by_language()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(n):
        lang = "de" if i % 2 == 0 else "en"
        lines = [rng.choice(pool[lang])]
        day = f"{rng.randint(2013, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        body, count = [], 0
        while count < words:
            sentence = rng.choice(pool[lang])
            body.append(sentence)
            count += len(sentence.split())
        dateline = f"{rng.choice(PLACES[lang])}, {day} - "
        lines.append(dateline + " ".join(body))
        path = out / f"real_{i:06d}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--words", type=int, default=290)
    args = ap.parse_args(argv)
    if not (ROOT / "data" / "real").is_dir():
        print("data/real/ not found: using the samples' sentences only", file=sys.stderr)
    paths = write_real_corpus(args.out, args.n, args.seed, args.words)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
