"""The items usage is counted for, by kind, and the "most read" lists (visible items only)."""

import datetime

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.publications.visibility import visible_pages

from . import usage

KINDS = {
    "paper": ("research.ResearchPaper", _("Research papers")),
    "practice": ("practices.PracticeReview", _("Best-practice reviews")),
    "methodology": ("methodologies.Methodology", _("Methodologies")),
    "project": ("projects.RegionalProject", _("Regional prevention projects")),
}
DOCUMENT_FIELDS = {"paper": "pdf", "methodology": "document"}


def model(kind: str):
    return apps.get_model(KINDS[kind][0])


def kind_of(page) -> str | None:
    label = page._meta.label
    return next((kind for kind, (name, _label) in KINDS.items() if name == label), None)


def pages_for_document(document) -> list:
    """The visible items whose PDF is ``document`` (a download counts for the item, as COUNTER asks)."""
    found = []
    for kind, field in DOCUMENT_FIELDS.items():
        found += list(visible_pages(model(kind).objects.filter(**{field: document})))
    return found


def most_read(limit: int = 5, days: int | None = None, language: str | None = None) -> list[dict]:
    """Per kind, the visible items with the most views and downloads (in ``language`` when given)."""
    since = timezone.localdate() - datetime.timedelta(days=days) if days else None
    totals = usage.totals_by_page(since=since)
    lists = []
    for kind, (_name, label) in KINDS.items():
        pages = visible_pages(model(kind).objects.filter(pk__in=list(totals)))
        if language:
            pages = pages.filter(locale__language_code=language)
        ranked = sorted(pages, key=lambda p: (-totals[p.pk]["views"] - totals[p.pk]["downloads"], p.title))
        items = [{"page": p, "kind": kind, **totals[p.pk]} for p in ranked[:limit]]
        lists.append({"kind": kind, "label": label, "items": items})
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
