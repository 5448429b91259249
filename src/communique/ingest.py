"""The ingest pipeline: read → skip stored documents → clean → code, as pipeline steps.

`document_results` keeps each document's articles together, because the store writes one
document per transaction; `process` and `process_documents` flatten that to one
`ArticleResult` per article for callers that do not write (extract, eval).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from communique.dedup import NearDuplicateIndex, mark_duplicate
from communique.model import Article, ArticleResult, Document, Failure, Skipped, event_record
from communique.pipeline import RunStats, Step, map_step, run_steps

SkipHashes = Callable[[str], bool]


@dataclass
class CleanedDocument:
    """A document and the articles cut from it, on their way to the coder."""

    document: Document
    articles: list[Article]

    @property
    def source(self) -> str:  # how pipeline.item_name names it in a Failure
        return self.document.source


@dataclass
class DocumentResult:
    """Everything coded from one document: what the store writes in one transaction."""

    document: Document
    results: list[ArticleResult] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.document.source


# The three stages come from their own packages, imported on first use so that `--help`,
# the store and the tests never load spaCy; tests replace these names to stand in for them.


def read_inputs(paths: Iterable[str], **globs: list[str]) -> Iterator[Document | Failure]:
    """Documents of files, folders or "-" for standard input; `globs` are `include` and
    `exclude` patterns for the files found in folders."""
    from communique.read import read_inputs

    return read_inputs(paths, **globs)


def clean_document(document: Document) -> list[Article]:
    from communique.clean import clean_document

    return clean_document(document)


def code_article(article: Article) -> ArticleResult:
    from communique.events.coder import code_article

    return code_article(article)


def clean(document: Document) -> list[CleanedDocument]:
    return [CleanedDocument(document, clean_document(document))]


CODED_LANGUAGES = ("en", "und")  # "und": too short to tell, so the English coder tries


def is_coded(article: Article) -> bool:
    """The English coder reads English articles that are no copy of one already coded."""
    return article.language in CODED_LANGUAGES and article.duplicate_of is None


def code_or_keep(article: Article) -> ArticleResult:
    return code_article(article) if is_coded(article) else ArticleResult(article)


def code(cleaned: CleanedDocument) -> list[DocumentResult]:
    """Code every article of a document; one failing article fails the whole document, so
    the store never holds a document with an article missing. Articles in other languages
    and near-duplicates are kept, uncoded (see `mark_articles`)."""
    return [DocumentResult(cleaned.document, [code_or_keep(a) for a in cleaned.articles])]


def drop_site_furniture(items: Iterable[CleanedDocument | Failure], stats: RunStats) -> Iterator:
    """A step dropping lines the page's site repeats on many pages (clean/site_lines.py)."""
    from communique.clean.site_lines import SiteLines

    site_lines = SiteLines()
    for item in items:
        if isinstance(item, CleanedDocument):
            site_lines.clean(item.document, item.articles)
        yield item


def mark_articles(index: NearDuplicateIndex | None) -> Step:
    """A step linking near-duplicates to their first copy and counting what the coder skips:
    `skipped.language` (not English) and `skipped.duplicate` (a copy of an earlier article)."""

    def step(items: Iterable[CleanedDocument | Failure], stats: RunStats) -> Iterator:
        for item in items:
            if isinstance(item, CleanedDocument):
                for article in item.articles:
                    mark_article(article, index, stats)
            yield item

    return step


def mark_article(article: Article, index: NearDuplicateIndex | None, stats: RunStats) -> None:
    if index is not None and mark_duplicate(article, index) is not None:
        stats.count("skipped.duplicate")
    elif article.language not in CODED_LANGUAGES:
        stats.count("skipped.language")


def skip_stored(skip_hashes: SkipHashes | None) -> Step:
    """A step dropping documents already stored (counted as `skipped`), counting the rest."""

    def step(items: Iterable[Document | Failure | Skipped], stats: RunStats) -> Iterator:
        for item in items:
            if isinstance(item, Skipped):  # left out by the reader (a WARC image record)
                stats.count(f"skipped.{item.reason}")
                continue
            if isinstance(item, Document):
                if skip_hashes is not None and skip_hashes(item.content_hash):
                    stats.count("skipped")
                    continue
                stats.count("documents")
            yield item

    return step


def count_results(items: Iterable[DocumentResult | Failure], stats: RunStats) -> Iterator:
    for item in items:
        if isinstance(item, DocumentResult):
            stats.count("articles", len(item.results))
            stats.count("events", sum(len(result.events) for result in item.results))
        yield item


def document_results(
    documents: Iterable[Document | Failure],
    *,
    stats: RunStats,
    skip_hashes: SkipHashes | None = None,
    near_duplicates: NearDuplicateIndex | None = None,
) -> Iterator[DocumentResult | Failure]:
    """Run the pipeline over documents (or reader failures, passed through).

    With `near_duplicates`, an article that repeats an earlier one is linked to it and not
    coded, so its events are not counted twice.
    """
    steps = [skip_stored(skip_hashes), map_step("clean", clean), drop_site_furniture]
    steps += [mark_articles(near_duplicates), map_step("code", code)]
    yield from run_steps(documents, [*steps, count_results], stats)


def flatten(items: Iterable[DocumentResult | Failure]) -> Iterator[ArticleResult | Failure]:
    for item in items:
        if isinstance(item, DocumentResult):
            yield from item.results
        else:
            yield item


def process_documents(
    documents: Iterable[Document | Failure],
    *,
    stats: RunStats,
    skip_hashes: SkipHashes | None = None,
    near_duplicates: NearDuplicateIndex | None = None,
) -> Iterator[ArticleResult | Failure]:
    """One result per article of the documents; failures flow on, counted in `stats`."""
    results = document_results(
        documents, stats=stats, skip_hashes=skip_hashes, near_duplicates=near_duplicates
    )
    return flatten(results)


def process(
    paths: Iterable[str],
    *,
    stats: RunStats,
    skip_hashes: SkipHashes | None = None,
    near_duplicates: NearDuplicateIndex | None = None,
) -> Iterator[ArticleResult | Failure]:
    """One result per article of the inputs at `paths`."""
    documents = read_inputs(paths)
    return process_documents(
        documents, stats=stats, skip_hashes=skip_hashes, near_duplicates=near_duplicates
    )


def clean_articles(
    paths: Iterable[str], *, stats: RunStats, **globs: list[str]
) -> Iterator[Article | Failure]:
    """The cleaned articles of the inputs, not coded: what `communique articles` shows."""
    steps = [skip_stored(None), map_step("clean", clean), drop_site_furniture]
    for item in run_steps(read_inputs(paths, **globs), steps, stats):
        if isinstance(item, CleanedDocument):
            stats.count("articles", len(item.articles))
            yield from item.articles
        else:
            yield item


def event_records(result: ArticleResult, *, keep_unasserted: bool = False) -> list[dict]:
    """The event records of one article; negated, hypothetical and planned ones only if
    asked, since the guidelines count only what the article asserts happened."""
    return [
        event_record(event, result.article)
        for event in result.events
        if keep_unasserted or event.asserted
    ]
