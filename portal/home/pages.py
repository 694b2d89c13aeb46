"""What every content page and every listing page have in common.

A page's content language is its Wagtail locale; translations of one item share
a translation key. Listings show the children of every translation of the
listing, so a reader sees all items whatever the interface language, and can
narrow them with facet filters.
"""

import functools
import operator

from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from portal.taxonomy.models import Region, Topic

LANGUAGE_NAMES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]


class PublicationPage(Page):
    """A content item: dated, classified by topics and regions, in one language."""

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

    class Meta:
        abstract = True

    @property
    def language(self) -> str:
        return self.locale.language_code

    def get_language_display(self) -> str:
        return dict(LANGUAGE_NAMES).get(self.language, self.language)

    def available_translations(self):
        """The live, public translations of this item, shown as "also available in"."""
        return self.get_translations().live().public().select_related("locale").order_by("locale__language_code")

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
    pages = model.objects.select_related("locale").in_bulk(ids)
    return [pages[pk] for pk in ids]


class FilterError(ValueError):
    """A filter value a reader cannot have meant: answered with 400 and the message."""


class ListingPage(Page):
    """Lists items of ``item_model`` below this page and its translations, newest first."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    page_size = 12
    item_model: type[PublicationPage]
    # Extra facets: GET parameter -> model field with choices.
    choice_filters: dict[str, str] = {}

    class Meta:
        abstract = True

    def items(self):
        parents = [self, *self.get_translations()]
        under = functools.reduce(operator.or_, (models.Q(path__startswith=p.path, depth=p.depth + 1) for p in parents))
        return (
            self.item_model.objects.live()
            .public()
            .filter(under)
            .select_related("locale")
            .order_by("-publication_date", "-pk")
        )

    def filtered_items(self, params):
        items = self.items()
        selected = {}
        if topic_slug := params.get("topic"):
            topic = Topic.objects.filter(slug=topic_slug).first()
            if topic is None:
                raise FilterError(_("There is no topic “%(value)s”.") % {"value": topic_slug})
            items = items.filter(topics__in=topic.descendants()).distinct()
            selected["topic"] = topic
        if code := params.get("region"):
            region = Region.objects.filter(code=code).first()
            if region is None:
                raise FilterError(_("There is no region “%(value)s”.") % {"value": code})
            items = items.filter(regions=region).distinct()
            selected["region"] = region
        if year := params.get("year"):
            if not year.isdigit() or not 1900 <= int(year) <= 2100:
                raise FilterError(_("The year must be a number such as 2024."))
            items = items.filter(publication_date__year=int(year))
            selected["year"] = year
        if language := params.get("language"):
            if language not in dict(LANGUAGE_NAMES):
                raise FilterError(_("The language must be kk, ru or en."))
            items = items.filter(locale__language_code=language)
            selected["language"] = language
        for param, field_name in self.choice_filters.items():
            if value := params.get(param):
                choices = dict(self.item_model._meta.get_field(field_name).choices)
                if value not in choices:
                    raise FilterError(_("“%(value)s” is not a valid choice.") % {"value": value})
                items = items.filter(**{field_name: value})
                selected[param] = choices[value]
        return items, selected

    def facet_options(self, params):
        """What the filter form offers: only values that occur among the listed items."""
        items = self.items()
        ids = list(items.values_list("pk", flat=True))
        model = self.item_model
        options = {
            "topics": self.topic_options(ids),
            "regions": Region.objects.filter(
                pk__in=model.regions.through.objects.filter(**{f"{model._meta.model_name}__in": ids}).values(
                    "region_id"
                )
            ),
            "years": sorted({d.year for d in items.values_list("publication_date", flat=True)}, reverse=True),
            "languages": LANGUAGE_NAMES,
            "choices": [
                {
                    "param": param,
                    "label": model._meta.get_field(field_name).verbose_name,
                    "options": [
                        (value, label, params.get(param) == value)
                        for value, label in model._meta.get_field(field_name).choices
                    ],
                }
                for param, field_name in self.choice_filters.items()
            ],
        }
        return options

    def topic_options(self, ids: list[int]) -> list[Topic]:
        """Topics of the listed items with their ancestors, so a reader can also pick a broader topic."""
        through = self.item_model.topics.through
        used = Topic.objects.filter(
            pk__in=through.objects.filter(**{f"{self.item_model._meta.model_name}__in": ids}).values("topic_id")
        )
        with_ancestors = {t.pk: t for topic in used for t in topic.ancestors()}
        return sorted(with_ancestors.values(), key=lambda t: t.label)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        try:
            items, selected = self.filtered_items(request.GET)
        except FilterError as error:
            items, selected = self.item_model.objects.none(), {}
            context["filter_error"] = str(error)
        query = request.GET.copy()
        query.pop("page", None)
        listed = Paginator(one_per_item(items, translation.get_language()), self.page_size)
        page = listed.get_page(request.GET.get("page"))
        page.object_list = in_order(self.item_model, page.object_list)
        context.update(
            items=page,
            selected=selected,
            facets=self.facet_options(request.GET),
            filter_query=query.urlencode(),
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if isinstance(response, TemplateResponse) and response.context_data.get("filter_error"):
            response.status_code = 400
        return response
