"""PROVISIONAL (security branch): replaced by the structure branch's visibility rule on merge.

Only the request-aware extensions below are meant to survive the merge.
"""

from django.utils import timezone
from wagtail.models import Page

from search.sync.indexer import public


def visible_pages(pages):
    return public(pages)


def _unexpired_live(pages):
    return pages.live().filter(expired=False).exclude(expire_at__lte=timezone.now())


def visible_to(pages, request=None):
    """The pages of ``pages`` this request may see: visible ones, and live unexpired ones whose
    view restrictions (on them or above) this request has passed (a page password given, a sign-in)."""
    if request is None:
        return visible_pages(pages)
    candidates = _unexpired_live(pages)
    passed = [
        page.pk
        for page in candidates
        if all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
    ]
    return Page.objects.filter(pk__in=passed)


def is_visible(page, request=None) -> bool:
    return visible_to(Page.objects.filter(pk=page.pk), request).exists()
