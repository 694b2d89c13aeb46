"""Listings are the site search fixed to one kind: its items, facet links, pages, sorting and errors."""

import datetime
import html as html_lib
import re

import pytest
from wagtail.models import PageViewRestriction

from portal.taxonomy.models import Region, Topic


def titles(response) -> list[str]:
    hit_title = r'<article class="hit"[^>]*>\s*<h2[^>]*><a href="[^"]*">(.*?)</a></h2>'
    found = re.findall(hit_title, response.content.decode())
    return [html_lib.unescape(re.sub(r"</?mark>", "", title)) for title in found]


def facet(response, name: str) -> dict[str, str]:
    """The links of one facet: label -> href, as a reader without JavaScript follows them."""
    section = re.search(rf'<section class="facet facet-{name}">(.*?)</section>', response.content.decode(), re.S)
    if section is None:
        return {}
    links = re.findall(r'<a href="([^"]*)"[^>]*>\s*<span class="box"[^>]*>.</span>\s*(.*?) <span', section.group(1))
    return {html_lib.unescape(label.strip()): html_lib.unescape(href) for href, label in links}


def follow(client, listing, href: str):
    assert href.startswith("?"), href  # facet links stay on the listing
    return client.get(listing.url + href)


@pytest.fixture
def topics(db):
    prevention = Topic.objects.create(
        slug="prevention", name_kk="Алдын алу", name_ru="Профилактика", name_en="Prevention"
    )
    juvenile = Topic.objects.create(
        slug="juvenile", parent=prevention, name_kk="Жасөспірімдер", name_ru="Несовершеннолетние", name_en="Juveniles"
    )
    fraud = Topic.objects.create(slug="fraud", name_kk="Алаяқтық", name_ru="Мошенничество", name_en="Fraud")
    return {"prevention": prevention, "juvenile": juvenile, "fraud": fraud}


@pytest.fixture
def practices(es, make_item, sections, topics):
    zhambyl, almaty = Region.objects.get(code="KZ-31"), Region.objects.get(code="KZ-75")
    for title, rating, topic, region, year in (
        ("School mentoring", "effective", "juvenile", zhambyl, 2024),
        ("Scared Straight", "harmful", "juvenile", almaty, 2023),
        ("SIM box blocking", "effective", "fraud", almaty, 2025),
    ):
        make_item(
            "practice",
            title=title,
            evidence_rating=rating,
            topics=[topics[topic]],
            regions=[region],
            publication_date=datetime.date(year, 5, 1),
        )
    make_item(
        "paper", title="A paper on Scared Straight and school mentoring"
    )  # another kind: never in the practice listing
    return sections["practice"]


def test_a_listing_shows_its_kind_newest_first_with_title_and_intro(client, practices):
    practices.intro = "Reviews of what works in crime prevention."
    practices.save_revision().publish()
    response = client.get(practices.url)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<h1>Practices</h1>" in body and "Reviews of what works in crime prevention." in body
    assert titles(response) == ["SIM box blocking", "School mentoring", "Scared Straight"]
    assert "3 publications, newest first" in body
    assert facet(response, "kind") == {}  # the kind is fixed, not offered


def test_facets_are_links_that_filter_and_combine(client, practices):
    response = client.get(practices.url)
    ratings = facet(response, "rating")
    assert set(ratings) == {"Effective", "Harmful"}
    effective = follow(client, practices, ratings["Effective"])
    assert titles(effective) == ["SIM box blocking", "School mentoring"]
    # Only values that occur are offered; a region nothing is tagged with is not.
    regions = facet(response, "region")
    assert set(regions) == {"Zhambyl Region", "Almaty"}
    both = follow(client, practices, facet(effective, "region")["Almaty"])
    assert titles(both) == ["SIM box blocking"]
    assert 'title="Remove this filter">Evidence rating: Effective ✕</a>' in both.content.decode()
    assert titles(follow(client, practices, facet(response, "year")["2023"])) == ["Scared Straight"]
    assert facet(response, "status") == {}  # projects only


def test_a_broader_topic_includes_its_subtopics(client, practices):
    offered = facet(client.get(practices.url), "topic")
    assert {"Prevention", "Juveniles", "Fraud"} <= set(offered)
    assert titles(follow(client, practices, offered["Prevention"])) == ["School mentoring", "Scared Straight"]
    assert titles(client.get(practices.url, {"topic": "prevention", "region": "KZ-75"})) == ["Scared Straight"]


def test_projects_are_filtered_by_status(es, client, make_item, sections):
    make_item("project", title="Safe Taraz", status="scaled")
    make_item("project", title="Family centres", status="closed")
    listing = sections["project"]
    statuses = facet(client.get(listing.url), "status")
    assert set(statuses) == {"Scaled up", "Closed"}
    assert titles(follow(client, listing, statuses["Closed"])) == ["Family centres"]


def test_words_typed_into_a_listing_search_that_kind_only(client, practices):
    response = client.get(practices.url, {"q": "straight"})
    assert titles(response) == ["Scared Straight"]
    assert "1 result for “straight”" in response.content.decode()
    nothing = client.get(practices.url, {"q": "straight", "rating": "effective"})
    assert nothing.status_code == 200 and titles(nothing) == []
    body = nothing.content.decode()
    assert "Nothing matches “straight” with these filters." in body
    assert "to see 1 result." in body  # the way out: remove the rating filter


def test_the_listing_agrees_with_the_search_page_and_the_api(client, practices):
    params = {"rating": "effective", "sort": "oldest"}
    listing = titles(client.get(practices.url, params))
    assert listing == ["School mentoring", "SIM box blocking"]
    assert titles(client.get("/en/search/", {**params, "kind": "practice"})) == listing
    api = client.get("/api/search/", {**params, "kind": "practice"}).json()
    assert [hit["title"] for hit in api["hits"]] == listing


def test_unpublished_and_private_items_are_not_listed(es, client, make_item, sections, committed):
    make_item("methodology", title="Published method")
    make_item("methodology", title="Draft method", publish=False)
    private = make_item("methodology", title="Private method")
    with committed():
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert titles(client.get(sections["methodology"].url)) == ["Published method"]


def test_pages_keep_the_filters_and_the_page_size_can_change(es, client, make_item, sections):
    for day in range(1, 15):
        make_item("project", title=f"Project {day:02d}", status="pilot", publication_date=datetime.date(2024, 1, day))
    url = sections["project"].url
    first, second = client.get(url), client.get(url, {"page": 2})
    assert titles(first) == [f"Project {d:02d}" for d in range(14, 4, -1)]
    assert titles(second) == [f"Project {d:02d}" for d in range(4, 0, -1)]
    assert 'href="?page=2" rel="next"' in first.content.decode()
    assert 'href="?page=2&amp;status=pilot" rel="next"' in client.get(url, {"status": "pilot"}).content.decode()
    assert len(titles(client.get(url, {"page_size": 20}))) == 14
    beyond = client.get(url, {"page": 3})
    assert beyond.status_code == 200 and "There is no page 3; the results end on page 2." in beyond.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"year": "twenty"}, "&#x27;twenty&#x27; is not a year between 1900 and 2100."),
        ({"topic": "No such topic!"}, "is not a valid key of the filter “Topic”."),
        ({"rating": "miraculous"}, "is not a value of the filter “Evidence rating”; choose from effective"),
        ({"language": "de"}, "is not a value of the filter “Language”; choose from kk, ru, en."),
        ({"page": "abc"}, "The page number must be a whole number from 1 upwards."),
        ({"evidence": "effective"}, "Unknown parameter &#x27;evidence&#x27;."),
        ({"kind": "paper"}, "This page lists only one kind (Best-practice review)"),
    ],
)
def test_bad_parameters_get_400_and_a_message(client, practices, params, message):
    response = client.get(practices.url, params)
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert "<h1>Practices</h1>" in body and titles(response) == []


def test_every_language_version_is_listed_and_marked(es, client, make_item, sections):
    english = make_item("practice", title="Hot-spots policing", language="en")
    russian = make_item("practice", title="Патрулирование «горячих точек»", language="ru", translation_of=english)
    make_item("practice", title="Only in Kazakh: Adal bala", language="kk")
    en_listing, ru_listing = sections["practice"], russian.get_parent()
    everything = {"Hot-spots policing", "Патрулирование «горячих точек»", "Only in Kazakh: Adal bala"}
    for listing in (en_listing, ru_listing):
        response = client.get(listing.url)
        assert set(titles(response)) == everything
        assert '<h2 lang="ru">' in response.content.decode()
    languages = facet(client.get(ru_listing.url), "language")
    assert set(languages) == {"Қазақша", "Русский", "English"}
    assert titles(follow(client, ru_listing, languages["Русский"])) == ["Патрулирование «горячих точек»"]


def test_the_listing_falls_back_to_the_database_when_search_is_down(client, sections, cluster_down):
    response = client.get(sections["practice"].url)
    assert response.status_code == 200
    assert "Filters are temporarily unavailable" in response.content.decode()
    searched = client.get(sections["practice"].url, {"q": "mentoring"})
    assert searched.status_code == 200
    assert "Search is temporarily unavailable, so your words and filters cannot be applied" in searched.text


def test_home_page_shows_the_newest_of_every_kind_once(es, client, make_item, sections):
    english = make_item("project", title="Safe Taraz", language="en")
    make_item("project", title="Қауіпсіз Тараз", language="kk", translation_of=english)
    make_item("practice", title="Hot-spots policing")
    make_item("methodology", title="Criminological diagnostics")
    make_item("paper", title="Probation outcomes")
    home = sections["paper"].get_parent()
    cards = re.findall(r'<h3[^>]*><a href="[^"]*">([^<]*)</a></h3>', client.get(home.url).content.decode())
    assert cards == ["Probation outcomes", "Hot-spots policing", "Criminological diagnostics", "Safe Taraz"]


def test_a_reader_sees_each_item_once_in_the_best_language_it_has(es, client, make_item, sections):
    """A Russian reader gets the Kazakh version of an item written in Kazakh and English (Kazakh comes
    before English), and the Russian one where there is one."""
    march, february = datetime.date(2025, 3, 1), datetime.date(2025, 2, 1)
    english = make_item("project", title="Safe Taraz", language="en", publication_date=march)
    make_item("project", title="Қауіпсіз Тараз", language="kk", translation_of=english, publication_date=march)
    also = make_item("project", title="Youth centres", language="en", publication_date=february)
    make_item("project", title="Молодёжные центры", language="ru", translation_of=also, publication_date=february)
    russian_home = make_item("paper", title="Пробация", language="ru").get_parent().get_parent()
    body = client.get(russian_home.url).content.decode()
    cards = re.findall(r'<h3[^>]*><a href="[^"]*">([^<]*)</a></h3>', body)
    assert [c for c in cards if c != "Пробация"] == ["Қауіпсіз Тараз", "Молодёжные центры"]


def test_the_home_page_reads_as_much_with_many_items_as_with_few(es, client, make_item, sections):
    """Its lists show four items a kind and five most read: it never loads the rest of the collection."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    home = sections["paper"].get_parent()
    browser = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
    for n in range(2):
        client.get(make_item("paper", title=f"Paper {n}").url, HTTP_USER_AGENT=browser)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(home.url).status_code == 200
        return len(captured.captured_queries)

    few = queries()
    for n in range(12):
        client.get(make_item("paper", title=f"More {n}").url, HTTP_USER_AGENT=browser)  # each read once
    assert queries() == few


def test_browsing_is_not_counted_as_a_search_but_words_typed_into_a_listing_are(client, practices):
    from search.analytics.log import SearchEvent

    client.get(practices.url, {"rating": "effective"})
    assert not SearchEvent.objects.exists()
    client.get(practices.url, {"q": "Straight"})
    event = SearchEvent.objects.get()
    assert (event.query, event.filters, event.result_count) == ("straight", {"kind": ["practice"]}, 1)


def test_the_listing_speaks_the_readers_language(es, client, make_item):
    russian = make_item("practice", title="Наставничество в школах", language="ru", evidence_rating="effective")
    body = client.get(russian.get_parent().url).content.decode()
    assert '<label for="sort">Сортировка</label>' in body
    assert "1 публикация, сначала новые" in body
    assert "<h3>Язык</h3>" in body and "Русский <span" in body  # languages keep their own names
    assert "Эффективна <span" in body  # a closed vocabulary is translated
