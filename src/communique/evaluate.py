"""Scoring predicted events against gold articles, by shared/eval/GUIDELINES.md "Scoring".

The matching rules are those of the shared scorer (score.py), written here as small
functions so each rule can be tested alone:

- an event matches when its type and actor pair match (either order for symmetric types);
- names match when equal after normalisation, by surname, by a 2+-word subset, by
  transliteration, or through a gold alias; different country codes veto a match;
- a gold state as a whole matches a predicted actor of its country that is no named person;
- gold actors marked `"match_by": "code"` match on country and, where given, sector.

Beyond score.py it reports the actor figure: the share of gold actors found, with the
right name, country and sector, among the predicted events' actors of the same article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

from communique.model import Actor, Document, Failure, content_hash
from communique.pipeline import RunStats

Record = dict[str, Any]

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# Words that make a name an organisation or title rather than a person ("Ministry of ...").
STOP = {"in", "of", "for", "and", "from", "on", "at", "to", "with", "by"}
# Articles, particles and honorifics that names carry or drop at will.
DROP = {"the", "al", "el", "bin", "ibn", "mr", "mrs", "ms", "dr"}
# Everyday names that the ISO tables lack, normalised.
EXTRA_COUNTRY_NAMES = {
    "USA": ["us", "usa", "america"],
    "GBR": ["uk", "britain", "england"],
    "COD": ["congo", "dr congo", "drc"],
    "COG": ["congo", "congo brazzaville"],
    "PSE": ["gaza", "palestinian territories"],
    "XKX": ["kosovo"],
    "TUR": ["turkiye", "republic of turkiye"],
    "VAT": ["vatican"],
    "MKD": ["macedonia", "republic of north macedonia"],
    "CIV": ["ivory coast"],
}


# -- names -------------------------------------------------------------------------------


def norm(text: str | None) -> str:
    """Lower case, no accents, no dots, punctuation as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(char for char in text if not unicodedata.combining(char)).replace(".", "")
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def tokens(text: str | None) -> list[str]:
    return [token for token in norm(text).split() if token not in DROP]


def person_like(words: list[str]) -> bool:
    """Short and free of "of"/"for"...: a person's name rather than an institution's."""
    return not (set(words) & STOP) and len(words) <= 4


def surname_match(short: list[str], long: list[str]) -> bool:
    """ "Lavrov" / "Sergey Lavrov"."""
    return len(short) == 1 < len(long) and person_like(long) and short[0] == long[-1]


def subset_match(short: list[str], long: list[str]) -> bool:
    """ "Raul Castro" / "Raul Castro Ruz": two or more words, all found in the other."""
    return len(short) >= 2 and person_like(long) and set(short) <= set(long)


def transliteration_match(a: list[str], b: list[str]) -> bool:
    """ "Serguei Lavrov" / "Sergey Lavrov": word by word alike, surnames starting alike."""
    if len(a) != len(b) or len(a) < 2 or a[-1][:3] != b[-1][:3]:
        return False
    return all(SequenceMatcher(None, x, y).ratio() >= 0.75 for x, y in zip(a, b, strict=True))


def names_match(a: str | None, b: str | None) -> bool:
    words_a, words_b = tokens(a), tokens(b)
    if not words_a or not words_b:
        return False
    if words_a == words_b:
        return True
    short, long = sorted((words_a, words_b), key=len)
    return (
        surname_match(short, long)
        or subset_match(short, long)
        or transliteration_match(words_a, words_b)
    )


# -- countries ---------------------------------------------------------------------------


@cache
def country_names() -> dict[str, list[str]]:
    """ISO alpha-3 code → normalised names, from countryinfo's names and alternative
    spellings (codes dropped: "TR" is no name) plus the everyday names it lacks."""
    import countryinfo  # imported here: only scoring needs it, and it reads 250 files

    table: dict[str, set[str]] = defaultdict(set)
    for country in countryinfo.all_countries():
        iso = country.iso() or {}
        code = iso.get("alpha3")
        if not code:
            continue
        spellings = [country.name(), *(country.alt_spellings() or [])]
        codes = {str(value).casefold() for value in iso.values()}
        table[code].update(ascii_names(spellings) - codes)
    for code, names in EXTRA_COUNTRY_NAMES.items():
        table[code].update(names)
    return {code: sorted(names) for code, names in table.items()}


def ascii_names(spellings: Iterable[str]) -> set[str]:
    """Normalised spellings in Latin letters: native scripts never appear in gold names."""
    names = {norm(spelling) for spelling in spellings if spelling}
    return {name for name in names if name and name.isascii()}


@cache
def country_of_name() -> dict[str, str]:
    return {name: code for code, names in country_names().items() for name in names}


def is_state(actor: Record) -> bool:
    """A state as a whole: no sector, and named as a country."""
    return not actor.get("sector") and norm(actor.get("name")) in country_of_name()


def countryish(name: str, code: str) -> bool:
    """The name is the country's, or shares a word stem with it ("Russian" / "Russia")."""
    names = country_names().get(code, [])
    if norm(name) in names:
        return True
    stems = {word[:4] for country in names for word in country.split() if len(word) > 3}
    return any(word[:4] in stems for word in tokens(name))


# -- actors and events -------------------------------------------------------------------


def actor_names(gold: Record, gold_actors: list[Record]) -> list[str]:
    """The gold actor's name and the aliases its article's actor list gives it."""
    name = gold.get("name") or ""
    names = [name]
    for actor in gold_actors:
        if norm(actor.get("name")) == norm(name):
            names += actor.get("aliases") or []
    return [name for name in names if name]


def predicted_name(pred: Record) -> str:
    return pred.get("name") or pred.get("text") or ""


def code_match(gold: Record, pred: Record, gold_actors: list[Record]) -> bool:
    """Sentence sets coded at CAMEO code level name actors loosely: country and sector."""
    gold_country, pred_country = gold.get("country") or "", pred.get("country") or ""
    if gold_country == "IGO":
        return pred_country == "IGO" or any_name_match(gold, pred, gold_actors)
    if not gold_country:  # a group of no stated country ("rebels"): its sector decides
        if gold.get("sector"):
            return pred.get("sector") == gold["sector"]
        return any_name_match(gold, pred, gold_actors)
    return pred_country == gold_country and (
        not gold.get("sector") or pred.get("sector") == gold.get("sector")
    )


def any_name_match(gold: Record, pred: Record, gold_actors: list[Record]) -> bool:
    pred_name = predicted_name(pred)
    return any(names_match(name, pred_name) for name in actor_names(gold, gold_actors))


def state_match(gold: Record, pred: Record) -> bool:
    """ "Russia" (gold, a state) / "Russian government" or "Russia" (predicted)."""
    code = gold.get("country") or ""
    if not is_state(gold) or (pred.get("country") or "") != code:
        return False
    return not pred.get("sector") or countryish(predicted_name(pred), code)


def actor_match(gold: Record | None, pred: Record | None, gold_actors: list[Record]) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if gold.get("match_by") == "code":
        return code_match(gold, pred, gold_actors)
    gold_country, pred_country = gold.get("country"), pred.get("country")
    if gold_country and pred_country and gold_country != pred_country:
        return False
    return state_match(gold, pred) or any_name_match(gold, pred, gold_actors)


def pair_match(gold: Record, pred: Record, gold_actors: list[Record]) -> bool:
    """Same type, and the actor pair matches (either order for symmetric types).

    A gold event without a target accepts any predicted target.
    """
    if gold["type"] != pred.get("type"):
        return False
    source, target = gold.get("source"), gold.get("target")
    if actor_match(source, pred.get("source"), gold_actors) and (
        target is None or actor_match(target, pred.get("target"), gold_actors)
    ):
        return True
    return (
        gold["type"] in SYMMETRIC
        and actor_match(source, pred.get("target"), gold_actors)
        and actor_match(target, pred.get("source"), gold_actors)
    )


def evidence_text(event: Record) -> str:
    evidence = event.get("evidence")
    if isinstance(evidence, dict):
        return evidence.get("sentence") or ""
    return evidence or ""


def same_sentence(gold: Record, pred: Record) -> bool:
    """The predicted evidence holds at least 60% of the gold sentence's words."""
    gold_words, pred_words = set(tokens(evidence_text(gold))), set(tokens(evidence_text(pred)))
    return bool(gold_words) and len(gold_words & pred_words) >= 0.6 * len(gold_words)


def country(actor: Record | None) -> str:
    return (actor or {}).get("country") or ""


def dyad_match(gold: Record, pred: Record) -> bool:
    """GDELT style: the type and the pair of country codes only."""
    if gold["type"] != pred.get("type"):
        return False
    gold_pair = (country(gold.get("source")), country(gold.get("target")))
    pred_pair = (country(pred.get("source")), country(pred.get("target")))
    if gold.get("target") is None:
        return gold_pair[0] == pred_pair[0]
    return gold_pair == pred_pair or (gold["type"] in SYMMETRIC and gold_pair == pred_pair[::-1])


def date_ok(gold: str | None, pred: str | None) -> bool:
    """The predicted date agrees with the gold to the gold's precision."""
    gold, pred = str(gold or ""), str(pred or "")
    return len(pred) >= len(gold) and pred[: len(gold)] == gold


def greedy(
    gold: list[Record], pred: list[Record], ok: Callable[[Record, Record], bool]
) -> list[tuple[int, int]]:
    """Pair each gold event, in order, with the first unused predicted event it matches."""
    used: set[int] = set()
    pairs = []
    for gold_index, gold_event in enumerate(gold):
        for pred_index, pred_event in enumerate(pred):
            if pred_index not in used and ok(gold_event, pred_event):
                used.add(pred_index)
                pairs.append((gold_index, pred_index))
                break
    return pairs


# -- the actor figure --------------------------------------------------------------------


def predicted_actors(events: list[Record]) -> list[Record]:
    return [event[part] for event in events for part in ("source", "target") if event.get(part)]


def with_aliases(actors: list[Record]) -> list[Record]:
    """One record per name an actor goes by, so a gold alias can meet any of them."""
    return [
        {**actor, "name": name}
        for actor in actors
        for name in [actor.get("name") or "", *(actor.get("aliases") or [])]
    ]


def actor_found(gold: Record, predicted: list[Record], gold_actors: list[Record]) -> bool:
    """Found with the right name (or, for code-level gold, the right code), country, sector."""
    if gold.get("match_by") == "code":
        return any(code_match(gold, pred, gold_actors) for pred in predicted)
    return any(
        any_name_match(gold, pred, gold_actors)
        and (gold.get("country") or None) == (pred.get("country") or None)
        and (gold.get("sector") or None) == (pred.get("sector") or None)
        for pred in predicted
    )


# -- scoring -----------------------------------------------------------------------------


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


@dataclass
class Scores:
    """Counts over a gold set; the figures are computed from them in `summary`."""

    articles: int = 0
    totals: Counter[str] = field(default_factory=Counter)
    by_type: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    errors: list[Record] = field(default_factory=list)

    def summary(self) -> Record:
        """The figures of score.py (same names, rounded alike), then the actor figure."""
        t = self.totals
        precision, recall, f1 = prf(t["match"], t["pred"], t["gold"])
        return {
            "articles": self.articles,
            "gold": t["gold"],
            "pred": t["pred"],
            "matched": t["match"],
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "strict_f1": round(prf(t["strict"], t["pred"], t["gold"])[2], 3),
            "dyad_f1": round(prf(t["dyad"], t["pred"], t["gold"])[2], 3),
            "date_acc": ratio(t["date_ok"], t["date_n"]),
            "loc_acc": ratio(t["loc_ok"], t["loc_n"]),
            "actor_acc": ratio(t["actors_found"], t["actors"]),
        }

    def type_table(self) -> dict[str, Record]:
        table = {}
        for event_type in sorted(self.by_type, key=str):
            counts = self.by_type[event_type]
            precision, recall, f1 = prf(counts["match"], counts["pred"], counts["gold"])
            table[str(event_type)] = {
                "gold": counts["gold"], "pred": counts["pred"], "match": counts["match"],
                "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            }  # fmt: skip
        return table


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def score(
    gold: list[Record],
    predictions: Iterable[Record],
    actors: dict[str, list[Record]] | None = None,
) -> Scores:
    """Score predicted event records against gold article records; `actors`, the actors
    recognised per article, feed the actor figure (else the events' actors do)."""
    by_article = group_predictions(predictions)
    scores = Scores(articles=len(gold))
    for article in gold:
        pred = by_article.get(article["id"]) or by_article.get(article.get("url") or "") or []
        recognised = (actors or {}).get(article["id"])
        score_article(article, pred, scores, recognised)
    return scores


def document_key(event: Record) -> str | None:
    """Which gold article a predicted event belongs to: its document's id, else url."""
    document = event.get("document") or {}
    for key in ("id", "doc_id", "url"):
        if document.get(key):
            return str(document[key])
    for key in ("doc_id", "document_id", "article_id"):
        if event.get(key):
            return str(event[key])
    return None


def group_predictions(predictions: Iterable[Record]) -> dict[str | None, list[Record]]:
    grouped: dict[str | None, list[Record]] = defaultdict(list)
    for event in predictions:
        grouped[document_key(event)].append(event)
    return grouped


def score_article(
    article: Record, pred: list[Record], scores: Scores, recognised: list[Record] | None = None
) -> None:
    gold, gold_actors = article.get("events") or [], article.get("actors") or []
    pairs = greedy(gold, pred, lambda g, p: pair_match(g, p, gold_actors))
    strict = greedy(gold, pred, lambda g, p: pair_match(g, p, gold_actors) and same_sentence(g, p))
    dyads = greedy(gold, pred, dyad_match)
    scores.totals.update(
        gold=len(gold), pred=len(pred), match=len(pairs), strict=len(strict), dyad=len(dyads)
    )
    count_types(gold, pred, pairs, scores)
    count_dates_and_places(gold, pred, pairs, scores)
    count_actors(gold_actors, with_aliases(recognised or []) + predicted_actors(pred), scores)
    scores.errors += article_errors(article["id"], gold, pred, pairs)


def count_types(gold: list[Record], pred: list[Record], pairs: list[tuple[int, int]],
                scores: Scores) -> None:  # fmt: skip
    for event in gold:
        scores.by_type[event["type"]]["gold"] += 1
    for event in pred:
        scores.by_type[event.get("type")]["pred"] += 1
    for gold_index, _ in pairs:
        scores.by_type[gold[gold_index]["type"]]["match"] += 1


def count_dates_and_places(gold: list[Record], pred: list[Record],
                           pairs: list[tuple[int, int]], scores: Scores) -> None:  # fmt: skip
    """Date and location accuracy, on matched events whose gold states them."""
    for gold_index, pred_index in pairs:
        gold_event, pred_event = gold[gold_index], pred[pred_index]
        if gold_event.get("date"):
            scores.totals["date_n"] += 1
            scores.totals["date_ok"] += date_ok(gold_event["date"], pred_event.get("date"))
        gold_place = (gold_event.get("location") or {}).get("country")
        if gold_place:
            scores.totals["loc_n"] += 1
            pred_place = (pred_event.get("location") or {}).get("country")
            scores.totals["loc_ok"] += pred_place == gold_place


def count_actors(gold_actors: list[Record], predicted: list[Record], scores: Scores) -> None:
    scores.totals["actors"] += len(gold_actors)
    scores.totals["actors_found"] += sum(
        actor_found(actor, predicted, gold_actors) for actor in gold_actors
    )


def article_errors(article_id: str, gold: list[Record], pred: list[Record],
                   pairs: list[tuple[int, int]]) -> list[Record]:  # fmt: skip
    """Gold events no prediction matched (MISS), then predictions matching none (FALSE)."""
    matched_gold = {gold_index for gold_index, _ in pairs}
    matched_pred = {pred_index for _, pred_index in pairs}
    misses = [error("MISS", article_id, event) for i, event in enumerate(gold)
              if i not in matched_gold]  # fmt: skip
    false = [error("FALSE", article_id, event) for i, event in enumerate(pred)
             if i not in matched_pred]  # fmt: skip
    return misses + false


def error(kind: str, article_id: str, event: Record) -> Record:
    def name(part: str) -> str | None:
        return (event.get(part) or {}).get("name")

    return {
        "kind": kind,
        "article": article_id,
        "type": event.get("type"),
        "source": name("source"),
        "target": name("target"),
        "sentence": evidence_text(event),
    }


# -- running the pipeline on a gold set --------------------------------------------------


def load_gold(path: str | Path) -> list[Record]:
    """Gold articles: JSON Lines, or one record in a .json file (like seed-gold.json)."""
    text = Path(path).read_text(encoding="utf-8")
    if str(path).endswith(".json"):
        return [json.loads(text)]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def gold_document(record: Record, source: str) -> Document:
    """A gold article as the pipeline's input: plain text, named by the gold id, so the
    predictions' document.id is the key the scorer matches on."""
    text = record.get("text") or ""
    return Document(
        source=source,
        format="txt",
        content_hash=content_hash(text),
        text=text,
        record_id=record["id"],
        url=record.get("url"),
        published=record.get("published"),
        title=record.get("title"),
    )


def predict(gold: list[Record], *, stats: RunStats, source: str = "gold") -> list[Record]:
    """Asserted event records the pipeline codes from the gold articles' text."""
    return predict_with_actors(gold, stats=stats, source=source)[0]


def predict_with_actors(
    gold: list[Record], *, stats: RunStats, source: str = "gold"
) -> tuple[list[Record], dict[str, list[Record]]]:
    """The asserted event records, and every actor recognised in each gold article (the
    actor figure counts actors found, whether or not an event was coded for them)."""
    from communique.ingest import event_records, process_documents  # a cycle if at the top

    documents = [gold_document(record, f"{source}#{n}") for n, record in enumerate(gold, 1)]
    predictions: list[Record] = []
    actors: dict[str, list[Record]] = defaultdict(list)
    for item in process_documents(documents, stats=stats):
        if not isinstance(item, Failure):
            predictions += event_records(item)
            actors[item.article.document] += [actor_record(a) for a in item.actors]
    return predictions, actors


def actor_record(actor: Actor) -> Record:
    return {"name": actor.name, "aliases": list(actor.aliases), "country": actor.country,
            "sector": actor.sector}  # fmt: skip
