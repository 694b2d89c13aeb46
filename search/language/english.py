"""One spelling for English: American forms written the British way.

International reviews here use British spelling, practitioners often type
American ("programs", "behavior", "organization"), and Hunspell joins neither
(``en_US`` and ``en_GB`` each stem only their own forms; the core has no
synonym filter). The application therefore rewrites American spellings to
British ones in a dedicated field at index time and in the query at search
time, like the Kazakh stems: both sides always agree, whichever spelling each
used. Rules are deliberately narrow (word lists and long stems), so words such
as "size", "prize" or "meter" stay as they are.
"""

import re

_WORD = re.compile(r"[a-z]+")
_LATIN = re.compile(r"[A-Za-z]")

# Stems spelled differently, with the endings that may follow them.
_OUR = ("behavior", "neighbor", "labor", "favor", "honor", "color", "rumor", "harbor", "endeavor", "vigor")
_OUR_ENDINGS = ("", "s", "al", "ally", "hood", "hoods", "ing", "ed", "able", "ite", "ites", "ly")
_RE = {"center": "centre", "theater": "theatre", "fiber": "fibre", "liter": "litre"}
_RE_ENDINGS = ("", "s", "d", "ed")
_ENCE = {"defense": "defence", "offense": "offence", "license": "licence", "pretense": "pretence"}
_ENCE_ENDINGS = ("", "s")
_OGUE = {"catalog": "catalogue", "dialog": "dialogue", "analog": "analogue"}
_OGUE_ENDINGS = ("", "s")
_DOUBLE_L = ("travel", "model", "label", "counsel", "cancel", "fuel", "signal", "channel", "level", "total")
_DOUBLE_L_ENDINGS = ("ing", "ed", "er", "ers", "or", "ors")
_WHOLE = {
    "program": "programme",
    "programs": "programmes",
    "judgment": "judgement",
    "judgments": "judgements",
    "aging": "ageing",
    "gray": "grey",
    "enrollment": "enrolment",
    "enrollments": "enrolments",
    "practise": "practice",  # the British verb; the noun is "practice" on both sides
    "practised": "practiced",
    "practising": "practicing",
    "practises": "practices",
}
_IZE = re.compile(r"^([a-z]{4,})iz(e|es|ed|ing|ation|ations|er|ers)$")
_YZE = re.compile(r"^([a-z]{3,})yz(e|es|ed|ing|er|ers)$")
_NOT_IZE = frozenset({"capsize", "capsizes", "capsized", "capsizing", "citizen", "citizens"})


def _table() -> dict[str, str]:
    table = dict(_WHOLE)
    for stem in _OUR:
        table.update({stem + e: stem[:-2] + "our" + e for e in _OUR_ENDINGS})
    for groups, endings in ((_RE, _RE_ENDINGS), (_ENCE, _ENCE_ENDINGS), (_OGUE, _OGUE_ENDINGS)):
        for american, british in groups.items():
            table.update({american + e: british + e for e in endings})
    for stem in _DOUBLE_L:
        table.update({stem + e: stem + "l" + e for e in _DOUBLE_L_ENDINGS})
    return table


_TABLE = _table()
AMERICAN_WORDS = tuple(_TABLE)  # the listed words the British way differs from (not the -ize rule)


def british_word(word: str) -> str:
    """The British spelling of one lower-case word (unchanged when it has none)."""
    if word in _TABLE:
        return _TABLE[word]
    if word not in _NOT_IZE and (match := _IZE.match(word)):
        return f"{match.group(1)}is{match.group(2)}"
    if match := _YZE.match(word):
        return f"{match.group(1)}ys{match.group(2)}"
    return word


def british(text: str) -> str:
    """``text`` lower-cased with every American spelling written the British way."""
    return _WORD.sub(lambda match: british_word(match.group()), text.lower())


def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))
