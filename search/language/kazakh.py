"""A light suffix-stripping stemmer for Kazakh (Cyrillic).

Elasticsearch's hunspell dictionary for Kazakh knows few inflected forms: it
leaves plurals such as ``құқықтар`` alone and does not reduce ``құқығы`` to
``құқық``. Kazakh is agglutinative, so a searcher who types one form expects
every other form of the same word to match. The application therefore strips
the common nominal endings (case, plural, possessive, the adjective-forming
``-лық`` family) itself and stores the result in a dedicated field; queries
are stemmed with the same function, so index and query always agree.

The stemmer favours recall: it is only ever used for a secondary field, while
exact and hunspell-stemmed fields keep precise matches ranked first.
"""

import re

_WORD = re.compile(r"\w+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Endings grouped by what they mark; longest first within the final list so
# that e.g. ``-ның`` wins over ``-ң``.
CASE = (
    "ның нің дың дің тың тің "  # genitive
    "ға ге қа ке на не "  # dative
    "ны ні ды ді ты ті "  # accusative
    "да де та те нда нде "  # locative
    "дан ден тан тен нан нен "  # ablative
    "мен бен пен менен бенен пенен"  # instrumental
).split()
PLURAL = ["лар", "лер", "дар", "дер", "тар", "тер"]
POSSESSIVE = ["ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз", "ым", "ім", "ың", "ің", "сы", "сі"]
DERIVATIONAL = ["шылық", "шілік", "лық", "лік", "дық", "дік", "тық", "тік", "дағы", "дегі", "тағы", "тегі", "шы", "ші"]
SINGLE = ["а", "е", "ы", "і", "м", "ң", "н"]

SUFFIXES = tuple(sorted(set(CASE + PLURAL + POSSESSIVE + DERIVATIONAL), key=len, reverse=True))

MIN_STEM = 3
MIN_STEM_AFTER_SINGLE = 4
MAX_STRIPS = 4

# A stem-final voiced consonant before a vowel ending is the voiceless one in
# the bare form: құқығы -> құқық, кітабы -> кітап, жүрегі -> жүрек.
DEVOICE = {"ғ": "қ", "г": "к", "б": "п"}
VOICED = {voiceless: voiced for voiced, voiceless in DEVOICE.items()}  # the way back, before a vowel


def stem(word: str) -> str:
    """Return the stem of one lower-case word; non-Cyrillic words come back unchanged."""
    if not _CYRILLIC.search(word):
        return word
    for _ in range(MAX_STRIPS):
        suffix = _strippable_suffix(word)
        if suffix is None:
            break
        word = word[: -len(suffix)]
        # Devoice at once, so that a derivational ending uncovered by it is
        # stripped too: зорлығы -> зорлығ -> зорлық -> зор, like зорлық itself.
        if word[-1] in DEVOICE:
            word = word[:-1] + DEVOICE[word[-1]]
    return word


# The third-person possessive is -сы/-сі after a vowel only (отбасы, полициясы);
# after a consonant it is -ы/-і, and "с" belongs to the stem (жұмысы -> жұмыс).
# Stems rarely end in ы/і, so "ысы" is read as stem-final "с" plus -ы.
_AFTER_VOWEL_ONLY = ("сы", "сі")
_VOWELS = frozenset("аәеёиоөуұүэюя")


_BY_LENGTH = tuple(
    (length, frozenset(s for s in SUFFIXES if len(s) == length))
    for length in sorted({len(s) for s in SUFFIXES}, reverse=True)
)
_SINGLES = frozenset(SINGLE)


def _strippable_suffix(word: str) -> str | None:
    """The longest ending that may be stripped; looked up by length, since every word of every
    indexed text passes here (a set lookup per length instead of an ``endswith`` per suffix)."""
    for length, suffixes in _BY_LENGTH:
        suffix = word[-length:]
        if suffix in suffixes and len(word) - length >= MIN_STEM:
            if suffix in _AFTER_VOWEL_ONLY and word[-length - 1] not in _VOWELS:
                continue
            return suffix
    if word[-1:] in _SINGLES and len(word) - 1 >= MIN_STEM_AFTER_SINGLE:
        return word[-1]
    return None


# Kazakh has no stop list in the Elasticsearch core, so a query's conjunctions,
# postpositions, particles and question words would count among the words an
# item must contain ("... үшін не істеу керек" = "what should be done for ...").
# Queries leave them out of the words required (see search.query.faceted).
FUNCTION_WORDS = frozenset(
    "және мен бен пен немесе не де да та те ма ме ба бе па пе ғой ғана әрі "  # conjunctions, particles
    "үшін туралы арқылы бойынша кейін дейін қарсы сияқты секілді арасында ішінде "  # postpositions
    "қалай қандай қай қанша неге неліктен кім қашан қайда "  # question words
    "керек қажет болады".split()  # "should", "can"
)


def stem_text(text: str) -> str:
    """Stem every word of ``text`` and join the stems with spaces."""
    return " ".join(stem(w) for w in _WORD.findall(text.lower()))
