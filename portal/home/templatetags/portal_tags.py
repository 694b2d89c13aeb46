"""Navigation that follows the reader's language: sections of the localized site and a switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from portal.publications.visibility import visible_pages

register = template.Library()


def _home(request, language: str) -> Page | None:
    """The site's home page in ``language`` (the root page where it has no translation)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    homes = getattr(request, "_portal_homes", None)
    if homes is None:  # the navigation and the language links ask for them: one query per request
        root = site.root_page
        translations = Page.objects.filter(translation_key=root.translation_key).select_related("locale")
        homes = request._portal_homes = {"": root} | {p.locale.language_code: p for p in translations}
    return homes.get(language) or homes[""]


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The localized home page and its listing pages, for the main navigation."""
    home = _home(context.get("request"), translation.get_language() or settings.LANGUAGE_CODE)
    if home is None:
        return {"home": None, "sections": []}
    return {"home": home, "sections": list(home.get_children().live().in_menu())}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per interface language.

    On a page: a link to its visible translation (with the same query string, so a
    listing keeps its search and filters), else to that language's home page.
    Elsewhere under a language prefix (the search page, saved searches): the same
    address in that language, query string included. Where the address has no
    language prefix, no URL: the template offers a button that sets the language
    and returns to the same address.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    links = []
    translations = {}
    if isinstance(page, Page):
        same_item = Page.objects.filter(translation_key=page.translation_key).select_related("locale")
        translations = {p.locale.language_code: p for p in visible_pages(same_item)}
    for code, name in settings.LANGUAGES:
        url = None
        if isinstance(page, Page):
            target = translations.get(code)
            if target is not None:
                url = target.get_url(request)
                if request is not None and request.GET:  # a listing's search and filters carry over
                    url = f"{url}?{request.GET.urlencode()}"
            else:
                home = _home(request, code)
                url = home.get_url(request) if home else f"/{code}/"
        elif request is not None and translation.get_language_from_path(request.path_info):
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links
