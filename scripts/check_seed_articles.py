"""Check the cleaner on the seed page against its gold articles; prints pass/fail lines.

Reads the shared seed files at run time (they are not copied into the repository):
    python scripts/check_seed_articles.py [SEED_DIR]
Exit status 0 when every check passes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from communique.clean import clean_document
from communique.model import Article, Document
from communique.read import read_inputs

DEFAULT_SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
PAGE = "000_3ac60a42ae60264f.txt"


def seed_articles(seed: Path) -> list[Article]:
    items = list(read_inputs([str(seed / PAGE)]))
    if len(items) != 1 or not isinstance(items[0], Document):
        raise SystemExit(f"FAIL read: {items}")
    return clean_document(items[0])


def checks(articles: list[Article], gold: dict) -> list[tuple[str, bool]]:
    expected = gold["articles"]
    results = [("article count", len(articles) == len(expected))]
    for index, (article, want) in enumerate(zip(articles, expected, strict=False)):
        text = article.text
        results += [
            (f"article {index} title", article.title == want["title"]),
            (f"article {index} published", article.published == want["published"]),
            (f"article {index} starts", text.startswith(want["starts"])),
            (f"article {index} ends", text.endswith(want["ends"])),
        ]
        for line in gold["boilerplate"]:
            results.append((f"article {index} free of {line!r}", line not in text))
    return results


def main() -> int:
    seed = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SEED
    gold = json.loads((seed / "seed-gold.json").read_text(encoding="utf-8"))
    results = checks(seed_articles(seed), gold)
    for name, passed in results:
        print(f"{'pass' if passed else 'FAIL'}  {name}")
    failed = sum(not passed for _, passed in results)
    print(f"{len(results) - failed}/{len(results)} checks pass")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
