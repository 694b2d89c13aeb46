"""The one query object behind /search/, /api/search/ and the per-kind listings.

``run(params)`` sends exactly one request to Elasticsearch: the hits, the total,
the highlights, every facet (each counted without its own selection, so values
within a facet combine with OR and facets with AND) and, for did-you-mean, a
term suggester. Listings call ``run(params, kind="practice")``; detail pages
ask ``search.query.related`` for items like theirs.
"""

import time

from elasticsearch.dsl import FacetedSearch

from search.index.mapping import alias_name

from .clauses import HIGHLIGHTED, build_query, highlight_query, not_expired
from .facets import build_facets
from .highlight import POST, PRE
from .params import SearchParams
from .parser import parse_query
from .results import Results, did_you_mean, facet_results, hit, relaxations

SORT_ORDERS = {
    "relevance": ["_score", "-publication_date"],
    "newest": ["-publication_date", "_score"],
    "oldest": ["publication_date", "_score"],
}
MAX_ANALYZED_OFFSET = 20_000
# What a hit shows; the long texts stay in the index.
SHOWN_FIELDS = ["kind", "title", "url", "language", "authors", "year"]


class PublicationSearch(FacetedSearch):
    """Everything published, in all three languages, with every facet counted in the same request."""

    def __init__(self, params: SearchParams, kind: str | None = None):
        self.params = params
        self.parsed = parse_query(params.q)
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
        words = " ".join(t.text for t in self.parsed.positive_terms)
        if words:
            for name in ("title", "abstract"):
                search = search.suggest(f"dym_{name}", words, term={"field": name, "suggest_mode": "missing"})
        return search

    def query(self, search, query):
        if query.is_empty():
            return search
        return search.query(build_query(query))

    def highlight(self, search):
        names = [f"{name}{sub}" for name, subs in HIGHLIGHTED.items() for sub in subs]
        options = {
            "pre_tags": [PRE],
            "post_tags": [POST],
            "fragment_size": 180,
            "number_of_fragments": 2,
            "max_analyzed_offset": MAX_ANALYZED_OFFSET,
        }
        if not self.parsed.is_empty():
            options["highlight_query"] = highlight_query(self.parsed, build_query(self.parsed)).to_dict()
        search = search.highlight_options(**options).highlight(*names)
        search = search.highlight("title", number_of_fragments=0)
        # The plain abstract also supplies an opening snippet when no word matched there.
        return search.highlight("abstract", no_match_size=240)

    def build_search(self):
        # FacetedSearch only highlights when ``fields`` is set; ours are listed in highlight().
        return self.highlight(super().build_search())


def run(params: SearchParams | str, kind: str | None = None) -> Results:
    """One search: one request to Elasticsearch, everything the page or the API shows.

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
        hits=[hit(h) for h in response],
        total=total,
        facets=facet_results(response, search.filter_values),
        notices=list(search.parsed.notices),
    )
    if total == 0:
        results.did_you_mean = did_you_mean(response, params.q)
        results.relaxations = relaxations(response, search.filter_values)
    results.took_ms = round((time.monotonic() - started) * 1000)
    return results


def matching_ids(params: SearchParams, limit: int, kind: str | None = None) -> list[int]:
    """Page ids of a search's hits in ranked order, up to ``limit``: what a citation export covers."""
    search = PublicationSearch(params, kind=kind)[0:limit]
    return [int(found.meta.id) for found in search.execute()]
