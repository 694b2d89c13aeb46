"""Each text is searched in its own language; hits show the words that matched, wherever they matched."""

import pytest

from search.client import get_client
from search.index import lifecycle
from search.index.mapping import alias_name
from search.query import faceted
from tests.support.corpus import doc, write
from tests.support.helpers import found_ids

LONG_RU = " ".join(["Обзор мер профилактики в городах."] * 200)


def test_russian_words_outside_the_dictionary_meet_their_other_forms(es):
    [bullying, droppers] = write(
        doc("Кибербуллинг среди школьников", language="ru", abstract="Как школы реагируют на травлю в сети."),
        doc("Дропперы и мошенничество", language="ru", abstract="Кто предоставляет банковские карты мошенникам."),
    )
    assert found_ids("кибербуллингом") == {bullying}
    assert found_ids("дропперами") == {droppers}


def test_a_match_in_the_pdf_text_shows_that_passage_with_the_word_marked(es):
    [paper] = write(
        doc(
            "Городская безопасность",
            language="ru",
            kind="paper",
            abstract="Оценка мер в трёх городах.",
            document_text=f"{LONG_RU} Анкета виктимизации проводилась ежеквартально. {LONG_RU}",
        )
    )
    hit = next(h for h in faceted.run("анкеты").hits if h.id == paper)
    assert "<mark>Анкета</mark>" in hit.snippet_html
    assert "виктимизации" in hit.snippet_html


LONG_KK = " ".join(["Қалалардағы алдын алу шаралары."] * 200)
LONG_EN = " ".join(["A review of measures in towns."] * 200)


@pytest.mark.parametrize(
    ("language", "long", "sentence", "query", "marked", "unmarked"),
    [
        ("kk", LONG_KK, "Мектептерде сауалнама жүргізілді.", "мектеп", "Мектептерде", None),
        (
            "en",
            LONG_EN,
            "Officers were preventing burglaries and prevention worked.",
            "prevented",
            "preventing",
            "prevention",
        ),
        ("ru", LONG_RU, "Анкетирование и анкеты школьников.", "анкета", "анкеты", "Анкетирование"),
    ],
)
def test_the_pdf_passage_marks_the_forms_of_the_query_words_and_no_other_word(
    es, language, long, sentence, query, marked, unmarked
):
    """The PDF text is indexed word by word; its passage still marks the words found through their stems."""
    [paper] = write(
        doc("Title", language=language, kind="paper", abstract="Short.", document_text=f"{long} {sentence} {long}")
    )
    hit = next(h for h in faceted.run(query).hits if h.id == paper)
    assert f"<mark>{marked}</mark>" in hit.snippet_html
    if unmarked:
        assert unmarked in hit.snippet_html and f"<mark>{unmarked}</mark>" not in hit.snippet_html


def test_marks_hold_the_word_alone(es):
    write(doc("Crime prevention programmes", abstract="Prevention works when programmes last for years."))
    hit = faceted.run("prevention programme").hits[0]
    assert "<mark>prevention</mark>" in hit.title_html.lower()
    for html in (hit.title_html, hit.snippet_html):
        assert " </mark>" not in html and "<mark> " not in html


def test_long_texts_are_searchable_but_not_kept_in_the_source(es):
    [paper] = write(doc("Lean", kind="paper", abstract="Short.", document_text="questionnaire " * 50))
    assert found_ids("questionnaire") == {paper}
    source = get_client().get(index=alias_name(), id=paper)["_source"]
    assert "document_text" not in source and "en" not in source
    assert source["title"] == "Lean"


def test_a_rebuilt_index_refreshes_again(es, db):
    name = lifecycle.rebuild()
    settings = get_client().indices.get_settings(index=name)[name]["settings"]["index"]
    assert settings.get("refresh_interval") in (None, "1s")
    # Merges paced again: at full speed they would take disk bandwidth from searches.
    assert settings.get("merge", {}).get("scheduler", {}).get("auto_throttle") in (None, "true")
    # The usual merge policy again: live updates merge as they come, so segments do not pile up.
    assert settings.get("merge", {}).get("policy", {}).get("segments_per_tier") in (None, "10", "10.0")
    assert int(settings["number_of_replicas"]) == 0  # the project's setting (ELASTICSEARCH_REPLICAS) again
