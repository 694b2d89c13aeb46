"""Signed-in readers save searches and get a weekly digest of new items, with one-click unsubscribe."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from portal.savedsearches.models import SavedSearch
from portal.savedsearches.tokens import token_for

PASSWORD = "reader-password-123"


@pytest.fixture
def reader(db):
    return get_user_model().objects.create_user("reader", "reader@example.org", PASSWORD)


@pytest.fixture
def signed_in(reader):
    client = Client()
    client.force_login(reader)
    return client


def test_a_visitor_is_asked_to_sign_in_and_comes_back_to_the_search(client, es, reader, make_paper):
    make_paper(title="Mentoring pupils")
    html = client.get("/kk/search/", {"q": "mentoring"}).content.decode()
    assert "Save this search" not in html and "Осы іздеуді сақтау" not in html
    link = re.search(r'<a href="(/kk/_util/login/\?next=[^"]+)"[^>]*>([^<]+)</a>', html)
    assert link.group(2) == "Осы іздеуді сақтап, жаңа материалдарды e-mail арқылы алу үшін кіріңіз"
    login_page = client.get(link.group(1).replace("&amp;", "&"))
    assert login_page.status_code == 200 and "<h1>Кіру</h1>" in login_page.content.decode()
    response = client.post(
        "/kk/_util/login/", {"username": "reader", "password": PASSWORD, "next": "/kk/search/?q=mentoring"}
    )
    assert response.status_code == 302 and response["Location"] == "/kk/search/?q=mentoring"
    assert "Осы іздеуді сақтау" in client.get("/kk/search/", {"q": "mentoring"}).content.decode()


def test_the_list_of_saved_searches_needs_sign_in(client, db):
    response = client.get("/ru/saved-searches/")
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == "/ru/_util/login/"


def test_a_reader_saves_a_search_once_and_manages_it(signed_in, reader, es, make_paper):
    make_paper(title="Mentoring pupils")
    html = signed_in.get("/ru/search/", {"q": "mentoring", "kind": "paper", "page": "1"}).content.decode()
    query = re.search(r'<input type="hidden" name="query" value="([^"]*)">', html).group(1).replace("&amp;", "&")
    response = signed_in.post("/ru/saved-searches/save/", {"query": query})
    assert response.status_code == 302 and response["Location"] == "/ru/saved-searches/"
    signed_in.post("/ru/saved-searches/save/", {"query": query})
    saved = SavedSearch.objects.get(user=reader)
    assert (saved.query, saved.language, saved.digest) == ("q=mentoring&kind=paper", "ru", True)
    listing = signed_in.get("/ru/saved-searches/").content.decode()
    assert "Сохранённые поиски" in listing and "«mentoring», Научная статья" in listing
    assert 'href="/ru/search/?q=mentoring&amp;kind=paper"' in listing
    assert 'href="/ru/search/feed/?q=mentoring&amp;kind=paper"' in listing
    signed_in.post(f"/ru/saved-searches/{saved.pk}/digest/", {"digest": "off"})
    saved.refresh_from_db()
    assert saved.digest is False
    signed_in.post(f"/ru/saved-searches/{saved.pk}/delete/")
    assert not SavedSearch.objects.exists()


def test_a_bad_saved_query_is_refused_with_a_message(signed_in, es):
    response = signed_in.post("/kk/saved-searches/save/", {"query": "sort=random"})
    assert response.status_code == 400
    assert "Мыналардың бірі бойынша сұрыптаңыз" in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_nobody_can_touch_another_readers_saved_search(signed_in, db):
    other = get_user_model().objects.create_user("other", "other@example.org", PASSWORD)
    theirs = SavedSearch.objects.create(user=other, query="q=fraud", language="en")
    assert signed_in.post(f"/en/saved-searches/{theirs.pk}/delete/").status_code == 404
    assert signed_in.post(f"/en/saved-searches/{theirs.pk}/digest/", {"digest": "off"}).status_code == 404
    assert SavedSearch.objects.filter(pk=theirs.pk, digest=True).exists()


def published(page, days_ago: float):
    """Pretend ``page`` was first published ``days_ago`` days ago."""
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    Page.objects.filter(pk=page.pk).update(first_published_at=moment)
    return page


@pytest.fixture
def week_old_search(reader):
    saved = SavedSearch.objects.create(user=reader, query="q=mentoring", language="en")
    SavedSearch.objects.filter(pk=saved.pk).update(
        created=timezone.now() - datetime.timedelta(days=30), last_sent=timezone.now() - datetime.timedelta(days=8)
    )
    saved.refresh_from_db()
    return saved


def test_the_digest_holds_only_new_visible_items_the_search_finds(es, make_paper, week_old_search, committed):
    new = published(make_paper(title="Mentoring at school, new"), days_ago=1)
    published(make_paper(title="Mentoring, already sent"), days_ago=10)
    published(make_paper(title="Street lighting, new"), days_ago=1)
    make_paper(title="Mentoring draft", publish=False)
    private = published(make_paper(title="Mentoring for staff only"), days_ago=1)
    with committed():
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    expired = published(make_paper(title="Mentoring withdrawn"), days_ago=1)
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - datetime.timedelta(hours=1))

    call_command("send_search_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["reader@example.org"]
    assert message.subject == "Zertteushi: 1 new item for your saved search"
    assert "Mentoring at school, new" in message.body and f"http://127.0.0.1:8000{new.url}" in message.body
    for absent in ("already sent", "Street lighting", "draft", "staff only", "withdrawn"):
        assert absent not in message.body
    html = message.alternatives[0][0]
    assert "Mentoring at school, new" in html and "withdrawn" not in html
    token = token_for(week_old_search)
    assert (
        message.extra_headers["List-Unsubscribe"] == f"<http://127.0.0.1:8000/en/saved-searches/unsubscribe/{token}/>"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    week_old_search.refresh_from_db()
    assert timezone.now() - week_old_search.last_sent < datetime.timedelta(minutes=5)

    # A run right after it (even one that does not wait a week) finds nothing new and sends nothing.
    mail.outbox.clear()
    call_command("send_search_digests", "--every-days", "0", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []


def test_no_digest_before_a_week_has_passed(es, make_paper, reader):
    SavedSearch.objects.create(user=reader, query="q=mentoring", language="en")
    published(make_paper(title="Mentoring, brand new"), days_ago=0)
    call_command("send_search_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []


def test_the_digest_speaks_the_language_the_search_was_saved_in(es, make_paper, week_old_search):
    SavedSearch.objects.filter(pk=week_old_search.pk).update(language="ru")
    published(make_paper(title="Mentoring one"), days_ago=2)
    published(make_paper(title="Mentoring two"), days_ago=1)
    call_command("send_search_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    message = mail.outbox[0]
    assert message.subject == "Zertteushi: 2 новых материала по вашему сохранённому поиску"
    assert message.body.index("Mentoring two") < message.body.index("Mentoring one")  # newest first
    assert "/ru/saved-searches/unsubscribe/" in message.extra_headers["List-Unsubscribe"]


def test_one_click_unsubscribe_stops_the_digest(es, make_paper, week_old_search):
    url = f"/en/saved-searches/unsubscribe/{token_for(week_old_search)}/"
    client = Client(enforce_csrf_checks=True)  # a mail client posts without any form token
    page = client.get(url)
    assert page.status_code == 200 and "Stop the weekly e-mails for the search “mentoring”?" in page.content.decode()
    week_old_search.refresh_from_db()
    assert week_old_search.digest is True  # a link scanner that follows the link unsubscribes nobody
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert "You will no longer receive e-mails" in response.content.decode()
    week_old_search.refresh_from_db()
    assert week_old_search.digest is False
    published(make_paper(title="Mentoring, new"), days_ago=1)
    call_command("send_search_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []


def test_a_forged_unsubscribe_link_does_nothing(client, week_old_search):
    forged = token_for(week_old_search)[:-3] + "abc"
    response = client.post(f"/en/saved-searches/unsubscribe/{forged}/")
    assert response.status_code == 404
    week_old_search.refresh_from_db()
    assert week_old_search.digest is True


def test_saving_from_a_listing_keeps_its_kind(signed_in, reader, es, make_item, sections):
    make_item("practice", title="School mentoring")
    html = signed_in.get(sections["practice"].url, {"q": "mentoring"}).content.decode()
    query = re.search(r'<input type="hidden" name="query" value="([^"]*)">', html).group(1).replace("&amp;", "&")
    signed_in.post("/en/saved-searches/save/", {"query": query})
    assert SavedSearch.objects.get(user=reader).query == "q=mentoring&kind=practice"
