"""Degraded mode: when Elasticsearch is down or slow, search says so and the rest of the site carries on.

``search_unavailable_errors`` names the failures that mean "the cluster cannot
answer right now" (refused or reset connections, timeouts, a cluster without
a master or with unassigned shards); anything else is a bug and is left to
propagate. ``degrades_gracefully`` wraps a view so that those failures become
a 503 with ``Retry-After``: an HTML page for people, JSON for API clients.
Nothing is cached about the outage, so the next request after the node
returns is served normally.
"""

import functools
import logging

from django.http import JsonResponse
from django.shortcuts import render
from elastic_transport import SerializationError, TransportError
from elasticsearch import ApiError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
MESSAGE = "Search is temporarily unavailable. Published pages can still be browsed; please try again in a minute."


class SearchUnavailable(Exception):
    """Raised by code that wants a 503 without an Elasticsearch exception at hand."""


def is_outage(error: BaseException) -> bool:
    """Whether ``error`` means the cluster cannot answer now (as opposed to a bad request or a bug)."""
    if isinstance(error, SearchUnavailable):
        return True
    if isinstance(error, ApiError):  # the cluster answered: only "busy" and server-side failures count
        return error.meta.status == 429 or error.meta.status >= 500
    # Refused, reset or timed-out connections; a response we cannot decode is a bug, not an outage.
    return isinstance(error, TransportError) and not isinstance(error, SerializationError)


def unavailable_response(request, as_json: bool):
    if as_json:
        response = JsonResponse({"error": "search_unavailable", "message": MESSAGE}, status=503)
    else:
        response = render(request, "search/unavailable.html", {"message": MESSAGE}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def degrades_gracefully(view=None, *, as_json: bool | None = None):
    """Decorate a view so that an Elasticsearch outage becomes a 503.

    ``as_json=True`` always answers JSON (API views); the default answers JSON
    to clients that ask for it or call ``/api/``, and HTML to everyone else.
    """

    def decorate(func):
        @functools.wraps(func)
        def wrapper(request, *args, **kwargs):
            try:
                return func(request, *args, **kwargs)
            except Exception as error:
                if not is_outage(error):
                    raise
                logger.warning("search unavailable for %s: %s", request.path, error)
                return unavailable_response(request, wants_json(request) if as_json is None else as_json)

        return wrapper

    return decorate(view) if view is not None else decorate


class SearchOutageMiddleware:
    """Catches an outage raised by any view (a listing that asks the index, say) as a last resort.

    JSON is chosen for paths under ``/api/`` and for clients that ask for it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_outage(exception):
            return None
        logger.warning("search unavailable for %s: %s", request.path, exception)
        return unavailable_response(request, as_json=wants_json(request))


def wants_json(request) -> bool:
    return request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", "")
