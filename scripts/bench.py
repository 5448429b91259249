"""Throughput of `communique ingest` against plain spaCy on the same texts and cores.

    .venv/bin/python scripts/bench.py                  # 2,000 synthetic articles
    .venv/bin/python scripts/bench.py --articles 20000 # ten times more: peak memory
    .venv/bin/python scripts/bench.py --corpus FOLDER  # a folder of JSON Lines records

Prints one JSON object: articles_per_s, words_per_s, peak_rss_mb (ingest's whole process
tree), spacy_words_per_s (nlp.pipe, n_process = workers) and their ratio. The same as
`communique bench`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from communique.bench import DEFAULT_ARTICLES, benchmark


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=0, help="0: one per core")
    args = parser.parse_args()
    print(json.dumps(benchmark(articles=args.articles, corpus=args.corpus, workers=args.workers)))


if __name__ == "__main__":
    main()
