"""The ingest pipeline around its stages: time limits, oversized pages, executors and
near-duplicates in flight. Stand-ins replace the cleaner and coder (no spaCy loaded)."""

from __future__ import annotations

import random
import time

import pytest

from communique import ingest
from communique.dedup import MemoryIndex, signature
from communique.model import ArticleResult, Document, Failure, content_hash
from communique.pipeline import InProcess, ProcessPool, RunStats
from tests.store import helpers

STORY = (
    "Foreign ministers from twelve countries met in Geneva on Monday to discuss the grain "
    "corridor, the shipping insurance scheme and the inspection regime for the ports. "
    "Officials said the talks would go on for three days and that a joint statement was "
    "expected on Thursday, after a visit to the port authority and a meeting with the "
    "insurers who cover the ships that carry the grain through the strait every week."
)


def document(text: str, name: str) -> Document:
    return Document(source=name, format="txt", content_hash=content_hash(text + name), text=text)


def slow_or_quick_code(article):
    if "slow" in article.document:
        end = time.monotonic() + 30
        while time.monotonic() < end:
            pass
    events = helpers.events(article.text) if article.text.startswith(helpers.TEXT) else []
    return ArticleResult(article, events=events)


@pytest.fixture(autouse=True)
def stand_ins(monkeypatch):
    monkeypatch.setattr(ingest, "clean_document", lambda doc: [helpers.article(doc, 0, doc.text)])
    monkeypatch.setattr(ingest, "code_article", slow_or_quick_code)


def run(documents, **options) -> tuple[list, RunStats]:
    stats = RunStats()
    return list(ingest.document_results(documents, stats=stats, **options)), stats


def test_a_page_past_the_time_limit_fails_alone():
    docs = [document(helpers.TEXT, "a.txt"), document(helpers.TEXT, "slow.txt")]
    docs.append(document(helpers.TEXT, "c.txt"))
    started = time.monotonic()
    items, stats = run(docs, time_limit=0.5)
    assert time.monotonic() - started < 10
    assert [type(item).__name__ for item in items] == [
        "DocumentResult",
        "Failure",
        "DocumentResult",
    ]
    assert items[1] == Failure("code", "slow.txt", "time limit of 0.5 s exceeded")
    assert stats.counts["failed.code"] == 1 and stats.counts["articles"] == 2


def test_an_oversized_page_fails_before_cleaning(monkeypatch):
    monkeypatch.setattr(ingest, "MAX_CHARACTERS", len(helpers.TEXT))
    items, _ = run([document(helpers.TEXT + "!", "huge.txt"), document(helpers.TEXT, "ok.txt")])
    assert isinstance(items[0], Failure) and "over the limit of" in items[0].reason
    assert items[0].stage == "clean" and not isinstance(items[1], Failure)


def test_reader_failures_pass_through_in_order():
    failure = Failure("read", "bad.txt", "empty file")
    items, stats = run([failure, document(helpers.TEXT, "a.txt")])
    assert items[0] == failure and len(stats.failures) == 1


def test_a_process_pool_gives_the_in_process_results():
    docs = [document(helpers.TEXT, f"doc-{n}.txt") for n in range(12)]
    local, _ = run(docs, executor=InProcess())
    pool = ProcessPool(2, window=3)
    try:
        pooled, _ = run(docs, executor=pool)
    finally:
        pool.close()
    assert pooled == local


class NothingStored:
    """A store index before any write: what a writer sees while documents are in flight."""

    def first_copy(self, article, sig):
        return None


def test_duplicates_in_flight_are_linked_as_in_a_sequential_run():
    """The copy's first copy is not written yet, and it is still found; two copies inside
    one document are not linked, as the store (written per document) would not either."""
    docs = [document(STORY, "first.txt"), document(STORY + " ", "copy.txt")]
    items, stats = run(docs, near_duplicates=NothingStored())
    first, copy = (item.results[0].article for item in items)
    assert first.duplicate_of is None
    assert copy.duplicate_of == first.article_id
    assert stats.counts["skipped.duplicate"] == 1


def test_run_index_keeps_only_recent_documents(monkeypatch):
    """Memory stays bounded: first copies older than RECENT documents are left to the store."""
    monkeypatch.setattr(ingest.RunIndex, "RECENT", 2)
    index = ingest.RunIndex(NothingStored())
    words = STORY.split()
    stories = [" ".join(random.Random(n).sample(words, len(words))) for n in range(4)]
    articles = [
        helpers.article(document(text, f"{n}.txt"), 0, text) for n, text in enumerate(stories)
    ]
    for article, text in zip(articles, stories, strict=True):
        assert index.first_copy(article, signature(text)) is None  # all distinct stories
        index.end_document()
    assert set(index.signatures) == {articles[2].article_id, articles[3].article_id}
    copy = helpers.article(document(stories[3], "copy.txt"), 0, stories[3])
    assert index.first_copy(copy, signature(stories[3]))[0] == articles[3].article_id


def test_memory_index_is_used_as_given():
    index = MemoryIndex()
    items, _ = run([document(STORY, "a.txt"), document(STORY, "b.txt")], near_duplicates=index)
    assert index.signatures  # extract's in-memory index was not wrapped or replaced
