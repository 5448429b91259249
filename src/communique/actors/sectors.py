"""Sectors (GOV, MIL, COP, ...) from role titles and organisation names, by word cues.

One title is read in three passes, because its head noun and its modifiers disagree:

1. an intergovernmental body named in it makes it IGO ("UN envoy", "NATO Secretary General"),
   unless it only says where a state's diplomat is posted ("ambassador to the UN");
2. a head that is always government makes it GOV whatever qualifies it ("defence minister",
   "Minister of Justice", "central bank governor", "Secretary of the Security Council");
3. otherwise the first sector whose cue appears, in `CUE_ORDER`: a modifier beats a generic
   head ("rebel commander" is REB, "police chief" COP, "court president" JUD), and a generic
   head with no modifier falls back to GOV ("president", "official", "spokesman").

An actor with several roles takes the first of their sectors in `SECTOR_PRECEDENCE`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from communique.geo import CACHED_NAMES, IGO_NAMES, fold, igo

# When one actor holds roles of several sectors, the first listed wins: the President who is
# also First Secretary of the party is GOV, the Minister of the Interior who is a Major
# General is GOV, a police general is COP, an opposition lawmaker LEG.
SECTOR_PRECEDENCE: tuple[str, ...] = (
    "GOV",
    "IGO",
    "JUD",
    "LEG",
    "COP",
    "MIL",
    "PTY",
    "OPP",
    "REB",
    "NGO",
    "MED",
    "BUS",
    "CVL",
)

# Heads that make a title governmental whatever modifies them.
_GOVERNMENT_HEADS = (
    r"prime minister",
    r"ministers?",
    r"ministry",
    r"ministries",
    r"premier",
    r"chancellor",
    r"ambassadors?",
    r"envoys?",
    r"diplomats?",
    r"diplomatic",
    r"consuls?",
    r"consulate",
    r"embassy",
    r"embassies",
    r"secretary of state",
    r"state secretary",
    r"foreign secretary",
    r"home secretary",
    r"heads? of state",
    r"heads? of government",
    r"government",
    r"governments",
    r"cabinet",
    r"governors?",
    r"mayors?",
    r"kings?",
    r"queens?",
    r"emirs?",
    r"sultans?",
    r"crown prince",
    r"monarch",
    r"rulers?",  # "Belarus's rulers"
    r"supreme leader",
    r"security council",
    r"national security advis[eo]r",
    r"presidency",
    r"presidential",
    r"kremlin",
    r"white house",
    r"downing street",
    r"central bank",
    r"state department",
)

# Sector cues after the government heads, checked in this order (see module docstring).
_CUES: dict[str, tuple[str, ...]] = {
    "REB": (
        r"rebels?",
        r"rebellion",
        r"insurgents?",
        r"insurgency",
        r"militants?",
        r"militias?",
        r"militiam[ae]n",
        r"armed groups?",
        r"guerrill?as?",
        r"jihadists?",
        r"separatists?",
        r"fighters",
    ),
    "OPP": (r"opposition", r"dissidents?"),
    "JUD": (
        r"courts?",
        r"judges?",
        r"justices?",
        r"judicial",
        r"judiciary",
        r"prosecutors?",
        r"prosecution",
        r"attorneys? general",
        r"tribunals?",
        r"magistrates?",
    ),
    "COP": (
        r"police",
        r"policem[ae]n",
        r"policewom[ae]n",
        r"gendarmes?",
        r"gendarmerie",
        r"security forces",
        r"security services?",
        r"special services?",
        r"security agen(?:cy|cies|ts)",
        r"intelligence",
        r"secret service",
        r"border guards?",
        r"border police",
        r"coast guards?",
    ),
    "MIL": (
        r"army",
        r"armies",
        r"military",
        r"militaries",
        r"soldiers?",
        r"troops?",
        r"armed forces",
        r"forces",
        r"air force",
        r"navy",
        r"navies",
        r"naval",
        r"marines?",
        r"jets",
        r"warplanes?",
        r"warships?",
        # The arms stand for the force that fields them ("Israeli helicopters shelled").
        r"(?:helicopter )?gunships?",
        r"helicopters",
        r"(?<!think )tanks",
        r"bombers",
        r"gunboats?",
        r"generals?",
        r"general staff",
        r"colonels?",
        r"lieutenants?",
        r"brigadiers?",
        r"admirals?",
        r"commanders?",
        r"commander in chief",
        r"marshals?",
        r"sergeants?",
        r"corporals?",
        r"commandos?",
        r"paratroopers?",
        r"junta",
        r"coup (?:leaders?|plotters?|makers?)",  # a coup is the army's act
        r"putschists?",
        r"defen[cs]e forces",
    ),
    "PTY": (
        r"party",
        r"parties",
        r"politburo",
        r"central committee",
        r"party secretary",
    ),
    "LEG": (
        r"parliament",
        r"parliaments",
        r"parliamentary",
        r"parliamentarians?",
        r"lawmakers?",
        r"legislators?",
        r"legislatures?",
        r"legislative",
        r"senators?",
        r"senate",
        r"congress",
        r"congressm[ae]n",
        r"congresswom[ae]n",
        r"members? of parliament",
        r"national assembly",
        r"duma",
        r"knesset",
        r"majlis",
        r"bundestag",
        r"house of representatives",
        r"house of commons",
        r"house of lords",
        r"speaker",
    ),
    "NGO": (
        r"ngos?",
        r"non governmental",
        r"nongovernmental",
        r"charity",
        r"charities",
        r"aid groups?",
        r"aid agenc(?:y|ies)",
        r"aid workers?",
        r"rights groups?",
        r"amnesty international",
        r"human rights watch",
        r"red cross",
        r"red crescent",
        r"medecins sans frontieres",
        r"doctors without borders",
        r"oxfam",
        r"save the children",
    ),
    "MED": (
        r"journalists?",
        r"reporters?",
        r"correspondents?",
        r"editors?",
        r"newspapers?",
        r"broadcasters?",
        r"news agency",
        r"media",
        r"television",
        r"radio",
        r"reuters",
        r"associated press",
        r"agence france presse",
        r"al jazeera",
        r"xinhua",
        r"interfax",
        r"tass",
        r"ria novosti",
        r"prensa latina",
        r"yonhap",
        r"bbc",
        r"cnn",
    ),
    "BUS": (
        r"compan(?:y|ies)",
        r"firms?",
        r"corporations?",
        r"ceos?",
        r"chief executives?",
        r"business(?:es)?",
        r"businessm[ae]n",
        r"businesswom[ae]n",
        r"entrepreneurs?",
        r"industrialists?",
        r"investors?",
        r"bank",
        r"banks",
    ),
    "CVL": (
        r"protesters?",
        r"protestors?",
        r"demonstrators?",
        r"civilians?",
        r"residents?",
        r"students?",
        r"activists?",
        r"villagers?",
        r"citizens?",
        r"crowds?",
        r"civil society",
        r"refugees?",
        r"workers?",
        r"farmers?",
        # People named by their trade or lot, as crowds that strike or are struck are.
        r"miners?",
        r"strikers",
        r"teachers",
        r"nurses",
        r"doctors",
        r"truckers",
        r"fishermen",
        r"pensioners",
        r"peasants",
        r"youths",
        r"prisoners",
        r"inmates",
        r"pilgrims",
        r"shopkeepers",
        r"traders",
        r"landowners",
    ),
}

# Cues that are acronyms count only in capitals ("MP", not "mp").
_ACRONYM_CUES: dict[str, re.Pattern[str]] = {
    "LEG": re.compile(r"\bMPs?\b"),
    "COP": re.compile(r"\b(?:FSB|FBI|CIA|MI5|MI6|ISI|SBU)\b"),
    "NGO": re.compile(r"\b(?:NGOs?|MSF)\b"),
    "MED": re.compile(r"\b(?:AFP|AP|BBC|CNN|KCNA|IRNA)\b"),
    "BUS": re.compile(r"\bCEOs?\b"),
}

# Generic heads: their sector comes from a modifier; alone they mean government.
_GENERIC_GOVERNMENT_HEADS = (
    r"presidents?",
    r"vice presidents?",
    r"officials?",
    r"spokes(?:man|men|woman|women)",
    r"spokespersons?",
    r"spokespeople",
    r"secretary",
    r"secretaries",
    r"secretary general",
    r"authorities",
    r"administration",
    r"aides?",
    r"advis[eo]rs?",
    r"chief of staff",
)

# "General" that is no rank: "Attorney General" (JUD cue above), "Secretary-General".
_CIVIL_GENERAL = re.compile(
    r"\b(?:attorney|solicitor|secretary|governor|inspector|consul|director|surgeon|"
    r"postmaster|auditor|procurator|prosecutor|accountant|comptroller) general\b"
    r"|\bgeneral (?:secretary|assembly|manager|director|counsel|council|election|strike)\b"
)

# Rank words and role nouns that stand before a name ("Army General Ramon Espinosa").
# Lower case; multi-word titles are runs of these and of capitalised modifiers.
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "president",
        "vice-president",
        "president-elect",
        "premier",
        "prime",
        "minister",
        "chancellor",
        "secretary",
        "secretary-general",
        "undersecretary",
        "ambassador",
        "envoy",
        "consul",
        "diplomat",
        "governor",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "sultan",
        "sheikh",
        "monarch",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "leader",
        "chief",
        "head",
        "director",
        "commissioner",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "official",
        "deputy",
        "senator",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "speaker",
        "mp",
        "judge",
        "justice",
        "prosecutor",
        "attorney",
        "magistrate",
        "general",
        "lieutenant",
        "colonel",
        "major",
        "brigadier",
        "admiral",
        "commander",
        "marshal",
        "captain",
        "sergeant",
        "corporal",
        "commodore",
        "ayatollah",
        "pope",
        "cardinal",
        "archbishop",
        "bishop",
        "imam",
        "rabbi",
        "patriarch",
        "dr",
        "mr",
        "mrs",
        "ms",
        "sir",
        "dame",
        "lord",
        "lady",
    }
)


def _normalise(text: str) -> str:
    """Folded (no accents, lower case, hyphens as spaces) and without punctuation."""
    return " ".join(re.sub(r"[,;:()'/&]", " ", fold(text)).split())


def _pattern(cues: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(cues) + r")\b")


@cache
def _patterns() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], re.Pattern[str]]:
    cue_patterns = {sector: _pattern(cues) for sector, cues in _CUES.items()}
    return _pattern(_GOVERNMENT_HEADS), cue_patterns, _pattern(_GENERIC_GOVERNMENT_HEADS)


@cache
def _igo_pattern() -> re.Pattern[str]:
    """Any IGO name or acronym inside a longer title; acronyms only in capitals."""
    aliases = {alias for canonical, more in IGO_NAMES.items() for alias in (canonical, *more)}
    acronyms = sorted((a for a in aliases if a.isupper()), key=len, reverse=True)
    names = sorted((a for a in aliases if not a.isupper()), key=len, reverse=True)
    acronym_part = "|".join(re.escape(a) for a in acronyms) + r"|U\.N\.|E\.U\."
    name_part = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.])(?:{acronym_part}|(?i:{name_part}))(?![\w])")


def _names_igo(title: str) -> bool:
    """An IGO named in the title, not just as the posting of a state's diplomat."""
    without_posting = re.sub(r"\b(?:to|at|in)\s+(?:the\s+)?\S.*$", "", title)
    return bool(_igo_pattern().search(without_posting))


@lru_cache(maxsize=CACHED_NAMES)  # the same names come back on every page
def sector_of_title(title: str) -> str | None:
    """Sector of one role title or group noun: "Foreign Minister" -> GOV, "troops" -> MIL."""
    if not title.strip():
        return None
    if _names_igo(title):
        return "IGO"
    government, cues, generic = _patterns()
    text = _normalise(title)
    if government.search(text):
        return "GOV"
    ranks_only = _CIVIL_GENERAL.sub(" ", text)  # "Secretary-General" must not read as MIL
    for sector, pattern in cues.items():
        if pattern.search(ranks_only if sector == "MIL" else text):
            return sector
        acronym = _ACRONYM_CUES.get(sector)
        if acronym and acronym.search(title):
            return sector
    return "GOV" if generic.search(text) else None


def sector_of_noun(lemma: str, phrase: str) -> str | None:
    """The sector of a group noun (its lemma) as its modifiers refine it: "forces" are the
    military, "security forces" the police and security services."""
    words = phrase.split()
    head = sector_of_title(lemma) or (sector_of_title(words[-1]) if words else None)
    if head == "MIL" and sector_of_title(phrase) == "COP":
        return "COP"
    return head


def sector_of_roles(titles: Iterable[str]) -> str | None:
    """The sector of an actor with these roles: the first in `SECTOR_PRECEDENCE`."""
    sectors = {sector_of_title(title) for title in titles} - {None}
    return next((sector for sector in SECTOR_PRECEDENCE if sector in sectors), None)


def sector_of_org(name: str) -> str | None:
    """Sector of an organisation by its name: "Indian Air Force" -> MIL, unknown -> None."""
    if igo(name):
        return "IGO"
    return sector_of_title(name)
