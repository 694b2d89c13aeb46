"""One visibility rule on every surface: an expired page and a page under a view restriction appear nowhere.

The expired page has passed its ``expire_at`` while still live (``publish_scheduled``
has not run, so Wagtail has not marked it expired); it was indexed before it
expired, so search must leave it out by itself. The restricted page sits in a
listing that only logged-in users may see. Both are translations of a visible
paper, so the translation links are checked too. Each surface is read the way a
visitor, a crawler or a harvester reads it, in HTML, XML or JSON.
"""

import datetime
import time

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from portal.home.locales import localized
from search.index.mapping import alias_name
from search.query.related import related

VISIBLE = "Zebrafish surveillance in open rivers"
EXPIRED = "Zebrafish surveillance in ponds, withdrawn"
RESTRICTED = "Zebrafish surveillance in restricted lakes"
ABSTRACT = "Zebrafish counts in rivers, ponds and lakes by volunteer surveillance teams."
EXPIRES_IN = 8  # seconds: long enough to publish and index the page, then it lapses


@pytest.fixture
def pages(es, make_item, papers_index, committed):
    visible = make_item("paper", title=VISIBLE, abstract=ABSTRACT, language="en", keywords=["zebrafish"])
    private_listing = localized(papers_index, "kk")
    with committed():
        PageViewRestriction.objects.create(page=private_listing, restriction_type="login")
    restricted = make_item(
        "paper", title=RESTRICTED, abstract=ABSTRACT, language="kk", keywords=["zebrafish"], translation_of=visible
    )
    expires_at = timezone.now() + datetime.timedelta(seconds=EXPIRES_IN)
    expired = make_item(
        "paper",
        title=EXPIRED,
        abstract=ABSTRACT,
        language="ru",
        keywords=["zebrafish"],
        translation_of=visible,
        expire_at=expires_at,
    )
    time.sleep(max(0.0, (expires_at - timezone.now()).total_seconds()) + 0.5)
    expired.refresh_from_db()
    assert expired.live and not expired.expired, "the page has lapsed but nothing has unpublished it"
    assert es.exists(index=alias_name(), id=expired.pk), "it was indexed while it was current"
    return visible, expired, restricted


HIDDEN = (EXPIRED, RESTRICTED)


def shows(text: str) -> dict[str, bool]:
    return {title: title in text for title in (VISIBLE, *HIDDEN)}


ONLY_VISIBLE = {VISIBLE: True, EXPIRED: False, RESTRICTED: False}


def links(html: str, pages) -> list[bool]:
    """Which of ``pages`` the HTML links to (search pages highlight words in titles, so links are compared)."""
    return [f'href="{page.url}"' in html for page in pages]


def test_html_surfaces(client, pages, papers_index):
    visible, expired, restricted = pages
    home = papers_index.get_parent().specific
    # Each language's home page lists an item in that language when it may: not the hidden translations.
    homes = [localized(home, language).url for language in ("en", "ru", "kk")]
    for url in (*homes, "/en/search/?q=zebrafish", papers_index.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert links(response.text, pages) == [True, False, False], url
    detail = client.get(visible.url).text
    # Translation links ("also available in", hreflang) and the language switcher lead to visible pages only.
    assert links(detail, [expired, restricted]) == [False, False]
    assert shows(detail) == ONLY_VISIBLE


def test_crawler_and_harvester_surfaces(client, pages):
    visible, expired, restricted = pages
    sitemap = client.get("/sitemap.xml").text
    assert visible.url in sitemap
    assert expired.url not in sitemap and restricted.url not in sitemap
    for url in ("/feeds/atom/", "/feeds/rss/", "/feeds/paper/atom/"):
        assert shows(client.get(url).text) == ONLY_VISIBLE, url
    harvest = client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"}).text
    assert shows(harvest) == ONLY_VISIBLE
    for page in (expired, restricted):
        record = client.get(
            "/oai/", {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": f"oai:zertteushi.kz:{page.pk}"}
        ).text
        assert page.title not in record


def test_citation_exports(client, pages):
    visible, expired, restricted = pages
    assert client.get(f"/cite/{visible.pk}.bibtex").status_code == 200
    for page in (expired, restricted):
        assert client.get(f"/cite/{page.pk}.bibtex").status_code == 404
    for fmt in ("bibtex", "ris", "csl"):
        exported = client.get(f"/search/export.{fmt}", {"q": "zebrafish"})
        assert exported.status_code == 200
        assert shows(exported.content.decode()) == ONLY_VISIBLE, fmt


def test_json_surfaces(client, pages):
    visible, expired, restricted = pages
    found = client.get("/api/search/", {"q": "zebrafish"}).json()
    assert {hit["title"] for hit in found["hits"]} == {VISIBLE}
    browsed = client.get("/api/search/", {"kind": "paper"}).json()
    assert {hit["title"] for hit in browsed["hits"]} == {VISIBLE}
    suggested = client.get("/api/suggest/", {"q": "zebrafish s"}).json()
    assert {s["text"] for s in suggested["suggestions"] if s["type"] == "title"} == {VISIBLE}


def test_related_items(client, pages, make_item):
    visible, expired, restricted = pages
    neighbour = make_item("paper", title="Zebrafish counts by volunteers", abstract=ABSTRACT, keywords=["zebrafish"])
    found = {item.id for item in related(neighbour.pk)}
    assert visible.pk in found and not found & {expired.pk, restricted.pk}
    assert links(client.get(neighbour.url).text, pages) == [True, False, False]
