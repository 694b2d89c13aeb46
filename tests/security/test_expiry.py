"""Expiry takes effect at the instant, on every surface, before ``publish_scheduled`` has run."""

import datetime
import time

import pytest
from defusedxml.ElementTree import fromstring
from django.core.management import call_command
from django.utils import timezone

from portal.scholarly.oai import OAI_NS
from search.index.mapping import alias_name

WORD = "zyxquorum"  # a word only the expiring item holds


@pytest.fixture
def expired(es, make_item, committed):
    """A visible English paper and its Russian translation, which expires a few seconds after publishing."""
    soon = timezone.now() + datetime.timedelta(seconds=3)
    kept = make_item("paper", title="Kept prevention study", language="en", keywords=["prevention"])
    gone = make_item(
        "paper",
        title=f"Expiring {WORD} study",
        language="ru",
        translation_of=kept,
        keywords=["prevention"],
        abstract=f"The {WORD} method of patrol planning.",
        expire_at=soon,
    )
    time.sleep(max(0, (soon - timezone.now()).total_seconds()) + 0.5)
    return kept, gone


def test_the_direct_address_is_gone(expired, client):
    _, gone = expired
    response = client.get(gone.url)
    assert response.status_code == 404
    assert gone.title not in response.content.decode() and "patrol planning" not in response.content.decode()


def test_lists_sitemap_and_translations_leave_it_out(expired, client):
    kept, gone = expired
    home = client.get(gone.get_parent().get_parent().url)
    assert home.status_code == 200 and WORD not in home.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert kept.full_url in sitemap and gone.full_url not in sitemap
    page = client.get(kept.url).content.decode()
    assert gone.url not in page, "no hreflang link and no entry in the translations list"
    assert 'hreflang="ru"' not in page.split("<body")[0]


def test_feeds_oai_and_citations_leave_it_out(expired, client):
    _, gone = expired
    assert WORD not in client.get("/feeds/atom/").content.decode()
    assert client.get(f"/cite/{gone.pk}.bibtex").status_code == 404
    listing = fromstring(client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"}).content)
    identifiers = [e.text for e in listing.iterfind(f".//{{{OAI_NS}}}header/{{{OAI_NS}}}identifier")]
    assert f"oai:zertteushi.kz:{gone.pk}" not in identifiers


def test_search_suggestions_and_did_you_mean_leave_it_out(expired, client):
    kept, gone = expired
    hits = client.get("/api/search/", {"q": "prevention"}).json()["hits"]
    assert [h["id"] for h in hits] == [kept.pk]
    assert client.get("/api/search/", {"q": WORD}).json()["total"] == 0
    suggestions = client.get("/api/suggest/", {"q": "Expiring"}).json()["suggestions"]
    assert all(WORD not in s["text"].lower() for s in suggestions)
    misspelt = client.get("/api/search/", {"q": "zyxquorim"}).json()
    assert misspelt["did_you_mean"] in (None, "") or WORD not in misspelt["did_you_mean"]
    page = client.get("/en/search/", {"q": "zyxquorim"}).content.decode()
    assert WORD not in page


def test_the_scheduled_job_drops_expired_items_from_the_index(expired, es):
    _, gone = expired
    call_command("publish_scheduled")
    call_command("search_index", "drop-expired")
    es.indices.refresh(index=alias_name())
    assert es.count(index=alias_name(), query={"term": {"_id": str(gone.pk)}})["count"] == 0
