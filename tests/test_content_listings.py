"""Listings: newest first, one entry per item, facet filters, pagination, clear errors for bad filters."""

import datetime
import re

import pytest

from portal.taxonomy.models import Region, Topic


def titles(response) -> list[str]:
    return re.findall(r'<h3><a href="[^"]*">([^<]*)</a></h3>', response.content.decode())


@pytest.fixture
def topics(db):
    prevention = Topic.objects.create(
        slug="prevention", name_kk="Алдын алу", name_ru="Профилактика", name_en="Prevention"
    )
    juvenile = Topic.objects.create(
        slug="juvenile", parent=prevention, name_kk="Жасөспірімдер", name_ru="Несовершеннолетние", name_en="Juveniles"
    )
    fraud = Topic.objects.create(slug="fraud", name_kk="Алаяқтық", name_ru="Мошенничество", name_en="Fraud")
    return {"prevention": prevention, "juvenile": juvenile, "fraud": fraud}


def test_practices_are_filtered_by_evidence_topic_region_and_year(es, client, make_item, sections, topics):
    zhambyl, almaty = Region.objects.get(code="KZ-31"), Region.objects.get(code="KZ-75")
    make_item(
        "practice",
        title="School mentoring",
        evidence_rating="effective",
        topics=[topics["juvenile"]],
        regions=[zhambyl],
        publication_date=datetime.date(2024, 5, 1),
    )
    make_item(
        "practice",
        title="Scared Straight",
        evidence_rating="harmful",
        topics=[topics["juvenile"]],
        regions=[almaty],
        publication_date=datetime.date(2023, 5, 1),
    )
    make_item(
        "practice",
        title="SIM box blocking",
        evidence_rating="effective",
        topics=[topics["fraud"]],
        regions=[almaty],
        publication_date=datetime.date(2025, 5, 1),
    )
    url = sections["practice"].url
    assert titles(client.get(url)) == ["SIM box blocking", "School mentoring", "Scared Straight"]
    assert titles(client.get(url, {"evidence": "effective"})) == ["SIM box blocking", "School mentoring"]
    # A parent topic includes its subtopics.
    assert titles(client.get(url, {"topic": "prevention"})) == ["School mentoring", "Scared Straight"]
    assert titles(client.get(url, {"topic": "prevention", "region": "KZ-75"})) == ["Scared Straight"]
    assert titles(client.get(url, {"year": "2025"})) == ["SIM box blocking"]
    html = client.get(url).content.decode()
    assert '<option value="KZ-31">Zhambyl Region</option>' in html  # offered: it occurs
    assert "KZ-10" not in html  # not offered: nothing is tagged with it
    assert '<option value="prevention">Prevention</option>' in html  # a broader topic is offered too
    assert '<option value="juvenile">Prevention › Juveniles</option>' in html


def test_projects_are_filtered_by_status(es, client, make_item, sections):
    make_item("project", title="Safe Taraz", status="scaled")
    make_item("project", title="Family centres", status="closed")
    assert titles(client.get(sections["project"].url, {"status": "closed"})) == ["Family centres"]


def test_unpublished_items_are_not_listed(es, client, make_item, sections):
    make_item("methodology", title="Published method")
    make_item("methodology", title="Draft method", publish=False)
    assert titles(client.get(sections["methodology"].url)) == ["Published method"]


def test_pagination_twelve_per_page_newest_first(es, client, make_item, sections):
    for day in range(1, 15):
        make_item("project", title=f"Project {day:02d}", publication_date=datetime.date(2024, 1, day))
    url = sections["project"].url
    first, second = client.get(url), client.get(url, {"page": 2})
    assert titles(first) == [f"Project {d:02d}" for d in range(14, 2, -1)]
    assert titles(second) == ["Project 02", "Project 01"]
    assert "Page 2 of 2" in second.content.decode()
    # Filters survive paging.
    assert 'href="?status=pilot&amp;page=2"' in client.get(url, {"status": "pilot"}).content.decode()
    assert client.get(url, {"page": "abc"}).status_code == 200


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"year": "twenty"}, "The year must be a number"),
        ({"topic": "no-such-topic"}, "There is no topic"),
        ({"region": "XX-99"}, "There is no region"),
        ({"evidence": "miraculous"}, "is not a valid choice"),
        ({"language": "de"}, "The language must be kk, ru or en."),
    ],
)
def test_bad_filters_get_400_and_a_message(es, client, make_item, sections, params, message):
    make_item("practice", title="Mentoring")
    response = client.get(sections["practice"].url, params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_each_item_is_listed_once_in_the_readers_language(es, client, make_item, sections):
    english = make_item("practice", title="Hot-spots policing", language="en")
    russian = make_item("practice", title="Патрулирование «горячих точек»", language="ru", translation_of=english)
    make_item("practice", title="Only in Kazakh: Adal bala", language="kk")
    en_listing, ru_listing = sections["practice"], russian.get_parent()
    assert titles(client.get(en_listing.url)) == ["Only in Kazakh: Adal bala", "Hot-spots policing"]
    assert titles(client.get(ru_listing.url)) == ["Only in Kazakh: Adal bala", "Патрулирование «горячих точек»"]
    assert titles(client.get(ru_listing.url, {"language": "en"})) == ["Hot-spots policing"]


def test_home_page_shows_the_newest_of_every_kind_once(es, client, make_item, sections):
    english = make_item("project", title="Safe Taraz", language="en")
    make_item("project", title="Қауіпсіз Тараз", language="kk", translation_of=english)
    make_item("practice", title="Hot-spots policing")
    make_item("methodology", title="Criminological diagnostics")
    make_item("paper", title="Probation outcomes")
    home = sections["paper"].get_parent()
    assert titles(client.get(home.url)) == [
        "Probation outcomes",
        "Hot-spots policing",
        "Criminological diagnostics",
        "Safe Taraz",
    ]
