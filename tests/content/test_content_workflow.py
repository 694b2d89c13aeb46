"""Authors write and submit; only an editor's approval publishes, and only then does the index see it."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from portal.home.editorial import AUTHORS, EDITORS, ensure_editorial_setup
from portal.people.models import Person
from portal.research.models import ResearchPaper
from tests.support.helpers import found_ids


@pytest.fixture
def editorial(db, django_user_model):
    ensure_editorial_setup()
    users = {}
    for name, group in (("author", AUTHORS), ("editor", EDITORS)):
        user = django_user_model.objects.create_user(username=name, password="pw-" + name)
        user.groups.add(Group.objects.get(name=group))
        users[name] = user
    return users


def paper_form(title: str, action: str, **fields) -> dict:
    person = Person.for_name("Omarova, Assel")
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "abstract": "Protective orders issued on time reduce repeat domestic violence.",
            "paper_authors": inline_formset([{"person": person.pk}]),
            "body": streamfield([]),
            "publication_date": "2025-03-01",
            "keywords": "",
            "references": "",
            f"action-{action}": action,
            **fields,
        }
    )


def add_paper(client, user, parent, title: str, action: str, committed) -> ResearchPaper:
    client.force_login(user)
    url = reverse("wagtailadmin_pages:add", args=("research", "researchpaper", parent.pk))
    with committed():
        response = client.post(url, paper_form(title, action))
    assert response.status_code == 302, response.content.decode()[:2000]
    return ResearchPaper.objects.get(title=title)


def workflow_action(client, user, page, action: str, committed, comment: str = ""):
    client.force_login(user)
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    with committed():
        return client.post(url, {"comment": comment})


def test_groups_and_workflow_are_set_up_idempotently(editorial):
    workflow = ensure_editorial_setup()
    assert [task.name for task in workflow.tasks] == ["Editors' approval"]
    assert Group.objects.filter(name__in=[AUTHORS, EDITORS]).count() == 2


def test_author_can_create_but_not_publish(es, client, editorial, papers_index, committed):
    assert not papers_index.permissions_for_user(editorial["author"]).can_publish_subpage()
    assert papers_index.permissions_for_user(editorial["editor"]).can_publish_subpage()
    paper = add_paper(client, editorial["author"], papers_index, "Protective orders", "publish", committed)
    assert not paper.live
    assert not paper.permissions_for_user(editorial["author"]).can_publish()
    assert paper.pk not in found_ids("protective")
    assert client.get(papers_index.url + paper.slug + "/").status_code == 404


def test_submitted_paper_stays_off_the_site_until_an_editor_approves(es, client, editorial, papers_index, committed):
    paper = add_paper(client, editorial["author"], papers_index, "Protective orders", "submit", committed)
    assert WorkflowState.objects.get(object_id=str(paper.pk)).status == "in_progress"
    assert not ResearchPaper.objects.get(pk=paper.pk).live
    assert paper.pk not in found_ids("protective")

    # The author cannot approve their own submission.
    workflow_action(client, editorial["author"], paper, "approve", committed)
    assert not ResearchPaper.objects.get(pk=paper.pk).live

    response = workflow_action(client, editorial["editor"], paper, "approve", committed, comment="Well argued.")
    assert response.status_code in (200, 302)
    paper.refresh_from_db()
    assert paper.live
    assert WorkflowState.objects.get(object_id=str(paper.pk)).status == "approved"
    assert paper.pk in found_ids("protective")
    assert client.get(paper.url).status_code == 200


def test_rejected_paper_never_reaches_the_site_or_the_index(es, client, editorial, papers_index, committed):
    paper = add_paper(client, editorial["author"], papers_index, "Weak evidence", "submit", committed)
    workflow_action(client, editorial["editor"], paper, "reject", committed, comment="The sample is too small.")
    paper.refresh_from_db()
    assert not paper.live
    state = WorkflowState.objects.get(object_id=str(paper.pk))
    assert state.status == "needs_changes"
    task_state = state.task_states.get()
    assert task_state.status == "rejected"
    assert task_state.comment == "The sample is too small."
    assert paper.pk not in found_ids("protective")


def test_a_bad_doi_is_refused_in_the_editor(client, editorial, papers_index):
    client.force_login(editorial["author"])
    url = reverse("wagtailadmin_pages:add", args=("research", "researchpaper", papers_index.pk))
    response = client.post(url, paper_form("Bad DOI", "submit", doi="https://doi.org/10.1000/xyz"))
    assert response.status_code == 200
    assert "A DOI starts with" in response.content.decode()
    assert not ResearchPaper.objects.filter(title="Bad DOI").exists()
    response = client.post(url, paper_form("Good DOI", "submit", doi="10.1000/xyz"))
    assert response.status_code == 302
    assert ResearchPaper.objects.get(title="Good DOI").doi == "10.1000/xyz"
