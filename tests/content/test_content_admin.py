"""Editors work in the Wagtail admin: every page type, snippet and the workflow open there."""

import pytest
from django.urls import reverse

from portal.home.editorial import ensure_editorial_setup


@pytest.mark.parametrize(
    ("kind", "app", "model"),
    [
        ("paper", "research", "researchpaper"),
        ("practice", "practices", "practicereview"),
        ("methodology", "methodologies", "methodology"),
        ("project", "projects", "regionalproject"),
    ],
)
def test_every_page_type_can_be_added_and_edited(es, admin_client, make_item, sections, kind, app, model):
    listing = sections[kind]
    assert admin_client.get(reverse("wagtailadmin_pages:add", args=(app, model, listing.pk))).status_code == 200
    page = make_item(kind, title=f"Existing {kind}")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200
    assert f"Existing {kind}" in response.content.decode()


@pytest.mark.parametrize("snippet", ["taxonomy_topic", "taxonomy_region", "taxonomy_organisation", "people_person"])
def test_taxonomy_snippets_are_listed_and_searchable(admin_client, snippet):
    url = reverse(f"wagtailsnippets_{snippet}:list")
    assert admin_client.get(url).status_code == 200
    assert admin_client.get(url, {"q": "Zhambyl"}).status_code == 200


def test_region_list_holds_kazakhstans_regions_and_cities(admin_client):
    html = admin_client.get(reverse("wagtailsnippets_taxonomy_region:list"), {"q": "Shymkent"}).content.decode()
    assert "Shymkent" in html


def test_admin_shows_the_editorial_workflow(admin_client):
    workflow = ensure_editorial_setup()
    html = admin_client.get(reverse("wagtailadmin_workflows:index")).content.decode()
    assert workflow.name in html
