"""Searchers type inflected forms in Kazakh, Russian and English and expect the other forms to match."""

import pytest

from tests.support.helpers import found_ids


def test_russian_inflected_form_finds_the_base_form(es, make_paper):
    paper = make_paper(title="Обзор", abstract="Преступность среди подростков снижается.", language="ru")
    assert paper.pk in found_ids("преступности")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("құқықтық", "Азаматтардың құқық қорғау органдарына сенімі."),
        ("құқық", "Мектептегі құқықтық білім беру бағдарламасы."),
        ("құқығы", "Баланың құқық бұзушылығының алдын алу."),
        ("жасөспірімдер", "Жасөспірім қылмысының себептері."),
        ("қылмыстың", "Қылмыстар санының өзгерісі."),
    ],
)
def test_kazakh_inflected_forms_find_each_other(es, make_paper, query, text):
    paper = make_paper(title="Зерттеу", abstract=text, language="kk")
    assert paper.pk in found_ids(query)


def test_english_spelling_and_inflection(es, make_paper):
    paper = make_paper(title="A preventing programme for schools", abstract="Mentoring pupils.")
    assert paper.pk in found_ids("prevention programmes")
    assert paper.pk in found_ids("prevented")
    assert paper.pk in found_ids("pupil")


def test_unrelated_words_do_not_match(es, make_paper):
    make_paper(title="Street lighting", abstract="Lamps on dark streets.", language="en")
    make_paper(title="Жарықтандыру", abstract="Көшелерді жарықтандыру.", language="kk")
    assert found_ids("преступности") == set()
    assert found_ids("extortion") == set()
