"""The zero-result loop: a query that found nothing becomes, in two clicks, a label of a concept."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from portal.home.editorial import EDITORS, ensure_editorial_setup
from portal.thesaurus.models import Concept
from search.analytics.log import SearchEvent

REPORT = "/admin/reports/search-terms/"


@pytest.fixture
def editor(client, seed):
    ensure_editorial_setup()
    user = get_user_model().objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(*Group.objects.filter(name=EDITORS))
    user.user_permissions.add(*Permission.objects.filter(codename="view_searchevent"))
    client.force_login(user)
    return user


def searched(query: str, results: int = 0):
    SearchEvent.objects.create(query=query, result_count=results, took_ms=5, channel="html")


def test_an_editor_adds_a_zero_result_query_to_a_concept_in_two_clicks(client, editor):
    searched("лохотрон")
    searched("mentoring", results=3)
    report = client.get(REPORT).content.decode()
    add_url = reverse("thesaurus_add_label") + "?q=%D0%BB%D0%BE%D1%85%D0%BE%D1%82%D1%80%D0%BE%D0%BD"
    assert add_url in report  # click 1: the button on the zero-result row
    assert report.count(reverse("thesaurus_add_label")) == 1  # not on queries that found something
    form = client.get(add_url)
    assert form.status_code == 200
    assert form.context["form"].initial["language"] == "ru"  # Cyrillic without Kazakh letters
    fraud = Concept.objects.get(slug="fraud")
    response = client.post(  # click 2: save with the chosen concept
        add_url, {"label": "лохотрон", "language": "ru", "concept": fraud.pk, "next": REPORT}
    )
    assert response.status_code == 302 and response["Location"] == REPORT
    fraud.refresh_from_db()
    assert "лохотрон" in fraud.alt_labels("ru")
    revision = fraud.revisions.get()
    assert revision.user == editor
    assert "is now a label of" in client.get(REPORT).content.decode()


def test_the_language_of_the_query_is_guessed_and_can_be_changed(client, editor):
    for query, language in (("жасөспірім", "kk"), ("афера", "ru"), ("scam", "en")):
        response = client.get(reverse("thesaurus_add_label"), {"q": query})
        assert response.context["form"].initial["language"] == language


def test_a_label_of_another_concept_is_refused_with_a_message(client, editor):
    juveniles = Concept.objects.get(slug="juveniles")
    response = client.post(
        reverse("thesaurus_add_label"), {"label": "Афера", "language": "ru", "concept": juveniles.pk}
    )
    assert response.status_code == 200
    assert "is already a label of the concept fraud" in response.content.decode()
    assert "Афера" not in Concept.objects.get(slug="juveniles").alt_labels_ru


def test_bad_input_to_the_form_is_explained(client, editor):
    response = client.post(reverse("thesaurus_add_label"), {"label": "", "language": "de", "concept": "x"})
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"label", "language", "concept"}


def test_people_without_the_thesaurus_permission_see_no_button(client, seed):
    user = get_user_model().objects.create_user("analyst", password="pw", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_searchevent"]))
    client.force_login(user)
    searched("лохотрон")
    assert reverse("thesaurus_add_label") not in client.get(REPORT).content.decode()
    assert client.get(reverse("thesaurus_add_label"), {"q": "x"}).status_code in (302, 403)


def test_the_next_search_finds_the_concepts_items_once_re_tagged(client, editor, es, make_paper, committed):
    from tests.support.helpers import found_ids

    paper = make_paper(title="Лохотрон на рынке", abstract="Как уличные схемы выманивают деньги.", language="ru")
    searched("лохотрон")
    assert paper.pk not in found_ids("мошенничество")  # nothing tells search the paper is about fraud
    fraud = Concept.objects.get(slug="fraud")
    with committed():  # the label is saved; the re-tagging of the documents follows the commit
        client.post(reverse("thesaurus_add_label"), {"label": "лохотрон", "language": "ru", "concept": fraud.pk})
    assert paper.pk in found_ids("мошенничество")
    assert paper.pk in found_ids("scam")  # and from English, through the concept
