"""The API contract is declared once, and every JSON error has one shape.

``search.query.params`` both checks the search parameters and describes them to
the OpenAPI schema, so what is documented is what is accepted; every 4xx and
503 of the JSON endpoints is ``{"error": {"code", "message", "field"}}``.
"""

import pytest
from django.core.cache import cache

from search.query.params import KNOWN


@pytest.mark.parametrize("size", ["10", "20", "50"])
def test_page_size_given_in_the_query_string_is_accepted(client, es, size):
    response = client.get("/api/search/", {"page_size": size})
    assert response.status_code == 200, response.content
    assert response.json()["page_size"] == int(size)


def test_the_schema_documents_what_the_api_accepts(client):
    search = client.get("/api/schema/").json()["paths"]["/api/search/"]["get"]
    parameters = {p["name"]: p for p in search["parameters"]}
    assert set(parameters) == KNOWN
    assert parameters["page_size"]["schema"] == {"type": "integer", "enum": [10, 20, 50], "default": 10}
    assert parameters["kind"]["schema"]["items"]["enum"] == ["paper", "practice", "methodology", "project"]
    assert search["responses"]["400"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOut")


def test_the_page_and_the_api_reject_a_parameter_with_the_same_message(client, es):
    api = client.get("/api/search/", {"page_size": "15"})
    page = client.get("/search/", {"page_size": "15"})
    assert api.status_code == page.status_code == 400
    message = api.json()["error"]["message"]
    assert message == "The page size must be one of 10, 20, 50."
    assert message in page.content.decode()


def error(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "field"}
    assert body["error"]["message"]
    return body["error"]


def test_every_client_error_has_the_one_shape(client, es):
    assert error(client.get("/api/search/", {"year": "20x4"}), 400)["field"] == "year"
    assert error(client.get("/api/search/", {"colour": "red"}), 400)["field"] == "colour"
    assert error(client.get("/api/suggest/", {"q": "x" * 101}), 400)["field"] == "q"
    assert error(client.get("/api/suggest/", {"q": "a", "size": "0"}), 400)["field"] == "size"
    refused = client.post("/api/search/", {"q": "x"})
    assert error(refused, 405)["code"] == "method_not_allowed" and "GET" in refused["Allow"]


def test_rate_limited_api_clients_get_the_one_shape(client, es, settings):
    settings.RATE_LIMITS = {"search": {**settings.RATE_LIMITS["search"], "limit": 1}}
    cache.clear()
    try:
        assert client.get("/api/search/", {"q": "x"}).status_code == 200
        limited = client.get("/api/search/", {"q": "x"})
        assert error(limited, 429) == {
            "code": "rate_limited",
            "message": limited.json()["error"]["message"],
            "field": None,
        }
        assert limited["Retry-After"].isdigit()
    finally:
        cache.clear()


def test_an_outage_answers_the_one_shape_from_every_json_endpoint(client, cluster_down):
    for path, params in (("/api/search/", {"q": "fraud"}), ("/api/suggest/", {"q": "fr"})):
        response = client.get(path, params)
        assert error(response, 503)["code"] == "search_unavailable"
        assert response["Retry-After"] == "30"
    as_json = client.get("/search/", {"q": "fraud"}, headers={"accept": "application/json"})
    assert error(as_json, 503)["code"] == "search_unavailable"
