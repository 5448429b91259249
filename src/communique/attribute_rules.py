"""The model's attribute rules (tag → part of speech, morphology, lemma exceptions) applied
by dictionary lookup instead of spaCy's Matcher: the same result, in a fraction of the time.

spaCy's AttributeRuler runs a Matcher over every token for its 180 patterns, 5 to 15% of
the whole pipeline's time. Nearly all the patterns are one token keyed by its tag or its
lower-case form, so indexing them by those keys leaves a handful to test per token. The
rules keep the ruler's semantics: every pattern is matched against the tokens as they are
before any is applied, then the matches are applied in pattern order, later ones winning.
`tests/test_attribute_rules.py` checks that both give the same tokens.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

NAME = "communique_attribute_rules"
ANY_FORM = ""  # no token's lower-case form is empty


@dataclass(frozen=True)
class Rule:
    order: int  # the ruler's pattern number: later rules win
    tokens: tuple[dict[str, Any], ...]  # one spec per token, as the Matcher reads them
    index: int  # the token of the match the attributes go to
    attrs: dict[Any, Any]


def token_matches(token: Token, spec: dict[str, Any]) -> bool:
    for key, wanted in spec.items():
        value = _value(token, key)
        if isinstance(wanted, dict):
            if not _operator_matches(value, wanted):
                return False
        elif value != wanted:
            return False
    return True


def _value(token: Token, key: str) -> Any:
    if key == "TAG":
        return token.tag_
    if key == "LOWER":
        return token.lower_
    if key == "DEP":
        return token.dep_
    if key == "IS_SPACE":
        return token.is_space
    raise ValueError(f"attribute rules do not read {key}")


def _operator_matches(value: Any, wanted: dict[str, Any]) -> bool:
    for operator, argument in wanted.items():
        if operator == "IN" and value not in argument:
            return False
        if operator == "NOT_IN" and value in argument:
            return False
        if operator == "REGEX" and not re.search(argument, value):
            return False
        if operator not in {"IN", "NOT_IN", "REGEX"}:
            raise ValueError(f"attribute rules do not read the operator {operator}")
    return True


def _form_key(spec: dict[str, Any]) -> str:
    lower = spec.get("LOWER")
    return lower if isinstance(lower, str) else ANY_FORM


class AttributeRules:
    """A pipeline component applying an AttributeRuler's patterns by lookup.

    A one-token pattern reads only a token's lower-case form, tag, dependency and whether
    it is a space, so which of them match is worked out once per combination and kept;
    the few longer patterns are tried where their first token's form occurs.
    """

    def __init__(self, ruler: AttributeRuler | None = None) -> None:
        self.single: list[Rule] = []
        # by the first token's form, or ANY_FORM when a pattern gives none ("^y'?$")
        self.longer: dict[str, list[Rule]] = defaultdict(list)
        self.found: dict[tuple[str, str, str, bool], list[Rule]] = {}
        if ruler is not None:
            self.take(ruler)

    def take(self, ruler: AttributeRuler) -> None:
        """The ruler's patterns; pattern i of `ruler.patterns` has attrs[i] and indices[i]."""
        for order, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                rule = Rule(order, tuple(pattern), ruler.indices[order], ruler.attrs[order])
                if len(rule.tokens) == 1:
                    self.single.append(rule)
                else:
                    self.longer[_form_key(rule.tokens[0])].append(rule)
        self.found.clear()

    def single_matches(self, token: Token) -> list[Rule]:
        key = (token.lower_, token.tag_, token.dep_, token.is_space)
        if key not in self.found:
            self.found[key] = [rule for rule in self.single if token_matches(token, rule.tokens[0])]
        return self.found[key]

    def matches(self, doc: Doc) -> list[tuple[int, int, Rule]]:
        found = []
        for token in doc:
            found.extend((rule.order, token.i, rule) for rule in self.single_matches(token))
            for rule in self.longer.get(token.lower_, []) + self.longer.get(ANY_FORM, []):
                end = token.i + len(rule.tokens)
                if end <= len(doc) and all(
                    token_matches(doc[token.i + n], spec) for n, spec in enumerate(rule.tokens)
                ):
                    found.append((rule.order, token.i, rule))
        return sorted(found, key=lambda match: (match[0], match[1]))

    def __call__(self, doc: Doc) -> Doc:
        for _, start, rule in self.matches(doc):
            set_token_attrs(doc[start + rule.index], rule.attrs)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(NAME)
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules()


def speed_up(nlp: Language) -> Language:
    """`nlp` with its AttributeRuler replaced by the same rules applied by lookup."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    rules = nlp.replace_pipe("attribute_ruler", NAME)
    rules.take(ruler)
    return nlp
