"""Every page type a reader meets, per language, as paths on the live server.

Detail pages are the hardest of their kind for a narrow screen: the one whose title has the longest
word (long Russian and Kazakh compounds are what overflow a phone).
"""

from django.conf import settings

from portal.home.models import HomePage
from portal.publications import kinds

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def longest_word(title: str) -> int:
    return max((len(word) for word in title.split()), default=0)


def page_types(language: str) -> dict[str, str]:
    """Name of the page type -> path, for one interface language (search and admin take it from a cookie)."""
    home = HomePage.objects.live().get(locale__language_code=language)
    paths = {"home": home.url}
    for listing in home.get_children().live().specific():
        paths[f"listing {listing.slug}"] = listing.url
    for kind in kinds.KINDS:
        items = kind.page_model.objects.visible().filter(locale__language_code=language)
        hardest = max(items, key=lambda item: longest_word(item.title))
        paths[kind.code] = hardest.url
    paths["search"] = "/search/?q=" + {"kk": "құқық", "ru": "профилактика", "en": "prevention"}[language]
    paths["search browse"] = "/search/"
    paths["search no results"] = "/search/?q=zzqxjv"
    paths["analytics"] = f"/{language}/analytics/"
    paths["analytics evidence"] = f"/{language}/analytics/evidence/"
    paths["not found"] = f"/{language}/no-such-page/"
    paths["API documentation"] = "/api/docs/"
    paths["admin login"] = "/admin/login/"
    return paths
