"""Concepts found in texts and queries: inflected forms, phrases, abbreviations, any language."""

import pytest

pytest.importorskip("search.language.normalise", reason="labels are matched with the search core's normalisers")

from portal.thesaurus import lexicon
from portal.thesaurus.models import Concept
from search.language import concepts


@pytest.fixture
def lex(seed):
    return lexicon.current()


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Профилактика правонарушений среди несовершеннолетних", "juveniles"),
        ("Профилактика правонарушений среди несовершеннолетних", "crime-prevention"),
        ("Кәмелетке толмағандардың құқық бұзушылығы", "juveniles"),
        ("Жертвы бытового насилия в сельской местности", "domestic-violence"),
        ("Тұрмыстық зорлық-зомбылықтың құрбандары", "domestic-violence"),
        ("Programs against domestic abuse", "domestic-violence"),
        ("Камеры видеонаблюдения на улицах", "cctv"),
        ("Применение ИИ в полиции", "artificial-intelligence"),
        ("CCTV in town centres", "cctv"),
    ],
)
def test_documents_are_tagged_with_the_concepts_their_text_names(lex, text, concept):
    assert concept in lex.tag(text)


def test_multi_word_labels_match_only_as_phrases(lex):
    assert "domestic-violence" not in lex.tag("Насилие в отношении соседей носит бытовой характер")
    assert "domestic-violence" in lex.tag("Бытовое насилие")


def test_a_longer_label_wins_over_one_inside_it(lex):
    tags = lex.tag("Сексуальное насилие над детьми")
    assert "child-sexual-abuse" in tags and "sexual-violence" not in tags


def test_capital_abbreviations_tag_only_in_capitals_but_queries_may_type_them_lowercase(lex):
    assert "artificial-intelligence" not in lex.tag("the ai of the matter")
    assert [r.concept for r in concepts.recognise("ии")] == ["artificial-intelligence"]
    assert [r.concept for r in concepts.recognise("cctv")] == ["cctv"]


def test_a_word_is_an_abbreviation_only_if_it_begins_with_it_not_because_it_stems_like_it(lex):
    """The stem of "ИИ" is "и", also the Russian "and": a query joining words with it names no AI."""
    named = [r.concept for r in concepts.recognise("бытовое насилие и профилактика")]
    assert "artificial-intelligence" not in named and "domestic-violence" in named
    # "ПОО" stems to "по", the preposition: "по месту жительства" is not about law-enforcement bodies.
    named = [r.concept for r in concepts.recognise("профилактика по месту жительства")]
    assert named == ["crime-prevention"]
    assert [r.concept for r in concepts.recognise("поо")] == ["law-enforcement-agencies"]
    assert "parole" not in [r.concept for r in concepts.recognise("удить рыбу")]  # УДО stems to "уд"
    assert [r.concept for r in concepts.recognise("cctvs")] == ["cctv"]  # with an ending, still the abbreviation
    assert "artificial-intelligence" not in lex.tag("И вот что И ещё")
    assert "artificial-intelligence" in lex.tag("Системы ИИ в полиции")


def test_a_mixed_case_label_tags_a_text_only_as_written_so_the_common_word_does_not(lex):
    """The label "DiD" (difference-in-differences) is also the English "did"; a query may type it in any case."""
    assert "difference-in-differences" not in lex.tag("The programme did reduce burglary")
    assert "difference-in-differences" in lex.tag("A DiD design with two comparison towns")
    assert "difference-in-differences" in lex.tag("A DID design")
    assert "administrative-law" in lex.tag("Нарушения КоАП")
    assert [r.concept for r in concepts.recognise("коап")] == ["administrative-law"]


def test_only_the_cased_words_of_a_label_need_their_case_the_others_are_inflected_as_usual(lex):
    assert "ddos" in lex.tag("Новые DDoS-атаки на банки")  # "атаки", not "атака"
    assert "un-sdg16" in lex.tag("Progress on SDG 16 in the region")  # "16" has no case to check
    assert "cctv" in lex.tag("Two new CCTVs in the park")


def test_texts_whose_letters_change_length_when_lower_cased_are_tagged_in_place(lex):
    """The dotted capital I lower-cases to two characters; the words around it still name their concepts."""
    assert lex.tag("İstanbul: CCTV in town centres") == lex.tag("Istanbul: CCTV in town centres")
    assert "cctv" in lex.tag("İİ CCTV")


def test_a_query_names_concepts_in_any_language_with_every_label(lex):
    (found,) = concepts.recognise("кәмелетке толмағандарға")
    assert found.concept == "juveniles" and found.words == "кәмелетке толмағандарға"
    assert "несовершеннолетние" in found.labels["ru"] and "juveniles" in found.labels["en"]


def test_autocomplete_offers_concepts_across_languages(lex):
    first = concepts.suggest("видеонаб", "kk")[0]
    assert (first.concept, first.label) == ("cctv", "бейнебақылау")
    assert "domestic-violence" in [s.concept for s in concepts.suggest("насил", "en", 10)]
    assert concepts.suggest("x", "en") == []


def test_the_lexicon_follows_edits(lex):
    fraud = Concept.objects.get(slug="fraud")
    fraud.add_alt_label("лохотрон", "ru")
    fraud.save()
    assert "fraud" in lexicon.current().tag("Лохотрон на рынке")


def test_a_kazakh_word_whose_stem_is_devoiced_still_names_its_concept(lex):
    """ "жүгіміз" stems to "жүк": its own first letters ("жүг") are not the label's, its stem's are."""
    fraud = Concept.objects.get(slug="fraud")
    fraud.add_alt_label("жүк ұрлығы", "kk")
    fraud.save()
    assert "fraud" in lexicon.current().tag("Біздің жүгіміз ұрлығы туралы")
    assert "fraud" not in lexicon.current().tag("Жүгіру ұрлығы")


def test_a_long_running_tagger_forgets_the_words_it_set_aside_and_still_tags_the_same(lex, monkeypatch):
    """The index worker tags texts for months: the words it remembers as beginning no label stay
    bounded, and after it forgets them the same texts get the same concepts."""
    monkeypatch.setattr(lexicon, "PLAIN_REMEMBERED", 50)
    text = "Бытовое насилие и кибербуллинг в городах: камеры видеонаблюдения"
    before = lex.tag(text)
    assert "domestic-violence" in before and "cctv" in before
    for n in range(20):
        lex.tag(" ".join(f"qzx{n}w{i}" for i in range(30)) + " " + text)
        assert len(lex._plain) <= 50 + 40  # the limit, plus the words of the one text that crossed it
    assert lex.tag(text) == before
