"""The figures of the regional dashboard, its region pages and the evidence gap map (visible content only).

Items are counted once whatever the number of their translations (by
translation key). A project runs in a year when it started by the end of that
year and had not ended before it began; practices and papers count in their
publication year.
"""

import datetime
from collections import defaultdict

from django.db.models import Q

from portal.practices.models import PracticeReview
from portal.projects.models import RegionalProject
from portal.publications.visibility import visible_pages
from portal.research.models import ResearchPaper
from portal.taxonomy.models import Region, Topic

from . import kpis
from .models import Indicator

MEASURES = ("projects", "practices", "on_track")
RATINGS = [choice for choice, _label in PracticeReview.Rating.choices]
READY_RATINGS = ("effective", "promising")


class BadFilter(ValueError):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter, self.message = parameter, message


def clean_filters(data) -> dict:
    """``topic`` (slug), ``year`` and ``measure`` from a query string; a bad value raises ``BadFilter``."""
    topic = None
    if data.get("topic"):
        topic = Topic.objects.filter(slug=data["topic"][:80]).first()
        if topic is None:
            raise BadFilter("topic", "Unknown topic.")
    year = None
    if data.get("year"):
        text = data["year"].strip()
        if not (text.isascii() and text.isdigit() and 1990 <= int(text) <= 2100):
            raise BadFilter("year", "The year must be a number from 1990 to 2100.")
        year = int(text)
    measure = data.get("measure") or "projects"
    if measure not in MEASURES:
        raise BadFilter("measure", f"The measure must be one of: {', '.join(MEASURES)}.")
    return {"topic": topic, "year": year, "measure": measure}


def projects(topic=None, year=None, region=None):
    pages = visible_pages(RegionalProject.objects.all())
    if topic is not None:
        pages = pages.filter(topics__in=topic.descendants())
    if year is not None:
        pages = pages.filter(start_date__lte=datetime.date(year, 12, 31)).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=datetime.date(year, 1, 1))
        )
    if region is not None:
        pages = pages.filter(regions=region)
    return pages.distinct()


def published(model, topic=None, year=None, region=None):
    pages = visible_pages(model.objects.all())
    if topic is not None:
        pages = pages.filter(topics__in=topic.descendants())
    if year is not None:
        pages = pages.filter(publication_date__year=year)
    if region is not None:
        pages = pages.filter(regions=region)
    return pages.distinct()


def _items(pages) -> int:
    return len(set(pages.values_list("translation_key", flat=True)))


def indicator_statuses(project_pages) -> dict:
    """translation key -> list of stored statuses of the item's indicators."""
    keys = set(project_pages.values_list("translation_key", flat=True))
    found = defaultdict(list)
    rows = Indicator.objects.filter(project__translation_key__in=keys).values_list(
        "project__translation_key", "forecast__status"
    )
    for key, status in rows:
        found[key].append(status or "")
    return found


def on_track_share(statuses: list[str]) -> float | None:
    assessed = [s for s in statuses if s]
    return round(100 * sum(s == "on_track" for s in assessed) / len(assessed)) if assessed else None


def regions(topic=None, year=None) -> list[dict]:
    """Per Kazakh region and city: items and the share of assessed indicators on track."""
    rows = []
    for region in Region.objects.filter(kind__in=[Region.Kind.REGION, Region.Kind.CITY]).order_by("code"):
        pages = projects(topic, year, region)
        statuses = [s for group in indicator_statuses(pages).values() for s in group]
        rows.append(
            {
                "region": region,
                "projects": _items(pages),
                "practices": _items(published(PracticeReview, topic, year, region)),
                "papers": _items(published(ResearchPaper, topic, year, region)),
                "indicators": len(statuses),
                "on_track": on_track_share(statuses),
            }
        )
    return rows


def ready_to_scale(language: str) -> list[dict]:
    """Projects whose evidence and indicator trends meet the criteria the dashboard states."""
    from portal.publications.pages import in_order, one_per_item

    pages = visible_pages(RegionalProject.objects.all())
    statuses = indicator_statuses(pages)
    ready = []
    for project in in_order(RegionalProject, one_per_item(pages, language)):
        ratings = set(visible_pages(project.related_practices.all()).values_list("evidence_rating", flat=True))
        found = statuses.get(project.translation_key, [])
        assessed = [s for s in found if s]
        if not ratings & set(READY_RATINGS) or not assessed or "off_track" in assessed:
            continue
        if sum(s == "on_track" for s in assessed) * 2 < len(assessed):
            continue
        ready.append({"page": project, "ratings": sorted(ratings & set(READY_RATINGS)), "share": on_track_share(found)})
    return ready


def shared_indicators(language: str, region=None) -> list[dict]:
    """Indicator codes measured by two or more visible projects, with each project's series."""
    keys = set(visible_pages(RegionalProject.objects.all()).values_list("translation_key", flat=True))
    indicators = (
        Indicator.objects.filter(project__translation_key__in=keys)
        .select_related("project", "forecast")
        .prefetch_related("values")
    )
    if region is not None:
        indicators = indicators.filter(project__regions=region)
    groups = defaultdict(list)
    for indicator in indicators:
        groups[indicator.code].append(indicator)
    shared = []
    for code, members in sorted(groups.items()):
        if len({m.project.translation_key for m in members}) < 2:
            continue
        lines = [(_project_title(m.project, language), m.series()) for m in members]
        shared.append({"code": code, "name": members[0].name_in(language), "unit": members[0].unit, "lines": lines})
    return shared


def _project_title(project, language: str) -> str:
    translated = project.get_translations(inclusive=True).filter(locale__language_code=language).first()
    return (translated or project).title


def gap_map() -> dict:
    """Topic paths × evidence ratings: how many practice items of each; zeros are the gaps."""
    counts = defaultdict(set)
    for page in visible_pages(PracticeReview.objects.all()).prefetch_related("topics"):
        for topic in page.topics.all():
            for path in topic.paths():
                counts[(path, page.evidence_rating)].add(page.translation_key)
    topics = sorted(Topic.objects.all(), key=lambda t: t.path)
    rows = [{"topic": t, "path": t.path, "depth": len(t.ancestors()) - 1,
             "cells": [{"rating": r, "count": len(counts[(t.path, r)])} for r in RATINGS]} for t in topics]  # fmt: skip
    return {"ratings": RATINGS, "rows": rows}


def kpis_for(pages) -> list:
    keys = set(pages.values_list("translation_key", flat=True))
    indicators = (
        Indicator.objects.filter(project__translation_key__in=keys)
        .select_related("forecast", "project")
        .prefetch_related("values")
    )
    return [kpis.build(i) for i in indicators]
