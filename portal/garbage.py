"""Python's cycle collector in the web process: run after a response has gone out, not while a reader waits.

A search request leaves several hundred objects in reference cycles (Django's
request and response, the query objects), which only the cycle collector frees.
With the interpreter's defaults it collects the young generation after every
700 net allocations, so nearly every request paid for one collection in the
middle of its work (0.5-0.8 ms p50 of the JSON API on the 100,000-item bench
index), and one in about 430 for a collection of everything the process had
loaded (116-215 ms). Measured over HTTP against ``runserver``, two web processes
taking turns query by query, the API's p50 fell 1.5 ms (paired median) with the
collections moved here, 0.9 ms of it beyond its ``took`` (README, *Performance*).

So, once the application is loaded (``portal.wsgi``):

- what it loaded is frozen (``gc.freeze``): it lives as long as the process and
  is not garbage, so no collection walks it again;
- the young generation's threshold is raised so high that a request of the usual
  size never reaches it (a request that allocates unusually much still does, and
  is collected as before);
- when a response has been sent (``request_finished``, after its last byte) the
  collector runs: the young generation every time, the older ones at the
  interpreter's own rhythm (a generation is collected once the younger one has
  been collected as many times as its threshold says).

Nothing is kept longer than before: the same objects are freed, a few
milliseconds later. Management commands and index workers keep the defaults.
"""

import gc

from django.core.signals import request_finished

# Far above what a request leaves behind (a few hundred to a thousand objects), so that collections
# wait for the end of the response; still a bound if something allocates without end.
YOUNG_THRESHOLD = 50_000
_DISPATCH_UID = "portal-garbage-after-response"


def install() -> None:
    """Freeze what is loaded and collect between requests (idempotent: a second call only freezes again)."""
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
    request_finished.connect(collect_after_response, dispatch_uid=_DISPATCH_UID)


def uninstall() -> None:
    """The interpreter's defaults again (tests)."""
    request_finished.disconnect(dispatch_uid=_DISPATCH_UID)
    gc.set_threshold(700, 10, 10)
    gc.unfreeze()


def collect_after_response(**kwargs) -> int:
    """The generation the interpreter would collect by now, collected; the number of objects freed."""
    _, young_collections, middle_collections = gc.get_count()
    _, middle, old = gc.get_threshold()
    generation = 0
    if young_collections >= middle:
        generation = 2 if middle_collections >= old else 1
    return gc.collect(generation)
