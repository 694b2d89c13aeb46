"""OAI-PMH harvested with a real client (Sickle) and checked against the protocol's rules."""

import re
import xml.etree.ElementTree as ET

import pytest
from defusedxml.ElementTree import fromstring
from sickle import Sickle, oaiexceptions

from portal.scholarly.oai import OAI_NS

NS = {"o": OAI_NS, "dc": "http://purl.org/dc/elements/1.1/"}
DATESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
transactional = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def small_pages(settings):
    settings.SCHOLARLY = {**settings.SCHOLARLY, "OAI_PAGE_SIZE": 3}


@pytest.fixture
def corpus(es, make_paper):
    public = [make_paper(title=f"Paper {n}", abstract=f"Abstract {n}", language="en") for n in range(8)]
    draft = make_paper(title="Secret draft", publish=False)
    return public, draft


def oai(client, **params) -> ET.Element:
    response = client.get("/oai/", params)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    root = fromstring(response.content)
    assert root.tag == f"{{{OAI_NS}}}OAI-PMH"
    assert DATESTAMP.match(root.find("o:responseDate", NS).text)
    return root


def error_code(root) -> str | None:
    error = root.find("o:error", NS)
    return error.get("code") if error is not None else None


@transactional
def test_harvest_everything_with_resumption_tokens(live_server, small_pages, corpus):
    public, draft = corpus
    records = list(Sickle(f"{live_server.url}/oai/").ListRecords(metadataPrefix="oai_dc"))
    ids = [r.header.identifier for r in records]
    assert len(ids) == len(set(ids)) == len(public)
    assert {int(i.rsplit(":", 1)[1]) for i in ids} == {p.pk for p in public}
    assert all(r.metadata["title"][0].startswith("Paper") for r in records)
    assert draft.title not in str([r.metadata for r in records])


@transactional
def test_unpublished_item_becomes_a_deleted_record(live_server, corpus, committed):
    public, _ = corpus
    gone = public[0]
    with committed():
        gone.unpublish()
    sickle = Sickle(f"{live_server.url}/oai/")
    headers = {h.identifier: h for h in sickle.ListIdentifiers(metadataPrefix="oai_dc")}
    assert headers[f"oai:zertteushi.kz:{gone.pk}"].deleted
    assert sum(1 for h in headers.values() if not h.deleted) == len(public) - 1
    record = sickle.GetRecord(identifier=f"oai:zertteushi.kz:{gone.pk}", metadataPrefix="oai_dc")
    assert record.header.deleted


def test_resumption_token_stays_valid_while_content_changes(client, small_pages, corpus, make_paper):
    public, _ = corpus
    first = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    token = first.find(".//o:resumptionToken", NS)
    assert token.get("completeListSize") == str(len(public)) and token.get("cursor") == "0"
    seen = [e.text for e in first.iterfind(".//o:header/o:identifier", NS)]
    make_paper(title="Published during the harvest")
    while token is not None and token.text:
        page = oai(client, verb="ListIdentifiers", resumptionToken=token.text)
        seen += [e.text for e in page.iterfind(".//o:header/o:identifier", NS)]
        token = page.find(".//o:resumptionToken", NS)
    assert len(seen) == len(set(seen)) == len(public)


def test_identify_and_formats_and_sets(client, corpus):
    identify = oai(client, verb="Identify").find("o:Identify", NS)
    assert identify.find("o:protocolVersion", NS).text == "2.0"
    assert identify.find("o:deletedRecord", NS).text == "persistent"
    assert identify.find("o:granularity", NS).text == "YYYY-MM-DDThh:mm:ssZ"
    assert DATESTAMP.match(identify.find("o:earliestDatestamp", NS).text)
    formats = oai(client, verb="ListMetadataFormats")
    assert [e.text for e in formats.iterfind(".//o:metadataPrefix", NS)] == ["oai_dc"]
    specs = [e.text for e in oai(client, verb="ListSets").iterfind(".//o:setSpec", NS)]
    assert "kind" in specs and "kind:paper" in specs


def test_selective_harvest_by_date_and_set(client, corpus):
    public, _ = corpus
    today = public[0].last_published_at.strftime("%Y-%m-%d")
    by_day = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": today, "until": today})
    assert len(by_day.findall(".//o:header", NS)) == len(public)
    stamp = public[-1].last_published_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    by_second = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": stamp})
    assert f"oai:zertteushi.kz:{public[-1].pk}" in [e.text for e in by_second.iterfind(".//o:identifier", NS)]
    assert error_code(oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="kind:practice")) == (
        "noRecordsMatch"
    )
    in_set = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="kind:paper")
    assert len(in_set.findall(".//o:header", NS)) == len(public)


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "Harvest"}, "badVerb"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "Identify", "extra": "1"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-13-45"}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-01-01", "until": "2024-01-02T00:00:00Z"},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2025-01-02", "until": "2025-01-01"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "kind:unknown"}, "badArgument"),
        ({"verb": "ListRecords", "resumptionToken": "garbage"}, "badResumptionToken"),
        ({"verb": "ListRecords", "resumptionToken": "x", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:zertteushi.kz:9999"}, "idDoesNotExist"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "<script>"}, "idDoesNotExist"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2999-01-01"}, "noRecordsMatch"),
        ({"verb": "ListSets", "resumptionToken": "abc"}, "badResumptionToken"),
    ],
)
def test_protocol_errors(client, corpus, params, code):
    root = oai(client, **params)
    assert error_code(root) == code
    request = root.find("o:request", NS)
    if code in ("badVerb", "badArgument"):
        assert request.attrib == {}


def test_repeated_argument_is_bad(client, corpus):
    response = client.get("/oai/?verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc")
    assert error_code(fromstring(response.content)) == "badArgument"


@transactional
def test_sickle_raises_the_protocol_errors(live_server):
    sickle = Sickle(f"{live_server.url}/oai/")
    with pytest.raises(oaiexceptions.CannotDisseminateFormat):
        next(iter(sickle.ListRecords(metadataPrefix="mods")))
    with pytest.raises(oaiexceptions.IdDoesNotExist):
        sickle.GetRecord(identifier="oai:zertteushi.kz:0", metadataPrefix="oai_dc")


def test_dublin_core_of_a_cyrillic_paper(client, es, make_paper):
    paper = make_paper(title="Қауіпсіз қала", authors="Жұмабеков Нұрлан", language="kk", abstract="Жарықтандыру.")
    root = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=f"oai:zertteushi.kz:{paper.pk}")
    dc = root.find(".//{http://www.openarchives.org/OAI/2.0/oai_dc/}dc")
    assert dc.find("dc:title", NS).text == "Қауіпсіз қала"
    assert dc.find("dc:creator", NS).text == "Жұмабеков, Нұрлан"
    assert dc.find("dc:language", NS).text == "kk"
    assert DATESTAMP.match(root.find(".//o:header/o:datestamp", NS).text)


@transactional
def test_harvest_the_whole_demo_set(live_server, es, committed, settings):
    """Every public demo item once, a withdrawn one as deleted, across resumption tokens and all four kinds."""
    from io import StringIO

    from django.core.management import call_command
    from wagtail.models import Page

    from portal.publications.kinds import publication_models

    settings.SCHOLARLY = {**settings.SCHOLARLY, "OAI_PAGE_SIZE": 10}
    call_command("load_demo", stdout=StringIO(), stderr=StringIO())
    withdrawn = Page.objects.filter(live=True).type(*publication_models()).first().specific
    with committed():
        withdrawn.unpublish()
    public = {p.pk for model in publication_models() for p in model.objects.live().public()}
    assert len(public) >= 60

    records = list(Sickle(f"{live_server.url}/oai/").ListRecords(metadataPrefix="oai_dc"))
    live_ids = [int(r.header.identifier.rsplit(":", 1)[1]) for r in records if not r.header.deleted]
    assert sorted(live_ids) == sorted(public)
    assert [r for r in records if r.header.deleted][0].header.identifier.endswith(f":{withdrawn.pk}")
    kinds = {spec for r in records for spec in r.header.setSpecs if spec.startswith("kind:")}
    assert kinds == {"kind:paper", "kind:practice", "kind:methodology", "kind:project"}
    languages = {r.metadata["language"][0] for r in records if not r.header.deleted}
    assert languages == {"kk", "ru", "en"}
