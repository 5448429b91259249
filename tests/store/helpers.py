"""Hand-built documents and coded articles for store and CLI tests (no spaCy, no reader)."""

from __future__ import annotations

from communique.model import (
    Actor,
    Article,
    ArticleResult,
    Document,
    Event,
    EventActor,
    Place,
    content_hash,
)

TEXT = (
    "Cuban President Miguel Diaz-Canel met Nikolai Patrushev in Havana on Monday. "
    "Russia accused Ukraine of shelling the plant. "
    "Diaz-Canel will visit Moscow next month."
)

DIAZ_CANEL = Actor("Miguel Diaz-Canel", "person", "CUB", "GOV", ["Diaz-Canel"], ["President"])
PATRUSHEV = Actor("Nikolai Patrushev", "person", "RUS", "GOV", ["Patrushev"], ["Secretary"])
RUSSIA = Actor("Russia", "state", "RUS")
UKRAINE = Actor("Ukraine", "state", "UKR")
MOSCOW_HOST = Actor("Moscow", "state", "RUS")


def document(text: str = TEXT, record_id: str | None = "doc-1") -> Document:
    return Document(
        source=f"{record_id}.txt", format="txt", content_hash=content_hash(text), text=text,
        record_id=record_id, published="2024-02-28",
    )  # fmt: skip


def part(actor: Actor, text: str, start: int) -> EventActor:
    return EventActor(actor, text, start, start + len(text))


def sentence_of(text: str, words: str) -> tuple[str, int, int]:
    """The sentence of `text` holding `words`, with its offsets."""
    at = text.index(words)
    start = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
    end = text.index(".", at) + 1
    return text[start:end], start, end


def events(text: str = TEXT) -> list[Event]:
    consult, s1, e1 = sentence_of(text, "met")
    accuse, s2, e2 = sentence_of(text, "accused")
    plan, s3, e3 = sentence_of(text, "will visit")
    return [
        Event(
            "CONSULT", "meeting", part(DIAZ_CANEL, "Miguel Diaz-Canel", text.index("Miguel")),
            part(PATRUSHEV, "Nikolai Patrushev", text.index("Nikolai")), consult, s1, e1,
            trigger="met", rule="svo:meet", cameo="040", date="2024-02-26",
            date_precision="day", date_text="Monday", location=Place("Havana", "CUB"),
            confidence=0.82,
        ),
        Event(
            "ACCUSE", None, part(RUSSIA, "Russia", text.index("Russia")),
            part(UKRAINE, "Ukraine", text.index("Ukraine")), accuse, s2, e2,
            trigger="accused", rule="svo:accuse", cameo="112", date="2024-02",
            date_precision="month", confidence=0.7,
        ),
        Event(
            "CONSULT", "visit", part(DIAZ_CANEL, "Diaz-Canel", text.index("Diaz-Canel will")),
            part(MOSCOW_HOST, "Moscow", text.index("Moscow")), plan, s3, e3,
            trigger="will visit", rule="svo:visit", planned=True, confidence=0.4,
        ),
    ]  # fmt: skip


def article(doc: Document, index: int = 0, text: str = TEXT) -> Article:
    return Article(
        doc_id=doc.doc_id, document=doc.name, index=index, text=text,
        title="Diaz-Canel meets Patrushev", published="2024-02-28", published_from="input",
    )  # fmt: skip


def result(doc: Document, index: int = 0, text: str = TEXT) -> ArticleResult:
    return ArticleResult(
        article(doc, index, text),
        actors=[DIAZ_CANEL, PATRUSHEV, RUSSIA, UKRAINE],
        events=events(text),
    )
