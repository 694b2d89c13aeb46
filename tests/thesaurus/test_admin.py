"""Editors keep the thesaurus in the Wagtail admin: find, edit with revisions, see the tree."""

import pytest
from django.urls import reverse

from portal.thesaurus.models import Concept


def form_data(concept: Concept, **changes) -> dict:
    data = {
        "slug": concept.slug,
        "broader": concept.broader_id or "",
        "related": [c.pk for c in concept.related.all()] if concept.pk else [],
    }
    for kind in ("pref_label", "alt_labels", "scope_note"):
        for language in ("kk", "ru", "en"):
            data[f"{kind}_{language}"] = getattr(concept, f"{kind}_{language}")
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def tree(concept):
    prevention = concept("prevention", "алдын алу", "профилактика", "prevention")
    juveniles = concept("juveniles", "кәмелетке толмағандар", "несовершеннолетние", "juveniles", broader=prevention)
    fraud = concept("fraud", "алаяқтық", "мошенничество", "fraud", alt_labels_ru="афера")
    return prevention, juveniles, fraud


def test_listing_finds_a_concept_by_any_label_and_shows_its_place(admin_client, tree):
    url = reverse("wagtailsnippets_thesaurus_concept:list")
    html = admin_client.get(url, {"q": "афера"}).content.decode()
    assert "мошенничество" in html and "несовершеннолетние" not in html
    html = admin_client.get(url, {"q": "несовершеннолетние"}).content.decode()
    assert "prevention › juveniles" in html
    html = admin_client.get(url, {"under": "prevention"}).content.decode()
    assert "juveniles" in html and "мошенничество" not in html


def test_editing_saves_a_revision(admin_client, tree):
    _, juveniles, _ = tree
    url = reverse("wagtailsnippets_thesaurus_concept:edit", args=(juveniles.pk,))
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, form_data(juveniles, alt_labels_en="minors\nteenagers"))
    assert response.status_code == 302
    juveniles.refresh_from_db()
    assert juveniles.alt_labels("en") == ["minors", "teenagers"]
    assert juveniles.revisions.count() == 1
    history = admin_client.get(reverse("wagtailsnippets_thesaurus_concept:history", args=(juveniles.pk,)))
    assert history.status_code == 200


def test_a_concept_cannot_sit_under_its_own_narrower_concept(admin_client, tree):
    prevention, juveniles, _ = tree
    url = reverse("wagtailsnippets_thesaurus_concept:edit", args=(prevention.pk,))
    response = admin_client.post(url, form_data(prevention, broader=juveniles.pk))
    assert response.status_code == 200
    assert "cannot be placed under itself" in response.content.decode()
    prevention.refresh_from_db()
    assert prevention.broader is None


def test_a_label_of_another_concept_is_refused(admin_client, tree):
    _, juveniles, _ = tree
    url = reverse("wagtailsnippets_thesaurus_concept:edit", args=(juveniles.pk,))
    response = admin_client.post(url, form_data(juveniles, alt_labels_ru="Афера"))
    assert response.status_code == 200
    assert "Already a label of another concept" in response.content.decode()
    assert Concept.objects.get(pk=juveniles.pk).alt_labels("ru") == []


def test_adding_a_concept_under_another_stores_its_path(admin_client, tree):
    prevention, _, _ = tree
    url = reverse("wagtailsnippets_thesaurus_concept:add")
    data = form_data(Concept(slug="mentoring", broader=None), broader=prevention.pk)
    data.update(pref_label_kk="тәлімгерлік", pref_label_ru="наставничество", pref_label_en="mentoring")
    assert admin_client.post(url, data).status_code == 302
    assert Concept.objects.get(slug="mentoring").path == "prevention/mentoring"


def test_moving_a_concept_moves_its_narrower_concepts(tree):
    prevention, juveniles, fraud = tree
    prevention.broader = fraud
    prevention.save()
    juveniles.refresh_from_db()
    assert juveniles.path == "fraud/prevention/juveniles"
    assert juveniles.breadcrumb("en") == "fraud › prevention › juveniles"


def test_the_tree_view_lists_every_concept_under_its_broader(admin_client, seed):
    html = admin_client.get(reverse("thesaurus_tree")).content.decode()
    assert html.count("<tr>") >= 400
    assert html.index(">cybercrime<") < html.index(">internet-fraud<") < html.index(">phishing<")


def test_the_tree_view_needs_the_permission(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("thesaurus_tree")).status_code in (302, 403)
