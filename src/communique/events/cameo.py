"""PLOVER type and mode to a CAMEO code, for tools built on GDELT and ICEWS.

Written from the PLOVER codebook's CAMEO-to-PLOVER table read backwards: for each PLOVER
type the CAMEO root it mostly came from, and for modes the CAMEO leaf that names the same
act. CAMEO codes are strings ("040", not 40): their leading zeros carry meaning.
"""

from __future__ import annotations

TYPE_CODES: dict[str, str] = {
    "AGREE": "030",
    "CONSULT": "040",
    "SUPPORT": "051",
    "COOPERATE": "060",
    "AID": "070",
    "CONCEDE": "080",
    "RETREAT": "087",
    "ACCUSE": "112",
    "REQUEST": "100",
    "REJECT": "120",
    "THREATEN": "130",
    "PROTEST": "141",
    "SANCTION": "160",
    "MOBILIZE": "150",
    "COERCE": "170",
    "ASSAULT": "190",
}

MODE_CODES: dict[tuple[str, str], str] = {
    ("AGREE", "agreement"): "057",
    ("AGREE", "recognition"): "054",
    ("AGREE", "joint_statement"): "057",
    ("CONSULT", "phone"): "041",
    ("CONSULT", "visit"): "042",
    ("CONSULT", "host"): "043",
    ("CONSULT", "meeting"): "040",
    ("CONSULT", "summon"): "040",
    ("AID", "economic"): "071",
    ("AID", "military"): "072",
    ("AID", "humanitarian"): "073",
    ("CONCEDE", "release"): "0841",
    ("CONCEDE", "apology"): "055",
    ("ACCUSE", "summon"): "114",
    ("THREATEN", "ultimatum"): "139",
    ("PROTEST", "riot"): "145",
    ("SANCTION", "cut_ties"): "161",
    ("SANCTION", "recall_ambassador"): "161",  # a reduction of diplomatic relations
    ("SANCTION", "expel_diplomats"): "166",
    ("SANCTION", "sanctions"): "163",
    ("COERCE", "arrest"): "173",
    ("COERCE", "detention"): "173",
    ("COERCE", "deport"): "174",
    ("COERCE", "seize"): "171",
    ("COERCE", "ban"): "1722",
    ("COERCE", "curfew"): "1723",
    ("COERCE", "state_of_emergency"): "1724",
    ("COERCE", "censor"): "1721",
    ("ASSAULT", "abduct"): "181",
    ("ASSAULT", "aerial"): "195",
    ("ASSAULT", "artillery"): "194",
    ("ASSAULT", "firearms"): "193",
    ("ASSAULT", "shoot_down"): "195",
    ("ASSAULT", "occupation"): "192",
    ("ASSAULT", "invasion"): "192",
    ("ASSAULT", "assassination"): "186",
    ("RETREAT", "ease_blockade"): "0872",
}


def code_for(plover_type: str, mode: str | None) -> str | None:
    """The CAMEO code of a PLOVER type and mode; the type's root code when the mode has none."""
    if mode and (plover_type, mode) in MODE_CODES:
        return MODE_CODES[(plover_type, mode)]
    return TYPE_CODES.get(plover_type)
