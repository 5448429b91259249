"""communique.events.dates: finding time expressions and resolving them."""

import pytest

from communique.events.dates import ResolvedDate, find_time_expressions, resolve

PUBLISHED = "2024-02-28"  # a Wednesday


def texts(text: str) -> list[str]:
    return [expression.text for expression in find_time_expressions(text)]


def test_finds_expressions_in_text_order_without_prepositions() -> None:
    text = (
        "On Monday Diaz-Canel met Patrushev, after the visit last week. In March, last June "
        "and in June 2021 they talked; on 5 March 2024, March 5, 2023 and 2023-05-04 too, "
        "as in 2016 and during 2023. Yesterday, tonight, next week, earlier this year."
    )
    assert texts(text) == [
        "Monday", "last week", "March", "last June", "June 2021", "5 March 2024",
        "March 5, 2023", "2023-05-04", "2016", "2023", "Yesterday", "tonight", "next week",
        "earlier this year",
    ]


def test_spans_point_into_the_text() -> None:
    text = "They met on Monday in Havana."
    (expression,) = find_time_expressions(text)
    assert text[expression.start : expression.end] == "Monday"


@pytest.mark.parametrize(
    "text", ["He may march on.", "2,016 people", "In 2016 cases", "the sun set", "June Carter"]
)
def test_common_words_and_numbers_are_not_dates(text: str) -> None:
    assert texts(text) in ([], ["2016"])  # "In 2016 cases" is read as a year on purpose
    assert "may" not in texts(text) and "march" not in texts(text)


def test_bare_numbers_need_a_preposition_to_be_years() -> None:
    assert texts("2016 people came") == []
    assert texts("in 2016 people came") == ["2016"]


@pytest.mark.parametrize(
    ("expression", "value", "precision"),
    [
        ("Monday", "2024-02-26", "day"),  # the guidelines' example
        ("on Monday", "2024-02-26", "day"),
        ("Wednesday", "2024-02-28", "day"),  # the publication weekday is the publication day
        ("Thursday", "2024-02-22", "day"),
        ("last Wednesday", "2024-02-21", "day"),
        ("today", "2024-02-28", "day"),
        ("tonight", "2024-02-28", "day"),
        ("yesterday", "2024-02-27", "day"),
        ("last night", "2024-02-27", "day"),
        ("this week", "2024-02", "month"),
        ("last week", "2024-02", "month"),
        ("earlier this month", "2024-02", "month"),
        ("last month", "2024-01", "month"),
        ("this year", "2024", "year"),
        ("earlier this year", "2024", "year"),
        ("last year", "2023", "year"),
        ("last June", "2023-06", "month"),
        ("last February", "2023-02", "month"),  # strictly before the publication month
        ("in February", "2024-02", "month"),  # on or before it
        ("in March", "2023-03", "month"),
        ("February 20", "2024-02-20", "day"),
        ("5 February 2024", "2024-02-05", "day"),
        ("in June 2021", "2021-06", "month"),
        ("2023-05-04", "2023-05-04", "day"),
        ("in 2016", "2016", "year"),
        ("three days ago", "2024-02-25", "day"),
    ],
)
def test_resolve(expression: str, value: str, precision: str) -> None:
    resolved = resolve(expression, PUBLISHED)
    assert resolved is not None
    assert (resolved.value, resolved.precision, resolved.future) == (value, precision, False)


def test_last_week_has_month_precision_of_seven_days_before() -> None:
    assert resolve("last week", "2024-03-04") == ResolvedDate("2024-02", "month", "last week")


def test_month_and_year_arithmetic_crosses_year_ends() -> None:
    assert resolve("last month", "2024-01-15").value == "2023-12"  # type: ignore[union-attr]
    assert resolve("December 30", "2024-01-03").value == "2023-12-30"  # type: ignore[union-attr]
    assert resolve("Sunday", "2024-01-01").value == "2023-12-31"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("tomorrow", "2024-02-29"), ("next week", "2024-03"), ("next month", "2024-03"),
        ("next year", "2025"), ("next Monday", "2024-03-04"), ("next Wednesday", "2024-03-06"),
        ("March 5", "2024-03-05"), ("5 March 2024", "2024-03-05"), ("in 2025", "2025"),
    ],
)
def test_future_expressions_are_marked(expression: str, value: str) -> None:
    resolved = resolve(expression, PUBLISHED)
    assert resolved is not None and resolved.future and resolved.value == value


@pytest.mark.parametrize("expression", ["Monday", "yesterday", "last week", "in March", "May 1"])
def test_relative_expressions_need_a_publication_date(expression: str) -> None:
    assert resolve(expression, None) is None
    assert resolve(expression, "not a date") is None


@pytest.mark.parametrize(
    ("expression", "value"),
    [("5 March 2024", "2024-03-05"), ("June 2021", "2021-06"), ("in 2016", "2016"),
     ("2023-05-04", "2023-05-04")],
)
def test_explicit_expressions_resolve_without_publication_date(expression: str, value: str) -> None:
    resolved = resolve(expression, None)
    assert resolved is not None and resolved.value == value and not resolved.future


@pytest.mark.parametrize("expression", ["", "soon", "31 February 2024", "2024-13-01", "Blursday"])
def test_unresolvable(expression: str) -> None:
    assert resolve(expression, PUBLISHED) is None


def test_resolved_text_is_the_expression_as_given() -> None:
    assert resolve(" on Monday ", PUBLISHED) == ResolvedDate("2024-02-26", "day", "on Monday")
