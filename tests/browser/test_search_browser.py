import pytest

pytestmark = pytest.mark.browser


def test_search(page):
    page.goto("/search/?q=prevention")
    assert page.locator("article.hit").count() > 0
