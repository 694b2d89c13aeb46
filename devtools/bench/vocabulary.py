"""Word sources for the generated corpus: the hunspell dictionaries plus the demo's own domain terms.

Words are drawn Zipf-wise (rank r has weight 1 / (r + 2.7)): a few function and
domain words make up much of any text, and new rare words keep appearing as the
corpus grows, so the number of distinct terms grows with N as in real text.
A share of the drawn words is inflected (Russian and Kazakh case endings,
English -s/-ed/-ing), as real text is, so stemming has work to do.
"""

import itertools
import random
import re
from functools import lru_cache
from pathlib import Path

DICTIONARIES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
HUNSPELL_DIR = Path("/usr/share/hunspell")
_WORD = re.compile(r"^[^\W\d_]{2,}$")
_DEMO_WORD = re.compile(r"[^\W\d_]{3,}")
# The commonest words of each language lead the ranks, as in any text.
FUNCTION_WORDS = {
    "kk": "және мен бен пен үшін бойынша туралы арқылы мен бұл осы бір да де ретінде сондай-ақ жылы".split(),
    "ru": "и в на с по для не что из о к от как это при а также или их его".split(),
    "en": "the of and in to a for is on that with by as are from this be an or".split(),
}
INFLECTED_SHARE = 0.35
INFLECTED_FORMS = 3
STREAM_WORDS = 1_500_000
PASSAGE_RUN = 60
_RU_ENDINGS = "а ы у ой е ов ам ами ах ом ия ии ием ей ых ым".split()
_EN_ENDINGS = ("s", "ed", "ing", "es", "er")
_KK_BACK = "тар ның ға да дан ды ы мен лар дың қа ның".split()
_KK_FRONT = "тер нің ге де ден ді і мен лер дің ке нің".split()
_KK_BACK_VOWELS = set("аоұы")
_KK_FRONT_VOWELS = set("әеөүі")


def demo_words() -> dict[str, list[str]]:
    """Every word of the demo content, per language, most frequent first."""
    try:
        from portal.demo import methodologies, papers, practices, projects  # after the structure move
    except ImportError:
        from portal.home.demo import methodologies, papers, practices, projects
    counts: dict[str, dict[str, int]] = {"kk": {}, "ru": {}, "en": {}}

    def walk(value, language=None):
        if isinstance(value, dict):
            language = value.get("language", language)
            for item in value.values():
                walk(item, language)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item, language)
        elif isinstance(value, str) and language in counts:
            for word in _DEMO_WORD.findall(value.lower()):
                counts[language][word] = counts[language].get(word, 0) + 1

    for module in (papers, practices, methodologies, projects):
        walk([v for k, v in vars(module).items() if k.isupper()])
    return {language: sorted(found, key=lambda w: -found[w]) for language, found in counts.items()}


def dictionary_words(language: str) -> list[str]:
    path = HUNSPELL_DIR / f"{DICTIONARIES[language]}.dic"
    with path.open(encoding="utf-8", errors="ignore") as lines:
        next(lines, None)
        words = (line.split("/", 1)[0].strip() for line in lines)
        return sorted({w for w in words if _WORD.match(w) and w == w.lower()})


class Vocabulary:
    """Ranked words of one language, inflected forms included, with a Zipf sampler; deterministic for a seed."""

    def __init__(self, language: str, seed: int):
        self.language = language
        rng = random.Random(f"{seed}-{language}")  # noqa: S311 - reproducible data
        dictionary = dictionary_words(language)
        rng.shuffle(dictionary)
        domain = demo_words()[language]
        ranked = list(dict.fromkeys(itertools.chain(FUNCTION_WORDS[language], domain[:300], dictionary)))
        # Domain terms beyond the first few hundred are spread among the dictionary words.
        for position, word in enumerate(domain[300:]):
            ranked.insert(min(len(ranked), 300 + position * 7), word)
        ranked = list(dict.fromkeys(ranked))
        inflect = _INFLECT[language]
        words, weights = [], []
        for rank, word in enumerate(ranked):
            weight = 1.0 / (rank + 2.7)
            if len(word) <= 3 or rank < len(FUNCTION_WORDS[language]):
                words.append(word)
                weights.append(weight)
                continue
            forms = sorted({inflect(word, rng) for _ in range(INFLECTED_FORMS)} - {word})
            if not forms:
                forms = [word + word[-1]]
            words += [word, *forms]
            weights += [weight * (1 - INFLECTED_SHARE)] + [weight * INFLECTED_SHARE / len(forms)] * len(forms)
        self.words = words
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def passage(self, rng: random.Random, count: int) -> list[str]:
        """``count`` words for full text: runs of a large pre-drawn stream (drawing each word costs too much
        for texts of thousands of words); abstracts and titles are drawn word by word."""
        if not hasattr(self, "_stream"):
            self._stream = self.draw(random.Random(f"stream-{self.language}"), STREAM_WORDS)  # noqa: S311
        found = []
        while len(found) < count:
            start = rng.randrange(len(self._stream) - PASSAGE_RUN)
            found += self._stream[start : start + min(PASSAGE_RUN, count - len(found))]
        return found


def _ru(word: str, rng: random.Random) -> str:
    stem = word[:-1] if word[-1] in "аяоеыийь" else word
    return stem + rng.choice(_RU_ENDINGS)


def _en(word: str, rng: random.Random) -> str:
    ending = rng.choice(_EN_ENDINGS)
    return (word[:-1] if word.endswith("e") and ending in ("ed", "ing", "er", "es") else word) + ending


def _kk(word: str, rng: random.Random) -> str:
    vowels = [ch for ch in word if ch in _KK_BACK_VOWELS or ch in _KK_FRONT_VOWELS]
    front = bool(vowels) and vowels[-1] in _KK_FRONT_VOWELS
    return word + rng.choice(_KK_FRONT if front else _KK_BACK)


_INFLECT = {"ru": _ru, "en": _en, "kk": _kk}


@lru_cache(maxsize=4)
def vocabularies(seed: int) -> dict[str, Vocabulary]:
    return {language: Vocabulary(language, seed) for language in DICTIONARIES}
