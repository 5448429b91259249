"""clean_document on hand-written pages: clutter, several articles, dates, datelines, HTML."""

from __future__ import annotations

import pytest

from communique.clean import clean_document
from communique.model import Document, content_hash

BODY_ONE = (
    "The foreign ministers of Norland and Sudria met in Valeport on Monday to discuss the "
    "reopening of their shared border crossing."
)
BODY_TWO = (
    "Both delegations said the talks had been frank and promised a second round before the "
    "end of the month."
)
BODY_THREE = (
    "Protesters gathered outside the parliament in Ostrava on Friday, demanding the "
    "resignation of the interior minister."
)


def text_doc(text: str, **fields) -> Document:
    return Document(
        source="page.txt", format="txt", content_hash=content_hash(text), text=text, **fields
    )


def test_clutter_goes_and_article_text_stays() -> None:
    page = "\n".join(
        [
            "Menu",
            "Home | World | Politics | Sport",
            "",
            "Norland and Sudria reopen border talks",
            "By Ana Lindqvist",
            "Published: 3 March 2023",
            "Share on Facebook",
            "Main image:",
            "",
            BODY_ONE,
            "",
            "Advertisement",
            "",
            "Also read: Sudria elects a new parliament",
            "",
            BODY_TWO,
            "",
            "Sign in to comment",
            "Please enter the code shown in the image to prove you are not a robot.",
            "Rate this article",
        ]
    )
    [article] = clean_document(text_doc(page))
    assert article.text == f"{BODY_ONE}\n\n{BODY_TWO}"
    assert article.title == "Norland and Sudria reopen border talks"
    assert (article.published, article.published_from) == ("2023-03-03", "label")
    for line in ("Advertisement", "By Ana Lindqvist", "Main image:", "Sign in to comment"):
        assert line in article.boilerplate
    assert article.language == "en" and article.index == 0 and article.document == "page.txt"


def test_two_articles_on_one_page() -> None:
    page = "\n".join(
        [
            "Norland and Sudria reopen border talks",
            "",
            "Norland and Sudria reopen border talks",
            "Fecha de publicación:",
            "28 February 2024",
            "",
            BODY_ONE,
            "",
            BODY_TWO,
            "",
            "",
            "Thousands protest in Ostrava",
            "",
            BODY_THREE,
            "",
            "",
            "Add new comment",
        ]
    )
    first, second = clean_document(text_doc(page))
    assert first.title == "Norland and Sudria reopen border talks"
    assert first.text == f"{BODY_ONE}\n\n{BODY_TWO}" and first.published == "2024-02-28"
    assert second.title == "Thousands protest in Ostrava"
    assert second.text == BODY_THREE and second.published is None
    assert (first.index, second.index) == (0, 1)
    assert first.article_id != second.article_id
    assert "Add new comment" in second.boilerplate


def test_section_headings_inside_text_are_not_new_articles() -> None:
    page = f"Border talks resume\n\n{BODY_ONE}\n\nWhat comes next\n\n{BODY_TWO}"
    [article] = clean_document(text_doc(page))
    assert article.text == f"{BODY_ONE}\n\n{BODY_TWO}"
    assert "What comes next" in article.boilerplate


def test_header_date_above_headline_loses_to_date_below() -> None:
    page = "\n".join(
        ["Thursday, November 28, 2024", "", "Border talks resume", "Staff Reporter",
         "August 29, 2019", "", BODY_ONE]
    )  # fmt: skip
    [article] = clean_document(text_doc(page))
    assert (article.published, article.published_from) == ("2019-08-29", "text")


@pytest.mark.parametrize(
    ("opening", "place", "published"),
    [
        ("ISLAMABAD (Reuters) - ", "Islamabad", None),
        ("GENEVA, June 16, 2021 (AP) — ", "Geneva", "2021-06-16"),
        ("NEW DELHI/KABUL: ", "New Delhi/Kabul", None),
        ("", None, None),
    ],
)
def test_dateline_recorded_and_text_kept(
    opening: str, place: str | None, published: str | None
) -> None:
    [article] = clean_document(text_doc(f"Border talks resume\n\n{opening}{BODY_ONE}"))
    assert article.dateline == place and article.published == published
    assert article.text == f"{opening}{BODY_ONE}"


def test_captions_that_are_sentences_stay_and_credits_go() -> None:
    caption = "Sudrian riot police stand guard outside the parliament in Ostrava on Friday."
    page = "\n".join(["Border talks resume", "", caption, "Photo: Courtesy", "1 / 4", "", BODY_ONE])
    [article] = clean_document(text_doc(page))
    assert article.text == f"{caption}\n\n{BODY_ONE}"
    assert "Photo: Courtesy" in article.boilerplate and "1 / 4" in article.boilerplate


def test_input_title_and_date_win() -> None:
    doc = text_doc(f"Border talks resume\n\nPublished: 1 May 2020\n\n{BODY_ONE}",
                   title="Border talks resume", published="2020-05-02T10:00:00Z")  # fmt: skip
    [article] = clean_document(doc)
    assert article.title == "Border talks resume" and article.text == BODY_ONE
    assert (article.published, article.published_from) == ("2020-05-02", "input")


def test_sentence_broken_across_lines_is_joined() -> None:
    page = (
        "Border talks resume\n\nThe ministers met in Valeport on Monday\nand agreed to meet again."
    )
    [article] = clean_document(text_doc(page))
    assert article.text == "The ministers met in Valeport on Monday and agreed to meet again."


def test_page_of_only_clutter_raises() -> None:
    with pytest.raises(ValueError, match="no article text"):
        clean_document(text_doc("Menu\nSign in\nAdd new comment\nAdvertisement\n"))


def test_non_english_text_is_not_marked_english() -> None:
    text = (
        "El presidente se reunió el lunes con el ministro de Asuntos Exteriores de Rusia "
        "para hablar de la cooperación entre los dos países."
    )
    [article] = clean_document(text_doc(text))
    assert article.language == "es"


def test_html_page_through_trafilatura() -> None:
    paragraphs = "".join(f"<p>{body}</p>" for body in (BODY_ONE, BODY_TWO, BODY_THREE))
    html = (
        "<html><head><title>Border talks resume | Daily Planet</title>"
        '<meta property="article:published_time" content="2023-03-03T08:00:00Z"></head>'
        "<body><nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>Border talks resume</h1>{paragraphs}</article>"
        "<footer>Copyright 2023 Daily Planet. All rights reserved.</footer></body></html>"
    )
    doc = Document(source="page.html", format="html", content_hash=content_hash(html), html=html)
    [article] = clean_document(doc)
    assert article.title == "Border talks resume"
    assert article.text == f"{BODY_ONE}\n\n{BODY_TWO}\n\n{BODY_THREE}"
    assert (article.published, article.published_from) == ("2023-03-03", "html-meta")


def test_html_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.clean import html as html_module

    monkeypatch.setattr(html_module, "with_trafilatura", lambda html: None)
    html = f"<html><head><title>Border talks</title></head><body><p>{BODY_ONE}</p></body></html>"
    doc = Document(source="p.html", format="html", content_hash=content_hash(html), html=html)
    [article] = clean_document(doc)
    assert article.text == BODY_ONE and article.title == "Border talks"


def html_doc(body: str) -> Document:
    html = f"<html><head><title>Border talks resume</title></head><body><article>{body}"
    html += "</article></body></html>"
    return Document(source="p.html", format="html", content_hash=content_hash(html), html=html)


def test_html_section_headings_and_tables_stay_in_the_article() -> None:
    table = "<table><tr><td>Norland</td><td>12</td></tr><tr><td>Sudria</td><td>9</td></tr></table>"
    body = f"<h1>Border talks resume</h1><p>{BODY_ONE}</p><h2>What comes next</h2>"
    body += f"<p>{BODY_TWO}</p>{table}<p>{BODY_THREE}</p>"
    [article] = clean_document(html_doc(body))
    assert "What comes next" in article.text.split("\n\n")
    assert "| Norland | 12 |" in article.text and BODY_THREE in article.text


def test_text_file_section_headings_still_go() -> None:
    # The same heading in a text dump has no markup vouching for it: it is dropped there.
    [article] = clean_document(text_doc(f"Border talks resume\n\n{BODY_ONE}\n\nWhat next\n\n"))
    assert "What next" in article.boilerplate


def test_long_paragraph_about_an_account_is_not_a_form() -> None:
    paragraph = (
        "The ministry said your account with the state bank would be frozen if you failed to "
        "register before March, a rule that opposition lawmakers called an attack on savers "
        "and that the central bank said it had never been consulted about."
    )
    [article] = clean_document(text_doc(f"Border talks resume\n\n{BODY_ONE}\n\n{paragraph}"))
    assert paragraph in article.text
