"""A small database for the API and browser tests, built from hand-made records.

Two documents: the Havana page of tests/store/helpers (three events, one planned), and a
page whose text carries a script payload, as a hostile page might.
"""

from __future__ import annotations

from pathlib import Path

from communique.model import Actor, ArticleResult, Event, content_hash
from communique.store import Store
from tests.store import helpers

PAYLOAD = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
HOSTILE_TEXT = (
    f"Protesters in Kyiv carried signs reading {PAYLOAD} on Tuesday. "
    "Ukraine accused Russia of shelling Kharkiv."
)
PROTESTERS = Actor("Protesters", "group", "UKR", "CVL")


def hostile_events() -> list[Event]:
    text = HOSTILE_TEXT
    protest, s1, e1 = helpers.sentence_of(text, "carried")
    accuse, s2, e2 = helpers.sentence_of(text, "accused")
    return [
        Event(
            "PROTEST", "demonstrate", helpers.part(PROTESTERS, "Protesters", 0), None,
            protest, s1, e1, trigger="carried signs", rule="svo:protest", cameo="141",
            date="2024-03-05", date_precision="day", date_text="Tuesday", confidence=0.6,
        ),
        Event(
            "ACCUSE", None, helpers.part(helpers.UKRAINE, "Ukraine", text.index("Ukraine")),
            helpers.part(helpers.RUSSIA, "Russia", text.index("Russia")), accuse, s2, e2,
            trigger="accused", rule="svo:accuse", cameo="112", date="2024-03",
            date_precision="month", confidence=0.7,
        ),
    ]  # fmt: skip


def build(path: Path) -> Path:
    """Write the sample database at `path` and return the path."""
    havana = helpers.document()
    hostile = helpers.document(HOSTILE_TEXT, record_id="doc-2")
    hostile_article = helpers.article(hostile, 0, HOSTILE_TEXT)
    hostile_article.title = f"Signs in Kyiv {PAYLOAD}"
    hostile_article.published = "2024-03-06"
    with Store(path) as store:
        store.write_document(havana, [helpers.result(havana)])
        store.write_document(
            hostile, [ArticleResult(hostile_article, [PROTESTERS], hostile_events())]
        )
    assert content_hash(HOSTILE_TEXT) != havana.content_hash
    return path
