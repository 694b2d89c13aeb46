"""Usage statistics by the COUNTER rules: robots out, double clicks once, no address kept, counts shown."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import PageViewRestriction

from portal.analytics import usage
from portal.analytics.models import DailySalt, UsageClick, UsageCount
from portal.pdfs.models import PdfDocument

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
NOW = timezone.now()


@pytest.mark.parametrize(
    "agent",
    ["Googlebot/2.1 (+http://www.google.com/bot.html)", "python-requests/2.32", "curl/8.5.0", "Wget/1.21", ""],
)
def test_robots_and_machines_are_not_counted(db, agent):
    assert usage.record(1, usage.VIEW, "10.0.0.1", agent, NOW) is False
    assert not UsageCount.objects.exists()


def test_repeated_clicks_within_30_seconds_count_once(db):
    assert usage.record(1, usage.VIEW, "10.0.0.1", BROWSER, NOW)
    assert not usage.record(1, usage.VIEW, "10.0.0.1", BROWSER, NOW + datetime.timedelta(seconds=10))
    assert not usage.record(1, usage.VIEW, "10.0.0.1", BROWSER, NOW + datetime.timedelta(seconds=29))
    assert usage.record(1, usage.VIEW, "10.0.0.1", BROWSER, NOW + datetime.timedelta(seconds=60))
    assert usage.record(1, usage.VIEW, "10.0.0.2", BROWSER, NOW + datetime.timedelta(seconds=61))  # someone else
    assert usage.record(1, usage.DOWNLOAD, "10.0.0.1", BROWSER, NOW + datetime.timedelta(seconds=62))  # another action
    assert usage.counts_for(1) == {"views": 3, "downloads": 1}


def test_no_address_or_linkable_identifier_is_kept(db):
    yesterday = NOW - datetime.timedelta(days=1)
    usage.record(1, usage.VIEW, "203.0.113.7", BROWSER, yesterday)
    usage._salt_cache.clear()
    usage.record(1, usage.VIEW, "203.0.113.7", BROWSER, NOW)
    stored = [str(row) for model in (UsageClick, UsageCount, DailySalt) for row in model.objects.values_list()]
    assert not any("203.0.113.7" in row or "Firefox" in row for row in stored)
    assert DailySalt.objects.count() == 1  # yesterday's salt is gone: its hashes can no longer be linked
    assert UsageClick.objects.count() == 1  # clicks older than a day are deleted too
    assert usage.counts_for(1) == {"views": 2, "downloads": 0}  # only the daily totals remain


def test_item_page_views_are_counted_and_shown(es, make_item, client):
    paper = make_item("paper", title="A counted paper")
    for _ in range(3):  # one visitor reloading: one view
        client.get(paper.url, HTTP_USER_AGENT=BROWSER)
    client.get(paper.url, HTTP_USER_AGENT="bingbot/2.0")
    client.get(paper.url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.9")
    assert usage.counts_for(paper.pk) == {"views": 2, "downloads": 0}
    html = client.get(paper.url, HTTP_USER_AGENT="bingbot/2.0").content.decode()
    assert "2 views" in html


def test_hidden_pages_are_not_counted(es, make_item, client):
    paper = make_item("paper", title="Restricted")
    PageViewRestriction.objects.create(page=paper, restriction_type="login")
    client.get(paper.url, HTTP_USER_AGENT=BROWSER)
    assert not UsageCount.objects.exists()


def test_pdf_downloads_are_counted_for_their_item(es, make_item, client, settings):
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"  # the test storage is in memory: hand over to its URL
    document = PdfDocument(title="Paper PDF")
    document.file.save("paper.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    PdfDocument.objects.bulk_create([document])
    document = PdfDocument.objects.get(title="Paper PDF")
    paper = make_item("paper", title="With a PDF", pdf=document)
    url = document.url
    response = client.get(url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 302
    client.get(url, HTTP_USER_AGENT=BROWSER)  # a double click
    assert usage.counts_for(paper.pk) == {"views": 0, "downloads": 1}


def test_most_read_lists_per_kind_on_the_home_page_and_dashboard(es, make_item, client):
    popular = make_item("paper", title="Popular paper")
    quiet = make_item("paper", title="Quiet paper")
    practice = make_item("practice", title="Read practice")
    for i in range(3):
        client.get(popular.url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"10.1.0.{i}")
    client.get(quiet.url, HTTP_USER_AGENT=BROWSER)
    client.get(practice.url, HTTP_USER_AGENT=BROWSER)
    home = client.get("/en/").content.decode()
    section = home.split('id="most-read-heading"')[1]
    assert section.index("Popular paper") < section.index("Quiet paper")
    assert "Best-practice reviews" in section and "Read practice" in section
    dashboard = client.get("/en/analytics/").content.decode()
    assert "Most read" in dashboard and "Popular paper" in dashboard
