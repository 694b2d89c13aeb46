"""With no Elasticsearch at all, the site still serves pages and says plainly that search is unavailable."""

import time

import pytest

from tests.support.fault import using_cluster


@pytest.fixture
def no_cluster(papers_index):
    with using_cluster(URL="http://127.0.0.1:9"):  # nothing listens on port 9
        yield


def test_search_page_answers_503_quickly_when_the_cluster_is_unreachable(no_cluster, client):
    started = time.monotonic()
    response = client.get("/search/", {"q": "prevention"})
    assert time.monotonic() - started < 3
    assert response.status_code == 503
    assert "Search is temporarily unavailable" in response.text
    assert response["Retry-After"] == "30"


def test_json_clients_get_a_json_503(no_cluster, client):
    response = client.get("/search/", {"q": "prevention"}, headers={"accept": "application/json"})
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "error": {
            "code": "search_unavailable",
            "message": "Search is temporarily unavailable. Published pages can still be browsed; "
            "please try again in a minute.",
            "field": None,
        }
    }


def test_home_page_renders_and_a_listing_falls_back_to_the_database(no_cluster, client, papers_index):
    assert client.get("/", follow=True).status_code == 200
    listing = client.get(papers_index.url)  # a listing is the search fixed to one kind, until search is down
    assert listing.status_code == 200 and "Filters are temporarily unavailable" in listing.text


def test_a_bad_query_is_still_a_400_not_a_503(no_cluster, client):
    assert client.get("/search/", {"q": "x" * 501}).status_code == 400
