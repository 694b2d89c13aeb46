"""Edges of the machine interfaces: OAI-PMH with hostile dates, control characters and methods
(every answer valid against the published schema), JSON errors under /api/, feeds that say what exists."""

import pytest
from defusedxml.ElementTree import fromstring

from portal.scholarly.oai import OAI_NS
from tests.scholarly.oai_schema import assert_valid

NS = {"o": OAI_NS}


def oai_error(response) -> str:
    assert response.status_code == 200
    assert_valid(response.content)
    error = fromstring(response.content).find("o:error", NS)
    assert error is not None, response.content[:300]
    return error.get("code")


@pytest.mark.parametrize(
    "dates",
    [
        {"until": "9999-12-31"},
        {"until": "9999-12-31T23:59:59Z"},
        {"from": "0001-01-01"},
        {"from": "1000-01-01T00:00:00Z"},
        {"from": "1899-12-31", "until": "9999-12-31"},
    ],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_dates_outside_the_supported_range_are_a_bad_argument(client, es, make_paper, dates, method):
    make_paper(title="Harvested")
    response = getattr(client, method)("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc", **dates})
    assert oai_error(response) == "badArgument"
    assert b"must lie between 1900-01-01 and 9998-12-31" in response.content


def test_the_edges_of_the_range_still_harvest(client, es, make_paper):
    paper = make_paper(title="Harvested")
    response = client.get(
        "/oai/", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": "1900-01-01", "until": "9998-12-31"}
    )
    assert_valid(response.content)
    assert f"oai:zertteushi.kz:{paper.pk}".encode() in response.content


@pytest.mark.parametrize(
    "query",
    [
        "verb=GetRecord&metadataPrefix=oai_dc&identifier=a%01b",
        "verb=ListRecords&metadataPrefix=oai_dc%00",
        "verb=ListRecords&metadataPrefix=oai_dc&set=kind%1b",
        "verb=Identify&na%07me=1",
        "verb=Identif%0by",
        "verb=ListRecords&resumptionToken=abc%7f",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01%0a",
        "verb=Identify&x=%c2%85",
    ],
)
def test_control_characters_are_refused_and_never_reach_the_xml(client, es, query):
    response = client.get(f"/oai/?{query}")
    assert oai_error(response) == "badArgument"
    body = response.content.decode("utf-8")
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in body)
    assert fromstring(response.content).find("o:request", NS).attrib == {}


@pytest.mark.parametrize("method", ["put", "delete", "patch", "options"])
def test_other_methods_get_405_with_an_explanation_and_allow(client, db, method):
    response = getattr(client, method)("/oai/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"
    assert "OAI-PMH answers GET and POST requests only" in response.content.decode()


def test_every_verb_answers_valid_xml(client, es, make_paper):
    paper = make_paper(title="Valid record", abstract="Abstract <with> & markup")
    identifier = f"oai:zertteushi.kz:{paper.pk}"
    for params in (
        {"verb": "Identify"},
        {"verb": "ListMetadataFormats"},
        {"verb": "ListMetadataFormats", "identifier": identifier},
        {"verb": "ListSets"},
        {"verb": "GetRecord", "identifier": identifier, "metadataPrefix": "oai_dc"},
        {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "kind:paper"},
    ):
        response = client.get("/oai/", params)
        assert response.status_code == 200
        assert_valid(response.content)
        assert fromstring(response.content).find("o:error", NS) is None, params


@pytest.mark.parametrize("path", ["/api/", "/api/doc/", "/api/v2/search/", "/api/search/../x"])
def test_unknown_api_paths_answer_json_not_the_page_tree(client, db, path):
    """Unknown paths under /api/ get the API's JSON 404 (/api/docs/ is the HTML reference, /api/docs leads there)."""
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == "not_found" and error["field"] is None
    assert "/api/search/" in error["message"] and "/api/suggest/" in error["message"]


@pytest.mark.parametrize("path", ["/feeds/videos/atom/", "/feeds/topic/no-such-topic/rss/", "/feeds/kind/atom/"])
def test_unknown_feeds_say_which_feeds_exist(client, es, path):
    response = client.get(path)
    assert response.status_code == 404
    text = response.content.decode()
    assert "paper, practice, methodology, project" in text
    assert "/feeds/topic/<slug>/atom/" in text


def test_unknown_feeds_speak_the_readers_language(client, es):
    response = client.get("/feeds/videos/atom/", headers={"accept-language": "ru"})
    assert response.status_code == 404
    assert "Такой ленты нет" in response.content.decode()


def test_the_api_reference_answers_with_and_without_its_slash(client, db):
    assert client.get("/api/docs").url == "/api/docs/"
    assert client.get("/api/docs/").status_code == 200
