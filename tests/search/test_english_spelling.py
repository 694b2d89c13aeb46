"""American and British spellings find each other; other English words are left alone."""

import pytest

from search.language.english import british
from tests.support.helpers import found_ids


@pytest.mark.parametrize(
    ("american", "british_form"),
    [
        ("programs", "programmes"),
        ("neighborhood", "neighbourhood"),
        ("behavioral", "behavioural"),
        ("organization", "organisation"),
        ("prioritizing", "prioritising"),
        ("analyze", "analyse"),
        ("counselor", "counsellor"),
        ("defense", "defence"),
        ("center", "centre"),
        ("judgment", "judgement"),
    ],
)
def test_american_spellings_are_written_the_british_way(american, british_form):
    assert british(american) == british_form
    assert british(british_form) == british_form


@pytest.mark.parametrize("word", ["size", "prize", "seize", "capsize", "citizen", "meter", "water", "offender"])
def test_other_words_stay_as_they_are(word):
    assert british(word) == word


def test_only_latin_words_change_and_spacing_survives():
    assert british("Профилактика: programs, centers!") == "профилактика: programmes, centres!"


def test_american_queries_find_british_text_and_back(es, make_paper):
    uk = make_paper(title="Neighbourhood programmes", abstract="Behavioural counselling in the youth centre.")
    us = make_paper(title="Organization of defense", abstract="Analyzing juvenile behavior.")
    make_paper(title="Street lighting", abstract="Lamps and burglary.")
    assert found_ids("neighborhood programs") == {uk.pk}
    assert found_ids("behavioral counseling center") == {uk.pk}
    assert found_ids("organisation of defence") == {us.pk}
    assert found_ids("analysing behaviour") == {us.pk}


def test_a_phrase_in_the_other_spelling_still_matches(es, make_paper):
    uk = make_paper(title="Community programmes for neighbourhood watch", abstract="Volunteers.")
    assert found_ids('"neighborhood watch"') == {uk.pk}
