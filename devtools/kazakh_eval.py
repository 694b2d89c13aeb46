"""How often a Kazakh search finds another form of the same word, with and without the app stemmer.

Each family lists forms of one word (case, plural, possessive). A pair of forms
"matches" when the query form would find a document containing the other:
before, only through the index's hunspell Kazakh analyzer (``text_kk``); after,
also through the ``kk_stems`` fields (equal stems from ``search.language.kazakh``).
Forms of different families that the stemmer merges are counted as false merges.
"""

from dataclasses import dataclass
from itertools import combinations, permutations

from search.client import get_client
from search.index.mapping import alias_name
from search.language import kazakh

FAMILIES = {
    "құқық (right, law)": ["құқық", "құқықтар", "құқығы", "құқықтың", "құқыққа", "құқықтарын", "құқықтары"],
    "қылмыс (crime)": ["қылмыс", "қылмыстар", "қылмыстың", "қылмысқа", "қылмысты", "қылмыстарды", "қылмыстан"],
    "жасөспірім (adolescent)": ["жасөспірім", "жасөспірімдер", "жасөспірімдердің", "жасөспірімге", "жасөспірімнің"],
    "бала (child)": ["бала", "балалар", "балалардың", "балаға", "баланың", "балалармен", "балаларға"],
    "мектеп (school)": ["мектеп", "мектептер", "мектепте", "мектепке", "мектебі", "мектептің", "мектептерде"],
    "бағдарлама (programme)": ["бағдарлама", "бағдарламалар", "бағдарламасы", "бағдарламаның", "бағдарламаға"],
    "полиция (police)": ["полиция", "полицияның", "полицияға", "полициясы", "полицияда"],
    "аудан (district)": ["аудан", "аудандар", "ауданның", "ауданда", "аудандарда", "ауданға"],
    "өңір (region)": ["өңір", "өңірлер", "өңірде", "өңірдің", "өңірлерде", "өңірге"],
    "зорлық (violence)": ["зорлық", "зорлықтың", "зорлыққа", "зорлығы", "зорлықты"],
    "отбасы (family)": ["отбасы", "отбасылар", "отбасының", "отбасына", "отбасыларға"],
    "тәрбие (upbringing)": ["тәрбие", "тәрбиесі", "тәрбиеге", "тәрбиенің"],
    "әйел (woman)": ["әйел", "әйелдер", "әйелдерге", "әйелдің", "әйелге"],
    "есірткі (drugs)": ["есірткі", "есірткінің", "есірткіге", "есірткіні"],
    "сот (court)": ["сот", "соттар", "соттың", "сотқа", "сотта"],
    "алаяқтық (fraud)": ["алаяқтық", "алаяқтықтың", "алаяқтыққа", "алаяқтығы"],
    "ұрлық (theft)": ["ұрлық", "ұрлықтың", "ұрлыққа", "ұрлығы", "ұрлықтар"],
    "қауіпсіздік (safety)": ["қауіпсіздік", "қауіпсіздіктің", "қауіпсіздікке", "қауіпсіздігі"],
    "профилактика (prevention)": ["профилактика", "профилактикасы", "профилактиканың", "профилактикаға"],
    "қала (town)": ["қала", "қалалар", "қаланың", "қалада", "қалаларда", "қалаға"],
    "жұмыс (work)": ["жұмыс", "жұмыстар", "жұмысы", "жұмыстың", "жұмысқа"],
    "зерттеу (study)": ["зерттеу", "зерттеулер", "зерттеудің", "зерттеуге", "зерттеуі"],
}


@dataclass
class FamilyResult:
    name: str
    pairs: int
    before: int
    after: int


@dataclass
class Report:
    families: list[FamilyResult]
    false_merges: list[tuple[str, str]]

    @property
    def pairs(self) -> int:
        return sum(f.pairs for f in self.families)

    @property
    def recall_before(self) -> float:
        return sum(f.before for f in self.families) / self.pairs

    @property
    def recall_after(self) -> float:
        return sum(f.after for f in self.families) / self.pairs


def hunspell_tokens(words: list[str]) -> dict[str, set[str]]:
    """What the index's Kazakh analyzer makes of each word (one request)."""
    client = get_client()
    found = {}
    for word in words:
        response = client.indices.analyze(index=alias_name(), analyzer="text_kk", text=word)
        found[word] = {t["token"] for t in response["tokens"]}
    return found


def measure() -> Report:
    """Needs the index (for its analyzers); see ``search.index.alias.ensure_index``."""
    words = [w for forms in FAMILIES.values() for w in forms]
    tokens = hunspell_tokens(words)
    results = []
    for name, forms in FAMILIES.items():
        pairs = list(permutations(forms, 2))
        before = sum(1 for q, d in pairs if tokens[q] & tokens[d])
        after = sum(1 for q, d in pairs if tokens[q] & tokens[d] or kazakh.stem(q) == kazakh.stem(d))
        results.append(FamilyResult(name, len(pairs), before, after))
    stems = {name: {kazakh.stem(w) for w in forms} for name, forms in FAMILIES.items()}
    false_merges = [(a, b) for a, b in combinations(FAMILIES, 2) if stems[a] & stems[b]]
    return Report(results, false_merges)
