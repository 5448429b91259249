"""The line rules on their own: clutter reasons, dates, datelines."""

from __future__ import annotations

import pytest

from communique.clean.boilerplate import clutter_reason
from communique.clean.dates import find_date, normalise_date
from communique.clean.metadata import dateline, label_date, line_date


@pytest.mark.parametrize(
    "line",
    [
        "Add new comment",
        "Enter the characters shown in the image.",
        "This question is for testing whether or not you are a human visitor.",
        "Subscribe to our newsletter",
        "Share this article",
        "Read more: Sudria votes",
        "Related stories",
        "Advertisement",
        "By Ana Lindqvist",
        "Web Desk",
        "Photo: Reuters",
        "Imagen principal:",
        "Something went wrong. Please try again later.",
        "Download our free app for your phone to get the latest news here",
        "2 / 7",
        "How useful was this story?",
    ],
)
def test_clutter(line: str) -> None:
    assert clutter_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Norland and Sudria reopen border talks",
        "Geneva summit: leaders open talks",
        "The minister said the agency would download the files and share them with police.",
        "Police detained 40 people who had gathered to read a statement outside the court.",
        "Sudrian riot police stand guard outside the parliament in Ostrava on Friday.",
    ],
)
def test_not_clutter(line: str) -> None:
    assert clutter_reason(line) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("28 February 2024", "2024-02-28"),
        ("Thursday, November 28, 2024", "2024-11-28"),
        ("Sept 3, 2019 18:09 IST", "2019-09-03"),
        ("2021-02-01 17:52:37", "2021-02-01"),
        ("28 de febrero de 2024", "2024-02-28"),
        ("3 mars 2024", "2024-03-03"),
        ("28. Februar 2024", "2024-02-28"),
        ("31 February 2024", None),
        ("June 2024", None),
    ],
)
def test_find_date(text: str, value: str | None) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == value


def test_labels_in_several_languages_with_value_on_next_line() -> None:
    assert label_date("Fecha de publicación:", "28 February 2024") == "2024-02-28"
    assert label_date("Publié le 3 mars 2024", None) == "2024-03-03"
    assert label_date("Veröffentlicht am 28. Februar 2024", None) == "2024-02-28"
    assert label_date("Data de publicação: 5 de maio de 2022", None) == "2022-05-05"
    assert label_date("Last updated 26 February 2019", None) == "2019-02-26"
    assert label_date("Border talks resume", "28 February 2024") is None


def test_date_line_versus_sentence_with_a_date() -> None:
    assert line_date("12:45, Wednesday 16 June 2021 | Comments") == "2021-06-16"
    assert line_date("The ministers met on 16 June 2021 in Geneva to sign the accord.") is None


def test_dateline_and_normalise() -> None:
    assert dateline("KHARTOUM, April 6, 2019 – Thousands marched.") == ("Khartoum", "2019-04-06")
    assert dateline("WASHINGTON — The president said") == ("Washington", None)
    assert dateline("The president said: no") is None
    assert normalise_date("2024-02-28T10:00:00+00:00") == "2024-02-28"
    assert normalise_date("") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The ministers met in Valeport on Monday and agreed to meet again in May.", "en"),
        ("Die Minister trafen sich am Montag in Valeport und vereinbarten ein Treffen.", "de"),
        ("Министры встретились в понедельник и договорились о новой встрече в мае.", "ru"),
        ("Talks", "und"),
    ],
)
def test_language_identified(text: str, code: str) -> None:
    from communique.clean.language import guess_language

    assert guess_language(text) == code


def test_a_sentence_closed_by_a_brace_is_prose_not_a_headline():
    from communique.clean.lines import ends_sentence

    assert ends_sentence("{The council agreed to extend the mission.}")
