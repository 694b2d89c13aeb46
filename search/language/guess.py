"""Which languages a query is in, from its letters first and its words second.

A query names no language, yet searching every language's fields costs time and
brings in noise (an English stem matching a Kazakh word). The letters say most:
Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) mean Kazakh; other Cyrillic is Russian or
Kazakh (many Kazakh words use only the shared letters: ``мектеп``, ``бала``), so
both are searched, Kazakh first when the words are Kazakh words; Latin letters
mean English. Text with no letters at all (numbers, codes) is searched in every
language. The order puts the likeliest language first; callers search all of them.
"""

import re
from functools import lru_cache
from pathlib import Path

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\w+", re.UNICODE)
ALL = ("kk", "ru", "en")
DICTIONARIES = Path("/usr/share/hunspell")
# Common Kazakh words written in shared letters only, for when the dictionary is not installed.
KAZAKH_WORDS = frozenset("мектеп бала балалар жас отбасы туралы арқылы және мен бен пен жол көше аудан".split())


@lru_cache(maxsize=1)
def _kazakh_stems() -> frozenset[str]:
    """Stems of the Kazakh hunspell dictionary (the word before the affix flags)."""
    path = DICTIONARIES / "kk_KZ.dic"
    if not path.exists():
        return KAZAKH_WORDS
    with path.open(encoding="utf-8", errors="ignore") as lines:
        next(lines, None)  # the word count
        return frozenset(line.split("/", 1)[0].strip().lower() for line in lines) | KAZAKH_WORDS


def _looks_kazakh(words: list[str]) -> bool:
    """Most Cyrillic words of the query are Kazakh dictionary stems (or start with one)."""
    stems = _kazakh_stems()
    known = sum(1 for w in words if w in stems or any(w[:n] in stems for n in range(len(w) - 1, 3, -1)))
    return known * 2 > len(words)


def languages(text: str) -> tuple[str, ...]:
    """The languages whose fields a query should search, likeliest first."""
    lowered = text.lower()
    found = []
    if any(ch in KAZAKH_LETTERS for ch in lowered):
        found += ["kk", "ru"] if _russian_only_words(lowered) else ["kk"]
    elif _CYRILLIC.search(lowered):
        cyrillic = [w for w in _WORD.findall(lowered) if _CYRILLIC.search(w)]
        found += ["kk", "ru"] if _looks_kazakh(cyrillic) else ["ru", "kk"]
    if _LATIN.search(lowered):
        found.append("en")
    return tuple(found) or ALL


def letters_language(text: str) -> str | None:
    """The language the letters alone point to (Kazakh letters, other Cyrillic, Latin), or None."""
    lowered = text.lower()
    if any(ch in KAZAKH_LETTERS for ch in lowered):
        return "kk"
    if _CYRILLIC.search(lowered):
        return "ru"
    if _LATIN.search(lowered):
        return "en"
    return None


def _russian_only_words(lowered: str) -> bool:
    """A query that mixes a Kazakh word with plainly Russian ones (letters ё, ъ, щ, э only Russian uses)."""
    return any(ch in "ёъщэ" for ch in lowered)
