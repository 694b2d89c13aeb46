"""Drafts, unpublished, expired and restricted pages never reach the index or any answer."""

import datetime

from django.utils import timezone
from wagtail.models import PageViewRestriction

from portal.research.models import ResearchPaperIndexPage
from search.query import faceted
from search.query.related import related

TITLE = "Zebrafish surveillance methodology"


def visible(client, paper) -> dict:
    """Where a searcher could come across the paper."""
    page = client.get("/search/", {"q": "zebrafish"}).content.decode()
    api = client.get("/api/search/", {"q": "zebrafish"}).json()
    suggest = client.get("/api/suggest/", {"q": "zebraf"}).json()
    return {
        "page": f'href="{paper.get_url()}"' in page,
        "api": any(h["id"] == paper.pk for h in api["hits"]),
        "suggest": any(s["text"] == TITLE for s in suggest["suggestions"]),
        "browse": any(h.id == paper.pk for h in faceted.run("").hits),
    }


EVERYWHERE = {"page": True, "api": True, "suggest": True, "browse": True}
NOWHERE = {"page": False, "api": False, "suggest": False, "browse": False}


def test_published_is_found_everywhere(es, make_paper, client):
    paper = make_paper(title=TITLE)
    assert visible(client, paper) == EVERYWHERE


def test_a_draft_is_found_nowhere(es, make_paper, client):
    paper = make_paper(title=TITLE, publish=False)
    assert visible(client, paper) == NOWHERE


def test_draft_changes_of_a_published_page_stay_out(es, make_paper, client, committed):
    paper = make_paper(title="Published wording")
    paper.title = TITLE
    with committed():
        paper.save_revision()
    assert visible(client, paper) == {**NOWHERE, "browse": True}
    hits = client.get("/api/search/", {"q": "published wording"}).json()["hits"]
    assert [h["title"] for h in hits] == ["Published wording"]


def test_publish_then_unpublish(es, make_paper, client, committed):
    paper = make_paper(title=TITLE)
    with committed():
        paper.unpublish()
    assert visible(client, paper) == NOWHERE


def test_publish_then_restrict_then_lift(es, make_paper, client, committed):
    paper = make_paper(title=TITLE)
    with committed():
        restriction = PageViewRestriction.objects.create(page=paper, restriction_type="password", password="s3cret")
    assert visible(client, paper) == NOWHERE
    with committed():
        restriction.delete()
    assert visible(client, paper) == EVERYWHERE


def test_moving_under_a_restricted_parent(es, make_paper, papers_index, client, committed):
    with committed():
        private = papers_index.get_parent().add_child(
            instance=ResearchPaperIndexPage(title="Internal", slug="internal")
        )
        private.save_revision().publish()
        PageViewRestriction.objects.create(page=private, restriction_type="login")
    paper = make_paper(title=TITLE)
    assert visible(client, paper) == EVERYWHERE
    with committed():
        paper.move(private, pos="last-child")
    assert visible(client, paper) == NOWHERE


def test_restricting_a_parent_hides_the_pages_below(es, make_paper, papers_index, client, committed):
    paper = make_paper(title=TITLE)
    with committed():
        PageViewRestriction.objects.create(page=papers_index, restriction_type="login")
    assert visible(client, paper) == NOWHERE


def test_an_expired_page_is_found_nowhere(es, make_paper, client):
    paper = make_paper(title=TITLE, expire_at=timezone.now() - datetime.timedelta(days=1))
    assert visible(client, paper) == NOWHERE


def test_a_page_disappears_the_moment_it_expires(es, make_paper, client):
    """Wagtail unpublishes expired pages only when ``publish_scheduled`` runs; search must not wait for it."""
    import time

    neighbour = make_paper(title="Zebrafish surveillance in rivers", abstract="Zebrafish counts in rivers and lakes.")
    paper = make_paper(
        title=TITLE,
        abstract="Zebrafish counts in rivers and ponds.",
        expire_at=timezone.now() + datetime.timedelta(seconds=2),
    )
    assert visible(client, paper) == EVERYWHERE
    assert paper.pk in {item.id for item in related(neighbour.pk)}
    time.sleep(2.5)
    paper.refresh_from_db()
    assert paper.live  # still live in the database: nothing has unpublished it yet
    assert visible(client, paper) == NOWHERE
    assert paper.pk not in {item.id for item in related(neighbour.pk)}


def test_related_items_never_include_hidden_pages(es, make_paper, client, committed):
    shown = make_paper(title="Zebrafish surveillance in rivers", abstract="Zebrafish counts in rivers and lakes.")
    hidden = make_paper(title=TITLE, abstract="Zebrafish counts in rivers and ponds.")
    assert hidden.pk in {item.id for item in related(shown.pk)}
    with committed():
        hidden.unpublish()
    assert related(shown.pk) == []
    assert related(hidden.pk) == []
