"""What every page carries: a favicon, the API reference in the footer, honest lang attributes, one site name."""

import pytest

from portal.projects.models import RegionalProject

pytestmark = pytest.mark.browser


def test_favicon_is_linked_and_served_at_the_root(page):
    page.goto("/en/")
    icon = page.locator("link[rel=icon]").first.get_attribute("href")
    for url in (icon, "/favicon.ico"):
        response = page.request.get(url)
        assert response.ok and response.headers["content-type"].startswith("image/"), url


@pytest.mark.parametrize(("language", "heading"), [("ru", "Параметры"), ("en", "Parameters")])
def test_api_reference_is_reached_from_the_footer_and_lists_every_endpoint(open_tab, language, heading):
    tab = open_tab(language)
    tab.goto(f"/{language}/")
    tab.locator("footer a[href='/api/docs/']").click()
    tab.wait_for_url("**/api/docs/")
    endpoints = tab.locator("nav code").all_inner_texts()
    assert "GET /api/search/" in endpoints and "GET /api/suggest/" in endpoints
    assert tab.get_by_role("heading", name=heading).count() >= 2
    assert tab.locator("th code", has_text="page_size").count() == 1
    schema = tab.request.get("/api/schema/").json()
    assert len(endpoints) == sum(len(methods) for methods in schema["paths"].values())


def test_admin_login_under_kazakh_is_in_russian_and_says_so(open_tab):
    tab = open_tab("kk")
    tab.goto("/admin/login/")
    assert tab.evaluate("document.documentElement.lang") == "ru"
    assert "Войти" in tab.locator("h1").inner_text()
    english = open_tab("en")
    english.goto("/admin/login/")
    assert english.evaluate("document.documentElement.lang") == "en"


def test_home_title_names_the_site_once(page):
    page.goto("/kk/")
    assert page.title().count("Zertteushi") == 1


def test_titles_in_another_language_carry_their_lang(open_tab):
    project = next(
        p for p in RegionalProject.objects.live().filter(locale__language_code="ru") if p.related_papers.exists()
    )
    tab = open_tab("ru")
    tab.goto(project.url)
    links = tab.locator("main li a[href*='/research/']").evaluate_all("els => els.map(e => [e.lang, e.href])")
    assert links and all(lang in {"kk", "ru", "en"} for lang, _href in links)
    assert tab.locator(".meta [lang]").count() == 0, "labels in the page's language are not marked as another's"
