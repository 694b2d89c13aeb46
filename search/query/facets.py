"""The facets a searcher can filter by: index field, allowed values and labels.

The index stores keys (slugs, codes, ids). Closed vocabularies are listed here
with their labels; open ones (topics, regions, people, organisations) are
checked for shape only, and their labels come from ``labels()``, which other
apps extend with ``register_labels`` once they hold the names.
"""

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from elasticsearch.dsl import HistogramFacet, RangeFacet, TermsFacet

KINDS = {
    "paper": "Research paper",
    "practice": "Best-practice review",
    "methodology": "Methodology",
    "project": "Regional pilot project",
}
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


@dataclass(frozen=True)
class FacetSpec:
    """One facet: the request parameter, the index field and how values are checked."""

    name: str
    title: str
    field: str
    vocabulary: dict | None = None
    pattern: re.Pattern | None = None
    size: int = 20

    def clean(self, value: str):
        """The value as the index holds it, or ValueError with a message for the searcher."""
        if self.name == "year":
            if not value.isdigit() or not MIN_YEAR <= int(value) <= MAX_YEAR:
                raise ValueError(f"'{_short(value)}' is not a year between {MIN_YEAR} and {MAX_YEAR}.")
            return int(value)
        if self.vocabulary is not None and value not in self.vocabulary:
            raise ValueError(
                f"'{_short(value)}' is not a {self.title.lower()}; choose from {', '.join(self.vocabulary)}."
            )
        if self.pattern is not None and not self.pattern.match(value):
            raise ValueError(f"'{_short(value)}' is not a valid {self.title.lower()} key.")
        return value


SPECS = {
    spec.name: spec
    for spec in (
        FacetSpec("kind", "Kind", "kind", vocabulary=KINDS),
        FacetSpec("topic", "Topic", "topics", pattern=_TOPIC, size=200),
        FacetSpec("region", "Region", "regions", pattern=_KEY, size=50),
        FacetSpec("language", "Language", "language", vocabulary=LANGUAGES),
        FacetSpec("period", "Period", "year", vocabulary=PERIODS),
        FacetSpec("year", "Year", "year"),
        FacetSpec("rating", "Evidence rating", "evidence_rating", vocabulary=RATINGS),
        FacetSpec("strength", "Evidence strength", "evidence_strength", vocabulary=STRENGTHS),
        FacetSpec("author", "Author", "author_ids", pattern=_KEY, size=30),
        FacetSpec("organisation", "Organisation", "organisation_ids", pattern=_KEY, size=30),
        FacetSpec("status", "Project status", "status", vocabulary=STATUSES),
    )
}


def build_facets(today: datetime.date | None = None) -> dict:
    """The elasticsearch-dsl facets; the periods count back from this year."""
    year = (today or datetime.date.today()).year
    facets = {}
    for spec in SPECS.values():
        if spec.name == "year":
            facets[spec.name] = HistogramFacet(field=spec.field, interval=1, min_doc_count=1)
        elif spec.name == "period":
            ranges = [
                ("last-2", (year - 1, None)),
                ("last-5", (year - 4, None)),
                ("last-10", (year - 9, None)),
                ("older", (None, year - 9)),
            ]
            facets[spec.name] = RangeFacet(field=spec.field, ranges=ranges)
        else:
            facets[spec.name] = TermsFacet(field=spec.field, size=spec.size)
    return facets


Labeller = Callable[[list[str]], dict[str, str]]
_LABELLERS: dict[str, Labeller] = {}


def register_labels(facet: str, labeller: Labeller) -> None:
    """Let the app that owns the names (topics, regions, people…) label the keys of ``facet``."""
    _LABELLERS[facet] = labeller


def labels(facet: str, keys: Iterable) -> dict:
    """Display labels for the keys of one facet, in one lookup; unknown keys show as themselves."""
    keys = list(keys)
    spec = SPECS[facet]
    found = {}
    if spec.vocabulary is not None:
        found = {k: spec.vocabulary[k] for k in keys if k in spec.vocabulary}
    elif facet in _LABELLERS:
        found = _LABELLERS[facet]([str(k) for k in keys])
    return {k: found.get(k) or found.get(str(k)) or _fallback(facet, k) for k in keys}


def _fallback(facet: str, key) -> str:
    if facet == "topic":
        return str(key).rsplit("/", 1)[-1].replace("-", " ").replace("_", " ").capitalize()
    return str(key)


def _short(value: str) -> str:
    return value if len(value) <= 40 else value[:40] + "…"
