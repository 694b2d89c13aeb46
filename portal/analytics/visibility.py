"""The one visibility rule, as analytics uses it: only live, public, unexpired, unrestricted content counts.

Until ``portal.publications.visibility`` exists this defers to the rule the
search index applies (``search.sync.indexer.public``), so analytics and search
never disagree about what may be shown.
"""

from django.utils import timezone
from wagtail.models import Page

from search.sync.indexer import public


def visible_pages(pages):
    return public(pages)


def is_visible(page: Page) -> bool:
    if not page.live or page.expired or (page.expire_at and page.expire_at <= timezone.now()):
        return False
    return not page.get_view_restrictions().exists()
