"""What a search returns: hits with safe highlighted snippets, facets with labels, and help for empty results."""

import math
from dataclasses import dataclass, field

from search.index.mapping import MAX_RESULT_WINDOW

from .clauses import HIGHLIGHTED
from .facets import FACETS, labels
from .highlight import render_fragment
from .params import SearchParams

SNIPPET_FIELDS = ("abstract", "body", "document_text", "keywords")


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

    @property
    def pages(self) -> int:
        return min(math.ceil(self.total / self.params.page_size), MAX_RESULT_WINDOW // self.params.page_size)

    @property
    def capped(self) -> bool:
        """More results exist than can be paged through."""
        return self.total > MAX_RESULT_WINDOW


def _best(highlight: dict, name: str) -> list[str]:
    for sub in HIGHLIGHTED[name]:
        fragments = highlight.get(f"{name}{sub}")
        if fragments:
            return list(fragments)
    return []


def hit(found) -> Hit:
    highlight = found.meta.to_dict().get("highlight", {})
    title = _best(highlight, "title")
    snippet = next((s for s in (_best(highlight, name) for name in SNIPPET_FIELDS) if s), [])
    source = found.to_dict()
    return Hit(
        id=int(found.meta.id),
        kind=source.get("kind", ""),
        title=source.get("title", ""),
        url=source.get("url", ""),
        language=source.get("language", ""),
        authors=list(source.get("authors") or []),
        year=source.get("year"),
        title_html=render_fragment(title[0] if title else source.get("title", "")),
        snippet_html=render_fragment(" … ".join(snippet)),
    )


def facet_results(response, filter_values: dict) -> list[FacetResult]:
    """Each facet's values as its class arranges them (search.query.facets), labelled in one lookup."""
    results = []
    for name, values in response.facets.to_dict().items():
        facet = FACETS[name]
        found = facet.arrange(values, filter_values.get(name, []))
        names = facet.labels([v[0] for v in found])
        values = [FacetValue(key, names[key], count, chosen, facet.depth(key)) for key, count, chosen in found]
        results.append(FacetResult(name=name, title=facet.title, values=values))
    return results


def did_you_mean(response, query: str) -> str | None:
    suggest = response.to_dict().get("suggest") or {}
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


def relaxations(response, filter_values: dict) -> list[Relaxation]:
    found = []
    for name, values in filter_values.items():
        count = getattr(response.aggregations, f"_filter_{name}").doc_count
        names = labels(name, values)
        found.append(Relaxation(name, FACETS[name].title, [names[v] for v in values], count))
    return sorted(found, key=lambda r: -r.count)
