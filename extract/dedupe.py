"""Near-duplicate articles: MinHash signatures of word shingles with banding, so each new
article is compared only with the few earlier ones that share a band.

>>> index = NearDuplicates()
>>> base = "Russlands Außenminister Sergej Lawrow traf am Montag in Tokio Japans Außenminister "
>>> index.add("a", base + "Fumio Kishida zu Gesprächen über einen Friedensvertrag und die Kurilen.")
>>> index.add("b", base + "Fumio Kishida zu Gesprächen über einen Friedensvertrag und die Inseln.")
('a', 0.89)
"""
from __future__ import annotations

import hashlib
import re

__all__ = ["NearDuplicates"]

SHINGLE = 5
HASHES = 32
BANDS = 8
THRESHOLD = 0.8


def _shingles(text: str) -> set:
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def _signature(shingles: set) -> tuple:
    values = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")
              for s in shingles]
    out = []
    for seed in range(HASHES):
        mask = int.from_bytes(hashlib.blake2b(str(seed).encode(), digest_size=8).digest(), "big")
        out.append(min(v ^ mask for v in values))
    return tuple(out)


class NearDuplicates:
    """Articles seen so far; :meth:`add` names an earlier near-duplicate, if any."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.buckets: dict[tuple, list[str]] = {}
        self.shingles: dict[str, set] = {}

    def add(self, key: str, text: str) -> tuple[str, float] | None:
        """Register ``text`` as ``key``; the most similar earlier article at or above the
        threshold (Jaccard similarity of 5-word shingles), else None."""
        mine = _shingles(text)
        sig = _signature(mine)
        rows = HASHES // BANDS
        bands = [(b, sig[b * rows:(b + 1) * rows]) for b in range(BANDS)]
        candidates = {k for band in bands for k in self.buckets.get(band, ())}
        best = None
        for other in sorted(candidates):
            theirs = self.shingles[other]
            score = len(mine & theirs) / len(mine | theirs)
            if score >= self.threshold and (best is None or score > best[1]):
                best = (other, round(score, 2))
        for band in bands:
            self.buckets.setdefault(band, []).append(key)
        self.shingles[key] = mine
        return best
