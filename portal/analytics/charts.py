"""Server-rendered, accessible SVG charts: no script, no inline style (the CSP forbids both).

Every chart is an ``<svg role="img">`` labelled by its own ``<title>`` and
``<desc>``; colours are presentation attributes, and lines differ by dash as
well as colour. Pages put a data table next to each chart.
"""

import itertools
import math

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from . import periods

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 20, 20, 56
COLOURS = ["#1f5fa8", "#b3541e", "#2e7d32", "#6a3d9a", "#8c6d1f", "#c2185b"]
DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2"]
_ids = itertools.count(1)


def _num(value: float) -> str:
    if value is None:
        return "—"
    if abs(value) >= 100 or float(value).is_integer():
        return f"{value:,.0f}".replace(",", "\u202f")
    return f"{value:.1f}"


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = min((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw), default=raw)
    start = math.floor(low / step) * step
    return [start + i * step for i in range(int((high - start) / step) + 2)]


class Frame:
    """Maps periods (as month numbers) and values to the plotting area."""

    def __init__(self, first_month: int, last_month: int, values: list[float]):
        finite = [v for v in values if v is not None and math.isfinite(v)] or [0.0]
        self.ticks = _ticks(min(finite), max(finite))
        self.low, self.high = self.ticks[0], self.ticks[-1]
        self.first, self.last = first_month, max(last_month, first_month + 1)

    def x(self, month: int) -> float:
        return round(LEFT + (month - self.first) / (self.last - self.first) * (WIDTH - LEFT - RIGHT), 1)

    def y(self, value: float) -> float:
        return round(TOP + (self.high - value) / (self.high - self.low) * (HEIGHT - TOP - BOTTOM), 1)

    def axes(self) -> list[str]:
        parts = []
        for tick in self.ticks:
            y = self.y(tick)
            parts.append(
                format_html(
                    '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#ddd"/>'
                    '<text x="{}" y="{}" text-anchor="end" font-size="11" fill="#444">{}</text>',
                    LEFT,
                    WIDTH - RIGHT,
                    y,
                    y,
                    LEFT - 6,
                    y + 4,
                    _num(tick),
                )
            )
        for year in range(self.first // 12, self.last // 12 + 1):
            month = year * 12
            if self.first <= month <= self.last:
                x = self.x(month)
                parts.append(
                    format_html(
                        '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#eee"/>'
                        '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="#444">{}</text>',
                        x,
                        x,
                        TOP,
                        HEIGHT - BOTTOM,
                        x,
                        HEIGHT - BOTTOM + 16,
                        year,
                    )
                )
        return parts


def _month(day) -> int:
    return day.year * 12 + day.month - 1


def _points(frame: Frame, pairs) -> str:
    return " ".join(f"{frame.x(m)},{frame.y(v)}" for m, v in pairs)


def _svg(
    title: str, desc: str, body: list[str], height: int = HEIGHT, width: int = WIDTH, cls: str = "chart", role="img"
) -> str:
    """No ``role="img"`` for a graphic holding links: an image may not contain focusable controls."""
    n = next(_ids)
    role_attribute = f' role="{role}"' if role else ""
    return mark_safe(  # noqa: S308 - every piece is escaped by format_html or escape
        f'<svg class="{cls}" viewBox="0 0 {width} {height}" width="100%"{role_attribute} '
        f'aria-labelledby="chart-{n}-title chart-{n}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="chart-{n}-title">{escape(title)}</title><desc id="chart-{n}-desc">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _legend(items: list[tuple[str, str, str]], y: float) -> list[str]:
    """Legend entries (label, colour, dash) in a row under the plot."""
    parts, x = [], LEFT
    for label, colour, dash in items:
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="3" stroke-dasharray="{}"/>'
                '<text x="{}" y="{}" font-size="11" fill="#222">{}</text>',
                x,
                x + 18,
                y,
                y,
                colour,
                dash or "none",
                x + 22,
                y + 4,
                label,
            )
        )
        x += 44 + 6.4 * len(label)
    return parts


def indicator_chart(kpi) -> str:
    """The series, baseline, target line and the forecast with its 80% and 95% bands."""
    ind, series, forecast = kpi.indicator, kpi.series, kpi.forecast
    if not series:
        return ""
    values = [v for _p, v in series] + [f[k] for f in forecast for k in ("lo95", "hi95")]
    values += [v for v in (ind.baseline, ind.target) if v is not None]
    last_month = _month(forecast[-1]["period"] if forecast else series[-1][0])
    if ind.target_date:
        last_month = max(last_month, _month(ind.target_date))
    frame = Frame(_month(series[0][0]), last_month, values)
    body = frame.axes()
    if forecast:
        origin = (_month(series[-1][0]), series[-1][1])
        for low, high, fill in (("lo95", "hi95", "#c6dbef"), ("lo80", "hi80", "#9ecae1")):
            upper = [origin] + [(_month(f["period"]), f[high]) for f in forecast]
            lower = [origin] + [(_month(f["period"]), f[low]) for f in forecast]
            body.append(format_html('<polygon points="{}" fill="{}"/>', _points(frame, upper + lower[::-1]), fill))
        body.append(
            format_html(
                '<polyline points="{}" fill="none" stroke="#08519c" stroke-width="2" stroke-dasharray="6 3"/>',
                _points(frame, [origin] + [(_month(f["period"]), f["mean"]) for f in forecast]),
            )
        )
    for value, colour, dash in ((ind.baseline, "#777", "2 3"), (ind.target, "#2e7d32", "8 3 2 3")):
        if value is not None:
            y = frame.y(value)
            body.append(
                format_html(
                    '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="2" stroke-dasharray="{}"/>',
                    LEFT,
                    WIDTH - RIGHT,
                    y,
                    y,
                    colour,
                    dash,
                )
            )
    body.append(
        format_html(
            '<polyline points="{}" fill="none" stroke="#1f1f1f" stroke-width="2"/>',
            _points(frame, [(_month(p), v) for p, v in series]),
        )
    )
    legend = [(_("measured"), "#1f1f1f", "")]
    if forecast:
        legend.append((_("forecast, 80% and 95% intervals"), "#08519c", "6 3"))
    if ind.baseline is not None:
        legend.append((_("baseline"), "#777", "2 3"))
    if ind.target is not None:
        legend.append((_("target"), "#2e7d32", "8 3 2 3"))
    body += _legend(legend, HEIGHT - 14)
    return _svg(kpi.name, describe(kpi), body)


def describe(kpi) -> str:
    """The chart in words, for screen readers (the table beside it has every number)."""
    ind, series = kpi.indicator, kpi.series
    freq = ind.frequency
    text = _("%(count)s values from %(first)s to %(last)s; the latest is %(value)s %(unit)s.") % {
        "count": len(series),
        "first": periods.label(series[0][0], freq),
        "last": periods.label(series[-1][0], freq),
        "value": _num(series[-1][1]),
        "unit": ind.unit,
    }
    if ind.baseline is not None:
        text += " " + _("Baseline: %(value)s.") % {"value": _num(ind.baseline)}
    if ind.target is not None:
        text += " " + _("Target: %(value)s.") % {"value": _num(ind.target)}
    if kpi.forecast:
        end = kpi.forecast[-1]
        text += " " + _("Forecast for %(period)s: %(mean)s (80%% interval %(lo)s to %(hi)s).") % {
            "period": periods.label(end["period"], freq),
            "mean": _num(end["mean"]),
            "lo": _num(end["lo80"]),
            "hi": _num(end["hi80"]),
        }
    if kpi.status:
        text += " " + str(kpi.status_label)
    return text


def comparison_chart(title: str, lines: list[tuple[str, list]]) -> str:
    """Several projects' series of one indicator on one chart; lines differ by colour and dash."""
    lines = [(label, series) for label, series in lines if series]
    if not lines:
        return ""
    months = [_month(p) for _label, series in lines for p, _v in series]
    frame = Frame(min(months), max(months), [v for _label, series in lines for _p, v in series])
    body = frame.axes()
    legend = []
    for i, (label, series) in enumerate(lines):
        colour, dash = COLOURS[i % len(COLOURS)], DASHES[i % len(DASHES)]
        body.append(
            format_html(
                '<polyline points="{}" fill="none" stroke="{}" stroke-width="2" stroke-dasharray="{}"/>',
                _points(frame, [(_month(p), v) for p, v in series]),
                colour,
                dash or "none",
            )
        )
        legend.append((label, colour, dash))
    height = HEIGHT + 18 * max(0, len(legend) - 1)
    for i, item in enumerate(legend):
        body += _legend([item], HEIGHT - 14 + 18 * i)
    desc = "; ".join(
        _("%(label)s: %(count)s values, latest %(value)s") % {"label": label, "count": len(s), "value": _num(s[-1][1])}
        for label, s in lines
    )
    return _svg(title, desc, body, height=height)
