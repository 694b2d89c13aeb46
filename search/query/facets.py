"""The facets a searcher can filter by, one class per kind of facet: each declares its own behaviour.

The index stores keys (slugs, codes, ids). Closed vocabularies are listed here
with their labels (words the interface translates); open ones (topics, regions,
people, organisations) are checked for shape only, and their labels come from
the app that owns the names, through ``register_labels``. The kinds of content
are handed over by the content (``register_kinds``), so search never imports it.
"""

import datetime
import re
from collections.abc import Callable, Iterable

from elasticsearch.dsl import HistogramFacet, RangeFacet, TermsFacet

KINDS: dict[str, str] = {}  # code -> label; filled by the content through register_kinds
LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
RATINGS = {
    "effective": "Effective",
    "promising": "Promising",
    "inconclusive": "Inconclusive",
    "no_effect": "No effect",
    "harmful": "Harmful",
}
STRENGTHS = {
    "single_study": "Single study",
    "several_studies": "Several studies",
    "systematic_review": "Systematic review",
}
STATUSES = {"pilot": "Pilot", "scaled": "Scaled up", "closed": "Closed"}
PERIODS = {"last-2": "Last 2 years", "last-5": "Last 5 years", "last-10": "Last 10 years", "older": "Older"}

_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_TOPIC = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}(/[a-z0-9][a-z0-9_-]{0,63}){0,7}$")
MIN_YEAR, MAX_YEAR = 1900, 2100

Labeller = Callable[[list[str]], dict[str, str]]
Value = tuple  # (key, count, selected)


class Facet:
    """A facet on an open set of keys: terms counted, values checked for shape, labels from their owner."""

    translated = False  # whether labels are interface words for the HTML page to translate

    def __init__(self, name, title, field, description, size=20, pattern: re.Pattern = _KEY):
        self.name, self.title, self.field, self.description = name, title, field, description
        self.size, self.pattern = size, pattern
        self.labeller: Labeller | None = None

    def value_schema(self) -> dict:
        """One value as the API documents it (OpenAPI)."""
        return {"type": "string", "pattern": self.pattern.pattern}

    def clean(self, value: str):
        """The value as the index holds it, or ValueError with a message for the searcher."""
        if not self.pattern.match(value):
            raise ValueError(f"'{_short(value)}' is not a valid {self.title.lower()} key.")
        return value

    def aggregation(self, today: datetime.date):
        return TermsFacet(field=self.field, size=self.size)

    def arrange(self, values: list[Value], selected: Iterable) -> list[Value]:
        """The values to show: those counted, plus selected ones the counts left out (with 0)."""
        keys = {v[0] for v in values}
        return values + [(key, 0, True) for key in selected if key not in keys]

    def depth(self, key) -> int:
        return 0

    def labels(self, keys: list) -> dict:
        found = self.labeller([str(k) for k in keys]) if self.labeller else {}
        return {k: found.get(k) or found.get(str(k)) or self.fallback(k) for k in keys}

    def fallback(self, key) -> str:
        return str(key)


class VocabularyFacet(Facet):
    """A closed list of values, each with a label."""

    translated = True

    def __init__(self, name, title, field, description, vocabulary: dict, translated: bool = True):
        super().__init__(name, title, field, description)
        self.vocabulary, self.translated = vocabulary, translated

    def value_schema(self) -> dict:
        return {"type": "string", "enum": list(self.vocabulary)}

    def clean(self, value: str):
        if value not in self.vocabulary:
            raise ValueError(
                f"'{_short(value)}' is not a {self.title.lower()}; choose from {', '.join(self.vocabulary)}."
            )
        return value

    def labels(self, keys: list) -> dict:
        if self.labeller:
            return super().labels(keys)
        return {k: self.vocabulary.get(k) or self.fallback(k) for k in keys}


class TopicFacet(Facet):
    """Topic paths: a parent counts its children, values are listed as a tree."""

    def arrange(self, values, selected):
        return sorted(super().arrange(values, selected), key=lambda v: v[0])

    def depth(self, key) -> int:
        return str(key).count("/")

    def fallback(self, key) -> str:
        return str(key).rsplit("/", 1)[-1].replace("-", " ").replace("_", " ").capitalize()


class YearFacet(Facet):
    """One value per publication year, newest first."""

    def clean(self, value: str):
        if not value.isdigit() or not MIN_YEAR <= int(value) <= MAX_YEAR:
            raise ValueError(f"'{_short(value)}' is not a year between {MIN_YEAR} and {MAX_YEAR}.")
        return int(value)

    def value_schema(self) -> dict:
        return {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR}

    def aggregation(self, today):
        return HistogramFacet(field=self.field, interval=1, min_doc_count=1)

    def arrange(self, values, selected):
        values = [(int(key), count, chosen) for key, count, chosen in values]
        return sorted(super().arrange(values, selected), key=lambda v: v[0], reverse=True)


class PeriodFacet(VocabularyFacet):
    """Year ranges counting back from this year; empty ranges are left out unless selected."""

    def aggregation(self, today):
        year = today.year
        ranges = [
            ("last-2", (year - 1, None)),
            ("last-5", (year - 4, None)),
            ("last-10", (year - 9, None)),
            ("older", (None, year - 9)),
        ]
        return RangeFacet(field=self.field, ranges=ranges)

    def arrange(self, values, selected):
        return super().arrange([v for v in values if v[1] or v[2]], selected)


FACETS: dict[str, Facet] = {
    facet.name: facet
    for facet in (
        VocabularyFacet("kind", "Kind", "kind", "Kind of item.", KINDS),
        TopicFacet(
            "topic",
            "Topic",
            "topics",
            "Topic path, e.g. prevention/juvenile; a parent includes its children.",
            size=200,
            pattern=_TOPIC,
        ),
        Facet("region", "Region", "regions", "Region code.", size=50),
        # Languages are named in their own language, not translated.
        VocabularyFacet("language", "Language", "language", "Language of the item.", LANGUAGES, translated=False),
        PeriodFacet("period", "Period", "year", "Publication year range, counting back from this year.", PERIODS),
        YearFacet("year", "Year", "year", "Publication year."),
        VocabularyFacet(
            "rating", "Evidence rating", "evidence_rating", "Evidence rating (best-practice reviews).", RATINGS
        ),
        VocabularyFacet(
            "strength",
            "Evidence strength",
            "evidence_strength",
            "Evidence strength (best-practice reviews).",
            STRENGTHS,
        ),
        Facet("author", "Author", "author_ids", "Author id.", size=30),
        Facet("organisation", "Organisation", "organisation_ids", "Organisation id.", size=30),
        VocabularyFacet("status", "Project status", "status", "Project status.", STATUSES),
    )
}


def build_facets(today: datetime.date | None = None) -> dict:
    """The elasticsearch-dsl facets; the periods count back from this year."""
    today = today or datetime.date.today()
    return {name: facet.aggregation(today) for name, facet in FACETS.items()}


def register_labels(facet: str, labeller: Labeller) -> None:
    """Let the app that owns the names (topics, regions, people, kinds…) label the keys of ``facet``."""
    FACETS[facet].labeller = labeller


def register_kinds(kinds: dict[str, str], labeller: Labeller | None = None) -> None:
    """The content's kinds (code -> label, in listing order) and, optionally, labels in the reader's language."""
    KINDS.clear()
    KINDS.update(kinds)
    if labeller:
        FACETS["kind"].labeller = labeller
        FACETS["kind"].translated = False


def labels(facet: str, keys: Iterable) -> dict:
    """Display labels for the keys of one facet, in one lookup; unknown keys show as themselves."""
    return FACETS[facet].labels(list(keys))


def _short(value: str) -> str:
    return value if len(value) <= 40 else value[:40] + "…"
