"""The query mix: 200+ searches of the kinds readers type, drawn from the generated corpus.

Categories: one word (frequent, middling, rare), several words, quoted phrases
taken from real abstracts, inflected forms of corpus words in each language,
words with facet filters, filters alone (browsing), no-hit strings, and page 5.
"""

import random
import re
from collections import Counter

from .corpus import KIND_SHARES, LANGUAGE_SHARES, REGIONS
from .vocabulary import _INFLECT

_WORD = re.compile(r"[^\W\d_]{4,}")
PER_LANGUAGE = {"one word": 20, "several words": 14, "phrase": 7, "inflected": 10, "filtered": 10, "page 5": 4}
NO_HIT = 15
BROWSING = 6


def _words(sample: dict) -> list[str]:
    return _WORD.findall(sample["abstract"].lower())


def build(samples: list[dict], vocabularies: dict, seed: int) -> list[tuple[str, dict]]:
    """(category, request parameters) pairs, deterministic for the corpus and seed."""
    rng = random.Random(f"{seed}-queries")  # noqa: S311 - reproducible queries
    mix = []
    for language in LANGUAGE_SHARES:
        own = [s for s in samples if s["language"] == language] or samples
        counts = Counter(w for s in own for w in _words(s))
        ranked = [w for w, _ in counts.most_common()]
        vocab = vocabularies[language]
        for i in range(PER_LANGUAGE["one word"]):
            band = ranked[:50] if i % 3 == 0 else ranked[50:500] if i % 3 == 1 else ranked[500:] or ranked
            mix.append(("one word", {"q": rng.choice(band)}))
        for _ in range(PER_LANGUAGE["several words"]):
            words = _words(rng.choice(own))
            mix.append(("several words", {"q": " ".join(rng.sample(words, rng.randint(2, 4)))}))
        for _ in range(PER_LANGUAGE["phrase"]):
            words = _words(rng.choice(own))
            start = rng.randrange(len(words) - 3)
            mix.append(("phrase", {"q": '"' + " ".join(words[start : start + rng.randint(2, 3)]) + '"'}))
        for _ in range(PER_LANGUAGE["inflected"]):
            word = rng.choice(ranked[:2000])
            mix.append(("inflected", {"q": _INFLECT[language](word, rng)}))
        for i in range(PER_LANGUAGE["filtered"]):
            query = {"q": " ".join(rng.sample(ranked[:300], rng.randint(1, 2)))}
            facet = ("region", "topic", "year", "kind", "language")[i % 5]
            query[facet] = {
                "region": lambda: f"KZ-{rng.randrange(REGIONS) + 10:02d}",
                "topic": lambda: f"topic-{rng.randint(1, 12)}",
                "year": lambda: str(rng.randint(2010, 2025)),
                "kind": lambda: rng.choice(list(KIND_SHARES)),
                "language": lambda language=language: language,
            }[facet]()
            mix.append(("filtered", query))
        for _ in range(PER_LANGUAGE["page 5"]):
            mix.append(("page 5", {"q": rng.choice(ranked[:30]), "page": 5}))
        del vocab
    letters = {"kk": "әғқңөұүһі", "ru": "жщфцъэю", "en": "qxzjvkw"}
    for i in range(NO_HIT):
        alphabet = list(letters.values())[i % 3]
        mix.append(("no hit", {"q": "".join(rng.choice(alphabet) for _ in range(rng.randint(7, 10)))}))
    for i in range(BROWSING):
        mix.append(("browsing", {"kind": list(KIND_SHARES)[i % 4]} if i % 2 else {"region": f"KZ-{10 + i}"}))
    return mix
