"""Three languages: prefixed URLs, a translated interface, linked translations shown as "also available in"."""

import re

from django.urls import reverse


def test_pages_live_under_language_prefixes_and_the_root_redirects(es, client, make_item):
    page = make_item("paper", title="Diagnostics", language="kk")
    assert page.url.startswith("/kk/")
    assert client.get(page.url).status_code == 200
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302 and response["Location"] == "/ru/"


def test_interface_speaks_the_language_of_the_url(es, client, make_item, sections):
    for language, word in (("kk", "Іздеу"), ("ru", "Найти"), ("en", "Search")):
        listing = make_item("practice", title=f"Practice {language}", language=language).get_parent()
        html = client.get(listing.url).content.decode()
        assert f'<html lang="{language}">' in html
        assert f'<button type="submit">{word}</button>' in html


def test_translations_are_linked_and_shown_as_also_available_in(es, client, make_item):
    english = make_item("project", title="Safe Taraz", language="en")
    kazakh = make_item("project", title="Қауіпсіз Тараз", language="kk", translation_of=english)
    make_item("project", title="Безопасный Тараз", language="ru", translation_of=english, publish=False)
    html = client.get(kazakh.url).content.decode()
    block = re.search(r'<aside class="translations".*?</aside>', html, re.S).group(0)
    assert "Басқа тілдерде де бар" in block  # "Also available in", in Kazakh
    assert f'href="{english.url}"' in block and "Safe Taraz" in block
    assert "Безопасный Тараз" not in block  # an unpublished translation is not offered
    assert f'<link rel="alternate" hreflang="en" href="http://localhost{english.url}">' in html
    # The language switcher goes to the translation, or to that language's home page.
    assert f'<a href="{english.url}" hreflang="en"' in html
    assert '<a href="/ru/" hreflang="ru"' in html


def test_item_without_translations_has_no_block(es, client, make_item):
    page = make_item("methodology", title="Only English")
    assert 'class="translations"' not in client.get(page.url).content.decode()


def test_search_stays_reachable_without_a_prefix(es, client, make_item):
    page = make_item("paper", title="Probation outcomes")
    assert reverse("search") == "/search/"
    assert f'href="{page.url}"' in client.get("/search/", {"q": "probation"}).content.decode()


def test_language_switch_on_the_search_page_keeps_the_query(es, client, make_item):
    make_item("paper", title="Probation outcomes")
    html = client.get("/search/", {"q": "probation"}).content.decode()
    assert 'name="next" value="/search/?q=probation"' in html
    response = client.post("/i18n/setlang/", {"language": "kk", "next": "/search/?q=probation"})
    assert response.status_code == 302 and response["Location"] == "/search/?q=probation"
    assert '<button type="submit">Іздеу</button>' in client.get(response["Location"]).content.decode()
