"""The throughput benchmark behind `communique bench`: ingest against plain spaCy, same texts.

A synthetic corpus of news-like articles is built from templates (or read from a JSON Lines
file), ingested with the pool executor into a scratch database, then parsed by plain spaCy
(`nlp.pipe` with `n_process`, the same cores) on the same texts. Both runs count the same
words, so their ratio says how much faster communique is than parsing everything.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil

DEFAULT_ARTICLES = 2000

# Who, where and about what: filled into the templates below by a seeded generator.
LEADERS = [
    ("President", "Amara Okonkwo", "Nigeria", "Nigerian"),
    ("Prime Minister", "Lars Henriksen", "Denmark", "Danish"),
    ("Foreign Minister", "Sofia Marquez", "Chile", "Chilean"),
    ("President", "Dmitri Volkov", "Russia", "Russian"),
    ("Defence Minister", "Hana Kobayashi", "Japan", "Japanese"),
    ("Foreign Minister", "Tariq Haddad", "Jordan", "Jordanian"),
    ("Prime Minister", "Elena Popescu", "Romania", "Romanian"),
    ("President", "Joao Ferreira", "Brazil", "Brazilian"),
    ("Interior Minister", "Ayesha Siddiqui", "Pakistan", "Pakistani"),
    ("Chancellor", "Klaus Brenner", "Germany", "German"),
    ("President", "Kwame Mensah", "Ghana", "Ghanaian"),
    ("Foreign Minister", "Mehmet Aydin", "Turkey", "Turkish"),
]
CITIES = ["Abuja", "Copenhagen", "Santiago", "Moscow", "Tokyo", "Amman", "Bucharest",
          "Brasilia", "Islamabad", "Berlin", "Accra", "Ankara", "Geneva", "Nairobi"]  # fmt: skip
TOPICS = ["trade", "energy", "border security", "migration", "climate finance",
          "grain exports", "debt relief", "fisheries", "water rights", "a ceasefire"]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

EVENT_SENTENCES = [
    "{title} {name} met {other_name} in {city} on {day} to discuss {topic}.",
    "{country} accused {other_country} of violating the agreement on {topic}.",
    "{name} held talks with {other_title} {other_name} on {day}.",
    "Police arrested dozens of protesters outside the parliament in {city} on {day}.",
    "{country} and {other_country} signed an agreement on {topic} in {city}.",
    "{other_name} urged {country} to reopen negotiations on {topic}.",
    "Thousands of people protested against the government in {city} on {day}.",
    "{country} imposed sanctions on {other_country} over its handling of {topic}.",
    "{name} criticized {other_name} for delaying the talks on {topic}.",
    "Troops were deployed to the border after {other_country} warned {country}.",
]
BACKGROUND_SENTENCES = [
    "The economy grew by {pct} percent last year, according to official figures.",
    "Inflation has eased in recent months but remains above the central bank's target.",
    "Analysts said the outcome would depend on {topic} and on the price of oil.",
    "The {adj} government has faced growing pressure over {topic} since the election.",
    "Officials said a final decision on {topic} was expected before the end of the year.",
    '"We are working hard on {topic}," a spokesperson for the ministry said.',
    "The region has a population of about {millions} million people.",
    "Markets in {city} closed {pct} percent higher on {day}.",
    "Details of the plan were not made public.",
    "Experts noted that {topic} had been a recurring issue for more than a decade.",
    "The ministry did not respond to a request for comment.",
    "Local media reported heavy rain in the north of the country over the weekend.",
]
# Most of a day's news is not about politics: business, sport, science. Their sentences use
# some trigger words too ("support", "deal", "release"), as real ones do.
OTHER_SENTENCES = [
    "Shares of the company rose {pct} percent in early trading in {city}.",
    "The firm said quarterly revenue was in line with expectations.",
    "The company will release its annual results on {day}.",
    "Investors welcomed the deal, which is expected to close next year.",
    "The striker scored twice in the second half to secure the win.",
    "The coach said the team had shown great character after the break.",
    "Fans packed the stadium for the final match of the season.",
    "Researchers said the new battery could store {pct} times more energy.",
    "The study, published on {day}, followed more than {millions} thousand patients.",
    "The museum will open a new exhibition on modern design next month.",
    "Tickets go on sale on {day} and prices start at {millions} euros.",
    "The weather service expects temperatures to rise over the weekend.",
    "Analysts expect demand to remain strong through the end of the year.",
    "The festival drew record crowds despite the rain.",
]
POLITICS_SHARE = 0.4  # of the articles; the others are business, sport and science news

BOILERPLATE = ["Share this article", "Read more:", "Sign up for our newsletter",
               "Advertisement", "Related coverage"]  # fmt: skip


def fill(template: str, rng: random.Random) -> str:
    (title, name, country, adj), (o_title, o_name, o_country, _) = rng.sample(LEADERS, 2)
    values = {
        "title": title, "name": name, "country": country, "adj": adj,
        "other_title": o_title, "other_name": o_name, "other_country": o_country,
        "city": rng.choice(CITIES), "day": rng.choice(DAYS), "topic": rng.choice(TOPICS),
        "pct": f"{rng.uniform(0.2, 6.5):.1f}", "millions": rng.randint(2, 90),
    }  # fmt: skip
    return template.format(**values)


def paragraph(rng: random.Random, politics: bool) -> str:
    """Two to four sentences; in a political story about one paragraph in three reports an
    event, the rest is background."""
    pool = BACKGROUND_SENTENCES if politics else OTHER_SENTENCES
    sentences = [fill(rng.choice(pool), rng) for _ in range(rng.randint(2, 4))]
    if politics and rng.random() < 0.35:
        sentences[rng.randrange(len(sentences))] = fill(rng.choice(EVENT_SENTENCES), rng)
    return " ".join(sentences)


def article_text(rng: random.Random) -> tuple[str, str]:
    """(title, text) of one article: a dateline lead, paragraphs and a little page clutter."""
    politics = rng.random() < POLITICS_SHARE
    lead_pool = EVENT_SENTENCES if politics else OTHER_SENTENCES
    lead = f"{rng.choice(CITIES).upper()} - " + fill(rng.choice(lead_pool), rng)
    paragraphs = [lead] + [paragraph(rng, politics) for _ in range(rng.randint(4, 9))]
    if rng.random() < 0.5:
        paragraphs.append(rng.choice(BOILERPLATE))
    title = fill(rng.choice(lead_pool), rng).rstrip(".")
    return title, "\n\n".join(paragraphs)


def synthetic_records(count: int, *, seed: int = 8) -> Iterator[dict[str, Any]]:
    """`count` JSON Lines records of news-like articles, the same ones for the same seed."""
    rng = random.Random(seed)
    for number in range(count):
        title, text = article_text(rng)
        day = 1 + number % 28
        yield {
            "id": f"bench-{number:07d}", "url": f"https://news.example/{number}",
            "published": f"2024-03-{day:02d}", "title": title, "text": text,
        }  # fmt: skip


SHARD = 500  # records per file: a crawl comes in shards, and a reader holds one at a time


def write_corpus(folder: Path, count: int) -> Path:
    """The synthetic corpus as JSON Lines shards in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    out = None
    for number, record in enumerate(synthetic_records(count)):
        if number % SHARD == 0:
            if out:
                out.close()
            out = (folder / f"shard-{number // SHARD:05d}.jsonl").open("w", encoding="utf-8")
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out:
        out.close()
    return folder


def corpus_texts(folder: Path) -> Iterator[str]:
    """The `text` of every record of the corpus's JSON Lines files, one at a time."""
    for path in sorted(folder.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    yield text


class PeakMemory:
    """The largest summed RSS of a process and all its children, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)

    def tree_rss(self) -> int:
        total = 0
        for process in [self.process, *self.process.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):  # ended between listing and reading
                total += process.memory_info().rss
        return total

    def sample(self) -> None:
        while not self.done.is_set():
            try:
                self.peak = max(self.peak, self.tree_rss())
            except psutil.Error:
                return
            self.done.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.done.set()
        self.thread.join()


def run_ingest(corpus: Path, db: Path, workers: int) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of `communique ingest` on the corpus, in its own process."""
    main = "from communique.cli import app; app()"
    command = [sys.executable, "-c", main, "ingest", str(corpus), "--db", str(db)]
    command += ["--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    with PeakMemory(process.pid) as memory:
        process.wait()
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise RuntimeError(f"ingest ended with status {process.returncode}")
    return seconds, memory.peak / 2**20


def run_spacy(corpus: Path, workers: int) -> float:
    """Seconds plain spaCy takes to run its whole pipeline on the same texts, same cores."""
    from communique import nlp

    nlp.load_plain()  # loading is not parsing: ingest's workers load the model too, but once
    started = time.perf_counter()
    for _ in nlp.pipe_texts(corpus_texts(corpus), n_process=workers):
        pass
    return time.perf_counter() - started


def stored_articles(db: Path) -> int:
    from communique.store import Store

    with Store(db, read_only=True) as store:
        return store.counts()["articles"]


def benchmark(
    *, articles: int = DEFAULT_ARTICLES, corpus: Path | None = None, workers: int = 0
) -> dict[str, Any]:
    """Ingest and plain spaCy on one corpus, with the figures `communique bench` prints."""
    workers = workers or os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as scratch:
        folder = corpus or write_corpus(Path(scratch) / "corpus", articles)
        words = sum(len(text.split()) for text in corpus_texts(folder))
        seconds, peak_mb = run_ingest(folder, Path(scratch) / "bench.db", workers)
        stored = stored_articles(Path(scratch) / "bench.db")
        spacy_seconds = run_spacy(folder, workers)
    words_per_s = words / seconds
    spacy_words_per_s = words / spacy_seconds
    return {
        "articles": stored, "words": words, "workers": workers,
        "corpus": str(corpus) if corpus else f"synthetic, {articles} articles",
        "ingest_s": round(seconds, 2), "spacy_s": round(spacy_seconds, 2),
        "articles_per_s": round(stored / seconds, 2), "words_per_s": round(words_per_s, 1),
        "peak_rss_mb": round(peak_mb, 1), "spacy_words_per_s": round(spacy_words_per_s, 1),
        "ratio": round(words_per_s / spacy_words_per_s, 3),
    }  # fmt: skip
