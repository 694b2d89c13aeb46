"""/api/search/ and /api/suggest/: JSON a client can rely on, and a clear 400 for anything wrong."""

import pytest

from tests.support.corpus import doc, write


@pytest.fixture
def items(es):
    return write(
        doc(
            "Mentoring against juvenile offending",
            abstract="Mentors halve reoffending among teenagers in small towns.",
            topics=["prevention", "prevention/juvenile"],
            evidence_rating="effective",
            keywords=["mentoring"],
        ),
        doc("Street lighting", abstract="Lamps on dark streets.", kind="project", status="pilot"),
    )


def test_search_returns_hits_total_highlights_and_facets(client, items):
    response = client.get("/api/search/", {"q": "juvenile", "kind": "practice"})
    assert response.status_code == 200
    data = response.json()
    assert data["total"] == 1
    assert data["hits"][0]["id"] == items[0]
    assert data["hits"][0]["title_html"] == "Mentoring against <mark>juvenile</mark> offending"
    kind = next(f for f in data["facets"] if f["name"] == "kind")
    assert {"key": "practice", "label": "Best-practice review", "count": 1, "selected": True, "depth": 0} in kind[
        "values"
    ]
    assert data["page"] == 1 and data["page_size"] == 10 and data["pages"] == 1


def test_several_values_of_a_facet(client, items):
    data = client.get("/api/search/?kind=practice&kind=project").json()
    assert data["total"] == 2


def test_empty_query_lists_newest_first(client, es):
    older, newer = write(doc("Older item", year=2010), doc("Newer item", year=2025))
    data = client.get("/api/search/").json()
    assert [h["id"] for h in data["hits"]] == [newer, older]
    assert [h["id"] for h in client.get("/api/search/", {"sort": "oldest"}).json()["hits"]] == [older, newer]


def test_zero_results_suggest_a_spelling_and_a_filter_to_remove(client, items):
    data = client.get("/api/search/", {"q": "mentorng", "kind": "project"}).json()
    assert data["total"] == 0
    assert data["did_you_mean"] == "mentoring"
    data = client.get("/api/search/", {"q": "mentoring", "kind": "project"}).json()
    assert data["relaxations"] == [
        {"facet": "kind", "title": "Kind", "labels": ["Regional prevention project"], "count": 1}
    ]


def test_the_openapi_schema_documents_both_endpoints(client):
    schema = client.get("/api/schema/").json()
    assert schema["openapi"].startswith("3.")
    search = schema["paths"]["/api/search/"]["get"]
    names = {p["name"] for p in search["parameters"]}
    assert {"q", "page", "page_size", "sort", "kind", "topic", "year", "rating", "status"} <= names
    assert "400" in search["responses"]
    assert "/api/suggest/" in schema["paths"]


@pytest.mark.parametrize(
    ("params", "parameter", "words"),
    [
        ({"colour": "red"}, "colour", "Unknown parameter"),
        ({"kind": "poem"}, "kind", "poem"),
        ({"rating": "great"}, "rating", "great"),
        ({"topic": "Not A Topic!"}, "topic", "Topic"),
        ({"year": "20x4"}, "year", "year"),
        ({"page": "two"}, "page", "whole number"),
        ({"page": "0"}, "page", "from 1 upwards"),
        ({"page": "99999999999999999999"}, "page", "10,000"),
        ({"page": "2000"}, "page", "10,000"),
        ({"page_size": "15"}, "page_size", "10, 20, 50"),
        ({"sort": "random"}, "sort", "relevance"),
        ({"q": "x" * 501}, "q", "500"),
        ({"q": "fraud\x00"}, "q", "control characters"),
        ({"q": "fraud\x1b[31m"}, "q", "control characters"),
    ],
)
def test_bad_parameters_get_a_clear_400(client, es, params, parameter, words):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error == {"code": "invalid_parameter", "message": error["message"], "field": parameter}
    assert words in error["message"]


@pytest.mark.parametrize("q", ['"unbalanced', "-", "OR", "fraud OR", '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /', "a:b"])
def test_awkward_queries_are_answered(client, items, q):
    response = client.get("/api/search/", {"q": q})
    assert response.status_code == 200
    assert isinstance(response.json()["total"], int)


def test_awkward_queries_tell_what_was_ignored(client, items):
    data = client.get("/api/search/", {"q": 'juvenile "offending'}).json()
    assert data["total"] == 1
    assert any("quotation mark" in n for n in data["notices"])


def test_a_page_past_the_end_is_empty_not_an_error(client, items):
    data = client.get("/api/search/", {"page": "5"}).json()
    assert data["hits"] == [] and data["total"] == 2


def test_suggest_answers_in_the_language_typed(client, es):
    write(
        doc("Жасөспірімдер қылмысының алдын алу", language="kk"),
        doc("Жилищные кражи в городах", language="ru"),
        doc("Juvenile justice in towns", language="en"),
    )
    kk = client.get("/api/suggest/", {"q": "жасө"}).json()
    assert kk["language"] == "kk"
    assert kk["suggestions"][0]["text"] == "Жасөспірімдер қылмысының алдын алу"
    assert kk["suggestions"][0]["type"] == "title"
    ru = client.get("/api/suggest/", {"q": "жил"}).json()
    assert ru["language"] == "ru"
    assert [s["text"] for s in ru["suggestions"]] == ["Жилищные кражи в городах"]
    en = client.get("/api/suggest/", {"q": "ju"}).json()
    assert en["language"] == "en"
    assert [s["text"] for s in en["suggestions"]] == ["Juvenile justice in towns"]


@pytest.mark.parametrize(
    "params", [{}, {"q": ""}, {"q": "x" * 101}, {"q": "a", "size": "0"}, {"q": "a", "x": "1"}, {"q": "\x07"}]
)
def test_suggest_rejects_bad_input_with_400(client, es, params):
    response = client.get("/api/suggest/", params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_parameter" and error["message"] and error["field"] in ("q", "size", "x")


def test_an_unreachable_cluster_gives_503_with_a_message_not_500(client, cluster_down):
    api = client.get("/api/search/", {"q": "fraud"})
    assert api.status_code == 503 and "unavailable" in api.json()["error"]["message"]
    assert api.json()["error"]["code"] == "search_unavailable" and api["Retry-After"] == "30"
    assert client.get("/api/suggest/", {"q": "fr"}).status_code == 503
    page = client.get("/en/search/", {"q": "fraud"})
    assert page.status_code == 503 and "Search is temporarily unavailable" in page.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "juvenile", "kind": "practice"},
        {"q": "mentorng", "kind": "project"},
        {"q": "mentoring", "kind": "project"},
        {"topic": "prevention", "sort": "oldest"},
        {},
    ],
)
def test_every_answer_is_exactly_what_its_schema_describes(client, items, params):
    """The API writes its answer without validating it field by field: the answer must validate to itself."""
    from search.web.api import SearchOut

    data = client.get("/api/search/", params).json()
    assert SearchOut.model_validate(data).model_dump(mode="json") == data
