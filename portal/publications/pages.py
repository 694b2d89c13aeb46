"""What every content page and every listing page have in common.

A page's content language is its Wagtail locale; translations of one item share
a translation key. A listing is the site search fixed to one kind: it lists
every published item of that kind in every language (the search index holds
one document per translation), newest first, and the language facet lets a
reader keep only the versions in one language. Nothing is hidden for being in
another language than the interface.
"""

from django.db import models
from django.db.models import Exists, OuterRef, Q
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

    # The ordered links to the item's people (authors), for the kinds that have them.
    people_links: str = ""

    def people(self) -> list:
        """The item's people in order, their affiliations read with them, once per page object: the
        citation tags in the head, the page itself and the search document each list them."""
        if "_people" not in self.__dict__:
            links = getattr(self, self.people_links).all() if self.people_links else []
            if self.people_links and self.people_links not in getattr(self, "_prefetched_objects_cache", {}):
                links = links.select_related("person__affiliation")
            self.__dict__["_people"] = [link.person for link in links if link.person_id]
        return self.__dict__["_people"]

    def keyword_names(self) -> list[str]:
        return sorted(tag.name for tag in self.keywords.all())


def one_per_item(items, language: str):
    """Page ids of ``items`` with each item once: in the reader's language if translated, else in the
    first other language that has it; order kept.

    Decided in the database (a version stays when ``items`` holds no version of the same item in a
    language ranked before its own), so a caller that slices the answer reads only what it shows.
    """
    ranked = list(dict.fromkeys([language, *dict(LANGUAGE_NAMES)]))
    same_item = items.order_by().filter(translation_key=OuterRef("translation_key"))
    keep = Q()
    for position, code in enumerate(ranked):
        better = same_item.filter(locale__language_code__in=ranked[:position])
        keep |= Q(locale__language_code=code) & ~Exists(better) if position else Q(locale__language_code=code)
    unranked = ~Q(locale__language_code__in=ranked) & ~Exists(same_item.filter(locale__language_code__in=ranked))
    return items.filter(keep | unranked).values_list("pk", flat=True)


def in_order(model, ids) -> list:
    """The pages of ``ids`` in that order, with what a list of them shows read in a few queries."""
    ids = list(ids)
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
