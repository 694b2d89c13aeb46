"""Recomputing forecasts when an indicator's values change: a task per indicator, never per request.

Saving a value (admin, CSV import, demo) enqueues ``recompute_forecast`` once
per indicator when the transaction commits; the search worker runs it. The
stored ``values_hash`` makes a repeated run a no-op.
"""

import hashlib
import json
import threading
from contextlib import contextmanager

from django.db import transaction
from django_tasks import task

from . import periods
from .models import Forecast, Indicator


def values_hash(indicator: Indicator) -> str:
    data = [indicator.frequency, indicator.target, str(indicator.target_date), indicator.direction]
    data += [(str(p), v) for p, v in indicator.series()]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


def refresh(indicator: Indicator, force: bool = False) -> Forecast:
    """Compute and store the forecast of ``indicator`` unless its values are unchanged since the last run."""
    from . import forecasting  # statsmodels: only here, in the job

    digest = values_hash(indicator)
    stored = Forecast.objects.filter(indicator=indicator).first()
    if stored and stored.values_hash == digest and not force:
        return stored
    series = indicator.series()
    result = forecasting.compute([v for _p, v in series], indicator.frequency)
    target_step = None
    if indicator.target_date and series:
        target = periods.start_of(indicator.target_date, indicator.frequency)
        target_step = periods.steps_between(series[-1][0], target, indicator.frequency)
    state = forecasting.status(
        result.points, target_step, indicator.target, indicator.better, series[-1][1] if series else 0.0
    )
    if not series:
        state = ""
    fields = {
        "values_hash": digest,
        "method": result.method,
        "reason": result.reason,
        "mase": result.mase,
        "status": state,
        "points": result.points,
    }
    forecast, _created = Forecast.objects.update_or_create(indicator=indicator, defaults=fields)
    return forecast


@task()
def recompute_forecast(indicator_id: int) -> str:
    indicator = Indicator.objects.filter(pk=indicator_id).prefetch_related("values").first()
    if indicator is None:
        return "gone"
    return refresh(indicator).status or "none"


class _Enqueue:
    def __init__(self, indicator_id: int):
        self.indicator_id = indicator_id

    def __call__(self):
        recompute_forecast.enqueue(self.indicator_id)


_deferred = threading.local()


@contextmanager
def deferred():
    """Within this block changes enqueue nothing: bulk loaders (the demo) run ``compute_forecasts`` afterwards."""
    _deferred.active = True
    try:
        yield
    finally:
        _deferred.active = False


def schedule(indicator_id: int) -> None:
    """Enqueue one recomputation of ``indicator_id`` when the current transaction commits (once per transaction)."""
    if getattr(_deferred, "active", False):
        return
    connection = transaction.get_connection()
    if any(getattr(item[1], "indicator_id", None) == indicator_id for item in connection.run_on_commit):
        return
    transaction.on_commit(_Enqueue(indicator_id), robust=True)
