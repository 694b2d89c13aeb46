"""/<lang>/search/feed/: any search as an Atom feed, newest first.

A reader who subscribes to a search gets what the results page would show sorted
by "newest first": the feed runs the same query object (``queries.run``) with the
same parameters, so the page and the feed never disagree.
"""

import datetime
from dataclasses import replace

from django.http import HttpResponse, HttpResponseBadRequest
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from search.query import faceted
from search.query.facets import FACETS, KINDS, labels
from search.query.highlight import strip_markers
from search.query.params import BadRequest, SearchParams, parse_params

FEED_SIZE = 50  # the largest page size, so the feed equals the page "newest first, 50 per page"


def feed_params(params: SearchParams) -> SearchParams:
    return replace(params, sort="newest", page=1, page_size=FEED_SIZE)


def describe(params: SearchParams) -> str:
    """The words and filters of a search in a few words of the reader's language ("" for everything)."""
    parts = [gettext("“%(words)s”") % {"words": params.q}] if params.q else []
    for name, values in params.filters.items():
        names = labels(name, values)
        closed = FACETS[name].translated
        parts += [gettext(names[v]) if closed else names[v] for v in values]
    if params.year_from or params.year_to:
        parts.append(f"{params.year_from or '…'}–{params.year_to or '…'}")
    return ", ".join(parts)


def _title(params: SearchParams) -> str:
    described = describe(params)
    if not described:
        return gettext("Zertteushi: new publications")
    return gettext("Zertteushi: %(search)s") % {"search": described}


def _moment(date: datetime.date | None) -> datetime.datetime | None:
    if date is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time()), datetime.UTC)


def _plain(html: str) -> str:
    return strip_markers(str(html).replace("<mark>", "").replace("</mark>", ""))


@require_GET
def search_feed(request):
    try:
        params = feed_params(parse_params(request.GET))
    except BadRequest as error:
        return HttpResponseBadRequest(error.message, content_type="text/plain; charset=utf-8")
    results = faceted.run(params)
    page_url = request.build_absolute_uri(request.path.removesuffix("feed/"))
    query = request.GET.urlencode()
    feed = Atom1Feed(
        title=_title(params),
        link=f"{page_url}?{query}" if query else page_url,
        description=gettext("New publications found by this search, newest first."),
        language=translation.get_language(),
        feed_url=request.build_absolute_uri(),
        author_name="Zertteushi",
    )
    for hit in results.hits:
        url = request.build_absolute_uri(hit.url)
        moment = _moment(hit.publication_date) or _moment(datetime.date(hit.year or 1970, 1, 1))
        feed.add_item(
            title=hit.title,
            link=url,
            unique_id=url,
            description=_plain(hit.snippet_html),
            author_name="; ".join(hit.authors) or None,
            pubdate=moment,
            updateddate=moment,
            categories=[gettext(KINDS[hit.kind])] if hit.kind in KINDS else [],
        )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    return response
