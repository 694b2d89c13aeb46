"""Each search is recorded without personal data; editors see top and zero-result queries for a period."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from search.analytics.log import SearchEvent
from tests.support.corpus import doc, write


@pytest.fixture
def items(es):
    write(doc("Mentoring against juvenile offending"), doc("Street lighting", kind="project"))


def test_a_search_is_recorded_normalised_without_personal_data(client, items):
    client.get("/search/", {"q": "  Mentoring   JUVENILE ", "kind": "practice"}, REMOTE_ADDR="10.1.2.3")
    client.get("/api/search/", {"q": "zzzyx"})
    first, second = SearchEvent.objects.order_by("created_at")
    assert (first.query, first.filters, first.result_count, first.channel) == (
        "mentoring juvenile",
        {"kind": ["practice"]},
        1,
        "html",
    )
    assert first.took_ms >= 0
    assert (second.query, second.result_count, second.channel) == ("zzzyx", 0, "api")
    stored = {f.name for f in SearchEvent._meta.get_fields()}
    assert stored == {"id", "created_at", "query", "filters", "result_count", "took_ms", "channel"}
    assert "10.1.2.3" not in str(list(SearchEvent.objects.values()))


def test_only_first_pages_and_valid_searches_count(client, items):
    client.get("/search/", {"q": "mentoring", "page": "2"})
    client.get("/api/search/", {"q": "mentoring", "kind": "poem"})
    assert SearchEvent.objects.count() == 0


def event(query, results, days_ago=0):
    e = SearchEvent.objects.create(query=query, result_count=results, took_ms=12, channel="html")
    SearchEvent.objects.filter(pk=e.pk).update(created_at=timezone.now() - datetime.timedelta(days=days_ago))


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("editor", password="pw", is_staff=True)
    group = Group.objects.create(name="Analysts")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_searchevent")
    )
    user.groups.add(group)
    return user


def test_report_lists_top_and_zero_result_queries_for_the_period(client, editor):
    for _ in range(3):
        event("mentoring", 4)
    event("fraud", 2)
    event("zzzyx", 0)
    event("zzzyx", 0)
    event("old query", 0, days_ago=60)
    client.force_login(editor)
    response = client.get("/admin/reports/search-terms/")
    assert response.status_code == 200
    html = response.content.decode()
    top, zero = html.split("Queries with no results")
    assert top.index("mentoring") < top.index("zzzyx") < top.index("fraud")
    assert "zzzyx" in zero and "mentoring" not in zero
    assert "old query" not in html
    today = timezone.localdate()
    start = (today - datetime.timedelta(days=90)).isoformat()
    html = client.get("/admin/reports/search-terms/", {"start": start, "end": today.isoformat()}).content.decode()
    assert "old query" in html.split("Queries with no results")[1]


def test_report_needs_the_permission(client, db):
    user = get_user_model().objects.create_user("plain", password="pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/reports/search-terms/").status_code in (302, 403)


def test_a_reversed_period_is_explained(client, editor):
    client.force_login(editor)
    html = client.get("/admin/reports/search-terms/", {"start": "2025-02-01", "end": "2025-01-01"}).content.decode()
    assert "must not be after its end" in html
