"""/search/: the HTML search page, usable without JavaScript (facets are links).

An Elasticsearch outage raised here becomes a 503 page through ``search.web.availability``.
"""

from dataclasses import replace

from django.shortcuts import render
from django.utils.translation import gettext

from search.analytics.log import record
from search.query import faceted
from search.query.facets import FACETS, KINDS
from search.query.params import (
    CONTROL,
    MAX_QUERY_LENGTH,
    PAGE_SIZES,
    SORT_LABELS,
    BadRequest,
    SearchParams,
    parse_params,
)
from search.query.results import Results


def _link(params: SearchParams, **changes) -> str:
    query = params.to_query(**changes).urlencode()
    return f"?{query}" if query else "?"


def _toggle(params: SearchParams, name: str, key) -> str:
    values = list(params.filters.get(name, ()))
    values = [v for v in values if v != key] if key in values else [*values, key]
    return _link(params, **{name: values})


def _facet_views(results: Results, kind: str | None) -> list[dict]:
    params = results.params
    views = []
    for facet in results.facets:
        if not facet.values or (kind and facet.name == "kind"):
            continue
        translated = FACETS[facet.name].translated  # closed vocabularies are words the interface translates
        values = [
            {
                "value": v,
                "label": gettext(v.label) if translated else v.label,
                "url": _toggle(params, facet.name, v.key),
            }
            for v in facet.values
        ]
        views.append({"facet": facet, "values": values, "clear_url": _link(params, **{facet.name: []})})
    return views


def _page_links(results: Results) -> list[dict]:
    params, last = results.params, results.pages
    numbers = sorted({1, last, *range(max(1, params.page - 2), min(last, params.page + 2) + 1)})
    return [{"number": n, "url": _link(params, page=n), "current": n == params.page} for n in numbers if n >= 1]


def search_context(request, kind: str | None = None) -> tuple[dict, int]:
    """The template context and status for a search request; per-kind listings pass ``kind``."""
    context = {"sorts": SORT_LABELS, "page_sizes": PAGE_SIZES, "max_query_length": MAX_QUERY_LENGTH, "kind": kind}
    try:
        params = parse_params(request.GET)
        if kind and "kind" in params.filters:
            raise BadRequest(f"This page lists only one kind ({KINDS[kind]}); choose kinds on the search page.", "kind")
    except BadRequest as error:
        query = CONTROL.sub("", request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
        return {**context, "error": error.message, "query": query, "params": SearchParams()}, 400
    context.update(params=params, query=params.q)
    results = faceted.run(params, kind=kind)  # an outage becomes a 503 (search.web.availability)
    if kind is None:
        record(params, results, "html")
    elif params.q:  # browsing a listing is not a search; typing words into one is
        record(replace(params, filters={**params.filters, "kind": (kind,)}), results, "html")
    facets = _facet_views(results, kind)
    selected = [
        {"title": f["facet"].title, "label": v["label"], "url": v["url"]}
        for f in facets
        for v in f["values"]
        if v["value"].selected
    ]
    context.update(
        results=results,
        facets=facets,
        selected=selected,
        pages=_page_links(results),
        previous_url=_link(params, page=params.page - 1) if params.page > 1 else None,
        next_url=_link(params, page=params.page + 1) if params.page < results.pages else None,
        did_you_mean_url=_link(params, q=results.did_you_mean) if results.did_you_mean else None,
        relaxations=[{"relaxation": r, "url": _link(params, **{r.facet: []})} for r in results.relaxations],
        beyond_last_page=params.page > max(results.pages, 1),
        hidden_filters=[(name, value) for name, values in params.filters.items() for value in values],
    )
    return context, 200


def search_page(request):
    context, status = search_context(request)
    return render(request, "search/search.html", context, status=status)
