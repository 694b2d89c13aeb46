"""A cap on searches running at once in this process: beyond it, 503 with ``Retry-After`` at once.

Rate limits count requests per client; they do not protect the search cluster
from many clients at once. This cap does: at most ``SEARCH_CONCURRENCY["LIMIT"]``
search requests (the HTML page, the JSON search and suggest) run together in
one process, across its threads. A request that finds every slot taken waits
at most ``WAIT`` seconds (a fraction of a second) for one, then is refused
with a 503 and ``Retry-After`` rather than queueing for seconds behind the
others. The cap is per process: with several worker processes (gunicorn
``--workers``), the cluster sees at most workers × LIMIT searches at once.
"""

import threading
from contextlib import contextmanager

from django.conf import settings
from django.utils.translation import gettext_noop

from .ratelimit import refusal

_lock = threading.Lock()
_semaphores: dict[int, threading.BoundedSemaphore] = {}


def semaphore(limit: int) -> threading.BoundedSemaphore:
    """One semaphore per configured limit, shared by every thread of the process."""
    with _lock:
        if limit not in _semaphores:
            _semaphores[limit] = threading.BoundedSemaphore(limit)
        return _semaphores[limit]


@contextmanager
def search_slot():
    """Hold one search slot; yields False (holding nothing) when none frees up within WAIT seconds."""
    conf = settings.SEARCH_CONCURRENCY
    slots = semaphore(conf["LIMIT"])
    acquired = slots.acquire(timeout=conf["WAIT"]) if conf["WAIT"] > 0 else slots.acquire(blocking=False)
    try:
        yield acquired
    finally:
        if acquired:
            slots.release()


class SearchConcurrencyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        conf = settings.SEARCH_CONCURRENCY
        if conf["LIMIT"] <= 0 or not request.path.startswith(tuple(conf["PATHS"])):
            return self.get_response(request)
        with search_slot() as acquired:
            if acquired:
                return self.get_response(request)
        return refusal(
            request,
            status=503,
            code="busy",
            title=gettext_noop("Search is busy"),
            message=gettext_noop("Search is answering many requests right now."),
            retry_after=conf["RETRY_AFTER"],
        )
