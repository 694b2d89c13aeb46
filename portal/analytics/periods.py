"""Periods of a series: months or quarters, each named by its first day."""

import datetime

STEP_MONTHS = {"monthly": 1, "quarterly": 3}


def shift(day: datetime.date, frequency: str, steps: int) -> datetime.date:
    months = day.year * 12 + day.month - 1 + STEP_MONTHS.get(frequency, 1) * steps
    return datetime.date(months // 12, months % 12 + 1, 1)


def start_of(day: datetime.date, frequency: str) -> datetime.date:
    """The first day of the month or quarter ``day`` falls in."""
    if frequency == "quarterly":
        return datetime.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return datetime.date(day.year, day.month, 1)


def steps_between(first: datetime.date, later: datetime.date, frequency: str) -> int:
    months = (later.year - first.year) * 12 + later.month - first.month
    return months // STEP_MONTHS.get(frequency, 1)


def label(day: datetime.date, frequency: str) -> str:
    if frequency == "quarterly":
        return f"{day.year} Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"
