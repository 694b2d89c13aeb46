"""Concepts as a snippet with revisions; the tree as an admin view; the zero-result action."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Concept


def top_concepts():
    return [(c.slug, c.label) for c in Concept.objects.filter(broader=None).order_by("slug")]


class ConceptFilterSet(WagtailFilterSet):
    under = django_filters.ChoiceFilter(
        label=_("Under"), choices=top_concepts, method="filter_under", empty_label=_("The whole tree")
    )

    def filter_under(self, queryset, name, value):
        return queryset.filter(path__startswith=value) if value else queryset

    class Meta:
        model = Concept
        fields = []


class PathColumn(Column):
    """Where the concept sits in the tree: its broader concepts, root first."""

    def get_value(self, instance):
        return instance.breadcrumb()


class ConceptViewSet(SnippetViewSet):
    model = Concept
    icon = "tag"
    menu_label = _("Thesaurus")
    menu_order = 260
    add_to_admin_menu = True
    search_backend_name = None  # a few thousand rows at most: filter them in the database
    search_fields = [
        "slug",
        "pref_label_kk",
        "pref_label_ru",
        "pref_label_en",
        "alt_labels_kk",
        "alt_labels_ru",
        "alt_labels_en",
    ]
    list_display = [
        "pref_label_kk",
        "pref_label_ru",
        "pref_label_en",
        PathColumn("path", label=_("Place in the tree"), sort_key="path"),
    ]
    list_per_page = 50
    ordering = ["path"]
    filterset_class = ConceptFilterSet


register_snippet(ConceptViewSet)


class TreeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("thesaurus.change_concept")


@hooks.register("register_admin_urls")
def register_thesaurus_admin_urls():
    return [
        path("thesaurus/tree/", admin_views.ConceptTree.as_view(), name="thesaurus_tree"),
        path("thesaurus/add-label/", admin_views.AddLabel.as_view(), name="thesaurus_add_label"),
    ]


@hooks.register("register_reports_menu_item")
def register_thesaurus_tree_menu_item():
    return TreeMenuItem(_("Thesaurus tree"), reverse("thesaurus_tree"), name="thesaurus-tree", icon_name="tag")


@hooks.register("search_term_actions")
def add_query_to_thesaurus(request, query: str):
    """On the search-terms report: offer to make a query that found nothing a label of a concept."""
    if not request.user.has_perm("thesaurus.change_concept"):
        return []
    return [admin_views.add_label_action(query)]
