"""The forms a query word may take in a text: its application stem with each language's endings put back.

The PDF text, the bulk of every index, is split and lower-cased only (hunspell over
it took a third of Elasticsearch's indexing time), and its inflections meet the
query through the application-stemmed ``content`` field. To
mark the passage shown under a hit, the highlighter needs the words as written:
``forms`` writes the stem out with the endings the language's normaliser strips,
and keeps exactly the forms that the normaliser takes back to the same stem. So a
passage marks the words that made the item match, and only those; a form the lists
miss stays unmarked, it is still found.
"""

from functools import lru_cache

from . import kazakh, normalise

MAX_FORMS = 250  # per word: the highlight query stays a list of terms, never a scan of the dictionary

# Most frequent first: the highlighter gets the likeliest forms when a query has many words.
_RU_COMMON = (
    "а ы е у ой ою ам ами ах ов ей и ом ия ии ию ий ая ое ые ую ого ому ых ыми ым "
    "ет ют ть ться ся ла ли ло л ит ат ят ешь ем ишь им ить ать ал ала али ило или ена ены ено"
)
_RU_NOUN = "ев ие ье иями ями еи ией иям ям ием ем о ях иях ь ью ю ья я"
_RU_ADJECTIVE = "ее ие ей его ему их юю яя ею"
_RU_VERB = "на ете йте н но ны нно ыла ейте уйте ите ыли уй ил ыл ен ыло ует уют ыт ыть ает ают аем аешь ался алась"
_RU_ENDINGS = tuple(
    dict.fromkeys(
        ["", *_RU_COMMON.split(), *_RU_NOUN.split(), *_RU_ADJECTIVE.split(), *_RU_VERB.split()]
        + [e + "ся" for e in _RU_VERB.split()]
    )
)
_EN_ENDINGS = ("", "s", "es", "ed", "ing", "d", "er", "ers")
_KK_AFTER_PLURAL = ("дың", "дің", "ға", "ге", "ды", "ді", "да", "де", "дан", "ден", "мен", "ы", "і", "ымыз", "іміз")
# Likeliest first (the highlighter takes the first ones when a query has many words): case,
# plural, plural and case, possessive, then the rest.
_KK_ENDINGS = tuple(
    dict.fromkeys(
        ["", *kazakh.CASE, *kazakh.PLURAL]
        + [p + e for p in kazakh.PLURAL for e in _KK_AFTER_PLURAL]
        + [*kazakh.POSSESSIVE, *kazakh.SINGLE, *kazakh.DERIVATIONAL]
    )
)
_VOWELS = "аәеёиоөуұүыіэюя"
_BACK, _FRONT = frozenset("аоұы"), frozenset("әеөүі")
# An ending's first consonant follows the stem's last sound: after a vowel -ға, -да, -лар; after a
# voiceless consonant -қа, -та, -тар; after other consonants -ға, -да, -дар (лар after р, л, й, у).
_KK_VOICELESS = frozenset("пфкқтсшщхцч")
_KK_NOT_AFTER_VOWEL = frozenset("тқкпб")
_KK_NOT_AFTER_VOICELESS = frozenset("дғглнбмс")
_KK_NOT_AFTER_VOICED = frozenset("тқкп")


def _candidates_ru(stem: str) -> list[str]:
    return [stem + ending for ending in _RU_ENDINGS]


def _candidates_en(stem: str) -> list[str]:
    found = [stem + ending for ending in _EN_ENDINGS]
    if stem.endswith("e"):
        found += [stem[:-1] + "ing", stem[:-1] + "ed"]
    if stem.endswith("y"):
        found += [stem[:-1] + "ies", stem[:-1] + "ied"]
    if len(stem) > 2 and stem[-1] not in "aeiouy":
        found += [stem + stem[-1] + "ing", stem + stem[-1] + "ed"]
    return found


def _candidates_kk(stem: str) -> list[str]:
    """One ending, or a plural and one ending after it; a stem's last voiceless consonant is voiced
    before a vowel (құқық: құқығы)."""
    last = next((ch for ch in reversed(stem) if ch in _BACK or ch in _FRONT), "")
    other = _FRONT if last in _BACK else _BACK if last in _FRONT else frozenset()
    endings = [e for e in _KK_ENDINGS if not other.intersection(e)]  # vowel harmony: мектеп-те, not -та
    last_letter = stem[-1:]
    if last_letter in _VOWELS:
        not_after = _KK_NOT_AFTER_VOWEL
    else:
        not_after = _KK_NOT_AFTER_VOICELESS if last_letter in _KK_VOICELESS else _KK_NOT_AFTER_VOICED
    found = [stem + ending for ending in endings if ending[:1] not in not_after]  # мектеп-те, not -де
    if last_letter in kazakh.VOICED:
        voiced = stem[:-1] + kazakh.VOICED[last_letter]
        found += [voiced + ending for ending in endings if ending[:1] in _VOWELS and ending]
    return found


_CANDIDATES = {"ru": _candidates_ru, "en": _candidates_en, "kk": _candidates_kk}


@lru_cache(maxsize=4096)
def forms(word: str, language: str) -> tuple[str, ...]:
    """The lower-case forms of ``word`` in ``language`` that share its stem: the word itself, then the
    likeliest forms first."""
    word = word.lower()
    candidates = _CANDIDATES.get(language)
    if candidates is None:
        return (word,)
    stem = normalise.stem(word, language)
    found = dict.fromkeys(f for f in candidates(stem) if f != word and normalise.stem(f, language) == stem)
    return (word, *list(found)[: MAX_FORMS - 1])
