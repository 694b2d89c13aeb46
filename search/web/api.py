"""The JSON API: /api/search/ and /api/suggest/, described at /api/schema/ (OpenAPI) and /api/docs/ (HTML).

Both endpoints take the same parameters as the HTML page and answer from the
same query object (``search.query.faceted.run``). Any bad parameter gets a 400 with a
JSON ``message``; an unavailable search cluster a 503.
"""

import logging
from typing import Literal

from django.urls import path
from elasticsearch import ApiError, TransportError
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer

from search.analytics.log import record
from search.query import faceted, suggest
from search.query.facets import KINDS, LANGUAGES, PERIODS, RATINGS, STATUSES, STRENGTHS
from search.query.params import CONTROL, MAX_QUERY_LENGTH, BadRequest, clean_query, parse_params
from search.web import availability
from search.web.api_docs import api_docs

logger = logging.getLogger(__name__)


class HtmlSafeJSONRenderer(JSONRenderer):
    """JSON with ``<``, ``>`` and ``&`` as unicode escapes: still the same JSON, but no echoed
    parameter can ever read as markup, even to a client that sniffs or embeds the response."""

    def render(self, request, data, *, response_status):
        text = super().render(request, data, response_status=response_status)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


api = NinjaAPI(
    renderer=HtmlSafeJSONRenderer(),
    title="Zertteushi search API",
    version="1.0",
    description="Search the academy's research papers, best-practice reviews, methodologies and pilot projects "
    "in Kazakh, Russian and English.",
    urls_namespace="api",
    openapi_url="/schema/",
    docs_url=None,
)

Kind = Literal[tuple(KINDS)]
Language = Literal[tuple(LANGUAGES)]
Rating = Literal[tuple(RATINGS)]
Strength = Literal[tuple(STRENGTHS)]
Status = Literal[tuple(STATUSES)]
Period = Literal[tuple(PERIODS)]
SUGGEST_PARAMS = {"q", "size"}
MAX_SUGGEST_LENGTH = 100


class ErrorOut(Schema):
    message: str
    parameter: str | None = None


class HitOut(Schema):
    id: int
    kind: str
    title: str
    url: str
    language: str
    authors: list[str]
    year: int | None
    title_html: str
    snippet_html: str


class FacetValueOut(Schema):
    key: str | int
    label: str
    count: int
    selected: bool
    depth: int


class FacetOut(Schema):
    name: str
    title: str
    values: list[FacetValueOut]


class RelaxationOut(Schema):
    facet: str
    title: str
    labels: list[str]
    count: int


class SearchOut(Schema):
    query: str
    sort: str
    page: int
    page_size: int
    pages: int
    total: int
    capped: bool
    hits: list[HitOut]
    facets: list[FacetOut]
    did_you_mean: str | None
    relaxations: list[RelaxationOut]
    notices: list[str]
    took_ms: int


class SuggestionOut(Schema):
    text: str
    type: str
    url: str | None


class SuggestOut(Schema):
    query: str
    language: str
    suggestions: list[SuggestionOut]


@api.exception_handler(ValidationError)
def invalid(request, error: ValidationError):
    first = error.errors[0] if error.errors else {}
    names = [str(part) for part in first.get("loc", ()) if isinstance(part, str) and part != "query"]
    name = names[-1] if names else "?"
    given = ", ".join(request.GET.getlist(name))[:40]
    message = f"'{name}': {first.get('msg', 'invalid value')} (given: '{given}')."
    return api.create_response(request, {"message": message, "parameter": name}, status=400)


@api.exception_handler(BadRequest)
def bad_request(request, error: BadRequest):
    return api.create_response(request, {"message": error.message, "parameter": error.parameter}, status=400)


@api.exception_handler(ApiError)
@api.exception_handler(TransportError)
def unavailable(request, error):
    """An outage is a 503 with Retry-After (search.web.availability); any other cluster error is a bug."""
    if not availability.is_outage(error):
        raise error
    logger.warning("search API unavailable: %s", error)
    response = api.create_response(request, {"message": availability.MESSAGE}, status=503)
    response["Retry-After"] = str(availability.RETRY_AFTER_SECONDS)
    return response


ERRORS = {400: ErrorOut, 503: ErrorOut}


class SearchIn(Schema):
    q: str = Field("", max_length=MAX_QUERY_LENGTH, description='Words, "phrases", -exclusions, OR.')
    sort: Literal["relevance", "newest", "oldest"] = "relevance"
    page: int = Field(1, ge=1, description="Page number; pages reach at most the 10,000th result.")
    page_size: Literal[10, 20, 50] = 10
    kind: list[Kind] = Field(None, description="Kind of item.")
    topic: list[str] = Field(None, description="Topic path, e.g. prevention/juvenile; a parent includes its children.")
    region: list[str] = Field(None, description="Region code.")
    language: list[Language] = Field(None, description="Language of the item.")
    period: list[Period] = Field(None, description="Publication year range, counting back from this year.")
    year: list[int] = Field(None, description="Publication year.")
    rating: list[Rating] = Field(None, description="Evidence rating (best-practice reviews).")
    strength: list[Strength] = Field(None, description="Evidence strength (best-practice reviews).")
    author: list[str] = Field(None, description="Author id.")
    organisation: list[str] = Field(None, description="Organisation id.")
    status: list[Status] = Field(None, description="Project status.")


class SuggestIn(Schema):
    q: str = Field(..., min_length=1, max_length=MAX_SUGGEST_LENGTH, description="What has been typed so far.")
    size: int = Field(8, ge=1, le=20)


@api.get("/search/", response={200: SearchOut, **ERRORS}, url_name="search", summary="Search publications")
def search(request, filters: Query[SearchIn]):
    """Hits with highlighted snippets, the total, and every facet with counts, from one Elasticsearch request.

    Values within a facet combine with OR, facets with AND; each facet's counts ignore its own selection.
    """
    params = parse_params(request.GET)
    results = faceted.run(params)
    record(params, results, "api")
    return {
        "query": params.q,
        "sort": params.sort,
        "page": params.page,
        "page_size": params.page_size,
        "pages": results.pages,
        "total": results.total,
        "capped": results.capped,
        "hits": results.hits,
        "facets": results.facets,
        "did_you_mean": results.did_you_mean,
        "relaxations": results.relaxations,
        "notices": results.notices,
        "took_ms": results.took_ms,
    }


@api.get("/suggest/", response={200: SuggestOut, **ERRORS}, url_name="suggest", summary="Autocomplete")
def suggestions(request, given: Query[SuggestIn]):
    """Titles, keywords, topics and people starting with what was typed, in the language it was typed in
    (Kazakh letters: Kazakh; other Cyrillic: Russian, then Kazakh; Latin: English)."""
    unknown = sorted(set(request.GET) - SUGGEST_PARAMS)
    if unknown:
        raise BadRequest(f"Unknown parameter '{unknown[0][:40]}'. Known parameters: q, size.", unknown[0][:40])
    text = clean_query(given.q)
    if not text or CONTROL.search(text):
        raise BadRequest("Type at least one letter.", "q")
    language, found = suggest.suggest(text, size=given.size)
    return {"query": text, "language": language, "suggestions": found}


urlpatterns = [path("docs/", api_docs, {"api": api}, name="api-docs"), path("", api.urls)]
