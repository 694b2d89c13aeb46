"""The one rule for what the public may see, used by every surface that lists, exports or indexes content.

A page is visible when it is live, has no view restriction on it or on any page
above it, and has not expired, whether Wagtail has already marked it expired or
its ``expire_at`` has merely passed (``publish_scheduled`` unpublishes expired
pages only when it runs). The home page lists, the sitemap, feeds, OAI-PMH,
citation exports, the translation links and the search index all ask here.
"""

from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet


def visible_pages(pages: QuerySet) -> QuerySet:
    """``pages`` narrowed to those anyone may see (for plain ``Page`` querysets and any page queryset)."""
    return pages.live().public().filter(expired=False).exclude(expire_at__lte=timezone.now())


def is_visible(page: Page) -> bool:
    """The rule of ``visible_pages`` for one page in hand."""
    if not page.live or page.expired:
        return False
    if page.expire_at and page.expire_at <= timezone.now():
        return False
    return not page.get_view_restrictions().exists()


class PublicationQuerySet(PageQuerySet):
    def visible(self) -> "PublicationQuerySet":
        return visible_pages(self)


PublicationManager = PageManager.from_queryset(PublicationQuerySet)
