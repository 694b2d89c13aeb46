"""/api/analytics/: shapes, CSV, the OpenAPI schema, and a 400 with a JSON message for every bad parameter."""

import datetime

import pytest

from portal.analytics import usage
from portal.taxonomy.models import Region

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"


@pytest.fixture
def project(es, make_item, make_indicator):
    project = make_item("project", title="Safe Taraz", regions=[Region.objects.get(code="KZ-31")])
    make_indicator(project, values=[10, 11, 12], target=20.0, unit="%")
    return project


def test_kpis_list_every_indicator_with_series_and_forecast(project, client):
    data = client.get("/api/analytics/kpis/").json()
    assert data["count"] == 1
    item = data["items"][0]
    assert item["name"] == {"kk": "Көше қылмыстары", "ru": "Уличные преступления", "en": "Street crimes"}
    assert item["series"] == [
        {"period": "2023-01-01", "value": 10.0},
        {"period": "2023-02-01", "value": 11.0},
        {"period": "2023-03-01", "value": 12.0},
    ]
    assert item["forecast"]["reason"] == "too_few_points" and item["forecast"]["points"] == []
    assert client.get(f"/api/analytics/kpis/?project={project.pk}").json()["count"] == 1
    assert client.get("/api/analytics/kpis/?code=other").json()["count"] == 0
    csv = client.get("/api/analytics/kpis/?format=csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert len(csv.content.decode("utf-8-sig").splitlines()) == 4


def test_regions_list_the_17_regions_and_3_cities(project, client):
    data = client.get("/api/analytics/regions/?year=2024").json()
    assert len(data["regions"]) == 20 and data["year"] == 2024
    taraz = next(r for r in data["regions"] if r["code"] == "KZ-31")
    assert taraz["projects"] == 1 and taraz["name"]["ru"] == "Жамбылская область"
    assert {r["kind"] for r in data["regions"]} == {"region", "city"}
    lines = client.get("/api/analytics/regions/?format=csv").content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("code,kind,") and len(lines) == 21


def test_usage_gives_totals_and_counts_per_item(project, make_item, client):
    paper = make_item("paper", title="Read")
    usage.record(paper.pk, usage.VIEW, "10.0.0.1", BROWSER)
    usage.record(paper.pk, usage.DOWNLOAD, "10.0.0.1", BROWSER)
    usage.record(project.pk, usage.VIEW, "10.0.0.1", BROWSER)
    data = client.get("/api/analytics/usage/").json()
    assert data["totals"] == {"views": 2, "downloads": 1}
    assert {(i["id"], i["kind"], i["views"], i["downloads"]) for i in data["items"]} == {
        (paper.pk, "paper", 1, 1),
        (project.pk, "project", 1, 0),
    }
    assert client.get("/api/analytics/usage/?kind=paper").json()["totals"] == {"views": 1, "downloads": 1}
    tomorrow = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
    assert client.get(f"/api/analytics/usage/?since={tomorrow}").json()["totals"] == {"views": 0, "downloads": 0}
    lines = client.get("/api/analytics/usage/?format=csv").content.decode("utf-8-sig").splitlines()
    assert lines[0] == "id,kind,title,language,url,views,downloads" and len(lines) == 3


@pytest.mark.parametrize(
    "url",
    [
        "/api/analytics/kpis/?project=abc",
        "/api/analytics/kpis/?project=999999",
        "/api/analytics/kpis/?format=xml",
        "/api/analytics/kpis/?colour=red",
        "/api/analytics/regions/?year=12x",
        "/api/analytics/regions/?topic=no-such-topic",
        "/api/analytics/usage/?since=yesterday",
        "/api/analytics/usage/?since=2025-02-01&until=2025-01-01",
        "/api/analytics/usage/?kind=poem",
        "/api/analytics/usage/?until=2025-02-30",
    ],
)
def test_bad_parameters_get_a_400_with_a_json_message(project, client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_the_endpoints_are_in_the_openapi_schema(db, client):
    paths = client.get("/api/schema/").json()["paths"]
    assert {"/api/analytics/kpis/", "/api/analytics/regions/", "/api/analytics/usage/", "/api/search/"} <= set(paths)
