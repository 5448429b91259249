"""The step protocol, run statistics and the in-process executor.

A step is a generator over records: `step(items, stats) -> Iterator`. Failures raised
while handling one item become `Failure` records that flow on to the writer, so one bad
page never stops a run (datatrove's way: every loss is a counted reason).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from communique.model import Failure

Step = Callable[[Iterable[Any], "RunStats"], Iterator[Any]]


@dataclass
class RunStats:
    """Counters of one run, shown as the summary at its end."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def fail(self, failure: Failure) -> None:
        self.failures.append(failure)
        self.counts[f"failed.{failure.stage}"] += 1


def one_line(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}".replace("\n", " ")
    return text[:300]


def item_name(item: Any) -> str:
    for attribute in ("source", "document"):
        value = getattr(item, attribute, None)
        if isinstance(value, str):
            return value
    return repr(item)[:80]


def map_step(stage: str, handle: Callable[[Any], Iterable[Any]]) -> Step:
    """A step applying `handle` to each item; an exception becomes a Failure of that item.

    Failures from earlier steps pass through untouched, so the writer sees every one.
    """

    def step(items: Iterable[Any], stats: RunStats) -> Iterator[Any]:
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            try:
                outputs = list(handle(item))
            except Exception as error:  # noqa: BLE001 - any bad item must not stop the run
                yield Failure(stage=stage, source=item_name(item), reason=one_line(error))
                continue
            yield from outputs

    return step


def run_steps(items: Iterable[Any], steps: list[Step], stats: RunStats) -> Iterator[Any]:
    """The in-process executor: chain the steps lazily, one item flowing through at a time."""
    stream: Iterable[Any] = items
    for step in steps:
        stream = step(stream, stats)
    for item in stream:
        if isinstance(item, Failure):
            stats.fail(item)
        yield item
