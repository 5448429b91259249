"""Expanding the command line's paths: files as given, folders walked in sorted order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path

STDIN = "-"


def matches(relative: str, patterns: Sequence[str]) -> bool:
    """A glob matches the path inside the folder or the bare file name."""
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch(relative, pattern) or fnmatch(name, pattern) for pattern in patterns)


def hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def walk_folder(
    folder: Path, include: Sequence[str] | None, exclude: Sequence[str] | None
) -> Iterator[str]:
    """Files under `folder`, sorted so runs are deterministic; dot-files and folders skipped."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or hidden(relative):
            continue
        text = relative.as_posix()
        if include and not matches(text, include):
            continue
        if exclude and matches(text, exclude):
            continue
        yield str(path)


def expand_paths(
    paths: Iterable[str],
    include: Sequence[str] | None = None,
    exclude: Sequence[str] | None = None,
) -> Iterator[str]:
    """Each path as given ("-" and missing paths too: the reader reports them), folders walked."""
    for path in paths:
        if path != STDIN and Path(path).is_dir():
            yield from walk_folder(Path(path), include, exclude)
        else:
            yield path
