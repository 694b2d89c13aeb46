"""The search page lives under each language prefix, speaks that language, and /search/ finds the reader's."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from tests.support.corpus import doc, write


def heading(html: str) -> str:
    return re.search(r"<h1>(.*?)</h1>", html, re.S).group(1).strip()


def title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


@pytest.mark.parametrize(
    ("headers", "cookie", "language"),
    [
        ({"HTTP_ACCEPT_LANGUAGE": "ru-RU,ru;q=0.9"}, None, "ru"),
        ({"HTTP_ACCEPT_LANGUAGE": "kk"}, None, "kk"),
        ({"HTTP_ACCEPT_LANGUAGE": "de"}, None, "en"),
        ({"HTTP_ACCEPT_LANGUAGE": "en"}, "kk", "kk"),
    ],
)
def test_search_without_a_prefix_redirects_to_the_readers_language_keeping_the_query(db, headers, cookie, language):
    client = Client(**headers)
    if cookie:
        client.cookies["django_language"] = cookie
    response = client.get("/search/?q=%C2%ABжасөспірімдер%C2%BB&kind=paper&kind=practice&page=2")
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == f"/{language}/search/"
    assert parse_qs(target.query) == {"q": ["«жасөспірімдер»"], "kind": ["paper", "practice"], "page": ["2"]}
    assert "Accept-Language" in response["Vary"]


def test_search_without_a_query_redirects_to_the_bare_page(db):
    response = Client(HTTP_ACCEPT_LANGUAGE="ru").get("/search/")
    assert response["Location"] == "/ru/search/"


@pytest.mark.parametrize(
    ("language", "h1", "new_search", "hits_word"),
    [
        ("kk", "Іздеу", "Жаңа іздеуді бастау", "Алдымен жаңалары"),
        ("ru", "Поиск", "Начать новый поиск", "Сначала новые"),
    ],
)
def test_each_prefix_serves_the_page_in_its_language(client, es, language, h1, new_search, hits_word):
    write(doc("Youth crime prevention", year=2024))
    html = client.get(f"/{language}/search/", {"q": "youth"}).content.decode()
    assert f'<html lang="{language}">' in html
    assert heading(html) == h1
    assert title(html) == f"youth · {h1} · Zertteushi"
    assert hits_word in html  # the sort options
    assert "Search" not in heading(html) and "Newest first" not in html
    error = client.get(f"/{language}/search/", {"sort": "random"}).content.decode()
    assert new_search in error


@pytest.mark.parametrize(
    ("language", "params", "message"),
    [
        ("ru", {"sort": "random"}, "Сортируйте по одному из вариантов: relevance, newest, oldest."),
        ("kk", {"sort": "random"}, "Мыналардың бірі бойынша сұрыптаңыз: relevance, newest, oldest."),
        ("ru", {"year": "1800"}, "'1800' — это не год между 1900 и 2100."),
        ("kk", {"year": "1800"}, "'1800' — 1900 мен 2100 аралығындағы жыл емес."),
        ("ru", {"kind": "poem"}, "'poem' — не значение фильтра «Тип»"),
        ("en", {"kind": "poem"}, "'poem' is not a value of the filter “Kind”"),
        ("ru", {"page": "x"}, "Номер страницы должен быть целым числом от 1 и выше."),
        ("kk", {"colour": "red"}, "Белгісіз параметр 'colour'."),
    ],
)
def test_validation_messages_are_in_the_page_language(client, es, language, params, message):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 400
    text = response.content.decode().replace("&#x27;", "'")
    assert message in text


def test_query_notices_are_translated(client, es):
    write(doc("Youth crime prevention"))
    html = client.get("/ru/search/", {"q": '"youth'}).content.decode()
    assert "Кавычка не была закрыта, поэтому она опущена." in html


def test_the_language_switcher_keeps_the_search(client, es):
    html = client.get("/ru/search/", {"q": "youth", "sort": "newest"}).content.decode()
    switcher = re.search(r'<nav class="languages".*?</nav>', html, re.S).group(0)
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', switcher))
    by_language = {code: url.replace("&amp;", "&") for url, code in links.items()}
    assert by_language == {
        "kk": "/kk/search/?q=youth&sort=newest",
        "ru": "/ru/search/?q=youth&sort=newest",
        "en": "/en/search/?q=youth&sort=newest",
    }
    assert "<form" not in switcher  # links, not language buttons: the address says the language


def test_export_and_suggest_links_keep_working_under_a_prefix(client, es, make_paper):
    make_paper(title="Truancy and mentoring", abstract="Mentoring halves truancy.")
    html = client.get("/kk/search/", {"q": "truancy"}).content.decode()
    bibtex = re.search(r'href="([^"]*export[^"]*bibtex[^"]*)"', html).group(1).replace("&amp;", "&")
    assert bibtex.startswith("/search/export.bibtex?")
    export = client.get(bibtex)
    assert export.status_code == 200 and "Truancy and mentoring" in export.content.decode()
    suggest_url = re.search(r'data-suggest-url="([^"]+)"', html).group(1)
    assert suggest_url == "/api/suggest/"
    assert client.get(suggest_url, {"q": "tru"}).status_code == 200


def test_the_header_search_box_submits_to_the_page_language(client, es, papers_index):
    html = client.get("/ru/search/").content.decode()
    assert re.search(r'<form class="search-box" action="/ru/search/"', html)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"page": "two"}, "Номер страницы должен быть целым числом от 1 и выше."),
        ({"page_size": "15"}, "Число результатов на странице должно быть одним из: 10, 20, 50."),
        ({"sort": "random"}, "Сортируйте по одному из вариантов: relevance, newest, oldest."),
    ],
)
def test_api_messages_follow_accept_language(client, es, params, message):
    response = client.get("/api/search/", params, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]


def test_suggest_messages_are_translated(client, es):
    response = client.get("/api/suggest/", {"q": "-", "colour": "red"}, HTTP_ACCEPT_LANGUAGE="kk")
    assert response.status_code == 400
    assert "Белгісіз параметр 'colour'" in response.json()["error"]["message"]
