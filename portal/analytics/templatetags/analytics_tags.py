"""Template tags: a project's indicators with charts, an item's usage counts, the "most read" lists."""

from django import template
from django.utils import translation

from .. import charts, items, kpis, usage

register = template.Library()


@register.inclusion_tag("analytics/project_indicators.html")
def project_indicators(page):
    found = kpis.kpis_of(page)
    for kpi in found:
        kpi.chart = charts.indicator_chart(kpi)
    return {"kpis": found, "demo": any(k.indicator.is_demo for k in found), "min_points": kpis.MIN_POINTS}


@register.inclusion_tag("analytics/usage_counts.html")
def usage_counts(page):
    return {
        "counts": usage.counts_for(page.pk),
        "has_pdf": bool(getattr(page, "pdf_id", None) or getattr(page, "document_id", None)),
    }


@register.inclusion_tag("analytics/most_read.html")
def most_read(limit=5):
    lists = [group for group in items.most_read(limit=limit, language=translation.get_language()) if group["items"]]
    return {"lists": lists}
