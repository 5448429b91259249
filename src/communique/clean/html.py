"""Main text and metadata of an HTML page: trafilatura, with a plain fallback."""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
import trafilatura

from communique.clean.dates import normalise_date

FALLBACK_TAGS = "//h1|//h2|//h3|//p|//li[string-length(normalize-space()) > 80]"


@dataclass
class Extracted:
    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = None


def with_trafilatura(html: str) -> Extracted | None:
    # Precision mode with tables scored best on the shared extraction benchmark
    # (scripts/eval_html_extraction.py): our line rules never bring back what it drops.
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    if result is None:
        return None
    data = result if isinstance(result, dict) else result.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return Extracted(
        text=text,
        title=data.get("title") or None,
        published=normalise_date(data.get("date")),
        language=data.get("language") or None,
    )


def with_lxml(html: str) -> Extracted:
    """Headings and paragraphs in page order: poor on clutter, but never loses the text."""
    tree = lxml.html.document_fromstring(html)
    for node in tree.xpath("//script|//style|//noscript|//nav|//footer"):
        node.drop_tree()
    blocks = [" ".join(node.text_content().split()) for node in tree.xpath(FALLBACK_TAGS)]
    titles = tree.xpath("//title")
    title = " ".join(titles[0].text_content().split()) if titles else None
    return Extracted(text="\n\n".join(block for block in blocks if block), title=title or None)


def extract_html(html: str) -> Extracted:
    """The page's main text (paragraphs on their own lines), title, date and language."""
    try:
        extracted = with_trafilatura(html)
    except Exception:  # noqa: BLE001 - trafilatura fails on odd markup: fall back, don't lose it
        extracted = None
    return extracted or with_lxml(html)
