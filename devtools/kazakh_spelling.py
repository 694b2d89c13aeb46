"""How many words of the thesaurus's Kazakh labels the Kazakh Hunspell dictionary knows.

``python -m devtools.kazakh_spelling [FILE.ttl]`` prints the share and the words it does not know,
so that a reviewer checks those by hand: the dictionary misses many terms of the field
(loanwords such as "киберқылмыс"), and a miss is a prompt to look, not proof of an error.

The check reads Debian's kk_KZ dictionary directly: a word is known when it is a stem of the
.dic file or a stem plus one suffix rule (SFX) of the .aff file that the stem's flags allow;
the Kazakh dictionary uses no prefixes and no suffix chaining, so that is all Hunspell does too.
"""

import re
import sys
from functools import cached_property
from pathlib import Path

from rdflib import SKOS, Graph

DICTIONARY = Path("/usr/share/hunspell/kk_KZ")
SEED = Path(__file__).resolve().parent.parent / "portal" / "thesaurus" / "data" / "seed.ttl"
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
KAZAKH = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)


class Dictionary:
    def __init__(self, base: Path = DICTIONARY):
        self.base = base

    @cached_property
    def stems(self) -> dict[str, str]:
        stems = {}
        lines = self.base.with_suffix(".dic").read_text(encoding="utf-8").lstrip("\ufeff").splitlines()[1:]
        for line in lines:
            word, _, flags = line.strip().partition("/")
            if word:
                stems[word.lower()] = stems.get(word.lower(), "") + flags
        return stems

    @cached_property
    def rules(self) -> list[tuple[str, str, str, re.Pattern]]:
        """(flag, strip, add, condition) for every suffix rule."""
        rules = []
        for line in self.base.with_suffix(".aff").read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 5 and parts[0] == "SFX":
                flag, strip, add, condition = parts[1], parts[2], parts[3], parts[4]
                strip = "" if strip == "0" else strip
                add = "" if add == "0" else add
                rules.append((flag, strip, add, re.compile(f"(?:{condition})$")))
        return rules

    def knows(self, word: str) -> bool:
        word = word.lower()
        if word in self.stems:
            return True
        for flag, strip, add, condition in self.rules:
            if word.endswith(add):
                stem = word[: len(word) - len(add)] + strip
                if stem in self.stems and flag in self.stems[stem] and condition.search(stem):
                    return True
        return False


def kazakh_words(path: Path = SEED) -> list[str]:
    graph = Graph().parse(path, format="turtle")
    words = []
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for label in graph.objects(None, prop):
            if getattr(label, "language", None) == "kk":
                # Abbreviations ("ЖКО", "ҚСжАЕК") are not dictionary words.
                words += [w for w in WORD.findall(str(label)) if KAZAKH.search(w) and w[1:] == w[1:].lower()]
    return words


def report(path: Path = SEED) -> tuple[float, list[str]]:
    """The share of distinct Kazakh words (abbreviations aside) the dictionary knows, and the others."""
    dictionary = Dictionary()
    words = sorted({w.lower() for w in kazakh_words(path)})
    unknown = [w for w in words if not dictionary.knows(w)]
    return 1 - len(unknown) / len(words), unknown


if __name__ == "__main__":
    share, unknown = report(Path(sys.argv[1]) if len(sys.argv) > 1 else SEED)
    print(f"The kk_KZ dictionary knows {share:.1%} of the distinct Kazakh words of the labels.")
    print(f"Not in the dictionary ({len(unknown)}), to check by hand:")
    print(", ".join(unknown))
