"""The one query object behind /search/, /api/search/ and the per-kind listings.

``run(params)`` sends exactly one request to Elasticsearch, an ``_msearch`` of two
searches: the hits, the total and the highlights, and every facet (each counted
without its own selection, so values within a facet combine with OR and facets
with AND). Did-you-mean asks a second request, only when nothing was found.
Listings call ``run(params, kind="practice")``; detail pages ask
``search.query.related`` for items like theirs.
"""

import dataclasses
import datetime
import time

from django.utils import translation
from elasticsearch import ApiError
from elasticsearch.dsl import Facet as DslFacet
from elasticsearch.dsl import FacetedSearch, Search, connections
from elasticsearch.exceptions import HTTP_EXCEPTIONS

from search.index.mapping import LANGUAGE_OBJECTS, alias_name
from search.query.spelling import only_visible

from . import expansion, typos
from .clauses import (
    FRAGMENT_SIZE,
    OPENING_SIZE,
    PASSAGE_FIELDS,
    build_query,
    concept_label_fields,
    highlight_query,
    not_expired,
    query_languages,
)
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
# What a hit shows; the long texts stay in the index.
SHOWN_FIELDS = [
    "kind",
    "title",
    "url",
    "language",
    "authors",
    "year",
    "publication_date",
    "evidence_rating",
    "evidence_strength",
    "status",
]


class PublicationSearch(FacetedSearch):
    """Everything published, in all three languages, with every facet counted in the same request."""

    def __init__(
        self, params: SearchParams, kind: str | None = None, among: list[int] | None = None, fuzzy: list[str] = ()
    ):
        self.params = params
        self.fuzzy = list(fuzzy)
        self.parsed = parse_query(params.q)
        self.languages = query_languages(self.parsed)
        self.fixed_kind = kind
        self.among = among
        self.today = datetime.date.today()
        self.facets = build_facets(self.today)
        words = " ".join(t.text for t in self.parsed.positive_terms)
        self.expansion = expansion.expand(words, translation.get_language() or "en", concept_label_fields)
        if not params.expand:
            self.expansion = expansion.Expansion(added=self.expansion.added)  # said and offered, not searched
        browsing = self.parsed.is_empty() and params.sort == "relevance"
        sort = SORT_ORDERS["newest"] if browsing else SORT_ORDERS[params.sort]
        super().__init__(self.parsed, filters=dict(params.filters), sort=sort)

    def search(self):
        self.index = alias_name()
        search = super().search().extra(track_total_hits=True).source(SHOWN_FIELDS).filter(not_expired())
        if self.fixed_kind:
            search = search.filter("term", kind=self.fixed_kind)
        if self.among is not None:
            search = search.filter("ids", values=[str(pk) for pk in self.among])
        if self.params.year_from or self.params.year_to:
            bounds = {"gte": self.params.year_from, "lte": self.params.year_to}
            search = search.filter("range", year={k: v for k, v in bounds.items() if v})
        return search

    def body(self) -> dict:
        """The search built here as one body, with the highlighting and the facet aggregations (see
        ``aggregate``): both added as dicts, which elasticsearch-dsl would walk again to write."""
        body = self._s.to_dict()
        body["highlight"] = self.highlighting()
        if not self._filters:
            body["aggs"] = unselected_aggregations(self)
        return body

    def bodies(self) -> tuple[dict, dict]:
        """The same search as two: the hits (with the selections as post_filter, the highlights, the
        page) and the facet counts (the query and the aggregations, no hits).

        Sent together in one ``_msearch`` (``send``), the node runs them side by side, one per core,
        and the counts, which do not depend on the page, come from its request cache when the same
        search is asked again (the next page, the same popular query). Measured on the 100,000-item
        bench index, each cache cleared: one body took 17 / 59 ms (p50 / p95), the hits alone 11 / 32
        and the counts alone 8 / 39.
        """
        hits = self.body()
        counts = {"query": hits.get("query", {"match_all": {}}), "aggs": hits.pop("aggs", {}), "size": 0}
        return hits, counts

    def send(self) -> dict:
        """The two searches of ``bodies`` in one request; one answer, read as plain dicts.

        elasticsearch-dsl's response objects wrap every hit and every facet bucket
        (two hundred of them with twelve facets): measured, reading them that way
        cost more Python time than building the request.
        """
        hits, counts = self.bodies()
        index = {"index": alias_name()}
        client = connections.get_connection(self.using)
        response = client.msearch(searches=[index, hits, index, counts])
        found, counted = (_answer(item, response.meta) for item in response.body["responses"])
        found["aggregations"] = counted.get("aggregations", {})
        found["took"] = response.body.get("took", found["took"])
        return found

    def aggregate(self, search):
        """Each facet counted under the other facets' selections, as FacetedSearch does it.

        With nothing selected every search asks for the same aggregations: ``body``
        adds them from ``unselected_aggregations`` instead of building twelve facets'
        worth of dsl objects per request (a third of the request's building time).
        """
        if self._filters:
            super().aggregate(search)

    def facet_values(self, answer: dict) -> dict[str, list[tuple]]:
        """Each facet's (key, count, selected) values in ``answer``, as elasticsearch-dsl's facets read them."""
        found = {}
        aggregations = answer.get("aggregations", {})
        for name, facet in self.facets.items():
            chosen = self.filter_values.get(name, [])
            buckets = aggregations.get(f"_filter_{name}", {}).get(name, {}).get("buckets", [])
            if _reads_key_and_count(facet):  # a search shows a few hundred values: read without a call each
                found[name] = [(b["key"], b["doc_count"], b["key"] in chosen) for b in buckets]
                continue
            values = found[name] = []
            for bucket in buckets:
                key = facet.get_value(bucket)
                values.append((key, facet.get_metric(bucket), facet.is_filtered(key, chosen)))
        return found

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
        return search.query(build_query(query, self.languages, widen=self.expansion.clauses, fuzzy=self.fuzzy))

    def highlighting(self) -> dict:
        """Only what a hit shows: the title, the abstract, and a passage of the body or PDF text.

        Each is highlighted in its language field (stored there, offsets in the index: no text is
        analysed again). A document has one language, so of the fields listed only its own costs
        anything; each field gets its own small query (``highlight_query``). Only the page's request
        asks for it (``body``): the id lists of ``matching_ids`` show no text.
        """
        options = {"pre_tags": [PRE], "post_tags": [POST], "fragment_size": FRAGMENT_SIZE, "number_of_fragments": 2}
        openings = [f"{lang}.abstract" for lang in LANGUAGE_OBJECTS]
        if self.parsed.is_empty():
            # Browsing: no word to mark, only the abstract's opening.
            fields = {field: {"no_match_size": OPENING_SIZE} for field in openings}
        else:
            fields = {}
            for lang in LANGUAGE_OBJECTS:
                for name in ("title", "abstract", *PASSAGE_FIELDS):
                    field = f"{lang}.{name}"
                    fields[field] = {"highlight_query": highlight_query(self.parsed, field, self.languages)}
                    if name == "title":
                        fields[field]["number_of_fragments"] = 0
                    elif name == "abstract":
                        fields[field]["no_match_size"] = OPENING_SIZE
                    else:
                        fields[field]["number_of_fragments"] = 1
        return {**options, "fields": fields}


def _answer(item: dict, meta) -> dict:
    """One search's answer in an ``_msearch``; its failure raised as the error that search alone would
    raise (so an overloaded or broken cluster is still told from a bad request: ``search.client.is_outage``)."""
    if "error" not in item:
        return item
    status = item.get("status", 500)
    error = HTTP_EXCEPTIONS.get(status, ApiError)
    reason = item["error"].get("reason", item["error"]) if isinstance(item["error"], dict) else item["error"]
    raise error(message=str(reason), meta=dataclasses.replace(meta, status=status), body=item)


def _reads_key_and_count(facet: DslFacet) -> bool:
    """Whether ``facet`` reads a bucket as elasticsearch-dsl's facets do by default: its key, its count,
    selected when its key was chosen (terms, histogram and range facets; a date histogram converts)."""
    kind = type(facet)
    return (
        kind.get_value is DslFacet.get_value
        and kind.get_metric is DslFacet.get_metric
        and kind.is_filtered is DslFacet.is_filtered
        and not facet._metric
    )


_UNSELECTED: dict[tuple, dict] = {}


def unselected_aggregations(search: PublicationSearch) -> dict:
    """The facet aggregations of a search without selections, built by FacetedSearch once per day and
    facet set (the periods count back from today) and shared by every request: nobody changes them."""
    key = (search.today, tuple(search.facets))
    found = _UNSELECTED.get(key)
    if found is None:  # a new day: the old day's entry goes (another thread may do the same, harmlessly)
        built = Search()
        FacetedSearch.aggregate(search, built)
        found = built.to_dict()["aggs"]
        _UNSELECTED.clear()
        _UNSELECTED[key] = found
    return found


def run(params: SearchParams | str, kind: str | None = None) -> Results:
    """One search: one request to Elasticsearch (two when nothing is found), everything the page or the API shows.

    ``params`` may be plain search text, for callers that need no filters.
    """
    if isinstance(params, str):
        params = SearchParams(q=params)
    started = time.monotonic()
    search = PublicationSearch(params, kind=kind)[params.start : params.start + params.page_size]
    answer = search.send()
    took = answer["took"]
    total = answer["hits"]["total"]["value"]
    # Nothing found: ask which words the index lacks (did-you-mean's request) and search again, once,
    # allowing a typo in them (search.query.typos).
    spelling, fuzzy = None, []
    if total == 0 and (asked := search.did_you_mean_search()) is not None:
        spelling = asked.execute().to_dict()
        took += spelling.get("took", 0)
        fuzzy = typos.missing_words(spelling, params.q, total)
    if fuzzy:
        retry = PublicationSearch(params, kind=kind, fuzzy=fuzzy)[params.start : params.start + params.page_size]
        retried = retry.send()
        took += retried["took"]
        if retried["hits"]["total"]["value"]:
            search, answer, total = retry, retried, retried["hits"]["total"]["value"]
        else:
            fuzzy = []
    results = Results(
        params=params,
        hits=[hit(found) for found in answer["hits"]["hits"]],
        total=total,
        facets=facet_results(search.facet_values(answer), search.filter_values),
        notices=list(search.parsed.notices),
        expanded=search.expansion.added,
        fuzzy_words=fuzzy,
    )
    if total == 0:
        results.relaxations = relaxations(answer, search.filter_values)
        if spelling is not None:
            results.did_you_mean = only_visible(did_you_mean(spelling, params.q), not_expired())
    results.took_ms = round((time.monotonic() - started) * 1000)
    results.search_took_ms = took
    return results


def matching_ids(
    params: SearchParams, limit: int, kind: str | None = None, among: list[int] | None = None
) -> list[int]:
    """Page ids of a search's hits in ranked order, up to ``limit``: what a citation export covers.

    ``among`` restricts the search to those page ids: a digest asks which of the
    week's new items a saved search would find, whatever their rank.
    """
    search = PublicationSearch(params, kind=kind, among=among)[0:limit]
    return [int(found.meta.id) for found in search.execute()]
