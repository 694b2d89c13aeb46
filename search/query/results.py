"""What a search returns: hits with safe highlighted snippets, facets with labels, and help for empty results."""

import datetime
import math
from dataclasses import dataclass, field

from django.utils.translation import gettext

from search.index.mapping import MAX_RESULT_WINDOW

from .clauses import PASSAGE_FIELDS
from .facets import FACETS, RATINGS, STATUSES, STRENGTHS, labels
from .highlight import PRE, render_fragment
from .params import SearchParams


@dataclass
class Hit:
    id: int
    kind: str
    title: str
    url: str
    language: str
    authors: list[str]
    year: int | None
    title_html: str
    snippet_html: str
    publication_date: datetime.date | None = None
    evidence_rating: str | None = None  # best-practice reviews: effective, promising…
    evidence_strength: str | None = None
    status: str | None = None  # projects: pilot, scaled, closed

    # Labels in the reader's language, for the results page.
    @property
    def kind_label(self) -> str:
        return gettext(labels("kind", [self.kind])[self.kind])  # the content's label, in the reader's language

    @property
    def rating_label(self) -> str | None:
        return gettext(RATINGS[self.evidence_rating]) if self.evidence_rating in RATINGS else None

    @property
    def strength_label(self) -> str | None:
        return gettext(STRENGTHS[self.evidence_strength]) if self.evidence_strength in STRENGTHS else None

    @property
    def status_label(self) -> str | None:
        return gettext(STATUSES[self.status]) if self.status in STATUSES else None


@dataclass
class FacetValue:
    key: str | int
    label: str
    count: int
    selected: bool
    depth: int = 0


@dataclass
class FacetResult:
    name: str
    title: str
    values: list[FacetValue]

    @property
    def selected(self) -> list[FacetValue]:
        return [v for v in self.values if v.selected]


@dataclass
class Relaxation:
    """What the searcher would find after removing one facet's selection."""

    facet: str
    title: str
    labels: list[str]
    count: int


@dataclass
class Results:
    params: SearchParams
    hits: list[Hit]
    total: int
    facets: list[FacetResult] = field(default_factory=list)
    did_you_mean: str | None = None
    relaxations: list[Relaxation] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    took_ms: int = 0
    search_took_ms: int = 0  # Elasticsearch's own ``took``, summed over the requests this search sent
    expanded: list = field(default_factory=list)  # concepts the query also searched, or could (expand=0)
    fuzzy_words: list[str] = field(default_factory=list)  # words searched again allowing a typo

    @property
    def pages(self) -> int:
        return min(math.ceil(self.total / self.params.page_size), MAX_RESULT_WINDOW // self.params.page_size)

    @property
    def capped(self) -> bool:
        """More results exist than can be paged through."""
        return self.total > MAX_RESULT_WINDOW


def _marked(fragments) -> list[str]:
    return [f for f in fragments or [] if PRE in f]


def _fragments(highlight: dict, name: str) -> list[str]:
    return next((list(f) for key, f in highlight.items() if key.endswith(f".{name}") and f), [])


def _snippet(highlight: dict) -> list[str]:
    """Where the words matched: the abstract, else a passage of the body or PDF text, else the abstract's opening."""
    if found := _marked(_fragments(highlight, "abstract")):
        return found
    for name in PASSAGE_FIELDS:
        if found := _marked(_fragments(highlight, name)):
            return found
    return _fragments(highlight, "abstract")


def hit(found: dict) -> Hit:
    """One hit of a search's answer (a plain dict, as Elasticsearch sends it)."""
    highlight = found.get("highlight", {})
    title = _fragments(highlight, "title")
    source = found.get("_source", {})
    return Hit(
        id=int(found["_id"]),
        kind=source.get("kind", ""),
        title=source.get("title", ""),
        url=source.get("url", ""),
        language=source.get("language", ""),
        authors=list(source.get("authors") or []),
        year=source.get("year"),
        title_html=render_fragment(title[0] if title else source.get("title", "")),
        snippet_html=render_fragment(" … ".join(_snippet(highlight))),
        publication_date=_date(source.get("publication_date")),
        evidence_rating=source.get("evidence_rating"),
        evidence_strength=source.get("evidence_strength"),
        status=source.get("status"),
    )


def _date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date) or not value:
        return value or None
    return datetime.date.fromisoformat(str(value)[:10])


def facet_results(counted: dict[str, list[tuple]], filter_values: dict) -> list[FacetResult]:
    """Each facet's (key, count, selected) values as its class arranges them (search.query.facets),
    labelled in one lookup."""
    results = []
    for name, values in counted.items():
        facet = FACETS[name]
        found = facet.arrange(values, filter_values.get(name, []))
        names = facet.labels([v[0] for v in found])
        values = [FacetValue(key, names[key], count, chosen, facet.depth(key)) for key, count, chosen in found]
        results.append(FacetResult(name=name, title=facet.title, values=values))
    return results


def did_you_mean(answer: dict, query: str) -> str | None:
    suggest = answer.get("suggest") or {}
    best: dict[str, tuple[float, str]] = {}
    for entries in suggest.values():
        for entry in entries:
            for option in entry.get("options", []):
                score = option["score"] * math.log1p(option.get("freq", 1))
                if score > best.get(entry["text"], (0, ""))[0]:
                    best[entry["text"]] = (score, option["text"])
    if not best:
        return None
    corrected = query.lower()
    for wrong, (_, right) in best.items():
        corrected = corrected.replace(wrong, right)
    return corrected if corrected != query.lower() else None


def relaxations(answer: dict, filter_values: dict) -> list[Relaxation]:
    found = []
    for name, values in filter_values.items():
        count = answer["aggregations"][f"_filter_{name}"]["doc_count"]
        names = labels(name, values)
        found.append(Relaxation(name, FACETS[name].title, [names[v] for v in values], count))
    return sorted(found, key=lambda r: -r.count)
