"""Forecasts: honest intervals on known series, the minimum-points rule, statuses, and no statsmodels at start-up."""

import subprocess
import sys

import numpy as np
import pytest

from portal.analytics import forecasting


def simulated(rng, n):
    """A random walk with drift and a moving-average error: the kind of series indicators are."""
    drift, sd = rng.normal(0, 0.3), rng.uniform(0.5, 2.0)
    shocks = rng.normal(0, sd, n + 1)
    return 50 + np.cumsum(drift + shocks[1:] + 0.4 * shocks[:-1])


def test_intervals_cover_held_out_values_about_as_often_as_they_claim():
    rng = np.random.default_rng(2026)
    inside80 = inside95 = total = 0
    methods = set()
    for _ in range(20):
        y = simulated(rng, 36)
        result = forecasting.compute(list(y[:30]), "monthly", horizon=6)
        methods.add(result.method)
        assert len(result.points) == 6
        for point, actual in zip(result.points, y[30:], strict=True):
            assert point["lo95"] <= point["lo80"] <= point["mean"] <= point["hi80"] <= point["hi95"]
            total += 1
            inside80 += point["lo80"] <= actual <= point["hi80"]
            inside95 += point["lo95"] <= actual <= point["hi95"]
    assert 0.65 <= inside80 / total <= 0.95, inside80 / total
    assert 0.85 <= inside95 / total <= 1.0, inside95 / total
    assert methods <= set(forecasting.METHODS) and len(methods) >= 2  # the backtest really chooses


def test_a_trend_is_followed_and_the_backtest_error_is_reported():
    y = [100 + 2 * i + (1 if i % 2 else -1) for i in range(30)]
    result = forecasting.compute(y, "monthly", horizon=12)
    assert result.method and result.mase is not None and result.mase < 2
    assert 115 < result.points[0]["mean"] < 175
    assert result.points[-1]["mean"] > result.points[0]["mean"]  # it keeps rising
    assert result.points[-1]["hi95"] - result.points[-1]["lo95"] > result.points[0]["hi95"] - result.points[0]["lo95"]


@pytest.mark.parametrize(("frequency", "count"), [("monthly", 17), ("quarterly", 9)])
def test_below_the_minimum_number_of_points_there_is_no_forecast(frequency, count):
    result = forecasting.compute(list(range(count)), frequency)
    assert result.points == [] and result.reason == "too_few_points"
    assert forecasting.compute([5.0] * 30, frequency).reason == "constant"


def point(mean, lo80, hi80):
    return {"mean": mean, "lo80": lo80, "hi80": hi80, "lo95": lo80 - 1, "hi95": hi80 + 1}


def test_status_compares_the_forecast_at_the_target_date_with_the_target():
    points = [point(10, 8, 12), point(20, 15, 25), point(30, 20, 40)]
    assert forecasting.status(points, 2, 19, +1, 0) == "on_track"  # higher is better, 20 >= 19
    assert forecasting.status(points, 2, 22, +1, 0) == "at_risk"  # 20 < 22 but 22 inside 15..25
    assert forecasting.status(points, 2, 26, +1, 0) == "off_track"  # even 25 misses
    assert forecasting.status(points, 2, 21, -1, 0) == "on_track"  # lower is better, 20 <= 21
    assert forecasting.status(points, 2, 17, -1, 0) == "at_risk"
    assert forecasting.status(points, 99, 35, +1, 0) == "at_risk"  # beyond the horizon: the last period
    assert forecasting.status(points, -3, 5, +1, 4) == "off_track"  # the date passed: the last value is judged
    assert forecasting.status(points, 2, None, +1, 0) == ""


def test_the_web_process_does_not_import_statsmodels():
    code = (
        "import sys, django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'portal.settings.test'; django.setup();"
        "from django.urls import resolve; resolve('/en/analytics/'); import portal.urls;"
        "print('statsmodels' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
