"""Errors at the edges of the JSON API: unknown paths under /api/ answer JSON, never a page of the site.

Without this, ``/api/docs`` fell through to the page tree, was redirected to
``/en/api/docs`` and ended on the HTML page-not-found, hiding what the API
offers. The body has the API's one error shape (search.web.errors); this view
adds a message that names the endpoints.
"""

from django.utils.translation import gettext

from search.web.errors import NOT_FOUND, json_error

API_ENDPOINTS = ("/api/search/", "/api/suggest/", "/api/schema/")


def api_not_found(request, rest: str = ""):
    message = gettext("There is no API endpoint at this address. The endpoints are: %(endpoints)s.") % {
        "endpoints": ", ".join(API_ENDPOINTS)
    }
    return json_error(404, NOT_FOUND, message)
