"""The step protocol, run statistics, a time limit per item, and the executors.

A step is a generator over records: `step(items, stats) -> Iterator`. Failures raised
while handling one item become `Failure` records that flow on to the writer, so one bad
page never stops a run (datatrove's way: every loss is a counted reason).

Executors only decide where per-item work runs: in this process, a local process pool, or
Dask workers. Each returns results in input order with a bounded number in flight, and the
caller (the one writer of the store) consumes them in its own process.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
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


# -- a time limit per item ---------------------------------------------------------------


class TimeLimitExceeded(Exception):
    """Raised inside work that ran past its time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block with TimeLimitExceeded once it has run `seconds`.

    A watchdog thread raises the exception in the working thread, so it works in any thread
    (Dask runs tasks in worker threads, where signals cannot be used). It is raised again
    every half second, in case library code swallows it. Python code is interrupted at once;
    a call into a C extension only when it returns.
    """
    if not seconds:
        yield
        return
    target = threading.get_ident()
    finished = threading.Event()
    lock = threading.Lock()

    def watch() -> None:
        if finished.wait(seconds):
            return
        while not finished.is_set():
            with lock:
                if not finished.is_set():
                    raise_in_thread(target, TimeLimitExceeded)
            finished.wait(0.5)

    watchdog = threading.Thread(target=watch, daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        try:
            finished.set()  # the watchdog checks it under the lock before raising
        finally:  # an exception raised just now, before the line above: set it still
            finished.set()
            with lock:
                raise_in_thread(target, None)  # drop one raised but not delivered yet


def raise_in_thread(thread_id: int, error: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(error) if error else ctypes.c_void_p(0)
    )


def attempt(
    stage: str, source: str, work: Callable[[], Any], *, limit: float | None
) -> Any | Failure:
    """`work()`, or the Failure it ended in: an error, or running past `limit` seconds."""
    try:
        with time_limit(limit):
            return work()
    except TimeLimitExceeded:
        return Failure(stage=stage, source=source, reason=f"time limit of {limit:g} s exceeded")
    except Exception as error:  # noqa: BLE001 - any bad item must not stop the run
        return Failure(stage=stage, source=source, reason=one_line(error))


# -- executors: where the work runs ------------------------------------------------------


class InProcess:
    """Work in this process, one item at a time."""

    def map(self, work: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            yield work(item)

    def close(self) -> None:
        pass


def in_order(
    submit: Callable[[Any], Any], result: Callable[[Any], Any], items: Iterable[Any], window: int
) -> Iterator[Any]:
    """Results in input order, with at most `window` items submitted and not yet yielded, so
    memory stays bounded whatever the number of items."""
    pending: deque[Any] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def ignore_interrupts() -> None:
    """In a worker: Ctrl-C is for the main process, which stops the run in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class ProcessPool:
    """Work in a pool of local processes; each loads the models once, on its first item."""

    def __init__(self, workers: int, *, window: int | None = None) -> None:
        # fork where there is one: workers start at once and share what is already loaded.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context(method), initializer=ignore_interrupts
        )
        self.window = window or workers * 4

    def map(self, work: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        submit = partial(self.pool.submit, work)
        return in_order(submit, lambda future: future.result(), items, self.window)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """Work on dask.distributed workers: a scheduler's address, or "local:N" to start N local
    worker processes. Results come back in order to this process, the only writer."""

    def __init__(self, scheduler: str, *, window: int | None = None) -> None:
        from distributed import Client, LocalCluster

        self.cluster = None
        if scheduler.startswith("local:"):
            workers = int(scheduler.removeprefix("local:") or 1)  # ValueError: a usage error
            self.cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.client = Client(self.cluster)
        else:
            self.client = Client(scheduler)
        threads = sum(self.client.nthreads().values()) or 1
        self.window = window or threads * 4

    def map(self, work: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        submit = partial(self.client.submit, work, pure=False)
        return in_order(submit, lambda future: future.result(), items, self.window)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


Executor = InProcess | ProcessPool | DaskCluster


def make_executor(*, workers: int = 1, dask: str | None = None) -> Executor:
    """Dask when given a scheduler, a process pool for more than one worker, else in-process."""
    if dask:
        return DaskCluster(dask)
    if workers > 1:
        return ProcessPool(workers)
    return InProcess()
