"""The results page: kind and evidence rating on every hit, clear-all, a year range, short facets, pagination."""

import html as html_lib
import re

import pytest

from search.web.views import page_numbers
from tests.support.corpus import doc, write


def pagination(html: str) -> list[str]:
    """The pagination as a reader sees it: numbers, "…" and the current page in brackets."""
    nav = re.search(r'<nav class="pagination".*?</nav>', html, re.S).group(0)
    shown = []
    for gap, current, link in re.findall(
        r'(<span class="gap"[^>]*>…</span>)|<span aria-current="page">(\d+)</span>|<a href="[^"]*">(\d+)</a>', nav
    ):
        shown.append("…" if gap else f"[{current}]" if current else link)
    return shown


def hits(html: str) -> list[str]:
    return re.findall(r'<article class="hit".*?</article>', html, re.S)


def text(fragment: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


@pytest.mark.parametrize(
    ("current", "last", "shown"),
    [
        (1, 1, [1]),
        (1, 5, [1, 2, None, 5]),
        (3, 5, [1, 2, 3, 4, 5]),
        (5, 20, [1, None, 4, 5, 6, None, 20]),
        (1, 20, [1, 2, None, 20]),
        (20, 20, [1, None, 19, 20]),
        (3, 20, [1, 2, 3, 4, None, 20]),
        (4, 20, [1, 2, 3, 4, 5, None, 20]),
    ],
)
def test_page_numbers_never_skip_a_page_without_an_ellipsis(current, last, shown):
    assert page_numbers(current, last) == shown


def test_every_page_between_two_numbers_is_shown_or_an_ellipsis(client, es):
    write(*(doc(f"Mentoring report {n}", year=2000 + n % 25) for n in range(200)))
    first = pagination(client.get("/en/search/", {"q": "mentoring"}).content.decode())
    assert first == ["[1]", "2", "…", "20"]
    middle = pagination(client.get("/en/search/", {"q": "mentoring", "page": 5}).content.decode())
    assert middle == ["1", "…", "4", "[5]", "6", "…", "20"]
    third = pagination(client.get("/en/search/", {"q": "mentoring", "page": 3}).content.decode())
    assert third == ["1", "2", "[3]", "4", "…", "20"]


def test_each_hit_names_its_kind_and_the_rating_in_words(client, es):
    write(
        doc("Mentoring in schools", kind="practice", evidence_rating="promising", evidence_strength="single_study"),
        doc("Scared straight visits", kind="practice", evidence_rating="harmful"),
        doc("Mentoring programmes compared", kind="paper"),
        doc("Mentoring pilot in Taraz", kind="project", status="pilot"),
    )
    english = {text(h).split(" · ")[0]: text(h) for h in hits(client.get("/en/search/").content.decode())}
    assert "Best-practice review" in english["Mentoring in schools Best-practice review"]
    assert "Evidence rating: Promising (Single study)" in english["Mentoring in schools Best-practice review"]
    assert "Evidence rating: Harmful" in english["Scared straight visits Best-practice review"]
    assert "Mentoring programmes compared Research paper" in english
    assert "Mentoring pilot in Taraz Regional prevention project: Pilot" in english
    assert not any("Evidence rating" in h for k, h in english.items() if "review" not in k)
    russian = " ".join(text(h) for h in hits(client.get("/ru/search/").content.decode()))
    assert "Обзор лучшей практики" in russian and "Рейтинг доказательности: Перспективна" in russian


def test_clear_all_removes_every_filter_and_keeps_the_words(client, es):
    write(doc("Mentoring", kind="practice", evidence_rating="effective", year=2020))
    html = client.get(
        "/en/search/", {"q": "mentoring", "kind": "practice", "rating": "effective", "year_from": "2010"}
    ).content.decode()
    url = html_lib.unescape(re.search(r'<a href="([^"]*)" class="clear-all">Clear all filters</a>', html).group(1))
    assert url == "?q=mentoring#results"  # back to the results heading
    assert 'class="clear-all"' not in client.get("/en/search/", {"q": "mentoring"}).content.decode()


def test_a_custom_year_range_narrows_the_results(client, es):
    write(*(doc(f"Prevention study {year}", year=year) for year in (2005, 2012, 2018, 2024)))
    html = client.get("/en/search/", {"q": "prevention", "year_from": "2010", "year_to": "2020"}).content.decode()
    assert sorted(text(h).split(" Best")[0] for h in hits(html)) == ["Prevention study 2012", "Prevention study 2018"]
    assert "Year: 2010–2020" in text(html)
    assert 'name="year_from" type="number"' in html and 'value="2010"' in html
    open_ended = client.get("/en/search/", {"q": "prevention", "year_from": "2018"}).content.decode()
    assert len(hits(open_ended)) == 2
    # The search box keeps the range when new words are typed.
    form = re.search(r'<form class="search-form".*?</form>', html, re.S).group(0)
    assert '<input type="hidden" name="year_from" value="2010">' in form


@pytest.mark.parametrize(
    ("language", "params", "message"),
    [
        ("en", {"year_from": "1800"}, "The “from” year must be a year between 1900 and 2100 (given: “1800”)."),
        ("en", {"year_to": "soon"}, "The “to” year must be a year between 1900 and 2100 (given: “soon”)."),
        ("en", {"year_from": "2020", "year_to": "2010"}, "The year range runs backwards: “from” (2020) is after “to”"),
        ("ru", {"year_from": "1800"}, "Год «с» должен быть годом между 1900 и 2100 (указано: «1800»)."),
        ("kk", {"year_from": "2020", "year_to": "2010"}, "Жылдар аралығы кері бағытта"),
    ],
)
def test_a_bad_year_range_gets_a_translated_400(client, es, language, params, message):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 400
    assert message in html_lib.unescape(response.content.decode())


def test_long_facets_show_a_few_values_and_the_rest_behind_show_more(client, es):
    write(*(doc(f"Report {year}", year=year) for year in range(2010, 2022)))
    html = client.get("/en/search/").content.decode()
    section = re.search(r'<section class="facet facet-year">.*?</section>', html, re.S).group(0)
    visible, more = section.split("<details", 1)
    assert len(re.findall(r"<li", visible)) == 5
    assert len(re.findall(r"<li", more)) == 7
    assert "<summary>Show 7 more</summary>" in more
    assert '<details class="facet-more">' in section  # closed: nothing chosen among the hidden values
    chosen = client.get("/en/search/", {"year": "2010"}).content.decode()
    section = re.search(r'<section class="facet facet-year">.*?</section>', chosen, re.S).group(0)
    assert '<details class="facet-more" open>' in section  # a chosen value is never hidden
    russian = client.get("/ru/search/").content.decode()
    assert "Показать ещё 7" in russian


def test_the_api_takes_the_same_year_range_and_shows_kind_and_rating(client, es):
    write(
        doc("Prevention study 2012", year=2012, kind="practice", evidence_rating="effective"),
        doc("Prevention study 2024", year=2024, kind="paper"),
    )
    data = client.get("/api/search/", {"q": "prevention", "year_from": "2010", "year_to": "2015"}).json()
    assert (data["year_from"], data["year_to"], data["total"]) == (2010, 2015, 1)
    (hit,) = data["hits"]
    assert (hit["title"], hit["kind"], hit["evidence_rating"]) == ("Prevention study 2012", "practice", "effective")
    assert hit["publication_date"] == "2012-06-01"


@pytest.mark.parametrize(
    ("accept", "params", "message"),
    [
        ("en", {"year_from": "1800"}, "The “from” year must be a year between 1900 and 2100 (given: “1800”)."),
        ("ru", {"year_to": "20x4"}, "Год «по» должен быть годом между 1900 и 2100 (указано: «20x4»)."),
        ("kk", {"year_from": "2020", "year_to": "2000"}, "Жылдар аралығы кері бағытта"),
    ],
)
def test_a_bad_year_range_in_the_api_is_a_400_in_the_readers_language(client, es, accept, params, message):
    response = client.get("/api/search/", params, HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 400
    error = response.json()["error"]
    assert message in error["message"]
    assert error["field"] in ("year_from", "year_to")
