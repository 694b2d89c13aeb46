"""The items usage is counted for, by kind, and the "most read" lists (visible items only)."""

import datetime

from django.db.models import F, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from portal.publications import kinds
from portal.publications.visibility import visible_pages

from . import usage
from .models import UsageCount

KINDS = [kind.code for kind in kinds.KINDS]  # in listing order, from the one registry of kinds
DOCUMENT_FIELDS = {"paper": "pdf", "methodology": "document"}


def model(kind: str):
    return kinds.get(kind).page_model


def kind_of(page) -> str | None:
    return getattr(page, "kind", None) if getattr(page, "kind", None) in kinds.BY_CODE else None


def pages_for_document(document) -> list:
    """The visible items whose PDF is ``document`` (a download counts for the item, as COUNTER asks)."""
    found = []
    for kind, field in DOCUMENT_FIELDS.items():
        found += list(visible_pages(model(kind).objects.filter(**{field: document})))
    return found


def _used(action: str, since) -> Coalesce:
    """A page's total of ``action`` since the day given (all time when None), as a subquery."""
    rows = UsageCount.objects.filter(page_id=OuterRef("pk"), action=action)
    if since:
        rows = rows.filter(day__gte=since)
    total = rows.order_by().values("page_id").annotate(total=Sum("count")).values("total")
    return Coalesce(Subquery(total), 0)


def most_read(limit: int = 5, days: int | None = None, language: str | None = None) -> list[dict]:
    """Per kind, the visible items with the most views and downloads (in ``language`` when given).

    Ranked in the database, one query per kind: a page reads ``limit`` items, not every item ever read.
    """
    since = timezone.localdate() - datetime.timedelta(days=days) if days else None
    used = UsageCount.objects.filter(day__gte=since) if since else UsageCount.objects.all()
    lists = []
    for kind in KINDS:
        pages = visible_pages(model(kind).objects.filter(pk__in=used.values("page_id")))
        if language:
            pages = pages.filter(locale__language_code=language)
        pages = pages.annotate(views=_used(usage.VIEW, since), downloads=_used(usage.DOWNLOAD, since))
        ranked = pages.annotate(used=F("views") + F("downloads")).order_by("-used", "title")[:limit]
        items = [{"page": p, "kind": kind, "views": p.views, "downloads": p.downloads} for p in ranked]
        lists.append({"kind": kind, "label": kinds.get(kind).plural_in(), "items": items})
    return lists


def usage_rows(since=None, until=None, kind: str | None = None) -> list[dict]:
    """Counts per visible item over the period, most used first (the API and CSV export)."""
    totals = usage.totals_by_page(since=since, until=until)
    rows = []
    for each in [kind] if kind else list(KINDS):
        pages = visible_pages(model(each).objects.filter(pk__in=list(totals))).select_related("locale")
        for page in pages:
            rows.append(
                {
                    "id": page.pk,
                    "kind": each,
                    "title": page.title,
                    "language": page.locale.language_code,
                    "url": page.url or "",
                    **totals[page.pk],
                }
            )
    rows.sort(key=lambda r: (-(r["views"] + r["downloads"]), r["id"]))
    return rows
