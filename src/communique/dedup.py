"""Near-duplicate articles (one wire story on many sites) by MinHash and LSH banding.

An article's signature is the minimum, under each of 128 fixed hash permutations, of the
hashes of its word 5-grams; the share of positions where two signatures agree estimates
the Jaccard similarity of the two articles' 5-gram sets. Signatures are cut into 32 bands
of 4 rows: articles sharing any band are candidates (likely at Jaccard 0.5, unlikely
below 0.3), and a candidate is a near-duplicate when its estimated similarity reaches
`THRESHOLD`. Our own few lines rather than datasketch, which pulls in scipy; the
permutations come from a fixed seed, so signatures are identical on every machine.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Protocol

import numpy as np

from communique.model import Article

SHINGLE_WORDS = 5
PERMUTATIONS = 128
BANDS = 32
ROWS = PERMUTATIONS // BANDS
THRESHOLD = 0.5  # rewrites of one wire copy share well over half their 5-grams
# Under ~45 words, two briefs written to one template ("X met Y on Monday") look alike
# without being one story: too little text to call them copies.
MIN_SHINGLES = 40
MERSENNE = np.uint64((1 << 61) - 1)
MASK = np.uint64((1 << 32) - 1)
_rng = np.random.default_rng(20240228)
_A = _rng.integers(1, (1 << 32) - 1, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, (1 << 32) - 1, size=PERMUTATIONS, dtype=np.uint64)
WORD = re.compile(r"\w+", re.UNICODE)

Signature = np.ndarray  # PERMUTATIONS unsigned 64-bit minima


def shingles(text: str) -> set[str]:
    """The text's word 5-grams, case and punctuation folded away."""
    words = WORD.findall(text.casefold())
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def shingle_hashes(grams: set[str]) -> np.ndarray:
    """A stable 32-bit hash per shingle (Python's own hash() changes between runs)."""
    digests = (hashlib.blake2b(gram.encode(), digest_size=4).digest() for gram in grams)
    return np.fromiter((int.from_bytes(d, "little") for d in digests), dtype=np.uint64)


def signature(text: str) -> Signature | None:
    """The MinHash signature of a text, or None when it is too short to compare."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    hashes = shingle_hashes(grams)
    # (a * x + b) mod p with 32-bit a, b and x stays below 2^64: no overflow.
    permuted = (np.outer(hashes, _A) + _B) % MERSENNE & MASK
    return permuted.min(axis=0)


def similarity(first: Signature, second: Signature) -> float:
    """The estimated Jaccard similarity: the share of permutations where the minima agree."""
    return float(np.mean(first == second))


def band_keys(sig: Signature) -> list[str]:
    """One key per band: the band's number and a hash of its rows."""
    rows, width = to_bytes(sig), ROWS * 8
    return [
        f"{band}:{short_hash(rows[band * width : (band + 1) * width])}" for band in range(BANDS)
    ]


def short_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def to_bytes(sig: Signature) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> Signature:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


class NearDuplicateIndex(Protocol):
    """Where the first copies live: in memory for one run, or in the database."""

    def first_copy(self, article: Article, sig: Signature) -> tuple[str, float] | None:
        """(article id, similarity) of an earlier near-duplicate of `article`, else None."""
        ...


def best_match(
    sig: Signature, candidates: dict[str, Signature], own_id: str
) -> tuple[str, float] | None:
    """The most similar candidate at or above the threshold; ties go to the smallest id."""
    scored = [(similarity(sig, other), key) for key, other in candidates.items() if key != own_id]
    scored = [(score, key) for score, key in scored if score >= THRESHOLD]
    if not scored:
        return None
    score, key = min(scored, key=lambda item: (-item[0], item[1]))
    return key, score


class MemoryIndex:
    """The index of one run without a database (`communique extract`): an article that is
    no near-duplicate becomes a first copy as soon as it is looked up."""

    def __init__(self) -> None:
        self.bands: dict[str, list[str]] = defaultdict(list)
        self.signatures: dict[str, Signature] = {}

    def first_copy(self, article: Article, sig: Signature) -> tuple[str, float] | None:
        keys = band_keys(sig)
        candidates = {key: self.signatures[key] for band in keys for key in self.bands[band]}
        found = best_match(sig, candidates, article.article_id)
        if found is None:
            self.add(article.article_id, sig, keys)
        return found

    def add(self, article_id: str, sig: Signature, keys: list[str]) -> None:
        self.signatures[article_id] = sig
        for band in keys:
            self.bands[band].append(article_id)


def mark_duplicate(article: Article, index: NearDuplicateIndex) -> float | None:
    """Link `article` to its first copy, if it has one; returns the similarity."""
    sig = signature(article.text)
    if sig is None:
        return None
    found = index.first_copy(article, sig)
    if found is None:
        return None
    article.duplicate_of, article.duplicate_similarity = found
    return article.duplicate_similarity
