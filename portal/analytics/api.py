"""/api/analytics/: indicators with series and forecasts, regional figures and usage counts, as JSON or CSV.

The router is mounted on the site's one NinjaAPI (``search.web.api.api``) from the
portal side (``mount``), so it appears in /api/schema/ and search/ imports
nothing from portal/. Every bad parameter is a 400 with a JSON message.
"""

import datetime
from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema

from portal.publications.visibility import visible_pages

from . import csvout, dashboard, items

router = Router(tags=["analytics"])
Format = Literal["json", "csv"]


def _error_schema():
    from search.web.api import ErrorOut

    return ErrorOut


ERRORS = {400: _error_schema()}


def _bad(parameter: str, message: str):
    from search.query.params import BadRequest

    raise BadRequest(message, parameter)


def _only(request: HttpRequest, known: set[str]) -> None:
    unknown = sorted(set(request.GET) - known)
    if unknown:
        _bad(unknown[0][:40], f"Unknown parameter '{unknown[0][:40]}'. Known parameters: {', '.join(sorted(known))}.")


class KpiQuery(Schema):
    project: int | None = None
    code: str | None = None
    format: Format = "json"


class PointOut(Schema):
    period: str
    value: float


class ForecastPointOut(Schema):
    period: str
    step: int
    mean: float
    lo80: float
    hi80: float
    lo95: float
    hi95: float


class ForecastOut(Schema):
    method: str | None
    mase: float | None
    status: str | None
    reason: str | None
    points: list[ForecastPointOut]


class KpiOut(Schema):
    id: int
    code: str
    project_id: int
    name: dict[str, str]
    unit: str
    direction: str
    frequency: str
    baseline: float | None
    baseline_date: str | None
    target: float | None
    target_date: str | None
    demonstration_data: bool
    series: list[PointOut]
    forecast: ForecastOut


class KpisOut(Schema):
    count: int
    items: list[KpiOut]


@router.get("/kpis/", response={200: KpisOut, **ERRORS}, url_name="analytics_kpis", summary="Indicators")
def kpi_list(request, given: Query[KpiQuery]):
    """Every indicator of visible projects with its series, forecast, 80% and 95% intervals and status."""
    from portal.projects.models import RegionalProject

    _only(request, {"project", "code", "format"})
    pages = visible_pages(RegionalProject.objects.all())
    if given.project is not None:
        page = pages.filter(pk=given.project).first()
        if page is None:
            _bad("project", "No visible regional project has this id.")
        pages = pages.filter(translation_key=page.translation_key)
    found = dashboard.kpis_for(pages)
    if given.code:
        found = [k for k in found if k.indicator.code == given.code[:80]]
    if given.format == "csv":
        return csvout.response("indicators.csv", *csvout.kpi_rows(found))
    return {"count": len(found), "items": [k.as_dict() for k in found]}


class RegionQuery(Schema):
    topic: str | None = None
    year: str | None = None
    format: Format = "json"


class RegionOut(Schema):
    code: str
    kind: str
    name: dict[str, str]
    projects: int
    practices: int
    papers: int
    indicators: int
    on_track_percent: int | None


class RegionsOut(Schema):
    topic: str | None
    year: int | None
    regions: list[RegionOut]


@router.get("/regions/", response={200: RegionsOut, **ERRORS}, url_name="analytics_regions", summary="Regions")
def region_list(request, given: Query[RegionQuery]):
    """Per region and city of republican significance: projects, practices, papers and indicators on track."""
    _only(request, {"topic", "year", "format"})
    try:
        filters = dashboard.clean_filters({"topic": given.topic or "", "year": given.year or ""})
    except dashboard.BadFilter as error:
        _bad(error.parameter, error.message)
    rows = [
        {
            "code": r["region"].code,
            "kind": r["region"].kind,
            "name": {"kk": r["region"].name_kk, "ru": r["region"].name_ru, "en": r["region"].name_en},
            "projects": r["projects"],
            "practices": r["practices"],
            "papers": r["papers"],
            "indicators": r["indicators"],
            "on_track_percent": r["on_track"],
        }
        for r in dashboard.regions(filters["topic"], filters["year"])
    ]
    if given.format == "csv":
        header = ["code", "kind", "name_kk", "name_ru", "name_en", "projects", "practices", "papers", "indicators",
                  "on_track_percent"]  # fmt: skip
        table = [[r["code"], r["kind"], *r["name"].values(), r["projects"], r["practices"], r["papers"],
                  r["indicators"], r["on_track_percent"]] for r in rows]  # fmt: skip
        return csvout.response("regions.csv", header, table)
    return {"topic": given.topic or None, "year": filters["year"], "regions": rows}


class UsageQuery(Schema):
    since: datetime.date | None = None
    until: datetime.date | None = None
    kind: Literal[tuple(items.KINDS)] | None = None
    format: Format = "json"


class TotalsOut(Schema):
    views: int
    downloads: int


class UsageItemOut(Schema):
    id: int
    kind: str
    title: str
    language: str
    url: str
    views: int
    downloads: int


class UsageOut(Schema):
    totals: TotalsOut
    items: list[UsageItemOut]


@router.get("/usage/", response={200: UsageOut, **ERRORS}, url_name="analytics_usage", summary="Usage (COUNTER)")
def usage_list(request, given: Query[UsageQuery]):
    """Views of item pages and PDF downloads per visible item (COUNTER rules), and totals over all of them."""
    _only(request, {"since", "until", "kind", "format"})
    if given.since and given.until and given.since > given.until:
        _bad("since", "'since' must not be after 'until'.")
    rows = items.usage_rows(since=given.since, until=given.until, kind=given.kind)
    totals = {"views": sum(r["views"] for r in rows), "downloads": sum(r["downloads"] for r in rows)}
    if given.format == "csv":
        header = ["id", "kind", "title", "language", "url", "views", "downloads"]
        return csvout.response("usage.csv", header, [[r[h] for h in header] for r in rows])
    return {"totals": totals, "items": rows}


def mount(prefix: str = "/analytics/"):
    """The site's API with this router added: use its ``urls`` in the URLconf instead of ``search.web.api``'s.

    ``search.web.api`` builds its URL list when imported; the router cache is
    cleared so the analytics routes join the same API (and its schema).
    """
    from search.web.api import api

    if all(r is not router for _prefix, r in api._routers):
        api._bound_routers_cache = None
        api.add_router(prefix, router)
    return api.urls
