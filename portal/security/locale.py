"""Django's LocaleMiddleware, minus the redirect of machine endpoints' 404s into the page tree.

With ``prefix_default_language``, Django answers a 404 on a path without a
language prefix by redirecting to the same path under /en/ whenever that path
could be valid there, and Wagtail's catch-all page route makes every path valid.
So a JSON 404 from /api/, a 404 for an unknown feed or a withheld document
became a redirect ending on an HTML page-not-found. Paths under
``UNPREFIXED_PATHS`` keep their own 404.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path.startswith(tuple(settings.UNPREFIXED_PATHS)):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
