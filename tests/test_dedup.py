"""Near-duplicates: MinHash signatures, the in-memory and database indexes, and ingest's use."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import ingest
from communique.dedup import MemoryIndex, mark_duplicate, signature, similarity
from communique.model import Article, ArticleResult, Document, content_hash
from communique.pipeline import RunStats
from communique.store import EventFilter, Store
from communique.store.near_duplicates import duplicates
from tests.store import helpers

WIRE = (
    "The foreign ministers of Norland and Sudria met in Valeport on Monday to discuss the "
    "reopening of their shared border crossing, closed since a clash between patrols in "
    "March. Both delegations said the talks had been frank and promised a second round "
    "before the end of the month. Norland's minister said trade across the crossing had "
    "fallen by half since the closure and that farmers on both sides had lost their "
    "markets. Sudria asked for a joint inquiry into the March clash, in which two border "
    "guards were wounded, before any reopening. Observers from the regional security "
    "council attended the meeting at the request of both governments."
)
# The same wire story as a second site runs it: its own lede, one sentence cut, a tail.
REWRITE = (
    "VALEPORT (Daily Planet) - "
    + WIRE.replace(" Observers from the regional security council attended the meeting at "
                   "the request of both governments.", "")
    + " The Daily Planet will follow the talks."
)  # fmt: skip
OTHER = (
    "Protesters gathered outside the parliament in Ostrava on Friday, demanding the "
    "resignation of the interior minister after a week of strikes by transport workers. "
    "Police said about four thousand people took part and that the march ended without "
    "arrests. The minister, who has refused to step down, told reporters that the strikes "
    "were organised by opposition parties and that his ministry would publish the "
    "figures on overtime pay that the unions had asked for. Union leaders said a further "
    "strike would begin on Wednesday if the government did not reopen wage talks."
)


def article_of(text: str, name: str, language: str = "en") -> Article:
    doc = Document(source=name, format="txt", content_hash=content_hash(text), text=text)
    return Article(doc_id=doc.doc_id, document=name, index=0, text=text, language=language)


def test_signature_is_stable_and_short_texts_have_none() -> None:
    assert (signature(WIRE) == signature(WIRE)).all()
    assert signature("Talks resume in Valeport on Monday.") is None


def test_rewrite_is_similar_and_another_story_is_not() -> None:
    wire, rewrite, other = signature(WIRE), signature(REWRITE), signature(OTHER)
    assert similarity(wire, rewrite) >= 0.6
    assert similarity(wire, other) < 0.1


def test_memory_index_links_copies_to_the_first() -> None:
    index = MemoryIndex()
    first, copy, other = article_of(WIRE, "a"), article_of(REWRITE, "b"), article_of(OTHER, "c")
    assert mark_duplicate(first, index) is None and first.duplicate_of is None
    assert mark_duplicate(copy, index) >= 0.6
    assert copy.duplicate_of == first.article_id
    assert mark_duplicate(other, index) is None and other.duplicate_of is None


# -- through ingest and the store --------------------------------------------------------

TEXTS = {"wire.txt": WIRE, "copy.txt": REWRITE, "other.txt": OTHER, "spanish.txt": WIRE + " ES"}


def fake_read(paths):
    for path in paths:
        yield Document(source=path, format="txt", content_hash=content_hash(path), text=TEXTS[path])


def fake_clean(doc: Document) -> list[Article]:
    language = "es" if doc.source == "spanish.txt" else "en"
    article = article_of(doc.text, doc.source, language)
    article.doc_id = doc.doc_id
    return [article]


def fake_code(article: Article) -> ArticleResult:
    text = helpers.TEXT
    return ArticleResult(article, events=helpers.events(text)[:1])


@pytest.fixture(autouse=True)
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "read_inputs", fake_read)
    monkeypatch.setattr(ingest, "clean_document", fake_clean)
    monkeypatch.setattr(ingest, "code_article", fake_code)


def ingest_into(store: Store, paths: list[str], stats: RunStats) -> None:
    items = ingest.document_results(
        ingest.read_inputs(paths), stats=stats, skip_hashes=store.has_document,
        near_duplicates=store.near_duplicate_index(),
    )  # fmt: skip
    for item in items:
        store.write_document(item.document, item.results)


def test_ingest_links_a_copy_and_codes_it_not(tmp_path: Path) -> None:
    stats = RunStats()
    with Store(tmp_path / "e.db") as store:
        ingest_into(store, ["wire.txt", "other.txt"], stats)
        ingest_into(store, ["copy.txt"], stats)  # a later run finds the stored first copy
        [link] = duplicates(store.db)
        events = store.events(EventFilter())
        counts = store.counts()
    assert (link["document"], link["first_document"]) == ("copy.txt", "wire.txt")
    assert link["similarity"] >= 0.6
    assert counts["articles"] == 3  # the copy is stored ...
    assert len(events) == 2  # ... but only the wire and the other story give events
    assert stats.counts["skipped.duplicate"] == 1


def test_copy_within_one_run_is_found(tmp_path: Path) -> None:
    stats = RunStats()
    with Store(tmp_path / "e.db") as store:
        ingest_into(store, ["wire.txt", "copy.txt"], stats)
        assert len(duplicates(store.db)) == 1
    assert stats.counts["skipped.duplicate"] == 1


def test_other_languages_are_kept_but_not_coded(tmp_path: Path) -> None:
    stats = RunStats()
    results = list(ingest.process(["spanish.txt"], stats=stats))
    [result] = results
    assert result.article.language == "es" and result.events == []
    assert stats.counts["skipped.language"] == 1 and stats.counts["articles"] == 1


def test_ingest_summary_names_what_was_left_out() -> None:
    from communique.cli import left_out

    stats = RunStats()
    stats.count("skipped")  # stored before: the summary's own count, not a reason
    stats.count("skipped.language", 2)
    stats.count("skipped.duplicate")
    assert left_out(stats) == "\nleft out: duplicate 1, language 2"
    assert left_out(RunStats()) == ""
