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

from django.utils.translation import gettext, gettext_noop
from elasticsearch.dsl import HistogramFacet, RangeFacet, TermsFacet

# Titles and labels are marked for the catalogues here and translated where they are shown.

KINDS = {
    "paper": gettext_noop("Research paper"),
    "practice": gettext_noop("Best-practice review"),
    "methodology": gettext_noop("Methodology"),
    "project": gettext_noop("Regional pilot project"),
}
LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
RATINGS = {
    "effective": gettext_noop("Effective"),
    "promising": gettext_noop("Promising"),
    "inconclusive": gettext_noop("Inconclusive"),
    "no_effect": gettext_noop("No effect"),
    "harmful": gettext_noop("Harmful"),
}
STRENGTHS = {
    "single_study": gettext_noop("Single study"),
    "several_studies": gettext_noop("Several studies"),
    "systematic_review": gettext_noop("Systematic review"),
}
STATUSES = {"pilot": gettext_noop("Pilot"), "scaled": gettext_noop("Scaled up"), "closed": gettext_noop("Closed")}
PERIODS = {
    "last-2": gettext_noop("Last 2 years"),
    "last-5": gettext_noop("Last 5 years"),
    "last-10": gettext_noop("Last 10 years"),
    "older": gettext_noop("Older"),
}

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
            if not value.isascii() or not value.isdigit() or not MIN_YEAR <= int(value) <= MAX_YEAR:
                raise ValueError(
                    gettext("'%(value)s' is not a year between %(min)s and %(max)s.")
                    % {"value": short(value), "min": MIN_YEAR, "max": MAX_YEAR}
                )
            return int(value)
        if self.vocabulary is not None and value not in self.vocabulary:
            raise ValueError(
                gettext("'%(value)s' is not a value of the filter “%(facet)s”; choose from %(choices)s.")
                % {"value": short(value), "facet": gettext(self.title), "choices": ", ".join(self.vocabulary)}
            )
        if self.pattern is not None and not self.pattern.match(value):
            raise ValueError(
                gettext("'%(value)s' is not a valid key of the filter “%(facet)s”.")
                % {"value": short(value), "facet": gettext(self.title)}
            )
        return value


SPECS = {
    spec.name: spec
    for spec in (
        FacetSpec("kind", gettext_noop("Kind"), "kind", vocabulary=KINDS),
        FacetSpec("topic", gettext_noop("Topic"), "topics", pattern=_TOPIC, size=200),
        FacetSpec("region", gettext_noop("Region"), "regions", pattern=_KEY, size=50),
        FacetSpec("language", gettext_noop("Language"), "language", vocabulary=LANGUAGES),
        FacetSpec("period", gettext_noop("Period"), "year", vocabulary=PERIODS),
        FacetSpec("year", gettext_noop("Year"), "year"),
        FacetSpec("rating", gettext_noop("Evidence rating"), "evidence_rating", vocabulary=RATINGS),
        FacetSpec("strength", gettext_noop("Evidence strength"), "evidence_strength", vocabulary=STRENGTHS),
        FacetSpec("author", gettext_noop("Author"), "author_ids", pattern=_KEY, size=30),
        FacetSpec("organisation", gettext_noop("Organisation"), "organisation_ids", pattern=_KEY, size=30),
        FacetSpec("status", gettext_noop("Project status"), "status", vocabulary=STATUSES),
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


def short(value: str) -> str:
    return value if len(value) <= 40 else value[:40] + "…"
