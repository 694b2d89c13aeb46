"""The editorial flow in the Wagtail admin, in chromium: an author submits, an editor approves, readers find it.

In tests the index update runs at once when the approval commits (the immediate task backend), as the
worker would apply it moments later in production.
"""

import re

import pytest
from playwright.sync_api import expect

from portal.research.models import ResearchPaper, ResearchPaperIndexPage

pytestmark = pytest.mark.browser
PASSWORD = "zertteushi-dev"
TITLE = "Street lighting and burglary in Karaganda courtyards"


def sign_in(tab, username):
    tab.goto("/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", PASSWORD)
    with tab.expect_navigation():
        tab.locator("form button[type=submit]").click()


def search_titles(tab, query):
    tab.goto("/search/?q=" + query)
    return tab.locator("article.hit h2").all_inner_texts()


def test_author_submits_editor_approves_and_the_paper_appears_in_search(open_tab):
    listing = ResearchPaperIndexPage.objects.get(locale__language_code="en")
    author = open_tab("en")
    sign_in(author, "author")
    author.goto(f"/admin/pages/add/research/researchpaper/{listing.pk}/")
    author.fill("#id_title", TITLE)
    # The date is typed into the field without focusing it: Wagtail's date picker opens on focus and,
    # while it fades out, its calendar covers the footer's action menu.
    author.locator("#id_publication_date").evaluate(
        "el => { el.value = '2025-05-01'; el.dispatchEvent(new Event('change', {bubbles: true})); }"
    )
    author.fill("#id_abstract", "Courtyards lit at night saw fewer burglaries over two winters.")
    expect(author.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    author.get_by_role("button", name="More actions").click()
    with author.expect_navigation():
        author.get_by_role("button", name="Submit to Editorial review").click()
    paper = ResearchPaper.objects.get(title=TITLE)
    assert not paper.live
    reader = open_tab("en")
    assert TITLE not in search_titles(reader, "burglary courtyards")

    editor = open_tab("en")
    sign_in(editor, "editor")
    editor.goto(f"/admin/pages/{paper.pk}/edit/")
    editor.get_by_role("button", name="More actions").click()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Approve and Publish", exact=True).click()
    paper.refresh_from_db()
    assert paper.live

    for _ in range(10):  # the index refreshes about once a second
        if TITLE in search_titles(reader, "burglary courtyards"):
            break
        reader.wait_for_timeout(500)
    else:
        pytest.fail("the approved paper never appeared in search")
    reader.get_by_role("link", name=TITLE).click()
    assert reader.locator("h1").inner_text() == TITLE


def test_a_citation_downloads_as_bibtex(page):
    paper = ResearchPaper.objects.live().filter(locale__language_code="en").first()
    page.goto(paper.url)
    with page.expect_download() as download:
        page.locator(".cite-box a", has_text="BibTeX").click()
    text = download.value.path().read_text(encoding="utf-8")
    assert re.match(r"\s*@\w+\{", text) and paper.title.split()[0] in text
    assert download.value.suggested_filename.endswith(".bib")
