"""Degraded mode: when Elasticsearch is down or slow, search says so and the rest of the site carries on.

``search.client.is_outage`` names the failures that mean "the cluster cannot
answer right now"; anything else is a bug and is left to propagate. Every view
reaches ``outage_response`` the same way: an outage raised anywhere (the search
page, a listing, an export) is caught by ``SearchOutageMiddleware``, and the
API's exception handler hands it over too. The answer is a 503 with
``Retry-After``: an HTML page for people, the JSON error shape for API clients.
Nothing is cached about the outage, so the next request after the node returns
is served normally.
"""

import logging

from django.shortcuts import render

from search.client import is_outage

from .errors import SEARCH_UNAVAILABLE, json_error, wants_json

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
MESSAGE = "Search is temporarily unavailable. Published pages can still be browsed; please try again in a minute."


def outage_response(request, error: BaseException):
    """The 503 for an outage, or None when ``error`` is not one (a bug, left to propagate)."""
    if not is_outage(error):
        return None
    logger.warning("search unavailable for %s: %s", request.path, error)
    if wants_json(request):
        return json_error(503, SEARCH_UNAVAILABLE, MESSAGE, retry_after=RETRY_AFTER_SECONDS)
    response = render(request, "search/unavailable.html", {"message": MESSAGE}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class SearchOutageMiddleware:
    """Turns an outage raised by any view into the 503 of ``outage_response``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return outage_response(request, exception)
