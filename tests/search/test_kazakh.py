"""Kazakh forms of one word find each other, and the matched form is marked in the snippet."""

import pytest

from devtools import kazakh_eval
from search.language import kazakh
from search.query import faceted
from search.query.params import SearchParams
from tests.support.corpus import doc, write


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (["құқық", "құқықтар", "құқығы", "құқықтарын"], "құқық"),
        (["мектеп", "мектебі", "мектепке", "мектептерде"], "мектеп"),
        (["жұмыс", "жұмысы", "жұмыстар"], "жұмыс"),
        (["зорлық", "зорлығы", "зорлыққа"], "зор"),
        (["қала", "қалалар", "қаланың", "қалада"], "қала"),
    ],
)
def test_forms_of_a_word_share_a_stem(forms, stem):
    assert {kazakh.stem(form) for form in forms} == {stem}


def test_short_words_and_latin_words_are_left_alone():
    assert kazakh.stem("сот") == "сот"
    assert kazakh.stem("ала") == "ала"
    assert kazakh.stem("programmes") == "programmes"


def test_app_stemmer_closes_the_gap_hunspell_leaves(es):
    report = kazakh_eval.measure()
    assert report.pairs > 400
    assert report.recall_before < 0.3  # hunspell alone: most forms do not find each other
    assert report.recall_after >= 0.95
    assert report.false_merges == []


def test_the_eval_command_prints_before_and_after(es, capsys):
    from django.core.management import call_command

    call_command("search_eval")
    out = capsys.readouterr().out
    assert "hunspell" in out and "+stemmer" in out
    assert out.splitlines()[-2].startswith("all")


def test_an_inflected_kazakh_match_is_highlighted(es):
    write(doc("Зерттеу", language="kk", abstract="Жасөспірімдердің құқықтарын қорғау бағдарламасы."))
    hit = faceted.run(SearchParams(q="құқық жасөспірім")).hits[0]
    assert "<mark>құқықтарын</mark>" in hit.snippet_html
    assert "<mark>Жасөспірімдердің</mark>" in hit.snippet_html
