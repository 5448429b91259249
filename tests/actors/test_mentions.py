"""Mentions the small model cuts short, on hand-built parses: what the model did is fixed
here, so each rule is tested whatever the model does with a made-up name."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from communique.actors.mentions import find_mentions


def parsed(words, heads, deps, pos, ents, spaces=None) -> Doc:
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)


def people(doc: Doc) -> list[str]:
    return [m.text for m in find_mentions(doc) if m.kind == "person"]


def test_a_surname_tagged_apart_joins_the_name():
    doc = parsed(
        words=["Minister", "Shah", "Mahmood", "Qureshi", "said", "."],
        heads=[3, 2, 3, 4, 4, 4],
        deps=["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ents=["O", "B-PERSON", "I-PERSON", "B-ORG", "O", "O"],
    )
    assert people(doc) == ["Shah Mahmood Qureshi"]
    assert not [m for m in find_mentions(doc) if m.kind == "org"]


def test_a_name_of_another_phrase_stays_apart():
    doc = parsed(  # a proper noun after the name, but no head of it
        words=["Ivan", "Petrov", "Lindqvist", "said"],
        heads=[1, 3, 3, 3],
        deps=["compound", "nsubj", "npadvmod", "ROOT"],
        pos=["PROPN", "PROPN", "PROPN", "VERB"],
        ents=["B-PERSON", "I-PERSON", "B-ORG", "O"],
    )
    assert people(doc) == ["Ivan Petrov"]


def test_a_hyphenated_given_name_is_taken_whole():
    doc = parsed(
        words=["President", "Park", "Min", "-", "jun", "spoke"],
        spaces=[True, True, False, False, True, False],
        heads=[2, 2, 5, 2, 2, 5],
        deps=["compound", "compound", "nsubj", "punct", "appos", "ROOT"],
        pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB"],
        ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    assert people(doc) == ["Park Min-jun"]


def test_hyphenated_organisation_names_split_by_the_tokenizer_are_found():
    from communique import nlp

    doc = nlp.load()("Police blamed Lashkar-e-Taiba and the Jaish-e-Mohammed group.")
    orgs = [(m.span.text, m.kind, m.country) for m in find_mentions(doc)]
    assert ("Lashkar-e-Taiba", "org", "PAK") in orgs
    assert ("Jaish-e-Mohammed", "org", "PAK") in orgs
    assert find_mentions(nlp.load()("A well-known cross-border raid.")) == []


def test_an_organisation_name_cut_at_a_bracket_is_completed():
    doc = parsed(
        words=["The", "Baath", "(", "Renewal", ")", "party", "said", "."],
        spaces=[True, True, False, False, True, True, False, False],
        heads=[5, 5, 1, 5, 5, 6, 6, 6],
        deps=["det", "nmod", "punct", "nmod", "punct", "nsubj", "ROOT", "punct"],
        pos=["DET", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"],
        ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"],
    )
    orgs = [(m.text, m.sector) for m in find_mentions(doc) if m.kind == "org"]
    assert orgs == [("Baath (Renewal) party", "PTY")]
