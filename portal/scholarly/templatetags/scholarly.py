"""``{% scholarly_head page %}`` for the <head> of every page, ``{% cite_box page %}`` for detail pages."""

from django import template
from wagtail.models import Page

from .. import citations, structured_data
from ..metadata import has_record, record_for

register = template.Library()


def _site_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@register.inclusion_tag("scholarly/head.html", takes_context=True)
def scholarly_head(context, page):
    if not isinstance(page, Page):  # views may use "page" for other things, such as a page number
        return {}
    request = context["request"]
    base = _site_url(request)
    specific = page.specific
    translations = []
    if getattr(specific, "locale_id", None):
        for other in specific.get_translations(inclusive=True).live().public().select_related("locale"):
            translations.append((other.locale.language_code, base + other.get_url(request)))
    record = record_for(specific, base) if has_record(specific) and specific.live else None
    return {
        "canonical": base + specific.get_url(request),
        "title": specific.seo_title or specific.title,
        "description": specific.search_description or (record.abstract[:300] if record else ""),
        "translations": translations if len(translations) > 1 else [],
        "record": record,
        "json_ld": structured_data.script(record) if record else "",
    }


@register.inclusion_tag("scholarly/cite_box.html", takes_context=True)
def cite_box(context, page):
    specific = page.specific
    record = record_for(specific, _site_url(context["request"]))
    return {
        "record": record,
        "apa": citations.apa(record),
        "gost": citations.gost(record),
        "formats": [("bibtex", "BibTeX"), ("ris", "RIS"), ("csl", "CSL-JSON")],
    }
