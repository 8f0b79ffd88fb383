"""Near-duplicate articles: MinHash signatures of word shingles with banding, so each new
article is compared only with the few earlier ones that share a band.

An article found to be a near-duplicate is not indexed itself: its later copies are compared
with the first of them, so a wire story printed a thousand times costs one comparison per
copy, not one per earlier copy. Shingles are kept as sorted arrays of their 64-bit hashes
(about 3 KB an article), and the signatures are computed with numpy.

>>> index = NearDuplicates()
>>> base = "Russlands Außenminister Sergej Lawrow traf am Montag in Tokio Japans Außenminister "
>>> index.add("a", base + "Fumio Kishida zu Gesprächen über einen Friedensvertrag und die Kurilen.")
>>> index.add("b", base + "Fumio Kishida zu Gesprächen über einen Friedensvertrag und die Inseln.")
('a', 0.89)

Which of several inputs is built and which is noted never depends on their order: the
first by (id, path) is kept (:func:`not_built`, :func:`near_duplicates`).

>>> from diplograph.extract.model import Article
>>> a, b = Article("b", "Same text.", "en", path="x/b.txt"), Article("a", "Same text.", "en", path="y/a.txt")
>>> [reason for _, reason in not_built([a, b]).values()]
["same content as 'y/a.txt' (recorded there)"]
>>> b.extra["duplicates"]
'x/b.txt'
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

__all__ = ["NearDuplicates", "not_built", "near_duplicates"]

SHINGLE = 5
# 20 bands of 4 rows: a copy at similarity 0.83 shares no band with its first print about
# once in 390,000 (16 bands of 3 rows: once in 780,000), and two articles at similarity 0.1
# (a shared quote or wire paragraph) share one in 1 pair of 500, not 1 of 63: the pairs
# compared grow with the corpus, and most are such
HASHES = 80
BANDS = 20
THRESHOLD = 0.8


_WORD = re.compile(r"\w+")


def _shingles(text: str) -> set:
    """The shingles of ``text`` as strings: what :func:`_shingle_hashes` hashes."""
    words = _WORD.findall(text.casefold())
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


# Odd 64-bit multipliers, one per place in a shingle; the sum of a shingle's word hashes
# times them (modulo 2**64) is its hash, then mixed (the finaliser of MurmurHash3).
_PLACES = np.array([_digest(f"place {i}") | 1 for i in range(SHINGLE)], dtype=np.uint64)
_MIX = (np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53))


def _shingle_hashes(text: str, words_seen: dict[str, int]) -> np.ndarray:
    """The sorted, distinct 64-bit hashes of the shingles of ``text`` (:func:`_shingles`),
    made from a hash per word (kept in ``words_seen``) with numpy, not a hash per shingle
    string (nine tenths of the time the index took).

    >>> a, b = _shingle_hashes("one two three four five six", {}), _shingle_hashes("ONE two three four five", {})
    >>> len(a), len(b), int(a[0]) in {int(x) for x in b} or int(a[1]) in {int(x) for x in b}
    (2, 1, True)
    """
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return np.array([_digest(" ".join(words))], dtype=np.uint64)
    ids = np.fromiter((words_seen[w] if w in words_seen else words_seen.setdefault(w, _digest(w))
                       for w in words), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    with np.errstate(over="ignore"):
        h = sum(ids[i:i + n] * _PLACES[i] for i in range(SHINGLE))
        h ^= h >> np.uint64(33)
        h *= _MIX[0]
        h ^= h >> np.uint64(33)
        h *= _MIX[1]
        h ^= h >> np.uint64(33)
    return np.unique(h)


_MASKS = np.array([int.from_bytes(hashlib.blake2b(str(seed).encode(), digest_size=8).digest(), "big")
                   for seed in range(HASHES)], dtype=np.uint64)


def _signature(values: np.ndarray) -> tuple:
    """The MinHash signature: for each of the masks, the least hash XOR mask."""
    return tuple(int(v) for v in (values[:, None] ^ _MASKS[None, :]).min(axis=0))


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity of two sorted arrays of distinct hashes: each of the shorter
    one's looked up in the longer by bisection (no sort of both, as ``np.intersect1d`` does).

    >>> _jaccard(np.array([1, 3, 5, 7], dtype=np.uint64), np.array([3, 4, 5], dtype=np.uint64))
    0.4
    """
    if len(a) > len(b):
        a, b = b, a
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    common = int(np.count_nonzero(b[at] == a))
    return common / (len(a) + len(b) - common)


class NearDuplicates:
    """Articles seen so far; :meth:`add` names an earlier near-duplicate, if any."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.buckets: dict[tuple, list[str]] = {}
        self.shingles: dict[str, np.ndarray] = {}      # key -> sorted hashes of its shingles
        self.words: dict[str, int] = {}                 # word -> its hash

    def add(self, key: str, text: str) -> tuple[str, float] | None:
        """Register ``text`` as ``key``; the most similar earlier article (not itself a
        near-duplicate) at or above the threshold (Jaccard similarity of 5-word shingles),
        else None."""
        mine = _shingle_hashes(text, self.words)
        sig = _signature(mine)
        rows = HASHES // BANDS
        bands = [(b, sig[b * rows:(b + 1) * rows]) for b in range(BANDS)]
        candidates = {k for band in bands for k in self.buckets.get(band, ())}
        best = None
        for other in sorted(candidates):
            theirs = self.shingles[other]
            if min(len(mine), len(theirs)) / max(len(mine), len(theirs)) < self.threshold:
                continue                 # the similarity is at most the ratio of the sizes
            score = _jaccard(mine, theirs)
            if score >= self.threshold and (best is None or score > best[1]):
                best = (other, round(score, 2))
        if best is not None:
            return best
        for band in bands:
            self.buckets.setdefault(band, []).append(key)
        self.shingles[key] = mine
        return None


def _in_order(art) -> tuple:
    return art.id, art.path


def not_built(articles: list) -> dict:
    """``id(article)`` -> (status, reason) for the articles not to build: the same text as
    another one's (the kept one lists them in ``extra["duplicates"]``), or another text
    under an id already taken."""
    dropped, kept, ids = {}, {}, set()
    for art in sorted(articles, key=_in_order):
        digest = hashlib.sha256(art.text.encode("utf-8")).hexdigest()
        first = kept.get(digest)
        if first is not None:
            first.extra["duplicates"] = ", ".join(filter(None, [first.extra.get("duplicates"), art.path]))
            dropped[id(art)] = ("skipped", f"same content as {first.path!r} (recorded there)")
        elif art.id in ids:
            dropped[id(art)] = ("failed", f"article id {art.id!r} is used by another input")
        else:
            kept[digest] = art
            ids.add(art.id)
    return dropped


def near_duplicates(articles: list, threshold: float = THRESHOLD) -> dict:
    """``id(article)`` -> a note, for each article nearly the same as one before it by (id,
    path); its ``extra["near_duplicate_of"]`` names that one."""
    index, notes = NearDuplicates(threshold), {}
    for art in sorted(articles, key=_in_order):
        similar = index.add(art.path, art.text)
        if similar is not None:
            art.extra["near_duplicate_of"] = similar[0]
            notes[id(art)] = f"near-duplicate of {similar[0]!r} (similarity {similar[1]})"
    return notes
