"""The search parameters: declared and checked once, for the HTML page, the API and its OpenAPI schema.

``parse_params`` is the only check: anything wrong becomes ``BadRequest`` with a
message a searcher can act on, which the views turn into a 400 (the JSON error
shape for the API, a notice on the page). ``openapi_parameters`` describes the
same parameters from the same constants and facets, so the documented contract
and the enforced one cannot disagree.
"""

import re
from dataclasses import dataclass, field

from django.http import QueryDict

from search.index.mapping import MAX_RESULT_WINDOW

from .facets import FACETS

MAX_QUERY_LENGTH = 500
PAGE_SIZES = (10, 20, 50)
SORT_LABELS = {"relevance": "Relevance", "newest": "Newest first", "oldest": "Oldest first"}
MAX_VALUES_PER_FACET = 20
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000\ue001]")
KNOWN = {"q", "sort", "page", "page_size", *FACETS}


class BadRequest(ValueError):
    def __init__(self, message: str, parameter: str | None = None):
        super().__init__(message)
        self.message = message
        self.parameter = parameter


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = 10

    @property
    def start(self) -> int:
        return (self.page - 1) * self.page_size

    def to_query(self, **changes) -> QueryDict:
        """These parameters, with ``changes`` applied, as a query string for links (page resets unless given)."""
        values = {"q": self.q, "sort": self.sort, "page_size": self.page_size, "page": 1, **self.filters}
        values.update(changes)
        query = QueryDict(mutable=True)
        defaults = {"q": "", "sort": "relevance", "page_size": 10, "page": 1}
        for key, value in values.items():
            if key in defaults:
                if value != defaults[key]:
                    query[key] = str(value)
            else:
                query.setlist(key, [str(v) for v in value])
        return query


def clean_query(text: str) -> str:
    if CONTROL.search(text):
        raise BadRequest("The search text contains control characters; please type it again.", "q")
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        raise BadRequest(f"The search text is too long: at most {MAX_QUERY_LENGTH} characters, please.", "q")
    return text


def parse_params(data: QueryDict) -> SearchParams:
    unknown = sorted(set(data) - KNOWN)
    if unknown:
        raise BadRequest(
            f"Unknown parameter '{unknown[0][:40]}'. Known parameters: {', '.join(sorted(KNOWN))}.", unknown[0][:40]
        )
    for key in ("q", "sort", "page", "page_size"):
        if len(data.getlist(key)) > 1:
            raise BadRequest(f"Give '{key}' only once.", key)
    q = clean_query(data.get("q", ""))
    sort = data.get("sort") or "relevance"
    if sort not in SORT_LABELS:
        raise BadRequest(f"Sort by one of: {', '.join(SORT_LABELS)}.", "sort")
    page_size = _integer(data.get("page_size") or "10", "page_size", "The page size")
    if page_size not in PAGE_SIZES:
        raise BadRequest(f"The page size must be one of {', '.join(map(str, PAGE_SIZES))}.", "page_size")
    page = _integer(data.get("page") or "1", "page", "The page number")
    if page < 1:
        raise BadRequest("The page number must be a whole number from 1 upwards.", "page")
    if page * page_size > MAX_RESULT_WINDOW:
        raise BadRequest(
            f"Only the first {MAX_RESULT_WINDOW:,} results can be paged through "
            f"(page {MAX_RESULT_WINDOW // page_size} at most with {page_size} per page); "
            "add words or filters to narrow the search.",
            "page",
        )
    filters = {}
    for name, facet in FACETS.items():
        values = [v for v in data.getlist(name) if v != ""]
        if not values:
            continue
        if len(values) > MAX_VALUES_PER_FACET:
            raise BadRequest(f"At most {MAX_VALUES_PER_FACET} values of '{name}' at once.", name)
        cleaned = []
        for value in values:
            if CONTROL.search(value):
                raise BadRequest(f"A value of '{name}' contains control characters.", name)
            try:
                cleaned.append(facet.clean(value))
            except ValueError as error:
                raise BadRequest(str(error), name) from None
        filters[name] = tuple(dict.fromkeys(cleaned))
    return SearchParams(q=q, filters=filters, sort=sort, page=page, page_size=page_size)


def _integer(value: str, name: str, what: str) -> int:
    value = value.strip()
    if not value.isascii() or not value.isdigit():
        raise BadRequest(f"{what} must be a whole number from 1 upwards.", name)
    return int(value) if len(value) <= 12 else 10**12


def openapi_parameters() -> list[dict]:
    """The parameters ``parse_params`` accepts, as OpenAPI query parameters."""
    single = [
        ("q", {"type": "string", "maxLength": MAX_QUERY_LENGTH, "default": ""}, 'Words, "phrases", -exclusions, OR.'),
        ("sort", {"type": "string", "enum": list(SORT_LABELS), "default": "relevance"}, "Order of the results."),
        (
            "page",
            {"type": "integer", "minimum": 1, "default": 1},
            f"Page number; pages reach at most the {MAX_RESULT_WINDOW:,}th result.",
        ),
        ("page_size", {"type": "integer", "enum": list(PAGE_SIZES), "default": PAGE_SIZES[0]}, "Results per page."),
    ]
    parameters = [
        {"name": name, "in": "query", "required": False, "description": text, "schema": schema}
        for name, schema, text in single
    ]
    parameters += [
        {
            "name": facet.name,
            "in": "query",
            "required": False,
            "description": f"{facet.description} Repeat for several values (OR).",
            "schema": {"type": "array", "items": facet.value_schema(), "maxItems": MAX_VALUES_PER_FACET},
            "style": "form",
            "explode": True,
        }
        for facet in FACETS.values()
    ]
    return parameters
