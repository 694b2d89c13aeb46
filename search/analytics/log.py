"""What people search for, kept without anything that identifies them."""

import logging
import threading

from django.core.signals import request_finished
from django.db import DatabaseError, models

logger = logging.getLogger(__name__)


class SearchEvent(models.Model):
    """One search (first page only): normalised text, filters, how many results, how long it took.

    No IP address, user, session or user agent is stored.
    """

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    query = models.CharField(max_length=500, blank=True, db_index=True)
    filters = models.JSONField(default=dict, blank=True)
    result_count = models.PositiveIntegerField()
    took_ms = models.PositiveIntegerField()
    channel = models.CharField(max_length=8, choices=[("html", "Search page"), ("api", "API")])

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.query!r} ({self.result_count})"


def normalise(text: str) -> str:
    """Case and spacing do not make a different query."""
    return " ".join(text.lower().split())[:500]


def record(params, results, channel: str) -> None:
    """Note the search; it is written once the response has gone out (``write_pending``), not while the reader waits."""
    if params.page != 1:
        return
    event = SearchEvent(
        query=normalise(params.q),
        filters={name: [str(v) for v in values] for name, values in sorted(params.filters.items())},
        result_count=results.total,
        took_ms=results.took_ms,
        channel=channel,
    )
    if not hasattr(_pending, "events"):
        _pending.events = []
    _pending.events.append(event)


_pending = threading.local()  # per request: each server thread handles one request at a time


def write_pending(**kwargs) -> None:
    """On ``request_finished``, which the server sends after the last byte of the response: one insert.

    A failure to log costs the log line, never the search: it is reported and dropped.
    """
    events, _pending.events = getattr(_pending, "events", []), []
    if not events:
        return
    try:
        SearchEvent.objects.bulk_create(events)
    except DatabaseError:
        logger.exception("could not record %d search(es) in the query log", len(events))


request_finished.connect(write_pending, dispatch_uid="search-analytics-write-pending")
