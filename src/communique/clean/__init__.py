"""Cleaning: one Document to its Articles (title, date, dateline, clean text, dropped lines).

HTML goes through trafilatura first; every text (trafilatura's output, a text file, a JSON
Lines `text`) then goes through the same line rules: clutter out, articles cut apart.
"""

from __future__ import annotations

from communique.clean.dates import normalise_date
from communique.clean.html import extract_html
from communique.clean.language import guess_language
from communique.clean.lines import split_lines
from communique.clean.segment import Cut, cut_article, split_articles
from communique.model import Article, Document

__all__ = ["clean_document", "clean_text"]


def clean_text(text: str, title: str | None = None, *, structured: bool = False) -> list[Cut]:
    """Articles cut from plain text; `title` is a headline known from elsewhere (input, HTML).

    `structured` text is an HTML extractor's output: its headings, lists and tables are
    part of the article, not page furniture (see segment.drop_reason).
    """
    groups = split_articles(split_lines(text))
    return [
        cut_article(group, title_hint=title if index == 0 else None, structured=structured)
        for index, group in enumerate(groups)
    ]


def text_and_metadata(doc: Document) -> tuple[str, str | None, str | None, str | None]:
    """(text, title, published, where the date came from) before cutting."""
    if doc.text is not None:
        return doc.text, doc.title, None, None
    if doc.html is None:
        raise ValueError("document has neither text nor html")
    extracted = extract_html(doc.html)
    published = extracted.published
    return (
        extracted.text,
        doc.title or extracted.title,
        published,
        "html-meta" if published else None,
    )


def make_article(doc: Document, cut: Cut, index: int) -> Article:
    text = "\n\n".join(cut.paragraphs)
    return Article(
        doc_id=doc.doc_id,
        document=doc.name,
        index=index,
        text=text,
        title=cut.title,
        published=cut.published,
        published_from=cut.published_from,
        url=doc.url,
        language=guess_language(text),
        boilerplate=cut.boilerplate,
        dateline=cut.dateline,
    )


def date_cuts(cuts: list[Cut], published: str | None, source: str | None) -> None:
    """A date the input or the HTML metadata gives beats one read from the text."""
    if not published:
        return
    for cut in cuts:
        cut.published, cut.published_from = published, source


def clean_document(doc: Document) -> list[Article]:
    """The articles of one document, in page order; ValueError when none has any text."""
    text, title, published, source = text_and_metadata(doc)
    structured = doc.text is None  # the text came out of trafilatura
    cuts = [cut for cut in clean_text(text, title, structured=structured) if cut.paragraphs]
    if doc.published:
        published, source = normalise_date(doc.published), "input"
    date_cuts(cuts, published, source)
    if not cuts:
        raise ValueError("no article text left after removing page clutter")
    articles = [make_article(doc, cut, index) for index, cut in enumerate(cuts)]
    page_date = next((a.published for a in articles if a.published), None)
    for article in articles:
        article.page_date = page_date  # a second story on a page was written the same day
    return articles
