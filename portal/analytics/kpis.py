"""What pages, charts and the API show of an indicator: its series, stored forecast and status, as plain data.

Nothing here computes a forecast: it reads what the forecasting task stored.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from . import periods
from .forecasting import MIN_POINTS
from .models import Indicator

STATUS_LABELS = {
    "on_track": _("on track"),
    "at_risk": _("at risk"),
    "off_track": _("off track"),
}
METHOD_LABELS = {
    "ses": _("simple exponential smoothing"),
    "holt_damped": _("exponential smoothing with a damped trend"),
    "arima_drift": _("ARIMA(0,1,1) with drift (SARIMAX)"),
}
REASONS = {
    "too_few_points": _("Too few values for a forecast: at least %(min)s are needed, there are %(count)s."),
    "constant": _("Every value is the same, so there is no variation to forecast from."),
    "no_model": _("No forecasting method could be fitted to this series."),
    "pending": _("The forecast is being computed; it appears here shortly."),
}


@dataclass
class Kpi:
    indicator: Indicator
    series: list  # (period, value)
    forecast: list = field(default_factory=list)  # dicts with period, mean, lo80, hi80, lo95, hi95
    method: str = ""
    mase: float | None = None
    status: str = ""
    reason: str = ""

    @property
    def name(self) -> str:
        return self.indicator.name

    @property
    def last(self):
        return self.series[-1] if self.series else None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, "")

    @property
    def method_label(self) -> str:
        return METHOD_LABELS.get(self.method, self.method)

    @property
    def reason_text(self) -> str:
        text = REASONS.get(self.reason, "")
        minimum = MIN_POINTS.get(self.indicator.frequency, 18)
        return str(text) % {"min": minimum, "count": len(self.series)} if text else ""

    def rows(self) -> list[dict]:
        """The data table: every measured period, then every forecast period."""
        freq = self.indicator.frequency
        rows = [{"period": periods.label(p, freq), "value": v, "kind": "measured"} for p, v in self.series]
        rows += [{"period": periods.label(f["period"], freq), "kind": "forecast", **f} for f in self.forecast]
        return rows

    def as_dict(self) -> dict:
        ind = self.indicator
        return {
            "id": ind.pk,
            "code": ind.code,
            "project_id": ind.project_id,
            "name": {"kk": ind.name_kk, "ru": ind.name_ru, "en": ind.name_en},
            "unit": ind.unit,
            "direction": ind.direction,
            "frequency": ind.frequency,
            "baseline": ind.baseline,
            "baseline_date": ind.baseline_date.isoformat() if ind.baseline_date else None,
            "target": ind.target,
            "target_date": ind.target_date.isoformat() if ind.target_date else None,
            "demonstration_data": ind.is_demo,
            "series": [{"period": p.isoformat(), "value": v} for p, v in self.series],
            "forecast": {
                "method": self.method or None,
                "mase": self.mase,
                "status": self.status or None,
                "reason": self.reason or None,
                "points": [{**f, "period": f["period"].isoformat()} for f in self.forecast],
            },
        }


def build(indicator: Indicator) -> Kpi:
    """The indicator with its values and stored forecast (values and forecast prefetched by ``for_pages``)."""
    series = indicator.series()
    kpi = Kpi(indicator=indicator, series=series)
    stored = getattr(indicator, "forecast", None) if _has_forecast(indicator) else None
    if stored is None:
        few = len(series) < MIN_POINTS.get(indicator.frequency, 18)
        kpi.reason = "too_few_points" if few else "pending"
        return kpi
    kpi.method, kpi.mase, kpi.status, kpi.reason = stored.method, stored.mase, stored.status, stored.reason
    if series and stored.points:
        start = series[-1][0]
        kpi.forecast = [
            {**point, "period": periods.shift(start, indicator.frequency, point["step"])} for point in stored.points
        ]
    return kpi


def _has_forecast(indicator: Indicator) -> bool:
    try:
        indicator.forecast  # noqa: B018
    except Indicator.forecast.RelatedObjectDoesNotExist:
        return False
    return True


def indicators_of(project) -> list[Indicator]:
    """The indicators of a project item, whichever language version of its page is given."""
    return list(
        Indicator.objects.filter(project__translation_key=project.translation_key)
        .select_related("forecast", "project")
        .prefetch_related("values")
    )


def kpis_of(project) -> list[Kpi]:
    return [build(ind) for ind in indicators_of(project)]
