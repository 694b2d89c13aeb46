from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.analytics.reports import SearchTermsReport


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchevent")


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/search-terms/", SearchTermsReport.as_view(), name="search_terms_report")]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchTermsMenuItem(
        "Search terms", reverse("search_terms_report"), name="search-terms", icon_name="search", order=1000
    )
