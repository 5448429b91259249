"""Lines a site repeats across its pages are dropped once seen on enough earlier pages."""

from __future__ import annotations

from communique.clean.site_lines import MIN_DOCUMENTS, SiteLines, site_of
from communique.model import Article, Document, content_hash

PROMO = "Follow the Valeport Courier on Telegram for breaking news."
BODIES = [
    "The council of Valeport voted on Monday to extend the curfew by a week.",
    "Farmers blocked the northern highway on Tuesday to protest against grain imports.",
    "The harbour authority said on Wednesday that two tankers had been seized.",
    "Teachers in Ostrava went on strike on Thursday over unpaid wages.",
    "The mayor resigned on Friday after a vote of no confidence.",
]


def page(body: str, url: str | None = "https://www.courier.example/a") -> tuple[Document, list]:
    text = f"{body}\n\n{PROMO}"
    doc = Document(source="p.txt", format="txt", content_hash=content_hash(body), text=text,
                   url=url)  # fmt: skip
    return doc, [Article(doc_id=doc.doc_id, document="p", index=0, text=text)]


def test_repeated_line_goes_after_enough_pages() -> None:
    site_lines = SiteLines()
    texts = []
    for body in BODIES:
        doc, articles = page(body)
        site_lines.clean(doc, articles)
        texts.append(articles[0].text)
    assert all(PROMO in text for text in texts[:MIN_DOCUMENTS])
    assert texts[MIN_DOCUMENTS] == BODIES[MIN_DOCUMENTS]
    assert texts[-1] == BODIES[-1]


def test_dropped_line_is_recorded_as_boilerplate() -> None:
    site_lines = SiteLines()
    for body in BODIES[:MIN_DOCUMENTS]:
        site_lines.clean(*page(body))
    doc, [article] = page(BODIES[-1])
    site_lines.clean(doc, [article])
    assert article.boilerplate == [PROMO]


def test_other_sites_are_counted_apart() -> None:
    site_lines = SiteLines()
    for body in BODIES[:MIN_DOCUMENTS]:
        site_lines.clean(*page(body))
    doc, [article] = page(BODIES[-1], url="https://other.example/x")
    site_lines.clean(doc, [article])
    assert PROMO in article.text


def test_a_page_made_only_of_known_lines_is_left_whole() -> None:
    site_lines = SiteLines()
    for _ in range(MIN_DOCUMENTS):
        site_lines.clean(*page(BODIES[0]))
    doc, [article] = page(BODIES[0])  # every line of it seen on enough pages
    site_lines.clean(doc, [article])
    assert article.text == f"{BODIES[0]}\n\n{PROMO}"


def test_site_is_host_else_folder_else_file() -> None:
    def doc(source: str, url: str | None = None) -> Document:
        return Document(source=source, format="txt", content_hash="x", text="t", url=url)

    assert site_of(doc("a/b.txt", "https://www.courier.example/x")) == "courier.example"
    assert site_of(doc("crawl/courier/page.txt")) == "crawl/courier"
    assert site_of(doc("export.jsonl#4")) == "export.jsonl"
