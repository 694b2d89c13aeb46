"""Forecasts of an indicator's series, chosen per series by a rolling-origin backtest.

Candidates are simple exponential smoothing, Holt's damped trend (both as
state-space ETS models with analytic intervals) and an ARIMA(0,1,1) with drift
(SARIMAX). Each is refitted at several forecast origins near the end of the
series and scored by MASE (mean absolute error scaled by the in-sample error of
the naive one-step forecast); the best is refitted on the whole series and
forecasts ``horizon`` periods with 80% and 95% intervals.

statsmodels takes seconds to import, so it is imported here, inside the
functions, and this module is only used by the forecasting task and command,
never while a page is served.
"""

import math
import warnings
from dataclasses import dataclass, field

MIN_POINTS = {"monthly": 18, "quarterly": 10}
HORIZON = {"monthly": 12, "quarterly": 6}
BACKTEST_ORIGINS = 3
METHODS = ("ses", "holt_damped", "arima_drift")
Z80, Z95 = 1.2815515655446004, 1.959963984540054


@dataclass
class Result:
    method: str = ""
    reason: str = ""  # "too_few_points" or "constant" when there is no forecast
    mase: float | None = None
    points: list[dict] = field(default_factory=list)  # step, mean, lo80, hi80, lo95, hi95


def _fit(method: str, y):
    """A fitted model of ``method`` that can ``forecast(h) -> (mean, sd)``."""
    import numpy as np

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if method in ("ses", "holt_damped"):
            from statsmodels.tsa.exponential_smoothing.ets import ETSModel

            trend = "add" if method == "holt_damped" else None
            import pandas as pd

            series = pd.Series(np.asarray(y, float))
            model = ETSModel(series, error="add", trend=trend, damped_trend=trend is not None)
            fitted = model.fit(disp=False, maxiter=200)
        else:
            from statsmodels.tsa.statespace.sarimax import SARIMAX

            model = SARIMAX(np.asarray(y, float), order=(0, 1, 1), trend="t", concentrate_scale=True)
            fitted = model.fit(disp=False, maxiter=50)

    def forecast(h: int):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if method == "arima_drift":
                pred = fitted.get_forecast(h)
                return np.asarray(pred.predicted_mean), np.sqrt(np.asarray(pred.var_pred_mean))
            pred = fitted.get_prediction(start=len(y), end=len(y) + h - 1)
            frame = pred.summary_frame(alpha=0.05)
            mean = np.asarray(frame["mean"])
            sd = (np.asarray(frame["pi_upper"]) - mean) / Z95
            return mean, sd

    return forecast


def naive_scale(y) -> float:
    """The in-sample mean absolute error of the one-step naive forecast (MASE's denominator)."""
    diffs = [abs(b - a) for a, b in zip(y, y[1:], strict=False)]
    scale = sum(diffs) / len(diffs) if diffs else 0.0
    return scale or 1e-9


def backtest(method: str, y, horizon: int, origins: int = BACKTEST_ORIGINS) -> tuple[float, float]:
    """MASE of ``method`` over rolling forecast origins, and how much wider its intervals had to be.

    Each origin refits on the values before it and forecasts up to ``horizon``
    steps. The second number is the root mean square of the errors divided by
    the model's own forecast standard deviations: about 1 when its intervals
    are honest, more when they are too narrow (short series, a model that fits
    the past too well).
    """
    n = len(y)
    scale = naive_scale(y)
    errors, ratios = [], []
    step = max(1, horizon // 2)
    for k in range(origins):
        origin = n - step * (k + 1)
        h = min(horizon, n - origin)
        if origin < max(6, n // 2) or h < 1:
            break
        try:
            mean, sd = _fit(method, y[:origin])(h)
        except Exception:  # a model that cannot be fitted at this origin loses
            return math.inf, 1.0
        for m, s, actual in zip(mean, sd, y[origin : origin + h], strict=False):
            errors.append(abs(float(m) - actual))
            if float(s) > 0:
                ratios.append(((float(m) - actual) / float(s)) ** 2)
    if not errors or any(not math.isfinite(e) for e in errors):
        return math.inf, 1.0
    widen = math.sqrt(sum(ratios) / len(ratios)) if ratios else 1.0
    return sum(errors) / len(errors) / scale, min(max(widen, 1.0), 3.0)


def compute(values: list[float], frequency: str = "monthly", horizon: int | None = None) -> Result:
    """Choose a method by backtest and forecast; below the minimum number of points, say why instead.

    The chosen model's interval widths are multiplied by the factor its backtest
    found (never narrowed), so 80% and 95% intervals cover about as often as
    they claim even on short series.
    """
    y = [float(v) for v in values]
    horizon = horizon or HORIZON.get(frequency, 12)
    if len(y) < MIN_POINTS.get(frequency, 18):
        return Result(reason="too_few_points")
    if max(y) - min(y) < 1e-12:
        return Result(reason="constant")
    scores = {method: backtest(method, y, horizon) for method in METHODS}
    method = min(METHODS, key=lambda m: scores[m][0])
    mase, widen = scores[method]
    if not math.isfinite(mase):
        return Result(reason="no_model")
    mean, sd = _fit(method, y)(horizon)
    points = []
    for step, (m, s) in enumerate(zip(mean, sd, strict=False), start=1):
        m, s = float(m), max(float(s), 0.0) * widen
        lo80, hi80, lo95, hi95 = m - Z80 * s, m + Z80 * s, m - Z95 * s, m + Z95 * s
        points.append({"step": step, "mean": m, "lo80": lo80, "hi80": hi80, "lo95": lo95, "hi95": hi95})
    return Result(method=method, mase=round(mase, 3), points=points)


def status(points: list[dict], target_step: int | None, target: float | None, better: int, last_value: float):
    """On track, at risk or off track, from the forecast at the target date against the target.

    ``target_step`` is how many periods after the last value the target date
    falls (0 or less: the date has passed, the last value is judged; beyond the
    horizon: the last forecast period is judged). On track: the point forecast
    meets the target. At risk: it does not, but the target lies inside the 80%
    interval. Off track: even the favourable end of the 80% interval misses it.
    """
    if target is None:
        return ""
    if target_step is not None and target_step <= 0 or not points:
        if not points and (target_step is None or target_step > 0):
            return ""
        return "on_track" if (last_value - target) * better >= 0 else "off_track"
    point = points[min(target_step or len(points), len(points)) - 1]
    if (point["mean"] - target) * better >= 0:
        return "on_track"
    favourable = point["hi80"] if better > 0 else point["lo80"]
    return "at_risk" if (favourable - target) * better >= 0 else "off_track"
