"""Near-duplicate articles in the database: MinHash signatures, their LSH bands, the links.

Every stored article that is no near-duplicate leaves its signature and band keys here, in
the same transaction as the article, so a later ingest (or a later document of the same
run) finds it as a first copy. A near-duplicate is stored as an article too, with a row of
`near_duplicates` naming its first copy; its events are not coded (ingest.py), so
`events` and `export` never count one happening twice.
"""

from __future__ import annotations

import sqlite3

from communique.dedup import Signature, band_keys, best_match, from_bytes, signature, to_bytes
from communique.model import Article

TABLES = """
CREATE TABLE IF NOT EXISTS minhash_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(article_id),
    signature BLOB NOT NULL          -- dedup.PERMUTATIONS little-endian uint64 minima
);

CREATE TABLE IF NOT EXISTS minhash_bands (
    band TEXT NOT NULL,              -- "<band number>:<hash of its rows>"
    article_id TEXT NOT NULL REFERENCES articles(article_id),
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS near_duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles(article_id),
    duplicate_of TEXT NOT NULL REFERENCES articles(article_id),
    similarity REAL NOT NULL         -- estimated Jaccard similarity of word 5-grams
);

CREATE INDEX IF NOT EXISTS near_duplicates_first ON near_duplicates(duplicate_of);
"""


def create_tables(db: sqlite3.Connection) -> None:
    db.executescript(TABLES)


class StoreIndex:
    """The first copies of every article stored so far (dedup.NearDuplicateIndex)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def first_copy(self, article: Article, sig: Signature) -> tuple[str, float] | None:
        keys = band_keys(sig)
        marks = ", ".join("?" for _ in keys)
        rows = self.db.execute(
            "SELECT s.article_id, s.signature FROM minhash_signatures s WHERE s.article_id IN"
            f" (SELECT article_id FROM minhash_bands WHERE band IN ({marks}))",
            keys,
        ).fetchall()
        candidates = {row[0]: from_bytes(row[1]) for row in rows}
        return best_match(sig, candidates, article.article_id)


def record_article(db: sqlite3.Connection, article: Article) -> None:
    """Inside the article's transaction: its link to a first copy, or its signature."""
    if article.duplicate_of:
        db.execute(
            "INSERT OR IGNORE INTO near_duplicates (article_id, duplicate_of, similarity)"
            " VALUES (?, ?, ?)",
            (article.article_id, article.duplicate_of, article.duplicate_similarity or 0.0),
        )
        return
    sig = signature(article.text)
    if sig is None:
        return
    db.execute(
        "INSERT OR IGNORE INTO minhash_signatures (article_id, signature) VALUES (?, ?)",
        (article.article_id, to_bytes(sig)),
    )
    db.executemany(
        "INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES (?, ?)",
        [(key, article.article_id) for key in band_keys(sig)],
    )


def duplicates(db: sqlite3.Connection) -> list[dict[str, object]]:
    """Every near-duplicate with its first copy, for reports and tests."""
    rows = db.execute(
        "SELECT n.article_id, n.duplicate_of, n.similarity, a.document, f.document AS first"
        " FROM near_duplicates n JOIN articles a ON a.article_id = n.article_id"
        " JOIN articles f ON f.article_id = n.duplicate_of ORDER BY a.document, n.article_id"
    )
    keys = ("article_id", "duplicate_of", "similarity", "document", "first_document")
    return [dict(zip(keys, tuple(row), strict=True)) for row in rows]
