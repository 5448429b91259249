"""The ingest pipeline: read → skip stored documents → clean → code, as pipeline steps.

`document_results` keeps each document's articles together, because the store writes one
document per transaction; `process` and `process_documents` flatten that to one
`ArticleResult` per article for callers that do not write (extract, eval).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from communique.dedup import (
    MemoryIndex,
    NearDuplicateIndex,
    Signature,
    band_keys,
    best_match,
    mark_duplicate,
)
from communique.model import Article, ArticleResult, Document, Failure, Skipped, event_record
from communique.pipeline import (
    Executor,
    InProcess,
    RunStats,
    Step,
    attempt,
    map_step,
    run_steps,
)

SkipHashes = Callable[[str], bool]
TIME_LIMIT = 120.0  # seconds to clean one document, and to code each of its articles
MAX_CHARACTERS = 5_000_000  # no news page is longer; a 50 MB line would only stall the cleaner


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


class RunIndex:
    """First copies in the store, and those of this run's recent documents.

    The store alone knows only documents already written, and with a pool or Dask several
    are still being coded when the next is marked: remembering the run's recent first copies
    makes the marking depend on input order only, so every executor links the same
    duplicates. Only the last RECENT documents are kept, so memory stays bounded; older ones
    are in the store by then.
    """

    RECENT = 1024  # documents; far more than executors keep in flight

    def __init__(self, stored: NearDuplicateIndex) -> None:
        self.stored = stored
        self.signatures: dict[str, Signature] = {}
        self.bands: dict[str, set[str]] = defaultdict(set)
        self.documents: deque[list[str]] = deque()
        self.current: list[str] = []  # first copies of the document being marked

    def first_copy(self, article: Article, sig: Signature) -> tuple[str, float] | None:
        found = self.stored.first_copy(article, sig) or self.recent_copy(article, sig)
        if found is None:
            self.current.append(article.article_id)
            self.signatures[article.article_id] = sig
        return found

    def recent_copy(self, article: Article, sig: Signature) -> tuple[str, float] | None:
        ids = {key for band in band_keys(sig) for key in self.bands.get(band, ())}
        return best_match(sig, {key: self.signatures[key] for key in ids}, article.article_id)

    def end_document(self) -> None:
        """The document's first copies become candidates for later documents only (as with
        the store, where a document is written whole)."""
        for article_id in self.current:
            for band in band_keys(self.signatures[article_id]):
                self.bands[band].add(article_id)
        self.documents.append(self.current)
        self.current = []
        if len(self.documents) > self.RECENT:
            self.forget(self.documents.popleft())

    def forget(self, article_ids: list[str]) -> None:
        for article_id in article_ids:
            sig = self.signatures.pop(article_id, None)  # gone: an identical document's
            for band in band_keys(sig) if sig is not None else ():
                self.bands[band].discard(article_id)
                if not self.bands[band]:
                    del self.bands[band]


def mark_articles(index: NearDuplicateIndex | None) -> Step:
    """A step linking near-duplicates to their first copy and counting what the coder skips:
    `skipped.language` (not English) and `skipped.duplicate` (a copy of an earlier article)."""

    def step(items: Iterable[CleanedDocument | Failure], stats: RunStats) -> Iterator:
        for item in items:
            if isinstance(item, CleanedDocument):
                for article in item.articles:
                    mark_article(article, index, stats)
                if isinstance(index, RunIndex):
                    index.end_document()
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


def clean_work(
    item: Document | Failure, *, time_limit: float | None = TIME_LIMIT
) -> CleanedDocument | Failure:
    """Clean one document under the time limit: work an executor places on a worker."""
    if isinstance(item, Failure):
        return item
    size = len(item.text or item.html or "")
    if size > MAX_CHARACTERS:
        reason = f"{size:,} characters, over the limit of {MAX_CHARACTERS:,} for one page"
        return Failure(stage="clean", source=item.source, reason=reason)
    work = partial(clean, item)
    cleaned = attempt("clean", item.source, work, limit=time_limit)
    return cleaned if isinstance(cleaned, Failure) else cleaned[0]


def code_work(
    item: CleanedDocument | Failure, *, time_limit: float | None = TIME_LIMIT
) -> DocumentResult | Failure:
    """Code a cleaned document's articles, each under the time limit; one failing article
    fails the document, so the store never holds a document with an article missing."""
    if isinstance(item, Failure):
        return item
    results = []
    for article in item.articles:
        result = attempt("code", item.source, partial(code_or_keep, article), limit=time_limit)
        if isinstance(result, Failure):
            return result
        results.append(result)
    return DocumentResult(item.document, results)


def document_results(
    documents: Iterable[Document | Failure],
    *,
    stats: RunStats,
    skip_hashes: SkipHashes | None = None,
    near_duplicates: NearDuplicateIndex | None = None,
    executor: Executor | None = None,
    time_limit: float | None = TIME_LIMIT,
) -> Iterator[DocumentResult | Failure]:
    """Run the pipeline over documents (or reader failures, passed through), in input order.

    Cleaning and coding run where the executor puts them (in this process by default); the
    steps that remember earlier documents (stored hashes, site furniture, near-duplicates)
    run here, in input order, so every executor gives the same results. With
    `near_duplicates`, an article that repeats an earlier one is linked to it and not coded,
    so its events are not counted twice.
    """
    run = executor or InProcess()
    if near_duplicates is not None and not isinstance(near_duplicates, MemoryIndex):
        near_duplicates = RunIndex(near_duplicates)
    fresh = skip_stored(skip_hashes)(documents, stats)
    cleaned = run.map(partial(clean_work, time_limit=time_limit), fresh)
    marked = mark_articles(near_duplicates)(drop_site_furniture(cleaned, stats), stats)
    coded = run.map(partial(code_work, time_limit=time_limit), marked)
    yield from run_steps(coded, [count_results], stats)


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
