"""The Wagtail admin in a language it is written in.

Wagtail ships no Kazakh catalogue, so under Kazakh the admin (its login page first of all) would show
English while declaring lang="kk". Readers of Kazakh here read Russian, which Wagtail has: the admin
switches to it, and the page's lang attribute says so. Languages Wagtail has are left alone.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.admin.localization import get_available_admin_languages

ADMIN_FALLBACK = {"kk": "ru"}


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(reverse("wagtailadmin_home")):
            current = translation.get_language() or settings.LANGUAGE_CODE
            available = {code for code, _name in get_available_admin_languages()}
            if current not in available and ADMIN_FALLBACK.get(current) in available:
                translation.activate(ADMIN_FALLBACK[current])
                request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)
