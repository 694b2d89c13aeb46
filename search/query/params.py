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
from django.utils.translation import gettext, gettext_noop

from search.index.mapping import MAX_RESULT_WINDOW

from .facets import FACETS, MAX_YEAR, MIN_YEAR, short

MAX_QUERY_LENGTH = 500
PAGE_SIZES = (10, 20, 50)
# Labels are translated where they are shown.
SORT_LABELS = {
    "relevance": gettext_noop("Relevance"),
    "newest": gettext_noop("Newest first"),
    "oldest": gettext_noop("Oldest first"),
}
YEAR_RANGE = ("year_from", "year_to")
MAX_VALUES_PER_FACET = 20
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000\ue001]")
# ``expand=0``: search only the words typed, without the concepts they name (search.query.expansion).
KNOWN = {"q", "sort", "page", "page_size", "expand", *YEAR_RANGE, *FACETS}
DEFAULTS = {"q": "", "sort": "relevance", "page_size": 10, "page": 1, "expand": 1, "year_from": None, "year_to": None}


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
    year_from: int | None = None
    year_to: int | None = None
    expand: bool = True

    @property
    def start(self) -> int:
        return (self.page - 1) * self.page_size

    def to_query(self, **changes) -> QueryDict:
        """These parameters, with ``changes`` applied, as a query string for links (page resets unless given)."""
        values = {
            "q": self.q,
            "sort": self.sort,
            "page_size": self.page_size,
            "page": 1,
            "expand": int(self.expand),
            "year_from": self.year_from,
            "year_to": self.year_to,
            **self.filters,
        }
        values.update(changes)
        query = QueryDict(mutable=True)
        for key, value in values.items():
            if key in DEFAULTS:
                if value != DEFAULTS[key]:
                    query[key] = str(value)
            else:
                query.setlist(key, [str(v) for v in value])
        return query


def clean_query(text: str) -> str:
    if CONTROL.search(text):
        raise BadRequest(gettext("The search text contains control characters; please type it again."), "q")
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        raise BadRequest(
            gettext("The search text is too long: at most %(limit)s characters, please.") % {"limit": MAX_QUERY_LENGTH},
            "q",
        )
    return text


def parse_params(data: QueryDict) -> SearchParams:
    unknown = sorted(set(data) - KNOWN)
    if unknown:
        raise BadRequest(
            gettext("Unknown parameter '%(name)s'. Known parameters: %(known)s.")
            % {"name": unknown[0][:40], "known": ", ".join(sorted(KNOWN))},
            unknown[0][:40],
        )
    for key in ("q", "sort", "page", "page_size", "expand", *YEAR_RANGE):
        if len(data.getlist(key)) > 1:
            raise BadRequest(gettext("Give '%(name)s' only once.") % {"name": key}, key)
    q = clean_query(data.get("q", ""))
    sort = data.get("sort") or "relevance"
    if sort not in SORT_LABELS:
        raise BadRequest(gettext("Sort by one of: %(choices)s.") % {"choices": ", ".join(SORT_LABELS)}, "sort")
    page_size = _integer(data.get("page_size") or "10", "page_size")
    if page_size not in PAGE_SIZES:
        raise BadRequest(
            gettext("The page size must be one of %(choices)s.") % {"choices": ", ".join(map(str, PAGE_SIZES))},
            "page_size",
        )
    page = _integer(data.get("page") or "1", "page")
    if page < 1:
        raise BadRequest(gettext("The page number must be a whole number from 1 upwards."), "page")
    if page * page_size > MAX_RESULT_WINDOW:
        raise BadRequest(
            gettext(
                "Only the first %(window)s results can be paged through (page %(last)s at most with %(size)s "
                "per page); add words or filters to narrow the search."
            )
            % {"window": f"{MAX_RESULT_WINDOW:,}", "last": MAX_RESULT_WINDOW // page_size, "size": page_size},
            "page",
        )
    expand = data.get("expand") or "1"
    if expand not in ("0", "1"):
        raise BadRequest(
            gettext("'expand' is 1 (also search the concepts the words name) or 0 (only the words typed)."), "expand"
        )
    year_from, year_to = (_year(data.get(name, ""), name) for name in YEAR_RANGE)
    if year_from and year_to and year_from > year_to:
        raise BadRequest(
            gettext("The year range runs backwards: “from” (%(start)s) is after “to” (%(end)s).")
            % {"start": year_from, "end": year_to},
            "year_to",
        )
    filters = {}
    for name, facet in FACETS.items():
        values = [v for v in data.getlist(name) if v != ""]
        if not values:
            continue
        if len(values) > MAX_VALUES_PER_FACET:
            raise BadRequest(
                gettext("At most %(limit)s values of '%(name)s' at once.")
                % {"limit": MAX_VALUES_PER_FACET, "name": name},
                name,
            )
        cleaned = []
        for value in values:
            if CONTROL.search(value):
                raise BadRequest(gettext("A value of '%(name)s' contains control characters.") % {"name": name}, name)
            try:
                cleaned.append(facet.clean(value))
            except ValueError as error:
                raise BadRequest(str(error), name) from None
        filters[name] = tuple(dict.fromkeys(cleaned))
    return SearchParams(
        q=q,
        filters=filters,
        sort=sort,
        page=page,
        page_size=page_size,
        year_from=year_from,
        year_to=year_to,
        expand=expand == "1",
    )


def _integer(value: str, name: str) -> int:
    value = value.strip()
    if not value.isascii() or not value.isdigit():
        message = {
            "page": gettext("The page number must be a whole number from 1 upwards."),
            "page_size": gettext("The page size must be one of %(choices)s.")
            % {"choices": ", ".join(map(str, PAGE_SIZES))},
        }[name]
        raise BadRequest(message, name)
    return int(value) if len(value) <= 12 else 10**12


def _year(value: str, name: str) -> int | None:
    """One end of the custom year range: empty means open."""
    value = value.strip()
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or not MIN_YEAR <= int(value) <= MAX_YEAR:
        what = gettext("The “from” year") if name == "year_from" else gettext("The “to” year")
        raise BadRequest(
            gettext("%(what)s must be a year between %(min)s and %(max)s (given: “%(given)s”).")
            % {"what": what, "min": MIN_YEAR, "max": MAX_YEAR, "given": short(value)},
            name,
        )
    return int(value)


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
        (
            "expand",
            {"type": "integer", "enum": [0, 1], "default": 1},
            "1: also search the thesaurus concepts the words name, in every language (said in `also_searched`); "
            "0: only the words typed.",
        ),
        (
            "year_from",
            {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR},
            "Custom year range: the first year, included (either end may be left open).",
        ),
        (
            "year_to",
            {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR},
            "Custom year range: the last year, included.",
        ),
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
