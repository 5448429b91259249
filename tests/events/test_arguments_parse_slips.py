"""Arguments read through the small model's known parse slips, on hand-built parses (the
model's output for such sentences varies with their words, so each slip is built here)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from communique.actors.resolve import ArticleActors
from communique.events.arguments import ArgumentFinder, _with_conjuncts
from communique.events.circumstances import clause_place
from communique.events.coder import _characterises_as_wrong, find_trigger


def parsed(words, heads, deps, pos, tags=None, ents=None, lemmas=None) -> Doc:
    vocab = spacy.blank("en").vocab
    lemmas = lemmas or [word.lower() for word in words]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents,
               lemmas=lemmas)  # fmt: skip


def finder() -> ArgumentFinder:
    return ArgumentFinder(ArticleActors(), [], 0)


def test_a_subject_glued_to_an_opening_date_is_the_subject():
    # "On Sunday Mercosur, the trade bloc, handed the junta a deadline ."
    words = ["On", "Sunday", "Mercosur", ",", "the", "trade", "bloc", ",", "handed", "the",
             "junta", "a", "deadline", "."]  # fmt: skip
    doc = parsed(
        words,
        heads=[8, 2, 0, 2, 6, 6, 2, 8, 8, 10, 8, 12, 8, 8],
        deps=["prep", "compound", "pobj", "punct", "det", "compound", "appos", "punct", "ROOT",
              "det", "dative", "det", "dobj", "punct"],  # fmt: skip
        pos=["ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "DET",
             "NOUN", "DET", "NOUN", "PUNCT"],  # fmt: skip
        ents=["O", "B-DATE", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
    )
    assert [t.text for t in finder().subjects(doc[8])] == ["Mercosur"]
    # A place after the opening preposition is no subject: "In Lima police arrested ..."
    lima = parsed(
        ["In", "Lima", "police", "arrested", "him", "."],
        heads=[3, 0, 3, 3, 3, 3],
        deps=["prep", "pobj", "nsubj", "ROOT", "dobj", "punct"],
        pos=["ADP", "PROPN", "NOUN", "VERB", "PRON", "PUNCT"],
    )
    assert [t.text for t in finder().subjects(lima[3])] == ["police"]


def test_a_main_clause_parsed_as_a_modifier_of_its_subject_keeps_the_subject():
    # "Peru , an ally , condemned an attack ." with "condemned" an acl of "Peru"
    doc = parsed(
        ["Peru", ",", "an", "ally", ",", "condemned", "an", "attack", "."],
        heads=[0, 0, 3, 0, 0, 0, 7, 5, 0],
        deps=["ROOT", "punct", "det", "appos", "punct", "acl", "det", "dobj", "punct"],
        pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNP", ",", "DT", "NN", ",", "VBN", "DT", "NN", "."],
    )
    assert [t.text for t in finder().subjects(doc[5])] == ["Peru"]
    # Without an object the participle is passive: "the attack launched on Friday"
    launched = parsed(
        ["the", "attack", "launched", "on", "Friday"],
        heads=[1, 1, 1, 2, 3],
        deps=["det", "ROOT", "acl", "prep", "pobj"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN"],
        tags=["DT", "NN", "VBN", "IN", "NNP"],
    )
    assert finder().subjects(launched[2]) == []


def test_the_first_of_two_objects_receives_what_the_second_names():
    # "Mercosur set the junta a deadline", parsed with two direct objects
    doc = parsed(
        ["Mercosur", "set", "the", "junta", "a", "deadline"],
        heads=[1, 1, 3, 1, 5, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "det", "dobj"],
        pos=["PROPN", "VERB", "DET", "NOUN", "DET", "NOUN"],
    )
    assert [t.text for t in finder().slot([doc[1], doc[5]], "dative")] == ["junta"]


def test_an_authority_is_not_the_target_of_the_act_it_ordered():
    # "fired missiles on the president 's orders"
    doc = parsed(
        ["fired", "missiles", "on", "the", "president", "'s", "orders"],
        heads=[0, 0, 0, 4, 6, 4, 2],
        deps=["ROOT", "dobj", "prep", "det", "poss", "case", "pobj"],
        pos=["VERB", "NOUN", "ADP", "DET", "NOUN", "PART", "NOUN"],
    )
    assert finder().slot([doc[0]], "on") == []
    assert [t.text for t in finder().slot([doc[0]], "dobj")] == ["missiles"]


def test_an_object_the_parser_gave_to_the_next_verb_still_carries_its_light_verb():
    # "Mercosur handed the leaders a deadline , or face sanctions": "deadline" parsed as the
    # subject of "face"
    words = ["Mercosur", "handed", "the", "leaders", "a", "deadline", ",", "or", "face",
             "sanctions"]  # fmt: skip
    doc = parsed(
        words,
        heads=[1, 1, 3, 1, 5, 8, 5, 5, 1, 8],
        deps=["nsubj", "ROOT", "det", "dative", "det", "nsubj", "punct", "cc", "conj", "dobj"],
        pos=["PROPN", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT", "CCONJ", "VERB", "NOUN"],
        lemmas=["mercosur", "hand", "the", "leader", "a", "deadline", ",", "or", "face",
                "sanction"],  # fmt: skip
    )
    match = find_trigger(doc[5])
    assert match is not None
    assert (match.trigger.type, match.verb.text, match.kind) == ("REQUEST", "handed", "light")
    assert [t.text for t in finder().slot([match.word, match.verb], "dative")] == ["leaders"]


def test_two_things_struck_are_no_pair_but_two_sides_are():
    from communique.model import Actor

    kenya, uganda = Actor("Kenya", "state", "KEN"), Actor("Uganda", "state", "UGA")
    pairs = {}
    for noun, lemma in (("targets", "target"), ("sides", "side")):
        doc = parsed(
            ["struck", "two", noun],
            heads=[0, 2, 0],
            deps=["ROOT", "nummod", "dobj"],
            pos=["VERB", "NUM", "NOUN"],
            tags=["VBD", "CD", "NNS"],
            lemmas=["strike", "two", lemma],
        )
        argument_finder = finder()
        argument_finder.last_pair = [kenya, uganda]
        pairs[noun] = [a.actor.actor.name for a in argument_finder.actors_at(doc[2])]
    assert pairs == {"targets": [], "sides": ["Kenya", "Uganda"]}


def test_a_damning_name_parsed_as_an_apposition_deep_in_the_object_still_damns():
    # "Peru branded the seizure of the boat , which sailed to Callao , a brazen piracy ."
    words = ["Peru", "branded", "the", "seizure", "of", "the", "boat", ",", "which", "sailed",
             "to", "Callao", ",", "a", "brazen", "piracy", "."]  # fmt: skip
    doc = parsed(
        words,
        heads=[1, 1, 3, 1, 3, 6, 4, 6, 9, 6, 9, 10, 11, 15, 15, 11, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct", "nsubj", "relcl",
              "prep", "pobj", "punct", "det", "amod", "appos", "punct"],  # fmt: skip
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB",
             "ADP", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"],  # fmt: skip
        lemmas=["Peru", "brand", "the", "seizure", "of", "the", "boat", ",", "which", "sail",
                "to", "Callao", ",", "a", "brazen", "piracy", "."],  # fmt: skip
    )
    assert _characterises_as_wrong(doc[1])


def test_the_members_listed_after_among_them_act_not_the_group_they_belong_to():
    # "Neighbours and partners , among them Chile and Peru , condemned the coup ."
    words = ["Neighbours", "and", "partners", ",", "among", "them", "Chile", "and", "Peru", ",",
             "condemned", "the", "coup", "."]  # fmt: skip
    doc = parsed(
        words,
        heads=[10, 0, 0, 0, 6, 4, 0, 6, 6, 0, 10, 12, 10, 10],
        deps=["nsubj", "cc", "conj", "punct", "prep", "pobj", "conj", "cc", "conj", "punct",
              "ROOT", "det", "dobj", "punct"],  # fmt: skip
        pos=["NOUN", "CCONJ", "NOUN", "PUNCT", "ADP", "PRON", "PROPN", "CCONJ", "PROPN",
             "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],  # fmt: skip
    )
    assert [t.text for t in _with_conjuncts(finder().subjects(doc[10]))] == ["Chile", "Peru"]


def test_an_infinitive_read_as_to_and_a_noun_keeps_its_object_and_manner_is_no_member():
    # "Mercosur agreed to sanction Peru , including by barring flights ." parsed with "to" a
    # preposition, "sanction" its noun, and Peru the object of "agreed"
    words = ["Mercosur", "agreed", "to", "sanction", "Peru", ",", "including", "by", "barring",
             "flights", "."]  # fmt: skip
    doc = parsed(
        words,
        heads=[1, 1, 1, 2, 1, 4, 4, 6, 7, 8, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "dobj", "punct", "prep", "prep", "pcomp", "dobj",
              "punct"],  # fmt: skip
        pos=["PROPN", "VERB", "ADP", "NOUN", "PROPN", "PUNCT", "VERB", "ADP", "VERB", "NOUN",
             "PUNCT"],  # fmt: skip
        lemmas=["Mercosur", "agree", "to", "sanction", "Peru", ",", "include", "by", "bar",
                "flight", "."],  # fmt: skip
    )
    match = find_trigger(doc[3])
    assert (match.trigger.type, match.verb.text) == ("SANCTION", "agreed")
    assert [t.text for t in finder().slot([doc[3], doc[1]], "dobj")] == ["Peru"]
    assert [t.text for t in _with_conjuncts([doc[4]])] == ["Peru"]  # "including by": a manner


def test_the_city_of_a_name_is_a_place_whatever_the_name_is_tagged():
    # "Police in the city of Arica fired tear gas ." with Arica tagged ORG


    words = ["Police", "in", "the", "city", "of", "Arica", "fired", "tear", "gas", "."]
    doc = parsed(
        words,
        heads=[6, 0, 3, 1, 3, 4, 6, 8, 6, 6],
        deps=["nsubj", "prep", "det", "pobj", "prep", "pobj", "ROOT", "amod", "dobj", "punct"],
        pos=["NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "VERB", "ADJ", "NOUN", "PUNCT"],
        ents=["O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"],
        lemmas=["police", "in", "the", "city", "of", "Arica", "fire", "tear", "gas", "."],
    )
    place = clause_place(doc[6], doc[6], doc[:], inherit=False)
    assert (place.place, place.country) == ("Arica", "CHL")
