"""Project charts with their table alternative, the dashboard, region pages and the evidence gap map."""

import datetime
import re

import pytest
from wagtail.models import PageViewRestriction

from portal.analytics.models import Forecast
from portal.taxonomy.models import Region, Topic

LANGUAGES = ("kk", "ru", "en")


@pytest.fixture
def topic(db):
    names = {"name_kk": "Қауіпсіз қала", "name_ru": "Безопасный город", "name_en": "Safe city"}
    return Topic.objects.create(slug="safe-city", **names)


@pytest.fixture
def taraz_project(es, make_item, make_indicator, topic, committed):
    region = Region.objects.get(code="KZ-31")
    project = make_item("project", title="Safe Taraz", topics=[topic], regions=[region])
    values = [140 - i + (i % 3) for i in range(24)]
    with committed():  # the values commit: the forecasting task runs (at once, in tests)
        make_indicator(project, values=values, unit="", direction="lower", target=110.0,
                       target_date=datetime.date(2025, 12, 1), baseline=140.0, is_demo=True)  # fmt: skip
    return project


def test_the_project_page_shows_each_indicator_as_an_accessible_chart_with_a_table(taraz_project, client):
    forecast = Forecast.objects.get(indicator__project=taraz_project)
    assert forecast.method and len(forecast.points) == 12 and forecast.status in {"on_track", "at_risk", "off_track"}
    html = client.get(taraz_project.url).content.decode()
    svg = re.search(r"<svg class=\"chart\".*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "aria-labelledby" in svg
    assert "<title id=" in svg and "Street crimes" in svg and "<desc id=" in svg and "24 values" in svg
    assert "<polygon" in svg  # the forecast bands
    assert "style=" not in svg and "<script" not in html.split("</header>")[1]
    assert "Data table" in html and "<caption>Street crimes</caption>" in html and "2024-12" in html
    assert "(forecast)" in html and "MASE" in html and "Demonstration data" in html
    assert "How forecasts and statuses are computed" in html
    csv_url = re.search(r'href="(/en/analytics/indicator/\d+\.csv)"', html).group(1)
    rows = client.get(csv_url).content.decode("utf-8-sig").splitlines()
    assert rows[0].startswith("indicator_id,") and len(rows) == 1 + 24 + 12
    assert ",forecast," in rows[-1]


def test_a_short_series_gets_no_forecast_and_the_page_says_why(es, make_item, make_indicator, client):
    project = make_item("project", title="Short")
    make_indicator(project, values=[1, 2, 3])
    html = client.get(project.url).content.decode()
    assert "Too few values for a forecast: at least 18 are needed, there are 3." in html
    assert "<svg" in html  # the series is still drawn


def test_hidden_projects_show_no_data(taraz_project, client):
    indicator = taraz_project.indicators.get()
    PageViewRestriction.objects.create(page=taraz_project, restriction_type="login")
    assert client.get(f"/en/analytics/indicator/{indicator.pk}.csv").status_code == 404
    assert client.get("/api/analytics/kpis/").json()["count"] == 0
    assert "Safe Taraz" not in client.get("/en/analytics/region/KZ-31/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dashboard_maps_every_region_in_each_language(taraz_project, client, language):
    response = client.get(f"/{language}/analytics/")
    assert response.status_code == 200
    html = response.content.decode()
    tile_map = re.search(r'<svg class="tile-map".*?</svg>', html, re.S).group(0)
    assert tile_map.count("<rect") == 20 and "aria-labelledby=" in tile_map  # named; it holds links, so no role=img
    assert f'href="/{language}/analytics/region/KZ-31/"' in tile_map
    assert "style=" not in tile_map
    assert {"kk": "Жамбыл облысы", "ru": "Жамбылская область", "en": "Zhambyl Region"}[language] in html


def test_dashboard_filters_and_bad_values(taraz_project, client):
    html = client.get("/en/analytics/?measure=projects&topic=safe-city&year=2024").content.decode()
    assert re.search(r"Zhambyl Region</a></th><td>1</td>", html)
    html = client.get("/en/analytics/?year=2019").content.decode()
    assert re.search(r"Zhambyl Region</a></th><td>0</td>", html)  # the project started in 2024
    for query in ("year=20x4", "topic=nope", "measure=colour", "year=99999999999999999999"):
        assert client.get(f"/en/analytics/?{query}").status_code == 400


def test_region_page_lists_projects_practices_and_research(taraz_project, make_item, client):
    region = Region.objects.get(code="KZ-31")
    make_item("practice", title="Street lighting", regions=[region])
    make_item("paper", title="Lighting and crime", regions=[region])
    make_item("practice", title="Elsewhere", regions=[Region.objects.get(code="KZ-75")])
    html = client.get("/ru/analytics/region/KZ-31/").content.decode()
    assert "Safe Taraz" in html and "Street lighting" in html and "Lighting and crime" in html
    assert "Elsewhere" not in html
    assert client.get("/ru/analytics/region/XX-99/").status_code == 404


def test_projects_sharing_an_indicator_are_compared_on_one_chart(taraz_project, make_item, make_indicator, client):
    other = make_item("project", title="Color Route")
    make_indicator(other, values=[90, 92, 91, 89])
    html = client.get("/en/analytics/").content.decode()
    assert "Projects that share an indicator" in html
    chart = re.search(r"<svg class=\"chart\".*?</svg>", html, re.S).group(0)
    assert chart.count("<polyline") == 2 and "Safe Taraz" in chart and "Color Route" in chart


@pytest.mark.parametrize("language", LANGUAGES)
def test_evidence_gap_map_links_cells_to_the_search_and_shows_gaps(es, make_item, topic, client, language):
    make_item("practice", title="Lighting", topics=[topic], evidence_rating="effective")
    make_item("practice", title="CCTV", topics=[topic], evidence_rating="effective")
    html = client.get(f"/{language}/analytics/evidence/").content.decode()
    assert f'href="/{language}/search/?kind=practice&amp;topic=safe-city&amp;rating=effective">2</a>' in html
    assert html.count('class="gap"') == 4  # the four other ratings of the one topic
    link = f"/{language}/search/?kind=practice&topic=safe-city&rating=effective"
    assert client.get(link).status_code == 200
