"""The one rule for what the public may see, used by every surface that lists, exports or indexes content.

A page is visible when it is live, has no view restriction on it or on any page
above it, and has not expired, whether Wagtail has already marked it expired or
its ``expire_at`` has merely passed (``publish_scheduled`` unpublishes expired
pages only when it runs). The home page lists, the sitemap, feeds, OAI-PMH,
citation exports, the translation links and the search index all ask here.

The restricted sections are read once per web request (a page asks this rule a
dozen times: lists, translation links, "most read"); outside requests, and after
any change to a restriction, they are read again at each question.
"""

import threading

from django.core.signals import request_finished, request_started
from django.db.models import Q, QuerySet
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

_request = threading.local()  # each server thread serves one request at a time


def _per_request(name: str, read):
    """``read()``, kept for the rest of the web request (outside requests, read at each call)."""
    value = getattr(_request, name, None)
    if value is None:
        value = read()
        if getattr(_request, "active", False):
            setattr(_request, name, value)
    return value


def restricted_sections() -> list[tuple[str, int]]:
    """(path, depth) of every page with a view restriction: it and the pages below it are not public."""
    return _per_request("sections", lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")))


def _restriction_may_apply(page: Page) -> bool:
    """Whether ``page.get_view_restrictions()`` can find anything: False when no restricted section covers
    the page's path and no page is an alias of a restricted one (restrictions follow aliases)."""
    sections = restricted_sections()
    if not sections:
        return False
    if page.alias_of_id or any(page.path.startswith(path) for path, _depth in sections):
        return True
    restricted = PageViewRestriction.objects.values("page_id")
    return _per_request("aliased", lambda: Page.objects.filter(alias_of__in=restricted).exists())


def _request_started(**kwargs):
    _request.active, _request.sections, _request.aliased = True, None, None


def _request_finished(**kwargs):
    _request.active, _request.sections, _request.aliased = False, None, None


def _restrictions_changed(**kwargs):
    _request.sections = _request.aliased = None


request_started.connect(_request_started, dispatch_uid="visibility-request-started")
request_finished.connect(_request_finished, dispatch_uid="visibility-request-finished")
post_save.connect(_restrictions_changed, sender=PageViewRestriction, dispatch_uid="visibility-restriction-saved")
post_delete.connect(_restrictions_changed, sender=PageViewRestriction, dispatch_uid="visibility-restriction-deleted")


def visible_pages(pages: QuerySet) -> QuerySet:
    """``pages`` narrowed to those anyone may see (for plain ``Page`` querysets and any page queryset).

    The restriction part is Wagtail's ``public()``, with the sections read as ``restricted_sections`` says.
    """
    pages = pages.live().filter(expired=False).exclude(expire_at__lte=timezone.now())
    private = Q()
    for path, depth in restricted_sections():
        private |= Q(path__startswith=path, depth__gte=depth)
    return pages.exclude(private) if private else pages


def is_visible(page: Page) -> bool:
    """The rule of ``visible_pages`` for one page in hand."""
    if not page.live or page.expired:
        return False
    if page.expire_at and page.expire_at <= timezone.now():
        return False
    return not (_restriction_may_apply(page) and page.get_view_restrictions().exists())


class PublicationQuerySet(PageQuerySet):
    def visible(self) -> "PublicationQuerySet":
        return visible_pages(self)


PublicationManager = PageManager.from_queryset(PublicationQuerySet)


def visible_to(pages: QuerySet, request=None) -> QuerySet:
    """``pages`` narrowed to those this request may see: the visible ones, and live, unexpired ones whose
    view restrictions (on them or above) the request has passed: a page password given in this session,
    a sign-in. Documents follow their pages by this rule (portal.security.documents)."""
    if request is None:
        return visible_pages(pages)
    unexpired = pages.live().filter(expired=False).exclude(expire_at__lte=timezone.now())
    passed = [
        page.pk
        for page in unexpired
        if all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
    ]
    return Page.objects.filter(pk__in=passed)


def is_visible_to(page: Page, request) -> bool:
    """The rule of ``visible_to`` for one page in hand: ``is_visible``, or restricted and passed by ``request``."""
    if not page.live or page.expired or (page.expire_at and page.expire_at <= timezone.now()):
        return False
    if not _restriction_may_apply(page):
        return True
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
