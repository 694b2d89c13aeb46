"""With Elasticsearch unreachable, listings, the home page and item pages are served from the database."""

import datetime

import pytest

from tests.support.fault import using_cluster


@pytest.fixture
def papers(make_paper):
    made = [
        make_paper(title=f"Prison education study {n}", publication_date=datetime.date(2020 + n % 5, 1, 1 + n))
        for n in range(23)
    ]
    make_paper(title="Draft never shown", publish=False)
    return made


@pytest.fixture
def search_down(papers):
    with using_cluster(URL="http://127.0.0.1:9"):  # nothing listens on port 9
        yield


def test_a_listing_lists_visible_items_newest_first_from_the_database(search_down, papers, papers_index, client):
    response = client.get(papers_index.url)
    assert response.status_code == 200
    text = response.text
    assert "Filters are temporarily unavailable" in text
    newest = sorted(papers, key=lambda p: (p.publication_date, p.pk), reverse=True)
    positions = [text.index(f">{p.title}<") for p in newest[:20]]
    assert positions == sorted(positions), "newest first"
    assert f">{newest[20].title}<" not in text, "twenty to a page"
    assert "Draft never shown" not in text
    second = client.get(papers_index.url, {"page": 2})
    assert second.status_code == 200 and f">{newest[22].title}<" in second.text
    assert client.get(papers_index.url, {"page": "x"}).status_code == 400, "a bad page number is still a 400"


def test_a_listing_searched_during_the_outage_says_the_words_were_not_applied(search_down, papers_index, client):
    response = client.get(papers_index.url, {"q": "education"})
    assert response.status_code == 200
    assert "Search is temporarily unavailable, so your words and filters cannot be applied" in response.text


def test_home_and_item_pages_render_while_only_search_says_it_is_down(search_down, papers, client):
    assert client.get("/", follow=True).status_code == 200
    detail = client.get(papers[0].url)
    assert detail.status_code == 200 and papers[0].title in detail.text
    assert client.get("/en/search/", {"q": "education"}).status_code == 503
