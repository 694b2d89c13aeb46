"""``{% scholarly_head page %}`` for the <head> of every page, ``{% cite_box page %}`` for detail pages."""

from django import template
from wagtail.models import Page

from portal.publications.visibility import is_visible

from .. import citations, structured_data
from ..metadata import Record, has_record, record_for

register = template.Library()


def _site_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _record(page, request) -> Record:
    """The page's record, built once per rendering: the head tags and the Cite box both show it."""
    if getattr(page, "_scholarly_record", None) is None:
        page._scholarly_record = record_for(page, _site_url(request))
    return page._scholarly_record


@register.inclusion_tag("scholarly/head.html", takes_context=True)
def scholarly_head(context, page):
    if not isinstance(page, Page):  # views may use "page" for other things, such as a page number
        return {}
    request = context["request"]
    specific = page.specific
    record = _record(specific, request) if has_record(specific) and is_visible(specific) else None
    return {
        "canonical": _site_url(request) + specific.get_url(request),
        "title": specific.seo_title or specific.title,
        "description": specific.search_description or (record.abstract[:300] if record else ""),
        "record": record,
        "json_ld": structured_data.script(record) if record else "",
    }


@register.inclusion_tag("scholarly/cite_box.html", takes_context=True)
def cite_box(context, page):
    record = _record(page.specific, context["request"])
    return {
        "record": record,
        "apa": citations.apa(record),
        "gost": citations.gost(record),
        "formats": [("bibtex", "BibTeX"), ("ris", "RIS"), ("csl", "CSL-JSON")],
    }
