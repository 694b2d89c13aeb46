"""One JSON error shape for every 4xx and 503 of every JSON endpoint.

``{"error": {"code": "invalid_parameter", "message": "…", "field": "page_size"}}``:
``code`` is stable for programs, ``message`` is for people, ``field`` names the
request parameter at fault (or is null). The API, the outage path and the rate
limiter all answer through ``json_error``; ``JsonErrorsMiddleware`` gives any
other 4xx under /api/ (an unknown path, a wrong method) the same shape.
"""

from http import HTTPStatus

import orjson
from django.http import HttpResponse

INVALID_PARAMETER = "invalid_parameter"
NOT_FOUND = "not_found"
RATE_LIMITED = "rate_limited"
SEARCH_UNAVAILABLE = "search_unavailable"


def json_bytes(data, default=None) -> bytes:
    """``data`` as UTF-8 JSON with ``<``, ``>`` and ``&`` as unicode escapes: still the same JSON, but no
    echoed parameter can ever read as markup, even to a client that sniffs or embeds the response.

    ``default`` serialises what orjson does not know, datetimes included (so they read as that encoder
    writes them).
    """
    option = orjson.OPT_PASSTHROUGH_DATETIME if default else 0
    text = orjson.dumps(data, default=default, option=option)
    return text.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")


def error_body(code: str, message: str, field: str | None = None) -> dict:
    return {"error": {"code": code, "message": message, "field": field}}


def json_error(status: int, code: str, message: str, field: str | None = None, retry_after: int | None = None):
    response = HttpResponse(
        json_bytes(error_body(code, message, field)), status=status, content_type="application/json"
    )
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def code_for(status: int) -> str:
    """The error code for a status that has no more specific one: its reason phrase ("method_not_allowed")."""
    return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")


def wants_json(request) -> bool:
    """API paths and clients that ask for JSON get JSON errors; people get HTML pages."""
    return request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", "")


class JsonErrorsMiddleware:
    """A 4xx under /api/ that is not JSON yet (Django's 404, a 405 from the router) gets the one error shape."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and 400 <= response.status_code < 500
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            status = response.status_code
            converted = json_error(status, code_for(status), f"{HTTPStatus(status).phrase}.")
            for header in ("Allow", "Retry-After"):
                if response.has_header(header):
                    converted[header] = response[header]
            return converted
        return response
