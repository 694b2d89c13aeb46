"""Navigation that follows the reader's language: sections of the localized site and a switcher."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from portal.publications.visibility import is_visible

register = template.Library()


def _home(request, language: str) -> Page | None:
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    root = site.root_page
    if locale is None or root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale) or root


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The localized home page and its listing pages, for the main navigation."""
    home = _home(context.get("request"), translation.get_language() or settings.LANGUAGE_CODE)
    if home is None:
        return {"home": None, "sections": []}
    return {"home": home, "sections": list(home.get_children().live().in_menu().specific())}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per interface language.

    On a page: a link to its visible translation, else to that language's home page.
    Elsewhere (e.g. /search/, which has no language prefix) no URL: the template
    offers a button that sets the language and returns to the same address.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if isinstance(page, Page):
            locale = Locale.objects.filter(language_code=code).first()
            target = page.get_translation_or_none(locale) if locale else None
            if target is not None and is_visible(target):
                url = target.get_url(request)
            else:
                home = _home(request, code)
                url = home.get_url(request) if home else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links
