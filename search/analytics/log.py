"""What people search for, kept without anything that identifies them."""

from django.db import models


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
    if params.page != 1:
        return
    SearchEvent.objects.create(
        query=normalise(params.q),
        filters={name: [str(v) for v in values] for name, values in sorted(params.filters.items())},
        result_count=results.total,
        took_ms=results.took_ms,
        channel=channel,
    )
