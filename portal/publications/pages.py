"""What every content page and every listing page have in common.

A page's content language is its Wagtail locale; translations of one item share
a translation key. A listing is the site search fixed to one kind: it lists
every published item of that kind in every language (the search index holds
one document per translation), newest first, and the language facet lets a
reader keep only the versions in one language. Nothing is hidden for being in
another language than the interface.
"""

from django.db import models
from django.utils.translation import gettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from portal.taxonomy.models import Region, Topic
from search.client import is_outage
from search.web.views import search_context

from . import kinds
from .visibility import PublicationManager, visible_pages

FALLBACK_PAGE_SIZE = 20
LANGUAGE_NAMES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]


class PublicationPage(Page):
    """A content item: dated, classified by topics and regions, in one language."""

    kind: str  # a code of portal.publications.kinds: the index, listings and exports name the kind so

    publication_date = models.DateField(gettext_lazy("publication date"))
    topics = ParentalManyToManyField(Topic, blank=True, related_name="+", verbose_name=gettext_lazy("topics"))
    regions = ParentalManyToManyField(Region, blank=True, related_name="+", verbose_name=gettext_lazy("regions"))

    classification_panels = [
        MultiFieldPanel(
            [FieldPanel("publication_date"), FieldPanel("topics"), FieldPanel("regions"), FieldPanel("keywords")],
            heading=gettext_lazy("Classification"),
        )
    ]
    subpage_types = []

    objects = PublicationManager()

    class Meta:
        abstract = True

    @property
    def kind_label(self) -> str:
        """The kind's name in the reader's language (portal.publications.kinds)."""
        return kinds.get(self.kind).label_in()

    @property
    def language(self) -> str:
        return self.locale.language_code

    def get_language_display(self) -> str:
        return dict(LANGUAGE_NAMES).get(self.language, self.language)

    def available_translations(self):
        """The visible translations of this item, shown as "also available in" (with hreflang)."""
        return visible_pages(self.get_translations()).select_related("locale").order_by("locale__language_code")

    def keyword_names(self) -> list[str]:
        return sorted(tag.name for tag in self.keywords.all())


def one_per_item(items, language: str) -> list[int]:
    """Page ids with each item once: in the reader's language if translated, else in another; order kept."""
    rank = {}
    for code in [language, *dict(LANGUAGE_NAMES)]:
        rank.setdefault(code, len(rank))
    chosen = {}
    for pk, key, code in items.values_list("pk", "translation_key", "locale__language_code"):
        if key not in chosen or rank.get(code, 99) < rank.get(chosen[key][1], 99):
            chosen[key] = (pk, code)
    keep = {pk for pk, _code in chosen.values()}
    return [pk for pk in items.values_list("pk", flat=True) if pk in keep]


def in_order(model, ids: list[int]) -> list:
    """The pages of ``ids`` in that order, with what a list of them shows read in a few queries."""
    related = getattr(model, "listing_prefetch", ())
    pages = model.objects.select_related("locale").prefetch_related(*related).in_bulk(ids)
    return [pages[pk] for pk in ids]


class ListingPage(Page):
    """The items of one ``kind``: the site search restricted to that kind, so a listing and /search/ never disagree.

    Items, facets, sorting and pages come from ``search.web.views.search_context``;
    a bad parameter is a 400 with the search page's message. While Elasticsearch
    is unreachable the listing still answers, from the database: the visible
    items, newest first, in pages, with a notice that filters and search are
    unavailable. Every language version is listed, each marked with its
    language, and the language facet narrows them.
    """

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    kind: str

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        try:
            found, context["search_status"] = search_context(request, kind=self.kind)
        except Exception as error:
            if not is_outage(error):
                raise
            found, context["search_status"] = self.database_listing(request), 200
        context.update(found)
        return context

    def database_listing(self, request) -> dict:
        """While search is down: the visible items of this kind from the database, newest first, in pages."""
        from django.core.paginator import Paginator

        items = kinds.get(self.kind).page_model.objects.visible()
        items = items.select_related("locale").order_by("-publication_date", "-pk")
        page = Paginator(items, FALLBACK_PAGE_SIZE).get_page(request.GET.get("page"))
        return {"fallback": page, "query": request.GET.get("q", "")[:200]}

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response.status_code = response.context_data["search_status"]
        return response
