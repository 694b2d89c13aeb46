"""Words outside the hunspell dictionaries still meet their other forms; queries go to their language's fields."""

from pathlib import Path

import pytest

from search.language import guess, normalise


@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("ru", "кибербуллингом", "кибербуллинг"),
        ("ru", "дропперами", "дропперы"),
        ("ru", "дропперов", "Дропперы"),
        ("ru", "профилактики", "профилактика"),
        ("en", "sextortion", "sextortions"),
        ("en", "programs", "programmes"),
        ("en", "organizations", "organisation"),
        ("en", "behavior", "behaviours"),
        ("kk", "құқықтары", "құқық"),
        ("kk", "мектептердегі", "мектеп"),
    ],
)
def test_inflected_form_and_base_form_normalise_alike(language, query, text):
    assert normalise.normalise(query, language) == normalise.normalise(text, language)


def test_different_words_stay_apart():
    assert normalise.normalise("дропперы", "ru") != normalise.normalise("дроны", "ru")
    assert normalise.normalise("policing", "en") != normalise.normalise("politics", "en")


def test_each_text_is_normalised_only_in_its_own_language():
    """A Russian word in a Kazakh text is cut by the Kazakh rules, not the Russian ones, and vice versa."""
    assert normalise.normalise("школами", "ru") == "школ"
    assert normalise.normalise("мектептерде", "ru") != normalise.normalise("мектептерде", "kk")
    assert normalise.normalise("Profilaktika 2024", "xx") == "profilaktika 2024"


def test_word_stems_are_memoised():
    normalise.stem_kk.cache_clear()
    assert normalise.normalise("мектептерде мектептерде мектептерде", "kk") == "мектеп мектеп мектеп"
    normalise.normalise("Мектептерде", "kk")  # another text: the word's stem is remembered
    info = normalise.stem_kk.cache_info()
    assert (info.misses, info.hits) == (1, 3)  # computed once, then answered from memory


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("қылмыс", ("kk",)),  # Kazakh-only letters
        ("мектептегі балалар", ("kk",)),
        ("профилактика преступности", ("ru", "kk")),  # other Cyrillic: Russian first, Kazakh too
        ("мектеп бала", ("kk", "ru")),  # shared letters, but Kazakh words: Kazakh first
        ("juvenile offending", ("en",)),
        ("кибербуллинг online", ("ru", "kk", "en")),
        ("2024", ("kk", "ru", "en")),  # no letters: every language
    ],
)
def test_query_language_is_guessed_from_letters_then_words(query, expected):
    assert guess.languages(query) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [("analysing", "analyse"), ("analyzed", "analyses"), ("dropping", "drops"), ("policing", "police")],
)
def test_english_verb_and_plural_endings_meet(a, b):
    assert normalise.stem_en(a) == normalise.stem_en(b)


def test_english_derivations_stay_apart():
    assert normalise.stem_en("behavioural") != normalise.stem_en("behaviour")


@pytest.mark.parametrize(
    ("language", "dictionary"), [("kk", "kk_KZ"), ("ru", "ru_RU"), ("en", "en_US"), ("en", "en_GB")]
)
def test_every_stem_begins_as_its_word_says(language, dictionary):
    """Concept tagging stems only the words whose first letters may open a label's first stem
    (``portal.thesaurus.lexicon``): that is only right while ``word_openings`` of a stem's first three
    letters (or of a shorter stem) holds its word's opening, checked here over the whole dictionary,
    and a sample of it with endings."""
    path = Path("/usr/share/hunspell") / f"{dictionary}.dic"
    words = {line.split("/", 1)[0].strip().lower() for line in path.read_text("utf-8", "ignore").splitlines()[1:]}
    endings = ("ов", "ами", "ёй", "лардың", "іміз", "ы", "ing", "ies", "ed")
    words |= {word + ending for word in list(words)[:5000] for ending in endings}
    stem = normalise.STEMMERS[language]
    changed = []
    for word in filter(None, words):
        start = stem(word)[:3]
        if word[: len(start)] not in normalise.word_openings(start, language):
            changed.append((word, stem(word)))
    assert changed == []


def test_a_kazakh_stem_may_end_in_a_devoiced_letter_its_word_does_not_have():
    assert normalise.stem_kk("жүгіміз") == "жүк"
    assert "жүг" in normalise.word_openings("жүк", "kk")
    assert normalise.word_openings("пол", "ru") == {"пол"}
    assert normalise.word_openings("ел", "ru") == {"ел", "ёл"}


def test_a_letter_that_lower_cases_to_two_characters_keeps_its_word_whole():
    """The dotted capital I lower-cases to "i" and a combining dot: the word stays one word, not two."""
    assert normalise.words("İstanbul ISTANBUL") == ("i̇stanbul", "istanbul")
    assert len(normalise.normalise("İstanbul polisi", "xx").split()) == 2
