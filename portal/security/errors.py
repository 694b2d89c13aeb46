"""Errors at the edges of the JSON API: unknown paths under /api/ answer JSON, never a page of the site.

Without this, ``/api/docs`` fell through to the page tree, was redirected to
``/en/api/docs`` and ended on the HTML page-not-found, hiding what the API
offers. The body has the API's one error shape.
"""

from django.http import JsonResponse
from django.utils.translation import gettext

API_ENDPOINTS = ("/api/search/", "/api/suggest/", "/api/schema/")


def json_error(code: str, message: str, status: int, field: str | None = None) -> JsonResponse:
    """The JSON error shape every API endpoint answers with."""
    return JsonResponse({"error": {"code": code, "message": message, "field": field}}, status=status)


def api_not_found(request, rest: str = ""):
    message = gettext("There is no API endpoint at this address. The endpoints are: %(endpoints)s.") % {
        "endpoints": ", ".join(API_ENDPOINTS)
    }
    return json_error("not_found", message, 404)
