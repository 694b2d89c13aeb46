from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.analytics import api as analytics_api
from search.web.api import api as search_api
from search.web.api_docs import api_docs

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include("search.web.urls")),
    path("api/docs/", api_docs, {"api": search_api}, name="api-docs"),
    path("api/", analytics_api.mount()),
    path("i18n/setlang/", set_language, name="set_language"),
    # Browsers and feed readers ask for /favicon.ico whatever the page links.
    path("favicon.ico", lambda request: redirect(static("favicon.ico"), permanent=True)),
    path("", include("portal.scholarly.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages live under /kk/, /ru/ and /en/; each prefix serves that locale's tree.
urlpatterns += i18n_patterns(
    path("analytics/", include("portal.analytics.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
