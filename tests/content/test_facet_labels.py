"""Facets show names in the reader's language, not the keys the index stores."""

from portal.people.models import Person
from portal.taxonomy.models import Region, Topic


def test_search_facets_show_names_not_keys(client, sections, make_item):
    region = Region.objects.get(code="KZ-31")
    topic = Topic.objects.create(slug="juvenile-x", name_kk="Жасөспірімдер", name_ru="Подростки", name_en="Teenagers")
    author = Person.objects.create(name_kk="Ахметова Гүлнар", name_ru="Ахметова Гульнар", name_en="Akhmetova, Gulnar")
    make_item("methodology", title="Mentoring method", regions=[region], topics=[topic], authors=[author])
    english = client.get("/search/", {"q": "mentoring"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert region.name_en in english and ">KZ-31<" not in english
    assert "Teenagers" in english and "Akhmetova, Gulnar" in english
    russian = client.get("/search/", {"q": "mentoring"}, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert region.name_ru in russian and "Подростки" in russian
