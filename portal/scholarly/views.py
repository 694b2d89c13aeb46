"""Citation downloads, feeds, robots.txt."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_GET
from wagtail.models import Page

from portal.publications import kinds
from portal.publications.visibility import visible_pages
from search.query import faceted
from search.query.params import BadRequest, parse_params

from . import citations, sets
from .metadata import Record, has_record, record_for

FEED_SIZE = 30


def public_page(page_id: int) -> Page:
    page = visible_pages(Page.objects.all()).filter(pk=page_id).specific().first()
    if page is None or not has_record(page):
        raise Http404("No public item has this id.")
    return page


def site_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def download(fmt: str, records, filename: str) -> HttpResponse:
    content_type, extension = citations.FORMATS[fmt]
    response = HttpResponse(citations.render(fmt, records), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response


@require_GET
def cite(request, page_id: int, fmt: str):
    if fmt not in citations.FORMATS:
        raise Http404(f"Unknown citation format; use one of {', '.join(citations.FORMATS)}.")
    record = record_for(public_page(page_id), site_url(request))
    return download(fmt, [record], citations.bibtex_key(record))


@require_GET
def export_results(request, fmt: str):
    """The current search (query and filters, as on /search/) as a citation file, up to EXPORT_LIMIT items.

    An Elasticsearch outage becomes a 503 through ``search.web.availability.SearchOutageMiddleware``.
    """
    if fmt not in citations.FORMATS:
        raise Http404(f"Unknown citation format; use one of {', '.join(citations.FORMATS)}.")
    try:
        params = parse_params(request.GET)
    except BadRequest as error:
        return HttpResponseBadRequest(error.message, content_type="text/plain; charset=utf-8")
    ids = faceted.matching_ids(params, limit=settings.SCHOLARLY["EXPORT_LIMIT"])
    pages = visible_pages(Page.objects.all()).filter(pk__in=ids).specific().in_bulk()
    base = site_url(request)
    records = [record_for(pages[pk], base) for pk in ids if pk in pages and has_record(pages[pk])]
    return download(fmt, records, "zertteushi-search")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /django-admin/", ""]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@dataclass
class FeedSet:
    spec: str | None  # None (everything), "kind:<kind>" or "topic:<slug>"
    site_url: str


@dataclass
class FeedItem:
    record: Record
    published: datetime


class NewItemsFeed(Feed):
    """RSS 2.0 of the newest public items, overall, of one kind or under one top-level topic.

    Django shares one feed object between all requests, so everything a request
    needs travels in the object ``get_object`` returns, not on ``self``.
    """

    description_template = None

    def get_object(self, request, kind: str | None = None, topic: str | None = None):
        spec = f"kind:{kind}" if kind else f"topic:{topic}" if topic else None
        if spec and not sets.exists(spec):
            raise Http404("There is no such kind or top-level topic.")
        return FeedSet(spec, site_url(request))

    def title(self, obj):
        names = dict(sets.all_sets())
        return f"Zertteushi — {names[obj.spec] if obj.spec else 'new items'}"

    def link(self, obj):
        return "/"

    def description(self, obj):
        return "New research, practice reviews, methodologies and projects of the law-and-order academy."

    def items(self, obj):
        pages = visible_pages(Page.objects.all()).type(*sets.page_models(obj.spec)).filter(sets.page_filter(obj.spec))
        pages = pages.exclude(first_published_at=None).order_by("-first_published_at", "-pk").specific()
        return [FeedItem(record_for(p, obj.site_url), p.first_published_at) for p in pages[:FEED_SIZE]]

    def item_title(self, item):
        return item.record.title

    def item_description(self, item):
        return item.record.abstract

    def item_link(self, item):
        return item.record.url

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.record.modified

    def item_author_name(self, item):
        return "; ".join(a.full_name for a in item.record.authors) or None

    def item_categories(self, item):
        return [kinds.get(item.record.kind).plural["en"]]


class NewItemsAtomFeed(NewItemsFeed):
    feed_type = Atom1Feed
    subtitle = NewItemsFeed.description
