"""``{% load search_tags %}{% related_items page %}``: items like this one, for any detail page."""

from django import template

from search.query.related import related

register = template.Library()


@register.inclusion_tag("search/includes/related.html")
def related_items(page, size: int = 5):
    if not page or not page.pk:
        return {"items": []}
    key = getattr(page, "translation_key", None)
    return {"items": related(page.pk, size=size, translation_key=str(key) if key else None)}
