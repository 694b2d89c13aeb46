"""The concept pages: an A–Z and tree index and one page per concept, in Kazakh, Russian and English."""

import pytest

INDEX_TITLES = {"kk": "Сала тезаурусы", "ru": "Тезаурус отрасли", "en": "Thesaurus of the field"}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_index_lists_concepts_a_to_z_and_as_a_tree(client, seed, language):
    response = client.get(f"/{language}/concepts/")
    assert response.status_code == 200
    html = response.content.decode()
    assert INDEX_TITLES[language] in html
    label = {"kk": "кәмелетке толмағандар", "ru": "несовершеннолетние", "en": "juveniles"}[language]
    assert f'href="/{language}/concepts/juveniles/">{label}</a>' in html
    assert html.count(f'href="/{language}/concepts/juveniles/"') == 2  # once A–Z, once in the tree


@pytest.mark.parametrize(
    ("language", "heading", "broader", "narrower"),
    [
        ("kk", "кәмелетке толмағандар", "ювеналдық әділет", "балалар"),
        ("ru", "несовершеннолетние", "ювенальная юстиция", "дети"),
        ("en", "juveniles", "juvenile justice", "children"),
    ],
)
def test_concept_page_shows_labels_in_all_languages_and_its_neighbours(
    client, seed, language, heading, broader, narrower
):
    html = client.get(f"/{language}/concepts/juveniles/").content.decode()
    assert f"<h1>{heading}</h1>" in html
    for label in ("кәмелетке толмағандар", "несовершеннолетние", "juveniles", "подростки", "minors"):
        assert label in html
    assert f'href="/{language}/concepts/juvenile-justice/">{broader}</a>' in html
    assert f'href="/{language}/concepts/children/">{narrower}</a>' in html


def test_concept_page_says_when_no_item_is_tagged(client, es, seed):
    html = client.get("/en/concepts/phishing/").content.decode()
    assert "No items are tagged with this concept yet." in html


def test_unknown_concept_is_a_404(client, seed):
    assert client.get("/en/concepts/no-such-concept/").status_code == 404


def test_empty_thesaurus_says_so(client, db):
    assert "The thesaurus is empty." in client.get("/en/concepts/").content.decode()
