"""Executors and the time limit: the same results wherever the work runs, bounded in flight."""

from __future__ import annotations

import contextlib
import time

import pytest

from communique.model import Failure
from communique.pipeline import (
    InProcess,
    ProcessPool,
    attempt,
    in_order,
    make_executor,
    time_limit,
)


def square(number: int) -> int:
    return number * number


def spin(seconds: float) -> str:
    """Busy Python work (no sleeping in C), as a pathological page would cause."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


def test_in_order_keeps_input_order_and_bounds_work_in_flight():
    submitted, yielded = [], []

    def items():
        for number in range(20):
            submitted.append(number)
            assert len(submitted) - len(yielded) <= 3  # never more than the window ahead
            yield number

    for result in in_order(lambda n: n * 10, lambda r: r, items(), window=3):
        yielded.append(result)
    assert yielded == [n * 10 for n in range(20)]


def test_process_pool_gives_the_in_process_results():
    pool = ProcessPool(2)
    try:
        assert list(pool.map(square, range(30))) == list(InProcess().map(square, range(30)))
    finally:
        pool.close()


def test_make_executor_picks_by_options():
    assert isinstance(make_executor(workers=1), InProcess)
    pool = make_executor(workers=2)
    try:
        assert isinstance(pool, ProcessPool)
    finally:
        pool.close()


def test_time_limit_interrupts_busy_work():
    started = time.monotonic()
    outcome = attempt("code", "slow.txt", lambda: spin(5), limit=0.3)
    assert isinstance(outcome, Failure)
    assert outcome.stage == "code" and outcome.reason == "time limit of 0.3 s exceeded"
    assert time.monotonic() - started < 2


def test_time_limit_leaves_quick_work_alone():
    assert attempt("code", "quick.txt", lambda: spin(0.01), limit=2) == "done"
    spin(0.3)  # no interruption arrives after the block has ended


def test_time_limit_reraises_when_swallowed():
    """Library code that catches every exception cannot keep running past the limit."""

    def stubborn() -> str:
        with contextlib.suppress(Exception):  # what careless library code does
            spin(5)
        return spin(5)

    started = time.monotonic()
    outcome = attempt("clean", "page.html", stubborn, limit=0.2)
    assert isinstance(outcome, Failure) and "time limit" in outcome.reason
    assert time.monotonic() - started < 3


def test_errors_other_than_the_limit_become_one_line_failures():
    def broken() -> None:
        raise ValueError("bad\nthing")

    outcome = attempt("clean", "page.html", broken, limit=1)
    assert outcome == Failure("clean", "page.html", "ValueError: bad thing")


def test_no_limit_means_no_watchdog():
    with time_limit(None):
        assert spin(0.05) == "done"


@pytest.mark.parametrize("limit", [0, None])
def test_zero_or_none_disables_the_limit(limit):
    assert attempt("code", "x", lambda: spin(0.05), limit=limit) == "done"


# -- the real pipeline on a local Dask cluster ---------------------------------------------


def event_records(db) -> list[dict]:
    from communique.store import EventFilter, Store

    with Store(db, read_only=True) as store:
        return store.events(EventFilter(include_unasserted=True))


def test_dask_cluster_finds_the_events_of_a_local_run(tmp_path):
    from typer.testing import CliRunner

    from communique.bench import write_corpus
    from communique.cli import app

    corpus = write_corpus(tmp_path / "corpus", 8)
    runner = CliRunner()
    for name, options in (("local", ["--workers", "1"]), ("dask", ["--dask", "local:2"])):
        result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / name), *options])
        assert result.exit_code == 0, result.output
    local, dask = event_records(tmp_path / "local"), event_records(tmp_path / "dask")
    assert local, "the corpus must give events, or the comparison proves nothing"
    assert dask == local


def test_a_malformed_local_cluster_is_a_usage_error():
    with pytest.raises(ValueError):
        make_executor(dask="local:many")
