"""The weekly digest: for each saved search, the visible items published since its last digest.

New items are found in the database (first published after the last digest and
visible now), then the search itself decides which of them it matches: the same
query object as the results page, restricted to those ids. So a digest never
holds an unpublished, expired or restricted item, nor one the page would not find.
Nothing is sent when nothing is new; ``last_sent`` then stays, and the next run
looks again from the same moment.
"""

import datetime
import logging
from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext
from wagtail.models import Page

from portal.publications.visibility import visible_pages
from search.index.documents import registrations
from search.query import faceted
from search.query.params import BadRequest
from search.web.feeds import describe

from .models import SavedSearch
from .tokens import token_for
from .views import search_url

logger = logging.getLogger(__name__)

EVERY = datetime.timedelta(days=7)
MAX_ITEMS = 50


@dataclass
class Item:
    title: str
    url: str
    language: str
    published: datetime.datetime


def base_url() -> str:
    return settings.PORTAL_BASE_URL.rstrip("/") + "/"


def due(now: datetime.datetime, every: datetime.timedelta = EVERY):
    """Saved searches with the digest on whose last digest (or creation) is at least ``every`` ago."""
    since = now - every
    searches = SavedSearch.objects.filter(digest=True, user__is_active=True).exclude(user__email="")
    return searches.filter(Q(last_sent__lte=since) | Q(last_sent=None, created__lte=since)).select_related("user")


def new_items(saved: SavedSearch, until: datetime.datetime) -> list[Item]:
    """Visible items first published after the last digest (or the saving) that the search finds, newest first."""
    since = saved.last_sent or saved.created
    fresh = visible_pages(Page.objects.type(*(r.model for r in registrations()))).filter(
        first_published_at__gt=since, first_published_at__lte=until
    )
    candidates = dict(fresh.values_list("pk", "first_published_at"))
    if not candidates:
        return []
    try:
        params = saved.params
    except BadRequest as error:
        logger.warning("saved search %s no longer parses: %s", saved.pk, error.message)
        return []
    ids = faceted.matching_ids(params, limit=len(candidates), among=list(candidates))
    ids = sorted(ids, key=lambda pk: (candidates[pk], pk), reverse=True)[:MAX_ITEMS]
    pages = Page.objects.filter(pk__in=ids).select_related("locale").in_bulk()
    return [
        Item(pages[pk].title, urljoin(base_url(), pages[pk].get_url()), pages[pk].locale.language_code, candidates[pk])
        for pk in ids
        if pk in pages
    ]


def message_for(saved: SavedSearch, items: list[Item]) -> EmailMultiAlternatives:
    with translation.override(saved.language):
        unsubscribe = urljoin(base_url(), reverse("saved-search-unsubscribe", args=[token_for(saved)]))
        context = {
            "items": items,
            "description": describe(saved.params),
            "search_url": urljoin(base_url(), search_url(saved)),
            "manage_url": urljoin(base_url(), reverse("saved-searches")),
            "unsubscribe_url": unsubscribe,
            "language": saved.language,
        }
        subject = ngettext(
            "Zertteushi: %(count)s new item for your saved search",
            "Zertteushi: %(count)s new items for your saved search",
            len(items),
        ) % {"count": len(items)}
        text = render_to_string("savedsearches/digest_email.txt", context)
        html = render_to_string("savedsearches/digest_email.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[saved.user.email],
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    message.attach_alternative(html, "text/html")
    return message


def send_digest(saved: SavedSearch, now: datetime.datetime | None = None) -> int:
    """Send one saved search's digest if anything is new; the number of items sent."""
    now = now or timezone.now()
    items = new_items(saved, until=now)
    if not items:
        return 0
    message_for(saved, items).send()
    saved.last_sent = now
    saved.save(update_fields=["last_sent"])
    return len(items)
