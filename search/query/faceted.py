"""The one query object behind /search/, /api/search/ and the per-kind listings.

``run(params)`` sends one request to Elasticsearch: the hits, the total, the
highlights and every facet (each counted without its own selection, so values
within a facet combine with OR and facets with AND). Only a search that finds
nothing sends a second, small one: the term suggester for did-you-mean.
Listings call ``run(params, kind="practice")``; detail pages call ``related(page_id)``.
"""

import logging
import math
import time
from dataclasses import dataclass, field

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import FacetedSearch, Q, Search

from search.index.mapping import LANGUAGE_OBJECTS, MAX_RESULT_WINDOW, alias_name
from search.query.parser import parse_query

from .facets import SPECS, build_facets, labels
from .highlight import POST, PRE, render_fragment
from .matching import FRAGMENT_SIZE, OPENING_SIZE, PASSAGE_FIELDS, build_query, highlight_query, query_languages
from .params import SearchParams

logger = logging.getLogger(__name__)

SORT_ORDERS = {
    "relevance": ["_score", "-publication_date"],
    "newest": ["-publication_date", "_score"],
    "oldest": ["publication_date", "_score"],
}
# What a hit shows; the long texts stay in the index.
SHOWN_FIELDS = ["kind", "title", "url", "language", "authors", "year"]


def not_expired() -> Q:
    """Documents whose page has no expiry date, or one still to come."""
    return ~Q("range", expires_at={"lte": "now"})


class PublicationSearch(FacetedSearch):
    """Everything published, in all three languages, with every facet counted in the same request."""

    def __init__(self, params: SearchParams, kind: str | None = None):
        self.params = params
        self.parsed = parse_query(params.q)
        self.languages = query_languages(self.parsed)
        self.fixed_kind = kind
        self.facets = build_facets()
        browsing = self.parsed.is_empty() and params.sort == "relevance"
        sort = SORT_ORDERS["newest"] if browsing else SORT_ORDERS[params.sort]
        super().__init__(self.parsed, filters=dict(params.filters), sort=sort)

    def search(self):
        self.index = alias_name()
        search = super().search().extra(track_total_hits=True).source(SHOWN_FIELDS).filter(not_expired())
        if self.fixed_kind:
            search = search.filter("term", kind=self.fixed_kind)
        return search

    def did_you_mean_search(self) -> Search | None:
        """The spelling suggestions, asked for only when nothing was found: the term suggester scans the
        term dictionaries and cost every search a third of its time, while its answer is shown only then."""
        words = " ".join(t.text for t in self.parsed.positive_terms)
        if not words:
            return None
        search = Search(index=alias_name()).extra(size=0)
        for name in ("title", "abstract"):
            search = search.suggest(f"dym_{name}", words, term={"field": name, "suggest_mode": "missing"})
        return search

    def query(self, search, query):
        if query.is_empty():
            return search
        return search.query(build_query(query, self.languages))

    def highlight(self, search):
        """Only what a hit shows: the title, the abstract, and a passage of the body or PDF text.

        Each is highlighted in its language field (stored there, offsets in the index: no text is
        analysed again). A document has one language, so of the fields listed only its own costs
        anything; each field gets its own small query (``highlight_query``).
        """
        options = {"pre_tags": [PRE], "post_tags": [POST], "fragment_size": FRAGMENT_SIZE, "number_of_fragments": 2}
        search = search.highlight_options(**options)
        openings = [f"{lang}.abstract" for lang in LANGUAGE_OBJECTS]
        if self.parsed.is_empty():
            # Browsing: no word to mark, only the abstract's opening.
            return search.highlight(*openings, no_match_size=OPENING_SIZE)
        marked = {}
        for lang in LANGUAGE_OBJECTS:
            for name in ("title", "abstract", *PASSAGE_FIELDS):
                field = f"{lang}.{name}"
                options = {"highlight_query": highlight_query(self.parsed, field, self.languages).to_dict()}
                if name == "title":
                    options["number_of_fragments"] = 0
                elif name == "abstract":
                    options["no_match_size"] = OPENING_SIZE
                else:
                    options["number_of_fragments"] = 1
                marked[field] = options
        for field, options in marked.items():
            search = search.highlight(field, **options)
        return search

    def build_search(self):
        # FacetedSearch only highlights when ``fields`` is set; ours are listed in highlight().
        return self.highlight(super().build_search())


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


def _hit(hit) -> Hit:
    highlight = hit.meta.to_dict().get("highlight", {})
    title = _fragments(highlight, "title")
    source = hit.to_dict()
    return Hit(
        id=int(hit.meta.id),
        kind=source.get("kind", ""),
        title=source.get("title", ""),
        url=source.get("url", ""),
        language=source.get("language", ""),
        authors=list(source.get("authors") or []),
        year=source.get("year"),
        title_html=render_fragment(title[0] if title else source.get("title", "")),
        snippet_html=render_fragment(" … ".join(_snippet(highlight))),
    )


def _facet_results(response, search: PublicationSearch) -> list[FacetResult]:
    results = []
    for name, values in response.facets.to_dict().items():
        selected = search.filter_values.get(name, [])
        found = [(int(key) if name == "year" else key, count, chosen) for key, count, chosen in values]
        if name == "period":
            found = [v for v in found if v[1] or v[2]]
        keys = {v[0] for v in found}
        found += [(key, 0, True) for key in selected if key not in keys]
        if name == "year":
            found.sort(key=lambda v: v[0], reverse=True)
        if name == "topic":
            found.sort(key=lambda v: v[0])
        names = labels(name, [v[0] for v in found])
        results.append(
            FacetResult(
                name=name,
                title=SPECS[name].title,
                values=[
                    FacetValue(key, names[key], count, chosen, str(key).count("/") if name == "topic" else 0)
                    for key, count, chosen in found
                ],
            )
        )
    return results


def _did_you_mean(response, query: str) -> str | None:
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


def _relaxations(response, search: PublicationSearch) -> list[Relaxation]:
    relaxations = []
    for name, values in search.filter_values.items():
        count = getattr(response.aggregations, f"_filter_{name}").doc_count
        names = labels(name, values)
        relaxations.append(Relaxation(name, SPECS[name].title, [names[v] for v in values], count))
    return sorted(relaxations, key=lambda r: -r.count)


def run(params: SearchParams | str, kind: str | None = None) -> Results:
    """One search: one request to Elasticsearch (two when nothing is found), everything the page or the API shows.

    ``params`` may be plain search text, for callers that need no filters.
    """
    if isinstance(params, str):
        params = SearchParams(q=params)
    started = time.monotonic()
    search = PublicationSearch(params, kind=kind)[params.start : params.start + params.page_size]
    response = search.execute()
    total = response.hits.total.value
    results = Results(
        params=params,
        hits=[_hit(h) for h in response],
        total=total,
        facets=_facet_results(response, search),
        notices=list(search.parsed.notices),
    )
    if total == 0 and (spelling := search.did_you_mean_search()) is not None:
        results.did_you_mean = _did_you_mean(spelling.execute(), params.q)
        results.relaxations = _relaxations(response, search)
    results.took_ms = round((time.monotonic() - started) * 1000)
    return results


def matching_ids(params: SearchParams, limit: int, kind: str | None = None) -> list[int]:
    """Page ids of a search's hits in ranked order, up to ``limit``: what a citation export covers."""
    search = PublicationSearch(params, kind=kind)[0:limit]
    return [int(hit.meta.id) for hit in search.execute()]


@dataclass
class RelatedItem:
    id: int
    title: str
    url: str
    kind: str
    language: str
    year: int | None


# Fields kept in _source, which more_like_this reads the item's own text from.
RELATED_FIELDS = ["title", "abstract", "keywords", "topic_titles"]


def related(page_id: int, size: int = 5, translation_key: str | None = None) -> list[RelatedItem]:
    """Items like this one (more_like_this over its indexed text), not its own translations;
    empty if search is unavailable."""
    like = Q(
        "more_like_this",
        fields=RELATED_FIELDS,
        like=[{"_index": alias_name(), "_id": str(page_id)}],
        min_term_freq=1,
        min_doc_freq=1,
        max_query_terms=40,
        minimum_should_match="5%",
    )
    search = Search(index=alias_name()).query(like).filter(not_expired())
    if translation_key:
        search = search.exclude("term", translation_key=translation_key)
    search = search.source(["title", "url", "kind", "language", "year"])[:size]
    try:
        response = search.execute()
    except (ApiError, TransportError) as error:
        logger.warning("related items for page %s unavailable: %s", page_id, error)
        return []
    return [RelatedItem(int(h.meta.id), h.title, h.url, h.kind, h.language, getattr(h, "year", None)) for h in response]
