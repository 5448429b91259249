"""The `communique` command: a thin layer of typer commands over plain functions.

Data goes to standard output (JSON Lines, CSV, tables); progress, summaries and warnings
go to standard error, so `communique extract ... > events.jsonl` stays clean. Commands
that read inputs exit with status 1 when any input failed, 0 otherwise.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, BinaryIO, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from communique import evaluate, ingest
from communique.model import Failure
from communique.pipeline import RunStats, make_executor
from communique.store import EventFilter, Store, StoreError, actor_index, queries
from communique.store.exports import FORMATS, export_events, write_jsonl

app = typer.Typer(
    help="Political events from raw news pages: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
)

Paths = Annotated[
    list[str],
    typer.Argument(help="Files or folders (.txt, .html, .jsonl, .warc, .gz); - for stdin."),
]
Db = Annotated[Path, typer.Option("--db", help="The SQLite database file.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")]
ActorOpt = Annotated[str | None, typer.Option(help="Part of a source or target name.")]
CountryOpt = Annotated[
    str | None, typer.Option(help="ISO alpha-3 code of the source, target or place.")
]
SinceOpt = Annotated[str | None, typer.Option(help="Events dated on or after YYYY[-MM[-DD]].")]
UntilOpt = Annotated[str | None, typer.Option(help="Events dated on or before YYYY[-MM[-DD]].")]
QueryOpt = Annotated[str | None, typer.Option(help="Words the evidence sentence must hold.")]
LimitOpt = Annotated[int | None, typer.Option(help="At most this many events.")]
UnassertedOpt = Annotated[
    bool, typer.Option(help="Include negated, hypothetical and planned events.")
]
IncludeOpt = Annotated[
    list[str] | None,
    typer.Option("--include", help="Only files in folders matching this glob (repeatable)."),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option("--exclude", help="Skip files in folders matching this glob (repeatable)."),
]


def globs(include: list[str] | None, exclude: list[str] | None) -> dict[str, list[str]]:
    """The reader's glob options that were given (none: the reader's defaults)."""
    given = {"include": include, "exclude": exclude}
    return {name: patterns for name, patterns in given.items() if patterns}


def stderr() -> Console:
    return Console(stderr=True)


def fail(message: str) -> typer.Exit:
    stderr().print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(2)


# -- ingest ------------------------------------------------------------------------------


@app.command("ingest")
def ingest_command(
    paths: Paths,
    db: Db,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    workers: Annotated[
        int, typer.Option(min=0, help="Processes to code with; 0: one per core, 1: this one.")
    ] = 0,
    dask: Annotated[
        str | None,
        typer.Option(help="Run on Dask: a scheduler address, or local:N for N local workers."),
    ] = None,
    time_limit: Annotated[
        float, typer.Option(min=0, help="Seconds per document to clean and per article to code.")
    ] = ingest.TIME_LIMIT,
) -> None:
    """Read, clean and code news pages into a database; inputs already stored are skipped,
    and near-duplicates of stored articles are linked to them, not coded again."""
    stats = RunStats()
    started = time.perf_counter()
    try:
        executor = make_executor(workers=workers or os.cpu_count() or 1, dask=dask)
    except (ValueError, OSError) as error:  # "local:x", or no scheduler at that address
        raise fail(f"cannot start the executor: {error}") from error
    try:
        with open_store(db, read_only=False) as store, progress(sys.stderr.isatty()) as advance:
            items = ingest.document_results(
                ingest.read_inputs(paths, **globs(include, exclude)),
                stats=stats,
                skip_hashes=store.has_document,
                near_duplicates=store.near_duplicate_index(),
                executor=executor,
                time_limit=time_limit or None,
            )
            for item in items:
                write_item(store, item)
                advance(stats)
    except KeyboardInterrupt:
        # Every document written is whole (one transaction each): a rerun goes on from here.
        stderr().print(f"interrupted · {counts_line(stats)} · run again to continue")
        raise typer.Exit(130) from None
    finally:
        executor.close()
    stderr().print(summary(stats, time.perf_counter() - started), soft_wrap=True)
    raise typer.Exit(1 if stats.failures else 0)


def write_item(store: Store, item: ingest.DocumentResult | Failure) -> None:
    if isinstance(item, Failure):
        store.write_failure(item)
    else:
        store.write_document(item.document, item.results)


@contextmanager
def progress(enabled: bool) -> Iterator[Any]:
    """A live counter on a terminal; nothing at all when stderr is a file or a pipe."""
    if not enabled:
        yield lambda stats: None
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=stderr(), transient=True) as bar:
        task = bar.add_task("starting")

        def advance(stats: RunStats) -> None:
            bar.update(task, description=counts_line(stats))

        yield advance


def counts_line(stats: RunStats) -> str:
    c = stats.counts
    return (
        f"documents {c['documents']} read, {c['skipped']} skipped, "
        f"{len(stats.failures)} failed · articles {c['articles']} · events {c['events']}"
    )


def summary(stats: RunStats, seconds: float) -> str:
    rate = stats.counts["articles"] / seconds if seconds else 0.0
    return f"{counts_line(stats)} · {seconds:.1f} s · {rate:.1f} articles/s" + left_out(stats)


def left_out(stats: RunStats) -> str:
    """What was read but left out, by reason: WARC records, other languages, duplicates."""
    reasons = sorted(
        (key.removeprefix("skipped."), count)
        for key, count in stats.counts.items()
        if key.startswith("skipped.")
    )
    return "\nleft out: " + ", ".join(f"{reason} {n}" for reason, n in reasons) if reasons else ""


def warn_failures(failures: Iterable[Failure]) -> None:
    console = stderr()
    for failure in failures:
        console.print(
            f"[yellow]failed[/yellow] {failure.stage}: {escape(failure.source)}: "
            f"{escape(failure.reason)}"
        )


# -- extract and articles: no database ---------------------------------------------------


@app.command()
def extract(
    paths: Paths,
    keep_unasserted: UnassertedOpt = False,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
) -> None:
    """Print the events of the inputs as JSON Lines, without a database; an article that
    repeats an earlier one of the same run gives no events."""
    from communique.dedup import MemoryIndex

    stats = RunStats()
    documents = ingest.read_inputs(paths, **globs(include, exclude))
    for item in ingest.process_documents(documents, stats=stats, near_duplicates=MemoryIndex()):
        if not isinstance(item, Failure):
            write_jsonl(ingest.event_records(item, keep_unasserted=keep_unasserted), sys.stdout)
    warn_failures(stats.failures)
    raise typer.Exit(1 if stats.failures else 0)


@app.command()
def articles(paths: Paths, include: IncludeOpt = None, exclude: ExcludeOpt = None) -> None:
    """Print the cleaned articles of the inputs as JSON Lines."""
    stats = RunStats()
    records = (
        item.to_record()
        for item in ingest.clean_articles(paths, stats=stats, **globs(include, exclude))
        if not isinstance(item, Failure)
    )
    write_jsonl(records, sys.stdout)
    warn_failures(stats.failures)
    raise typer.Exit(1 if stats.failures else 0)


# -- reading a database ------------------------------------------------------------------


@contextmanager
def open_store(db: Path, *, read_only: bool = True) -> Iterator[Store]:
    """The database, read-only unless told: reading never creates or changes a file."""
    try:
        store = Store(db, read_only=read_only)
    except (StoreError, OSError) as error:
        raise fail(str(error)) from error
    with store:
        yield store


@app.command()
def events(
    db: Db,
    type_: TypeOpt = None,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    query: QueryOpt = None,
    limit: LimitOpt = 50,
    include_unasserted: UnassertedOpt = False,
    format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """Show the events of a database, filtered."""
    where = EventFilter(
        type=type_, actor=actor, country=country, since=since, until=until,
        query=query, limit=limit, include_unasserted=include_unasserted,
    )  # fmt: skip
    with open_store(db) as store:
        records = store.events(where)
    if format_ == "jsonl":
        write_jsonl(records, sys.stdout)
    elif format_ == "table":
        Console().print(events_table(records))
    else:
        raise fail(f"unknown format {format_!r}: use table or jsonl")


def actor_cell(part: dict[str, Any] | None) -> str:
    if not part:
        return ""
    codes = "/".join(code for code in (part.get("country"), part.get("sector")) if code)
    return f"{part['name']} ({codes})" if codes else part["name"]


def events_table(records: list[dict[str, Any]]) -> Table:
    table = Table(caption=f"{len(records)} events · `communique explain ID` shows the evidence")
    for column in ("date", "type", "source", "target", "place", "conf", "event id"):
        table.add_column(column, overflow="fold")
    for record in records:
        place = record.get("location") or {}
        table.add_row(
            escape(record.get("date") or ""),
            escape(record["type"] + (f" ({record['mode']})" if record.get("mode") else "")),
            escape(actor_cell(record.get("source"))),
            escape(actor_cell(record.get("target"))),
            escape(place.get("place") or ""),
            f"{record['confidence']:.2f}",
            record["event_id"],
        )
    return table


@app.command()
def export(
    db: Db,
    format_: Annotated[
        str, typer.Option("--format", help="jsonl, csv, parquet or gdelt (GDELT 2.0 TSV).")
    ] = "jsonl",
    output: Annotated[Path | None, typer.Option(help="Write here, not to stdout.")] = None,
    type_: TypeOpt = None,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    query: QueryOpt = None,
    limit: LimitOpt = None,
    include_unasserted: UnassertedOpt = False,
) -> None:
    """Export events as JSON Lines (the event record), CSV, Parquet or GDELT 2.0 TSV."""
    if format_ not in FORMATS:
        raise fail(f"unknown format {format_!r}: use {', '.join(FORMATS)}")
    where = EventFilter(
        type=type_, actor=actor, country=country, since=since, until=until,
        query=query, limit=limit, include_unasserted=include_unasserted,
    )  # fmt: skip
    with open_store(db) as store, opened_binary(output) as out:
        count = export_events(store, where, format_, out)
    if output:
        stderr().print(f"{count} events written to {escape(str(output))}")


@contextmanager
def opened_binary(path: Path | None) -> Iterator[BinaryIO]:
    if path is None:
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with path.open("wb") as out:
        yield out


@contextmanager
def opened(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8", newline="") as out:
        yield out


@app.command()
def explain(
    event_id: Annotated[str, typer.Argument(help="An event id, as `events` shows it.")],
    db: Db,
) -> None:
    """Show where an event came from: its sentence, trigger, rule and confidence."""
    with open_store(db) as store:
        record = store.event(event_id)
    if record is None:
        raise fail(f"no event {event_id} in {db}")
    Console().print(explanation(record), soft_wrap=True)


def explanation(record: dict[str, Any]) -> str:
    """The event as a few labelled lines, the trigger in bold inside its sentence."""
    document = record["document"]
    place = record.get("location") or {}
    flags = [flag for flag in ("negated", "hypothetical", "planned") if record.get(flag)]
    lines = [
        f"[bold]{record['type']}[/bold] {escape(record.get('mode') or '')}"
        f"  cameo {record.get('cameo') or '-'}  event {record['event_id']}",
        f"source     {escape(actor_cell(record['source']))}",
        f"target     {escape(actor_cell(record.get('target')) or '-')}",
        f"date       {record.get('date') or '-'} ({record.get('date_precision') or '-'})"
        f" from {escape(repr(record.get('date_text')))}",
        f"place      {escape(place.get('place') or '-')} {place.get('country') or ''}",
        f"document   {escape(str(document['id']))} article {document['article']}"
        f" published {document.get('published') or '-'}",
        f"evidence   {marked(record['evidence']['sentence'], record.get('trigger') or '')}",
        f"trigger    {escape(record.get('trigger') or '-')}",
        f"rule       {escape(record.get('rule') or '-')}",
        f"confidence {record['confidence']}" + (f"  ({', '.join(flags)})" if flags else ""),
        f"coder      {escape(record.get('coder') or '-')}",
    ]
    return "\n".join(lines)


def marked(sentence: str, trigger: str) -> str:
    start = sentence.casefold().find(trigger.casefold()) if trigger else -1
    if start < 0:
        return escape(sentence)
    end = start + len(trigger)
    return f"{escape(sentence[:start])}[bold]{escape(sentence[start:end])}[/bold]" + escape(
        sentence[end:]
    )


# -- stories ---------------------------------------------------------------------------

STORY_KEYS = (
    "story_id", "type", "actors", "events", "mentions", "articles", "sources", "first_reported",
)  # fmt: skip


@app.command("stories")
def stories_command(
    db: Db,
    min_articles: Annotated[
        int, typer.Option(min=1, help="Only stories told by at least this many articles.")
    ] = 1,
    limit: Annotated[int | None, typer.Option(help="At most this many stories.")] = None,
    format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """List stories (events of different articles that report one happening), the most
    widely reported first."""
    if format_ not in ("table", "jsonl"):
        raise fail(f"unknown format {format_!r}: use table or jsonl")
    with open_store(db) as store:
        found = store.stories(min_articles=min_articles, limit=limit)
    if format_ == "jsonl":
        write_jsonl([story_line(story) for story in found], sys.stdout)
    else:
        Console().print(stories_table(found))


def story_line(story: dict[str, Any]) -> dict[str, Any]:
    """A story as `stories --format jsonl` prints it: its counts, then its event ids."""
    return {**{key: story[key] for key in STORY_KEYS}, "event_ids": story["event_ids"]}


def stories_table(stories: list[dict[str, Any]]) -> Table:
    table = Table(caption=f"{len(stories)} stories · `communique story ID` shows why")
    for column in ("first reported", "type", "actors", "events", "mentions", "articles",
                   "sources", "story id"):  # fmt: skip
        table.add_column(column, overflow="fold")
    for story in stories:
        table.add_row(
            story["first_reported"] or "",
            story["type"],
            escape(", ".join(story["actors"])),
            *(str(story[key]) for key in ("events", "mentions", "articles", "sources")),
            story["story_id"],
        )
    return table


@app.command("story")
def story_command(
    story_id: Annotated[str, typer.Argument(help="A story id, as `stories` shows it.")],
    db: Db,
) -> None:
    """Show a story: its events with their evidence, and why each was joined."""
    with open_store(db) as store:
        story = store.story(story_id)
    if story is None:
        raise fail(f"no story {story_id} in {db}")
    Console().print(story_text(story), soft_wrap=True)


def story_text(story: dict[str, Any]) -> str:
    lines = [
        f"[bold]{story['type']}[/bold] story {story['story_id']}",
        f"actors     {escape(', '.join(story['actors']))}",
        f"counts     {story['events']} events · {story['mentions']} mentions · "
        f"{story['articles']} articles · {story['sources']} sources",
        f"dates      {story['date_lo'] or '-'} to {story['date_hi'] or '-'}",
        f"first      reported {story['first_reported'] or '-'}",
    ]
    for member in story["members"]:
        lines += ["", *member_lines(member)]
    return "\n".join(lines)


def member_lines(record: dict[str, Any]) -> list[str]:
    """One event of a story: what it says, where it was said, and why it joined."""
    document, place = record["document"], record.get("location") or {}
    why = "; ".join(record["why"]) or "the anchor: the first, most precisely dated report"
    return [
        f"event      {record['event_id']}  {escape(actor_cell(record['source']))}"
        f" -> {escape(actor_cell(record.get('target')) or '-')}",
        f"document   {escape(str(document['id']))} article {document['article']}"
        f" published {document.get('published') or '-'}",
        f"date/place {record.get('date') or '-'} ({record.get('date_precision') or '-'})"
        f" {escape(place.get('place') or '-')}",
        f"evidence   {marked(record['evidence']['sentence'], record.get('trigger') or '')}",
        f"joined     {escape(why)}",
    ]


@app.command()
def errors(
    db: Db,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """Show the inputs that failed, with the stage and the reason."""
    if format_ not in ("table", "jsonl"):
        raise fail(f"unknown format {format_!r}: use table or jsonl")
    with open_store(db) as store:
        rows = store.errors(limit=limit)
    if format_ == "jsonl":
        write_jsonl(rows, sys.stdout)
        return
    table = Table(caption=f"{len(rows)} errors")
    for column in ("stage", "source", "reason", "time"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(escape(str(row[key])) for key in ("stage", "source", "reason", "time")))
    Console().print(table)


# -- actors ------------------------------------------------------------------------------


@app.command("actors")
def actors_command(
    db: Db,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 code, or IGO.")] = None,
    sector: Annotated[str | None, typer.Option(help="GOV, MIL, COP, LEG, ... or IGO.")] = None,
    name: Annotated[str | None, typer.Option(help="Part of a name or alias.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many actors.")] = 50,
    format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """List the actors of a database, most active first: aliases, country, sector, roles."""
    if format_ not in ("table", "jsonl"):
        raise fail(f"unknown format {format_!r}: use table or jsonl")
    with open_store(db) as store:
        records = actor_records(store.db, country=country, sector=sector, name=name, limit=limit)
    if format_ == "jsonl":
        write_jsonl(records, sys.stdout)
    else:
        Console().print(actors_table(records))


def actor_records(
    db: Any, *, country: str | None, sector: str | None, name: str | None, limit: int | None
) -> list[dict[str, Any]]:
    """One record per actor (`actors --format jsonl`), filtered; names match without accents."""
    records = []
    for row in actor_index.listed_actors(db, country=country, sector=sector):
        aliases = queries.actor_aliases(db, row["actor_id"])
        if name and not actor_index.name_matches(name, [row["name"], *aliases]):
            continue
        records.append(actor_record(row, aliases, queries.actor_roles(db, row["actor_id"])))
        if limit is not None and len(records) >= limit:
            break
    return records


def actor_record(
    row: dict[str, Any], aliases: list[str], roles: list[dict[str, Any]]
) -> dict[str, Any]:
    keys = ("actor_id", "name", "kind", "country", "sector")
    return {
        **{key: row[key] for key in keys},
        "aliases": aliases,
        "roles": [role_record(role) for role in roles],
        "events": row["events"],
    }


def role_record(role: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": role["role"],
        "first_seen": role["first_seen"],
        "last_seen": role["last_seen"],
        "count": role["articles"],
    }


def actors_table(records: list[dict[str, Any]]) -> Table:
    table = Table(caption=f"{len(records)} actors · `communique actor NAME` shows one")
    for column in ("name", "country", "sector", "roles", "aliases", "events", "actor id"):
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(
            escape(record["name"]),
            record["country"] or "",
            record["sector"] or "",
            escape("; ".join(role["title"] for role in record["roles"])),
            escape("; ".join(record["aliases"])),
            str(record["events"]),
            record["actor_id"],
        )
    return table


@app.command("actor")
def actor_command(
    name: Annotated[str, typer.Argument(help="A name, alias, part of one, or an actor id.")],
    db: Db,
    format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """Show one actor: roles over time, counterparts, and events by type."""
    if format_ not in ("table", "jsonl"):
        raise fail(f"unknown format {format_!r}: use table or jsonl")
    with open_store(db) as store:
        profile = actor_profile(store.db, the_actor(store.db, name, db))
    if format_ == "jsonl":
        write_jsonl([profile], sys.stdout)
    else:
        print_profile(profile)


def the_actor(connection: Any, name: str, db: Path) -> str:
    """The id of the one actor a name names; none or several is an error that lists them."""
    found = actor_index.find_actors(connection, name)
    if not found:
        raise fail(f"no actor named {name!r} in {db}")
    if len(found) > 1:
        listed = "; ".join(f"{a['name']} ({a['country'] or '-'}) {a['actor_id']}" for a in found)
        raise fail(f"{len(found)} actors match {name!r}: {listed}; give one's id")
    return found[0]["actor_id"]


def actor_profile(connection: Any, actor_id: str) -> dict[str, Any]:
    detail = queries.actor_detail(connection, actor_id) or {}
    return {
        **detail["actor"],
        "aliases": detail["aliases"],
        "roles": [role_record(role) for role in detail["roles"]],
        "counterparts": detail["counterparts"],
        "events_by_type": actor_index.event_counts(connection, actor_id),
    }


def print_profile(profile: dict[str, Any]) -> None:
    console = Console()
    codes = " ".join(code for code in (profile["country"], profile["sector"]) if code)
    console.print(f"[bold]{escape(profile['name'])}[/bold] {codes}  {profile['actor_id']}")
    if profile["aliases"]:
        console.print(f"also {escape('; '.join(profile['aliases']))}", soft_wrap=True)
    roles = ("title", "first_seen", "last_seen", "count")
    console.print(rows_table("roles", profile["roles"], roles))
    others = ("name", "country", "sector", "events", "as_source", "as_target", "types")
    console.print(rows_table("counterparts", profile["counterparts"], others))
    by_type = ("type", "as_source", "as_target")
    console.print(rows_table("events", profile["events_by_type"], by_type))


def rows_table(title: str, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(cell(row[column]) for column in columns))
    return table


def cell(value: Any) -> str:
    if isinstance(value, list):
        return escape(", ".join(value))
    return "" if value is None else escape(str(value))


# -- serving -----------------------------------------------------------------------------


@app.command()
def serve(
    db: Db,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the HTTP API, its docs and the dashboard over a database, read-only."""
    import uvicorn

    from communique.api import create_app

    try:
        api = create_app(db)
    except (StoreError, OSError) as error:
        raise fail(str(error)) from error
    stderr().print(f"serving {escape(str(db))} at http://{host}:{port}/ · API docs at /docs")
    uvicorn.run(api, host=host, port=port, log_level="warning")


# -- evaluation --------------------------------------------------------------------------


@app.command()
def bench(
    articles: Annotated[int, typer.Option(min=1, help="Articles in the synthetic corpus.")] = 2000,
    corpus: Annotated[
        Path | None, typer.Option(help="Measure on this folder of JSON Lines instead.")
    ] = None,
    workers: Annotated[int, typer.Option(min=0, help="Processes; 0: one per core.")] = 0,
) -> None:
    """Measure ingest against plain spaCy on the same texts and cores; print one JSON object."""
    from communique.bench import benchmark

    figures = benchmark(articles=articles, corpus=corpus, workers=workers)
    typer.echo(json.dumps(figures))


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines (or one record as .json).")],
    show_errors: Annotated[int, typer.Option(help="Show this many misses and false events.")] = 0,
    json_: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    predictions: Annotated[
        Path | None, typer.Option(help="Also write the predicted events here (JSON Lines).")
    ] = None,
) -> None:
    """Run the pipeline on a gold set's texts and score the events (GUIDELINES.md)."""
    records = evaluate.load_gold(gold)
    stats = RunStats()
    predicted, actors = evaluate.predict_with_actors(records, stats=stats, source=str(gold))
    if predictions:
        with opened(predictions) as out:
            write_jsonl(predicted, out)
    scores = evaluate.score(records, predicted, actors)
    warn_failures(stats.failures)
    if json_:
        report = {**scores.summary(), "by_type": scores.type_table()}
        report["errors"] = scores.errors[:show_errors]
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    console = Console()
    console.print(type_table(scores))
    for error in scores.errors[:show_errors]:
        console.print(escape(error_line(error)), soft_wrap=True)
    console.print(figures_line(scores.summary()), soft_wrap=True)


def type_table(scores: evaluate.Scores) -> Table:
    table = Table()
    for column in ("type", "gold", "pred", "match", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for event_type, row in scores.type_table().items():
        counts = [str(row[key]) for key in ("gold", "pred", "match")]
        figures = [f"{row[key]:.2f}" for key in ("precision", "recall", "f1")]
        table.add_row(event_type, *counts, *figures)
    return table


def error_line(error: dict[str, Any]) -> str:
    """A miss or false event as score.py prints it: fields joined by " | "."""
    fields = ("kind", "article", "type", "source", "target", "sentence")
    return " | ".join(str(error[key])[:140] for key in fields)


def figures_line(figures: dict[str, Any]) -> str:
    return " ".join(f"{key}={value}" for key, value in figures.items())
