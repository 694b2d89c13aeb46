"""The search page as a reader uses it in chromium: facets, pages, sort, language, keyboard only."""

import re

import pytest

pytestmark = pytest.mark.browser


def total(page) -> int:
    return int(re.search(r"\d+", page.locator("#results").inner_text()).group())


def hit_titles(page) -> list[str]:
    return page.locator("article.hit h2").all_inner_texts()


def test_a_search_a_facet_on_and_off_and_the_next_page(page):
    page.goto("/search/?q=prevention")
    everything = total(page)
    assert everything > 10 and len(hit_titles(page)) == 10

    english = page.locator(".facet-language a", has_text="English")
    english.click()
    page.wait_for_url(re.compile(r"language=en"))
    assert page.evaluate("document.activeElement.id") == "results", "focus lands on the results, not the top"
    narrowed = total(page)
    assert 0 < narrowed < everything
    assert set(page.locator("article.hit h2").evaluate_all("els => els.map(e => e.lang)")) == {"en"}

    page.locator(".selected-filters a.chip").first.click()
    page.wait_for_url(lambda url: "language=" not in url)
    assert total(page) == everything

    first_page = hit_titles(page)
    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url(re.compile(r"page=2"))
    second_page = hit_titles(page)
    assert second_page and not set(second_page) & set(first_page)


def test_sort_by_keyboard_moves_through_options_and_applies_on_enter(page):
    page.goto("/search/?q=prevention")
    before = page.url
    page.locator("#sort").focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(500)
    assert page.url == before, "an arrow key alone must not reload the page (WCAG 3.2.2)"
    assert page.locator("#sort").input_value() == "newest"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "sort=newest" in page.url
    years = [
        int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", " ".join(page.locator("article.hit .meta").all_inner_texts()))
    ]
    assert years and years == sorted(years, reverse=True)


def test_page_size_by_mouse_applies_at_once(page):
    page.goto("/search/?q=prevention")
    with page.expect_navigation():
        page.locator("#page_size").select_option("20")
    assert "page_size=20" in page.url and len(hit_titles(page)) > 10


def test_language_switch_keeps_the_query(page):
    page.goto("/search/?q=prevention&language=en")
    page.get_by_role("navigation", name="Language").get_by_text("Русский").click()
    page.wait_for_function("document.documentElement.lang === 'ru'")
    assert "q=prevention" in page.url and "language=en" in page.url
    assert page.locator("#q").input_value() == "prevention"
    assert total(page) > 0


def test_keyboard_only_reaches_the_first_result_quickly_with_a_visible_focus(page):
    page.goto("/search/?q=prevention")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main", "skip to content comes first"
    for _ in range(25):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == "#results":
            break
    else:
        pytest.fail("no skip-to-results link within 25 Tab presses")
    ring = page.evaluate("getComputedStyle(document.activeElement).outlineWidth")
    assert float(ring.removesuffix("px")) >= 2, "the focused link has the site's own visible focus ring"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "results"
    first = page.locator("article.hit h2 a").first
    target = first.evaluate("a => a.href")
    for _ in range(4):  # past the links to follow or save this search
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.href") == target:
            break
    else:
        pytest.fail("the first result is not within 4 Tab presses of the results heading")
    title = first.inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == title
