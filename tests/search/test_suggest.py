"""Autocomplete in the language typed, and related items for detail pages."""

import pytest
from django.template import Context, Template

from search.query import suggest
from search.query.related import related
from tests.support.corpus import doc, write


@pytest.mark.parametrize(
    ("text", "language"),
    [("құқық", "kk"), ("Әйел", "kk"), ("бала", "ru"), ("Преступность", "ru"), ("fraud", "en"), ("42", "en")],
)
def test_language_is_told_by_the_letters(text, language):
    assert suggest.detect_language(text) == language


@pytest.fixture
def items(es):
    return write(
        doc(
            "Mentoring against juvenile offending",
            keywords=["mentoring", "youth work"],
            authors=["Seitkali, Aigerim"],
            topic_titles=["Juvenile justice"],
        ),
        doc(
            "Жасөспірімдер қылмысының алдын алу",
            language="kk",
            keywords=["жасөспірімдер", "мектеп"],
            authors=["Сейтқали, Әйгерім"],
        ),
        doc("Наставничество подростков", language="ru", keywords=["наставничество"], authors=["Иванова, Мария"]),
    )


def texts(prefix):
    return [(s.text, s.type) for s in suggest.suggest(prefix)[1]]


def test_titles_from_any_word_of_the_title(items):
    assert ("Mentoring against juvenile offending", "title") in texts("juv")
    assert ("Mentoring against juvenile offending", "title") in texts("ment")


def test_keywords_people_and_topics(items):
    assert ("youth work", "keyword") in texts("youth")
    assert ("Seitkali, Aigerim", "person") in texts("seit")
    assert ("Juvenile justice", "topic") in texts("juvenile j")
    assert ("Иванова, Мария", "person") in texts("иван")


def test_kazakh_letters_get_kazakh_suggestions_only(items):
    # One suggestion per item: its best-weighted matching input, here the title.
    assert texts("жасө") == [("Жасөспірімдер қылмысының алдын алу", "title")]
    assert texts("сейтқ") == [("Сейтқали, Әйгерім", "person")]


def test_shared_cyrillic_letters_prefer_russian(items):
    found = texts("на")
    assert found[0] == ("Наставничество подростков", "title")


def test_suggestions_carry_the_title_link(client, items):
    data = client.get("/api/suggest/", {"q": "Mentoring"}).json()
    assert data["suggestions"][0]["url"].startswith("/practice/")


def test_related_items_are_alike(es):
    mentoring, similar, unrelated = write(
        doc("Mentoring young offenders", abstract="Volunteer mentors meet young offenders weekly in small towns."),
        doc("Volunteer mentors for pupils", abstract="Mentors meet pupils at risk of offending weekly."),
        doc("Road safety cameras", abstract="Speed cameras on highways."),
    )
    found = [item.id for item in related(mentoring)]
    assert found[0] == similar
    assert unrelated not in found
    assert mentoring not in found


def test_related_is_empty_for_an_unknown_page(es):
    assert related(123456789) == []


def test_a_detail_page_shows_related_items_with_one_tag(es):
    mentoring, similar = write(
        doc("Mentoring young offenders", abstract="Volunteer mentors meet young offenders weekly."),
        doc("Volunteer mentors for pupils", abstract="Mentors meet pupils at risk of offending weekly."),
    )

    class Page:
        pk = mentoring

    html = Template("{% load search_tags %}{% related_items page %}").render(Context({"page": Page()}))
    assert "Volunteer mentors for pupils" in html
    assert 'href="/practice/' in html
