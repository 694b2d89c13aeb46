"""Application normalisers: one function per language that turns text into the stems the index stores.

Hunspell (in Elasticsearch) reduces only the words its dictionary knows. New
words of the field -- ``кибербуллингом``, ``дропперами``, ``sextortion`` -- are
not in the Russian or English dictionaries, so they would never meet their other
forms. The application therefore writes a second, pre-stemmed copy of each text
into a field analysed only by ``standard`` + ``lowercase``, and stems the query
the same way: index and query always agree.

- Russian: the Snowball stemmer of PyStemmer (C, fast).
- English: American spellings rewritten the British way (``search.language.english``),
  then plural and verb endings removed, so "programs" and "programmes" share a
  stem without a second English field.
- Kazakh: the suffix stripper of ``search.language.kazakh``.

Every text is normalised only in its own language (``normalise(text, language)``),
and every word stem is memoised: vocabularies are Zipfian, so a few thousand
words make up most of any text and the cache answers nearly every call.
"""

import re
from functools import lru_cache

import Stemmer

from search.language import english, kazakh

LANGUAGES = ("kk", "ru", "en")
_WORD = re.compile(r"\w+", re.UNICODE)
CACHE_SIZE = 500_000

_russian = Stemmer.Stemmer("russian")


@lru_cache(maxsize=CACHE_SIZE)
def stem_kk(word: str) -> str:
    return kazakh.stem(word)


@lru_cache(maxsize=CACHE_SIZE)
def stem_ru(word: str) -> str:
    return _russian.stemWord(word.replace("ё", "е"))


_VOWEL = re.compile(r"[aeiouy]")
_RESTORE_E = ("at", "bl", "iz", "is", "ys", "c", "uc", "rg")


def _inflection_en(word: str) -> str:
    """English plural and verb endings only (-s, -es, -ies, -ed, -ing): the full Snowball stemmer
    also strips derivations ("behavioural" -> "behaviour"), which joins words a searcher keeps apart."""
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending in ("ing", "ed"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and _VOWEL.search(stem):
            if stem.endswith(_RESTORE_E):
                return stem + "e"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]
            return stem
    return word


@lru_cache(maxsize=CACHE_SIZE)
def stem_en(word: str) -> str:
    return _inflection_en(english.british_word(word))


STEMMERS = {"kk": stem_kk, "ru": stem_ru, "en": stem_en}


def stem(word: str, language: str) -> str:
    """One lower-case word in ``language``; unknown languages leave it as it is."""
    stemmer = STEMMERS.get(language)
    return stemmer(word) if stemmer else word


def word_openings(stem_start: str, language: str) -> set[str]:
    """The openings (as many letters as ``stem_start``) of the words whose stem in ``language`` begins so.

    Every normaliser only strips endings, so a stem keeps its word's first letters, except that
    Russian reads ё as е, a Kazakh stem's last consonant may be devoiced (``жүгіміз`` gives
    ``жүк``), an English "-ies" becomes "y" (``spies``: ``spy``) and a few American words are
    spelled the British way (``gray``: ``grey``). The thesaurus turns the first letters of its
    labels' stems into the openings of the words that may begin them, and then stems only the
    words of a text that open so (``portal.thesaurus.lexicon``): most words of a long text are
    never stemmed there.
    """
    found = {stem_start}
    if language == "ru":
        for at, letter in enumerate(stem_start):
            if letter == "е":
                found |= {opening[:at] + "ё" + opening[at + 1 :] for opening in found}
    elif language == "kk" and stem_start[-1:] in kazakh.VOICED:
        found.add(stem_start[:-1] + kazakh.VOICED[stem_start[-1]])
    elif language == "en":
        if stem_start.endswith("y"):  # spies: spy
            found.add(stem_start[:-1] + "i")
        found |= _respelled_openings().get(stem_start, set())
    return found


@lru_cache(maxsize=1)
def _respelled_openings() -> dict[str, set[str]]:
    """American words whose British spelling changes their first letters (gray: grey), by their stem's."""
    found: dict[str, set[str]] = {}
    for american in english.AMERICAN_WORDS:
        stem = stem_en(american)
        for length in range(1, 4):
            if stem[:length] != american[:length]:
                found.setdefault(stem[:length], set()).add(american[:length])
    return found


@lru_cache(maxsize=8)
def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower-cased.

    Remembered for the last few texts: indexing a document first tags its texts with
    concepts (``portal.thesaurus.lexicon``), then stems the same texts here, and splitting
    the long ones is a good part of both. A few letters (the dotted capital I) lower-case to
    two characters: such a text is split as written, then each word lower-cased.
    """
    lower = text.lower()
    if len(lower) == len(text):
        return tuple(_WORD.findall(lower))
    return tuple(word.lower() for word in _WORD.findall(text))


def normalise(text: str, language: str) -> str:
    """Every word of ``text`` lower-cased and stemmed in ``language``, joined by spaces."""
    stemmer = STEMMERS.get(language)
    if stemmer is None:
        return " ".join(words(text))
    return " ".join(map(stemmer, words(text)))  # the memoised stemmers answer most words from memory
