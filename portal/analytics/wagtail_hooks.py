"""Admin: indicators as snippets with their values inline, the CSV upload; counting item page views."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.publications.visibility import is_visible

from . import items, views
from .models import Indicator


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Indicators")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name_en", "project", "code", "frequency"]
    list_filter = ["frequency", "direction", "is_demo"]
    search_fields = ["name_kk", "name_ru", "name_en", "code"]


register_snippet(IndicatorViewSet)


@hooks.register("register_admin_urls")
def upload_url():
    return [path("analytics/import/", views.upload, name="analytics_upload")]


@hooks.register("register_admin_menu_item")
def upload_menu_item():
    return MenuItem(_("Import indicators (CSV)"), reverse("analytics_upload"), icon_name="upload", order=260)


@hooks.register("before_serve_page")
def mark_item_view(page, request, serve_args, serve_kwargs):
    """Mark the request so ``UsageMiddleware`` counts the view once the page has been sent."""
    if items.kind_of(page) and is_visible(page):
        request.analytics_item = page.pk
