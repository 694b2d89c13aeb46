"""/<lang>/search/: the HTML search page, usable without JavaScript (facets are links).

An Elasticsearch outage raised here becomes a 503 page through ``search.web.availability``.
"""

from dataclasses import replace

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext

from search.analytics.log import record
from search.query import expansion, faceted
from search.query.facets import FACETS, KINDS
from search.query.params import (
    CONTROL,
    MAX_QUERY_LENGTH,
    PAGE_SIZES,
    SORT_LABELS,
    YEAR_RANGE,
    BadRequest,
    SearchParams,
    parse_params,
)
from search.query.results import Results

# A facet shows this many values; the rest wait behind "show more" (a <details>, so no script is needed).
FACET_VISIBLE = 5
# Page links either side of the current page; further pages are an ellipsis.
PAGE_WINDOW = 1


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
        shown, more = values[:FACET_VISIBLE], values[FACET_VISIBLE:]
        views.append(
            {
                "facet": facet,
                "values": values,
                "shown": shown,
                "more": more,
                "more_open": any(v["value"].selected for v in more),
                "clear_url": _link(params, **{facet.name: []}),
            }
        )
    return views


def page_numbers(current: int, last: int, window: int = PAGE_WINDOW) -> list[int | None]:
    """The page numbers to link, ``None`` where an ellipsis stands for two or more pages.

    The first and last page and ``window`` pages either side of the current one are
    shown; a gap of exactly one page shows that page instead of an ellipsis, so no
    page is ever skipped silently: 1 … 4 5 6 … 20, or 1 2 3 4 5 on page 3 of five.
    """
    if last < 1:
        return []
    wanted = {1, last, *range(max(1, current - window), min(last, current + window) + 1)}
    numbers: list[int | None] = []
    previous = 0
    for n in sorted(wanted):
        if n - previous == 2:
            numbers.append(n - 1)
        elif n - previous > 2:
            numbers.append(None)
        numbers.append(n)
        previous = n
    return numbers


def _page_links(results: Results) -> list[dict]:
    params = results.params
    return [
        {"gap": True}
        if n is None
        else {"number": n, "url": _link(params, page=n), "current": n == params.page, "gap": False}
        for n in page_numbers(params.page, results.pages)
    ]


def search_query(params: SearchParams, kind: str | None = None, **changes) -> str:
    """This search as a query string for the search page (a listing's kind becomes a filter), first page."""
    query = params.to_query(page=1, **changes)
    if kind:
        query.setlist("kind", [kind])
    return query.urlencode()


def feed_url(params: SearchParams, kind: str | None = None) -> str:
    """The Atom feed of this search (newest first): the same words and filters, no paging or order."""
    encoded = search_query(params, kind, sort="relevance", page_size=10)
    return reverse("search-feed") + (f"?{encoded}" if encoded else "")


def search_context(request, kind: str | None = None) -> tuple[dict, int]:
    """The template context and status for a search request; per-kind listings pass ``kind``."""
    context = {"sorts": SORT_LABELS, "page_sizes": PAGE_SIZES, "max_query_length": MAX_QUERY_LENGTH, "kind": kind}
    try:
        params = parse_params(request.GET)
        if kind and "kind" in params.filters:
            raise BadRequest(
                gettext("This page lists only one kind (%(kind)s); choose kinds on the search page.")
                % {"kind": gettext(KINDS[kind])},
                "kind",
            )
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
    if params.year_from or params.year_to:
        selected.append(
            {
                "title": FACETS["year"].title,
                "label": f"{params.year_from or '…'}–{params.year_to or '…'}",
                "url": _link(params, year_from=None, year_to=None),
            }
        )
    context.update(
        results=results,
        facets=facets,
        selected=selected,
        clear_all_url=_link(params, year_from=None, year_to=None, **{name: [] for name in params.filters}),
        pages=_page_links(results),
        previous_url=_link(params, page=params.page - 1) if params.page > 1 else None,
        next_url=_link(params, page=params.page + 1) if params.page < results.pages else None,
        did_you_mean_url=_link(params, q=results.did_you_mean) if results.did_you_mean else None,
        toggle_expansion_url=expansion.toggle_url(request.path, params, results.expanded),
        relaxations=[{"relaxation": r, "url": _link(params, **{r.facet: []})} for r in results.relaxations],
        beyond_last_page=params.page > max(results.pages, 1),
        hidden_filters=[(name, value) for name, values in params.filters.items() for value in values],
        range_hidden=_range_hidden(params),
        feed_url=feed_url(params, kind),
        saved_query=search_query(params, kind),
    )
    return context, 200


def _range_hidden(params: SearchParams) -> list[tuple[str, str]]:
    """The other parameters of the search, carried by the year-range form."""
    query = params.to_query(year_from=None, year_to=None)
    return [(name, value) for name in query for value in query.getlist(name) if name not in YEAR_RANGE]


def search_page(request):
    context, status = search_context(request)
    return render(request, "search/search.html", context, status=status)


def to_reader_language(request):
    """/search/ (no language prefix): on to /<lang>/search/ in the reader's language, keeping the query string."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        target = reverse("search")
    query = request.GET.urlencode()  # decoded and re-encoded: raw UTF-8 in the address survives
    response = HttpResponseRedirect(f"{target}?{query}" if query else target)
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response
