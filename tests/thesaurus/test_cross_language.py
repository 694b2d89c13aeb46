"""A query in one language finds the item written in another, through the thesaurus; and says so."""

import pytest

from search.query import faceted
from search.query.params import SearchParams
from tests.support.corpus import doc, write


@pytest.fixture
def items(es, seed):
    ids = write(
        doc(
            "Профилактика правонарушений среди несовершеннолетних",
            "ru",
            abstract="Работа инспекторов по делам несовершеннолетних в школах.",
        ),
        doc("Бытовое насилие: защитные предписания", "ru", abstract="Практика кризисных центров."),
        doc("Мошенничество с платёжными картами", "ru", abstract="Схемы и противодействие."),
        doc("Видеонаблюдение на улицах Астаны", "ru", abstract="Камеры в общественных местах."),
        doc("Интернет-алаяқтықтың жаңа түрлері", "kk", abstract="Әлеуметтік желілердегі алаяқтық."),
        doc("Restorative justice for young offenders", "en", abstract="Conferences with the people harmed."),
        doc("Juvenile justice reform in Kazakhstan", "en", abstract="Courts for minors."),
    )
    return dict(zip(["juveniles", "dv", "card", "cctv", "online", "restorative", "reform"], ids, strict=True))


def top(query: str, **options) -> list[int]:
    return [hit.id for hit in faceted.run(SearchParams(q=query, **options)).hits[:3]]


@pytest.mark.parametrize(
    ("query", "item"),
    [
        ("кәмелетке толмағандар", "juveniles"),  # kk → ru
        ("domestic violence", "dv"),  # en → ru
        ("тұрмыстық зорлық-зомбылық", "dv"),  # kk → ru
        ("афера", "card"),  # synonym
        ("CCTV", "cctv"),  # abbreviation, en → ru
        ("бейнебақылау", "cctv"),  # kk → ru
        ("online fraud", "online"),  # en → kk
        ("восстановительное правосудие", "restorative"),  # ru → en
    ],
)
def test_a_query_finds_the_item_in_another_language(items, query, item):
    assert items[item] in top(query)
    assert items[item] not in top(query, expand=False)  # the words alone do not find it


def test_items_with_the_words_rank_before_items_found_through_the_concept(items):
    hits = top("juvenile justice")
    assert hits[0] == items["reform"]  # English, has the words
    assert items["juveniles"] not in hits[:1]


def test_the_response_says_what_was_added_and_offers_to_search_without_it(client, items):
    html = client.get("/en/search/", {"q": "кәмелетке толмағандар"}).content.decode()
    assert "Also searched:" in html and "несовершеннолетние" in html
    assert "expand=0" in html
    html = client.get("/en/search/", {"q": "кәмелетке толмағандар", "expand": "0"}).content.decode()
    assert "Searched only for the words typed." in html and "Профилактика правонарушений" not in html
    data = client.get("/api/search/", {"q": "domestic violence"}).json()
    (added,) = data["also_searched"]
    assert added["concept"] == "domestic-violence" and "бытовое насилие" in added["other_labels"]
    assert "expand=0" in data["toggle_expansion_url"]
    assert client.get("/api/search/", {"q": "domestic violence", "expand": "0"}).json()["also_searched"] == []


def test_a_bad_expand_value_is_a_400(client, items):
    response = client.get("/api/search/", {"q": "x", "expand": "maybe"})
    assert response.status_code == 400
    assert client.get("/en/search/", {"q": "x", "expand": "2"}).status_code == 400


def test_one_typo_still_finds_the_item_and_says_so(client, items):
    results = faceted.run(SearchParams(q="профилактка"))
    assert results.hits and results.hits[0].id == items["juveniles"]
    assert results.fuzzy_words == ["профилактка"]
    assert faceted.run(SearchParams(q="профилактика")).fuzzy_words == []  # found as typed: no retry
    html = client.get("/en/search/", {"q": "мошеничество"}).content.decode()
    assert "similar spellings" in html and "Мошенничество с платёжными картами" in html


def test_the_concept_facet_counts_items_in_every_language(client, items):
    data = client.get("/api/search/", {"concept": "juveniles"}).json()
    assert {hit["id"] for hit in data["hits"]} == {items["juveniles"], items["reform"]}  # ru, en ("minors")
    facet = next(f for f in data["facets"] if f["name"] == "concept")
    values = {v["key"]: v for v in facet["values"]}
    assert values["juveniles"]["count"] == 2 and values["juveniles"]["label"] == "juveniles"
    assert values["juvenile-offenders"]["count"] == 1  # "young offenders", the English item


def test_autocomplete_offers_concepts_across_languages(client, items):
    data = client.get("/api/suggest/", {"q": "бейнебақ"}).json()
    first = data["suggestions"][0]
    assert (first["type"], first["text"]) == ("concept", "бейнебақылау")
    assert first["url"].endswith("/concepts/cctv/")


def test_the_concept_page_lists_its_items_in_every_language(client, items):
    html = client.get("/ru/concepts/juveniles/").content.decode()
    for title in ("Профилактика правонарушений среди несовершеннолетних", "Juvenile justice reform in Kazakhstan"):
        assert title in html
