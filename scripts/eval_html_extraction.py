"""Our HTML extraction beside trafilatura's on the same pages, scored by the benchmark's rule.

The pages and gold texts are the shared copy of the article-extraction benchmark (read at
run time, never copied into the repository). Scoring follows its SOURCE.md: per page,
TP/FP/FN over word 4-gram shingles, normalised by their sum; precision and recall are
averaged over pages and F1 is computed from the two means.

    python scripts/eval_html_extraction.py [BENCHMARK_DIR] [--worst N]

Prints one line per extractor, and with --worst N the pages where ours trails most.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from communique.clean import clean_document
from communique.model import Document, content_hash

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "html-extraction"
TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4

Scores = tuple[float, float, float]  # tp, fp, fn, normalised by their sum


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    count = max(1, len(tokens) - SHINGLE + 1)
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(count) if tokens[i : i + SHINGLE])


def match(gold: str, predicted: str) -> Scores:
    """TP, FP and FN over shingles, as shares of their sum so long pages weigh no more."""
    true, pred = shingles(gold), shingles(predicted)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def f1_of(pages: list[Scores]) -> tuple[float, float, float]:
    """(precision, recall, F1): the means over pages, and F1 from those means."""
    p = statistics.mean(precision(*s) for s in pages if s[0] + s[1] > 0)
    r = statistics.mean(recall(*s) for s in pages if s[0] + s[2] > 0)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def ours(html: str) -> str:
    """What communique keeps of a page: the text of every article cut from it."""
    document = Document(source="page", format="html", content_hash=content_hash(html), html=html)
    try:
        return "\n".join(article.text for article in clean_document(document))
    except ValueError:  # no article left: an empty prediction
        return ""


def theirs(html: str) -> str:
    """trafilatura as the benchmark runs it."""
    return trafilatura.extract(html, include_comments=False) or ""


def theirs_precise(html: str) -> str:
    """trafilatura with the options communique passes it, without our cleaning after it."""
    options = {"include_comments": False, "include_tables": True, "favor_precision": True}
    return trafilatura.extract(html, **options) or ""


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "communique": ours,
    "trafilatura": theirs,
    "trafilatura-precision": theirs_precise,
}


def load_pages(folder: Path) -> list[tuple[str, str, str]]:
    """(id, html, gold text) of each page that has its HTML here."""
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((folder / "html").glob("*.html.gz")):
        page_id = path.name.split(".")[0]
        html = gzip.decompress(path.read_bytes()).decode("utf-8")
        pages.append((page_id, html, gold[page_id].get("articleBody", "")))
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--worst", type=int, default=0, help="list pages where ours trails most")
    args = parser.parse_args()
    pages = load_pages(args.folder)
    scores = {name: [match(g, run(h)) for _, h, g in pages] for name, run in EXTRACTORS.items()}
    for name, page_scores in scores.items():
        p, r, f1 = f1_of(page_scores)
        print(f"{name:<22} pages={len(pages)} precision={p:.3f} recall={r:.3f} F1={f1:.3f}")
    gaps = [
        (theirs_[0] - ours_[0], page_id)
        for (page_id, _, _), ours_, theirs_ in zip(
            pages, scores["communique"], scores["trafilatura"], strict=True
        )
    ]
    for gap, page_id in sorted(gaps, reverse=True)[: args.worst]:
        print(f"  {page_id}  trafilatura tp share ahead by {gap:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
