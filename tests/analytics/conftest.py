"""Fixtures for the analytics tests: a project with an indicator and a series."""

import datetime

import pytest

from portal.analytics import periods
from portal.analytics.models import Indicator, IndicatorValue


@pytest.fixture
def make_indicator():
    def make(project, code="street-crimes", values=(), frequency="monthly", start=datetime.date(2023, 1, 1), **fields):
        defaults = {"name_kk": "Көше қылмыстары", "name_ru": "Уличные преступления", "name_en": "Street crimes"}
        indicator = Indicator.objects.create(project=project, code=code, frequency=frequency, **{**defaults, **fields})
        IndicatorValue.objects.bulk_create(
            IndicatorValue(indicator=indicator, period=periods.shift(start, frequency, i), value=v)
            for i, v in enumerate(values)
        )
        return indicator

    return make
