from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.analytics import api as analytics_api
from portal.security.errors import api_not_found
from search.web import views as search_views
from search.web.api import api as search_api
from search.web.api_docs import api_docs

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # /search/ has no language: it sends the reader on to /<lang>/search/ with the same query string.
    path("search/", search_views.to_reader_language, name="search-redirect"),
    path("api/docs/", api_docs, {"api": search_api}, name="api-docs"),
    path("api/docs", lambda request: redirect("api-docs", permanent=True)),
    path("api/", api_not_found),
    path("api/", analytics_api.mount()),
    re_path(r"^api/(?P<rest>.*)$", api_not_found),  # anything else under /api/: a JSON 404, not the page tree
    path("i18n/setlang/", set_language, name="set_language"),
    # Browsers and feed readers ask for /favicon.ico whatever the page links.
    path("favicon.ico", lambda request: redirect(static("favicon.ico"), permanent=True)),
    path("", include("portal.scholarly.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages and the search page live under /kk/, /ru/ and /en/; each prefix serves that locale's tree.
urlpatterns += i18n_patterns(
    path("search/", include("search.web.urls")),
    path("saved-searches/", include("portal.savedsearches.urls")),
    path("concepts/", include("portal.thesaurus.urls")),
    path("analytics/", include("portal.analytics.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
