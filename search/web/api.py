"""The JSON API: /api/search/ and /api/suggest/, described at /api/schema/ (OpenAPI) and /api/docs/ (HTML).

/api/search/ takes the same parameters as the HTML page, checked by the same
function (``search.query.params.parse_params``, which also describes them for
the schema), and answers from the same query object (``search.query.faceted.run``).
Every error is a JSON ``{"error": {"code", "message", "field"}}`` (search.web.errors):
a bad parameter a 400, an unavailable search cluster a 503 (search.web.availability).
"""

import dataclasses
import datetime
import typing

from django.http import Http404
from django.utils.translation import gettext, gettext_noop
from elasticsearch import ApiError, TransportError
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError, ValidationError
from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder

from search.analytics.log import record
from search.query import expansion, faceted, suggest
from search.query.params import CONTROL, BadRequest, clean_query, openapi_parameters, parse_params

from . import availability
from .errors import INVALID_PARAMETER, NOT_FOUND, code_for, json_bytes, json_error


class HtmlSafeJSONRenderer(JSONRenderer):
    """JSON as ``search.web.errors.json_bytes`` writes it: UTF-8, markup characters as unicode escapes.

    orjson writes it (the standard library's encoder took longer than the rest of the view);
    what orjson does not know goes through ninja's encoder, so it reads as before.
    """

    _encoder = NinjaJSONEncoder()

    def render(self, request, data, *, response_status):
        return json_bytes(data, default=self._encoder.default)


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

SUGGEST_PARAMS = {"q", "size"}
MAX_SUGGEST_LENGTH = 100


class ErrorDetail(Schema):
    code: str
    message: str
    field: str | None = None


class ErrorOut(Schema):
    error: ErrorDetail


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
    publication_date: datetime.date | None
    evidence_rating: str | None = Field(description="Best-practice reviews: effective, promising, …")
    evidence_strength: str | None
    status: str | None = Field(description="Projects: pilot, scaled, closed.")


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


class ExpandedOut(Schema):
    concept: str = Field(description="The concept's id in the thesaurus.")
    words: str = Field(description="The words of the query that name it.")
    label: str = Field(description="Its preferred label in the reader's language.")
    other_labels: list[str] = Field(description="Its labels in other languages, searched besides the words.")


class SearchOut(Schema):
    query: str
    sort: str
    page: int
    page_size: int
    year_from: int | None
    year_to: int | None
    pages: int
    total: int
    capped: bool
    hits: list[HitOut]
    facets: list[FacetOut]
    did_you_mean: str | None
    relaxations: list[RelaxationOut]
    notices: list[str]
    took_ms: int
    expand: bool
    also_searched: list[ExpandedOut]
    toggle_expansion_url: str | None = Field(
        description="The same search without the concepts (expand=0), or with them again; null when none was named."
    )
    fuzzy_words: list[str] = Field(
        description="Words that matched nothing as typed: the results allow a typo in them (similar spellings)."
    )


def _fields(schema: type[Schema]) -> list[tuple[str, type[Schema] | None, bool, object]]:
    """(name, nested schema, is a list of it, default) for each field of ``schema``."""
    fields = []
    for name, field in schema.model_fields.items():
        annotation, many = field.annotation, False
        if typing.get_origin(annotation) is list:
            annotation, many = typing.get_args(annotation)[0], True
        nested = annotation if isinstance(annotation, type) and issubclass(annotation, Schema) else None
        fields.append((name, nested, many, None if field.is_required() else field.default))
    return fields


_FIELDS: dict[type, list] = {}
_SAME_FIELDS: dict[tuple[type, type], bool] = {}
_MISSING = object()


def _same_fields(schema: type[Schema], kind: type) -> bool:
    """Whether a ``kind`` object's attributes are exactly ``schema``'s fields, in order, none nested."""
    fields = _FIELDS.get(schema) or _FIELDS.setdefault(schema, _fields(schema))
    names = tuple(name for name, *_ in fields)
    return (
        dataclasses.is_dataclass(kind)
        and tuple(f.name for f in dataclasses.fields(kind)) == names
        and all(nested is None for _, nested, _, _ in fields)
    )


def plain(value, schema: type[Schema]) -> dict:
    """``value`` (an object or a dict) as the JSON of ``schema``: its fields only, nested schemas likewise."""
    fields = _FIELDS.get(schema) or _FIELDS.setdefault(schema, _fields(schema))
    # An object's attributes are read from its __dict__ where they are (a dataclass's fields): a
    # response holds a few hundred objects, and getattr per field was a third of the view's own time.
    is_dict = isinstance(value, dict)
    attributes = value if is_dict else getattr(value, "__dict__", {})
    if not is_dict:
        key = (schema, type(value))
        same = _SAME_FIELDS.get(key)
        if same is None:
            same = _SAME_FIELDS[key] = _same_fields(schema, type(value))
        if same and len(attributes) == len(fields):
            # A hit or a facet value holds the schema's fields and nothing else: copied whole.
            return dict(attributes)
    out = {}
    for name, nested, many, default in fields:
        item = attributes.get(name, _MISSING)
        if item is _MISSING:
            item = default if is_dict else getattr(value, name, default)
        if nested is not None and item is not None:
            item = [plain(one, nested) for one in item] if many else plain(item, nested)
        out[name] = item
    return out


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
    name = names[-1] if names else None
    given = ", ".join(request.GET.getlist(name or ""))[:40]
    message = gettext("'%(name)s': %(problem)s (given: '%(given)s').") % {
        "name": name or "?",
        "problem": _problem(first),
        "given": given,
    }
    return json_error(400, INVALID_PARAMETER, message, name)


# The validator's own wording, in the reader's language, for the errors our parameters can produce.
PROBLEMS = {
    "int_parsing": gettext_noop("Input should be a valid integer."),
    "greater_than_equal": gettext_noop("Input should be greater than or equal to %(ge)s."),
    "less_than_equal": gettext_noop("Input should be less than or equal to %(le)s."),
    "literal_error": gettext_noop("Input should be %(expected)s."),
    "string_too_long": gettext_noop("Input should have at most %(max_length)s characters."),
    "string_too_short": gettext_noop("Input should have at least %(min_length)s characters."),
    "missing": gettext_noop("This parameter is required."),
}


def _problem(error: dict) -> str:
    template = PROBLEMS.get(error.get("type", ""))
    try:
        return gettext(template) % error.get("ctx", {}) if template else error.get("msg", gettext("invalid value"))
    except (KeyError, TypeError):
        return error.get("msg", gettext("invalid value"))


@api.exception_handler(BadRequest)
def bad_request(request, error: BadRequest):
    return json_error(400, INVALID_PARAMETER, error.message, error.parameter)


@api.exception_handler(Http404)
def not_found(request, error):
    return json_error(404, NOT_FOUND, "Nothing here: see /api/schema/ for the endpoints.")


@api.exception_handler(HttpError)
def http_error(request, error: HttpError):
    return json_error(error.status_code, code_for(error.status_code), str(error))


@api.exception_handler(ApiError)
@api.exception_handler(TransportError)
def unavailable(request, error):
    """The one outage path (search.web.availability); any other cluster error is a bug and propagates."""
    response = availability.outage_response(request, error)
    if response is None:
        raise error
    return response


ERRORS = {400: ErrorOut, 429: ErrorOut, 503: ErrorOut}


class SuggestIn(Schema):
    q: str = Field(..., min_length=1, max_length=MAX_SUGGEST_LENGTH, description="What has been typed so far.")
    size: int = Field(8, ge=1, le=20)


@api.get(
    "/search/",
    response={200: SearchOut, **ERRORS},
    url_name="search",
    summary="Search publications",
    openapi_extra={"parameters": openapi_parameters()},
)
def search(request):
    """Hits with highlighted snippets, the total, and every facet with counts, from one Elasticsearch request.

    Values within a facet combine with OR, facets with AND; each facet's counts ignore its own selection.
    """
    params = parse_params(request.GET)
    results = faceted.run(params)
    record(params, results, "api")
    payload = {
        "query": params.q,
        "sort": params.sort,
        "page": params.page,
        "page_size": params.page_size,
        "year_from": params.year_from,
        "year_to": params.year_to,
        "pages": results.pages,
        "total": results.total,
        "capped": results.capped,
        "hits": results.hits,
        "facets": results.facets,
        "did_you_mean": results.did_you_mean,
        "relaxations": results.relaxations,
        "notices": results.notices,
        "took_ms": results.took_ms,
        "expand": params.expand,
        "also_searched": results.expanded if params.expand else [],
        "toggle_expansion_url": expansion.toggle_url(request.path, params, results.expanded),
        "fuzzy_words": results.fuzzy_words,
    }
    # Written as SearchOut describes it without validating each hit and facet value (validation cost
    # more than the search itself); tests check the output validates to exactly itself.
    return api.create_response(request, plain(payload, SearchOut), status=200)


@api.get("/suggest/", response={200: SuggestOut, **ERRORS}, url_name="suggest", summary="Autocomplete")
def suggestions(request, given: Query[SuggestIn]):
    """Titles, keywords, topics and people starting with what was typed, in the language it was typed in
    (Kazakh letters: Kazakh; other Cyrillic: Russian, then Kazakh; Latin: English)."""
    unknown = sorted(set(request.GET) - SUGGEST_PARAMS)
    if unknown:
        raise BadRequest(
            gettext("Unknown parameter '%(name)s'. Known parameters: %(known)s.")
            % {"name": unknown[0][:40], "known": "q, size"},
            unknown[0][:40],
        )
    text = clean_query(given.q)
    if not text or CONTROL.search(text):
        raise BadRequest(gettext("Type at least one letter."), "q")
    language, found = suggest.suggest(text, size=given.size)
    return {"query": text, "language": language, "suggestions": found}
