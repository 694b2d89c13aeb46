"""Every results page offers its search as an Atom feed, newest first, with the same hits as the page."""

import datetime
import re

import feedparser

from tests.support.corpus import doc, write


def hrefs(html: str) -> list[str]:
    return re.findall(r'<article class="hit"[^>]*>\s*<h2[^>]*><a href="([^"]*)"', html)


def feed_link(html: str) -> str:
    head = html.split("</head>")[0]
    links = re.findall(r'<link rel="alternate" type="application/atom\+xml" title="[^"]*" href="([^"]+)">', head)
    search_links = [link for link in links if "/search/feed/" in link]
    assert len(search_links) == 1, links
    return search_links[0].replace("&amp;", "&")


def test_the_feed_is_valid_atom_with_the_pages_hits_newest_first(client, es):
    for year in (2019, 2025, 2021, 2023):
        write(doc(f"Juvenile mentoring study {year}", year=year, abstract="Mentoring of juveniles."))
    write(doc("Street lighting", year=2024), doc("Juvenile mentoring in Russian", language="ru", year=2022))
    page = client.get("/en/search/", {"q": "juvenile mentoring", "language": "en"})
    html = page.content.decode()
    url = feed_link(html)
    assert url == "/en/search/feed/?q=juvenile+mentoring&language=en"
    assert f'href="{url.replace("&", "&amp;")}"' in html.split("</head>")[1]  # a visible link too

    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Zertteushi: “juvenile mentoring”, English"
    titles = [e.title for e in feed.entries]
    assert titles == [f"Juvenile mentoring study {y}" for y in (2025, 2023, 2021, 2019)]
    assert all(e.id and e.link.startswith("http://testserver/") and e.updated_parsed for e in feed.entries)
    newest_page = client.get("/en/search/", {"q": "juvenile mentoring", "language": "en", "sort": "newest"})
    assert [e.link.removeprefix("http://testserver") for e in feed.entries] == hrefs(newest_page.content.decode())


def test_the_feed_follows_the_same_filters_and_year_range_as_the_page(client, es):
    write(
        doc("Review one", kind="practice", year=2020, evidence_rating="effective"),
        doc("Review two", kind="practice", year=2024, evidence_rating="promising"),
        doc("Review three", kind="practice", year=2016, evidence_rating="effective"),
        doc("A paper", kind="paper", year=2021),
    )
    params = {"kind": "practice", "rating": "effective", "year_from": "2018", "year_to": "2025"}
    html = client.get("/ru/search/", params).content.decode()
    feed = feedparser.parse(client.get(feed_link(html)).content)
    assert [e.title for e in feed.entries] == ["Review one"]
    assert feed.feed.language == "ru"
    assert "Обзор лучшей практики" in feed.feed.title and "2018–2025" in feed.feed.title


def test_a_listing_offers_the_feed_of_its_kind(client, es, sections, make_item):
    make_item("practice", title="School mentoring")
    make_item("methodology", title="Crime mapping")
    html = client.get(sections["practice"].url).content.decode()
    feed = feedparser.parse(client.get(feed_link(html)).content)
    assert [e.title for e in feed.entries] == ["School mentoring"]


def test_unpublished_items_never_reach_the_feed(client, es, make_paper):
    make_paper(title="Published mentoring", publication_date=datetime.date(2024, 1, 1))
    make_paper(title="Draft mentoring", publish=False)
    feed = feedparser.parse(client.get("/en/search/feed/", {"q": "mentoring"}).content)
    assert [e.title for e in feed.entries] == ["Published mentoring"]


def test_a_bad_parameter_gets_a_translated_400(client, es):
    response = client.get("/kk/search/feed/", {"sort": "random"})
    assert response.status_code == 400
    assert "Мыналардың бірі бойынша сұрыптаңыз" in response.content.decode()
