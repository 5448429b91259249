"""Lines a site repeats on many of its pages ("Follow us on Telegram", an About blurb) are
furniture, whatever their wording: counted per site as documents stream by.

Why online counting rather than a first pass over each folder: standard input, WARC files
and JSON Lines exports cannot be read twice, and a first pass would hold a whole crawl
before the first article came out. The price is that the first `MIN_DOCUMENTS` pages of a
site keep such a line (the per-page rules still catch most furniture there); from then on
every page drops it. Only short lines are counted: a long paragraph seen again on one site
is an update of the same story, which near-duplicate detection handles, not furniture.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from pathlib import PurePath
from urllib.parse import urlsplit

from communique.clean.lines import normalised, words
from communique.model import Article, Document

MIN_DOCUMENTS = 3  # seen on this many earlier pages of the site: furniture
MAX_WORDS = 25  # furniture length; longer repeated text is left to dedup.py
MAX_LINES_PER_SITE = 200_000  # bounds memory on a huge crawl; later new lines go uncounted
REASON = "repeated across the site"


def site_of(document: Document) -> str:
    """The site a page comes from: its url's host, else the file (or folder) holding it."""
    if document.url:
        host = urlsplit(document.url).hostname
        if host:
            return host.removeprefix("www.")
    if "#" in document.source:  # a record of a JSON Lines or WARC file: the file
        return document.source.split("#", 1)[0]
    return str(PurePath(document.source).parent)


def line_key(text: str) -> str | None:
    if len(words(text)) > MAX_WORDS:
        return None
    return hashlib.blake2b(normalised(text).encode(), digest_size=8).hexdigest()


class SiteLines:
    """For each site, in how many of its pages each short line has appeared so far."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)

    def is_furniture(self, site: str, text: str) -> bool:
        return self.is_furniture_key(site, line_key(text))

    def is_furniture_key(self, site: str, key: str | None) -> bool:
        return key is not None and self.counts[site][key] >= MIN_DOCUMENTS

    def add_page(self, site: str, lines: list[str]) -> None:
        self.add_keys(site, {line_key(text) for text in lines})

    def add_keys(self, site: str, keys: set[str | None]) -> None:
        counts = self.counts[site]
        for key in keys - {None}:
            if key in counts or len(counts) < MAX_LINES_PER_SITE:
                counts[key] += 1

    def clean(self, document: Document, articles: list[Article]) -> None:
        """Drop the site's furniture from the articles' text, then count this page's lines.

        An article is left whole when every paragraph would go: a page that only repeats
        what the site has said before is a duplicate, not furniture.
        """
        site = site_of(document)
        keys: set[str | None] = set()  # each line hashed once: this runs on every page
        for article in articles:
            texts = article.text.split("\n\n")
            found = [line_key(text) for text in texts]
            keys.update(found)
            kept = [
                t
                for t, key in zip(texts, found, strict=True)
                if not self.is_furniture_key(site, key)
            ]
            if kept and len(kept) < len(texts):
                article.boilerplate += [text for text in texts if text not in kept]
                article.text = "\n\n".join(kept)
        self.add_keys(site, keys)
