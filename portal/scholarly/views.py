"""Citation downloads, feeds, robots.txt."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_GET
from wagtail.models import Page

from search import queries
from search.availability import degrades_gracefully
from search.params import BadRequest, parse

from . import citations, sets
from .metadata import KINDS, has_record, public_pages, record_for

FEED_SIZE = 30


def public_page(page_id: int) -> Page:
    page = public_pages().filter(pk=page_id).specific().first()
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
@degrades_gracefully
def export_results(request, fmt: str):
    """The current search (query and filters, as on /search/) as a citation file, up to EXPORT_LIMIT items."""
    if fmt not in citations.FORMATS:
        raise Http404(f"Unknown citation format; use one of {', '.join(citations.FORMATS)}.")
    try:
        params = parse(request.GET)
    except BadRequest as error:
        return HttpResponseBadRequest(error.message, content_type="text/plain; charset=utf-8")
    ids = queries.matching_ids(params, limit=settings.SCHOLARLY["EXPORT_LIMIT"])
    pages = public_pages().filter(pk__in=ids).specific().in_bulk()
    base = site_url(request)
    records = [record_for(pages[pk], base) for pk in ids if pk in pages and has_record(pages[pk])]
    return download(fmt, records, "zertteushi-search")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /django-admin/", ""]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class NewItemsFeed(Feed):
    """RSS 2.0 of the newest public items, overall or of one kind."""

    description_template = None

    def get_object(self, request, kind: str | None = None, topic: str | None = None):
        """The set the feed covers: everything, a kind ("kind:paper") or a top-level topic ("topic:slug")."""
        self.request = request
        spec = f"kind:{kind}" if kind else f"topic:{topic}" if topic else None
        if spec and not sets.exists(spec):
            raise Http404("There is no such kind or top-level topic.")
        return spec

    def title(self, spec):
        names = dict(sets.all_sets())
        return f"Zertteushi — {names[spec] if spec else 'new items'}"

    def link(self, spec):
        return "/"

    def description(self, spec):
        return "New research, practice reviews, methodologies and projects of the law-and-order academy."

    def items(self, spec):
        pages = public_pages().type(*sets.page_models(spec)).filter(sets.page_filter(spec))
        pages = pages.exclude(first_published_at=None)
        return [p for p in pages.order_by("-first_published_at", "-pk").specific()[:FEED_SIZE] if has_record(p)]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return record_for(page, site_url(self.request)).abstract

    def item_link(self, page):
        return page.get_url(self.request)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_author_name(self, page):
        return "; ".join(a.full_name for a in record_for(page, site_url(self.request)).authors) or None

    def item_categories(self, page):
        return [sets.KIND_NAMES.get(KINDS[type(page)], "")]


class NewItemsAtomFeed(NewItemsFeed):
    feed_type = Atom1Feed
    subtitle = NewItemsFeed.description
