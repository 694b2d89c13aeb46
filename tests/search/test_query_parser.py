"""What the searcher typed, read as words, "phrases", -exclusions and OR, whatever it contains."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.query.parser import MAX_TERMS, Term, parse_query


def test_words_phrases_exclusions_and_or():
    parsed = parse_query('mentoring "juvenile offending" -alcohol school OR college')
    assert parsed.free_words == ["mentoring"]
    assert parsed.structured_groups == [[Term("juvenile offending", phrase=True)], [Term("school"), Term("college")]]
    assert parsed.excluded == [Term("alcohol")]
    assert parsed.notices == []


def test_excluded_phrase_and_typographic_quotes():
    parsed = parse_query("«профилактика преступности» -“domestic violence”")
    assert parsed.groups == [[Term("профилактика преступности", phrase=True)]]
    assert parsed.excluded == [Term("domestic violence", phrase=True)]


def test_unbalanced_quote_is_dropped_with_a_notice():
    parsed = parse_query('"juvenile offending')
    assert parsed.free_words == ["juvenile", "offending"]
    assert "quotation mark" in parsed.notices[0]


@pytest.mark.parametrize("text", ["-", "fraud -", "- fraud", "fraud - -"])
def test_lone_minus_is_ignored(text):
    parsed = parse_query(text)
    assert parsed.excluded == []
    assert any("minus" in n for n in parsed.notices)


@pytest.mark.parametrize(
    ("text", "groups"),
    [("OR", []), ("OR fraud", [["fraud"]]), ("fraud OR", [["fraud"]]), ("fraud OR OR theft", [["fraud", "theft"]])],
)
def test_dangling_or_is_ignored(text, groups):
    parsed = parse_query(text)
    assert [[t.text for t in group] for group in parsed.groups] == groups
    assert any("OR" in n for n in parsed.notices)


def test_quotes_glued_to_words_still_delimit_a_phrase():
    parsed = parse_query('policing"community safety"')
    assert parsed.free_words == ["policing"]
    assert parsed.structured_groups == [[Term("community safety", phrase=True)]]


def test_lower_case_or_is_a_word():
    assert parse_query("fraud or theft").free_words == ["fraud", "or", "theft"]


def test_hyphenated_words_are_not_exclusions():
    parsed = parse_query("anti-social behaviour")
    assert parsed.free_words == ["anti-social", "behaviour"]
    assert parsed.excluded == []


@pytest.mark.parametrize("text", ['+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /', "***", "((("])
def test_reserved_characters_alone_mean_an_empty_query(text):
    assert parse_query(text).is_empty()


def test_only_exclusions_browse_everything_else():
    parsed = parse_query("-fraud")
    assert parsed.groups == [] and parsed.excluded == [Term("fraud")]
    assert any("exclusions" in n for n in parsed.notices)


def test_too_many_words_are_cut_with_a_notice():
    parsed = parse_query(" ".join(f"w{i}" for i in range(MAX_TERMS + 10)))
    assert len(parsed.free_words) == MAX_TERMS
    assert any(str(MAX_TERMS) in n for n in parsed.notices)


@given(st.text(max_size=200))
def test_any_text_parses_into_word_bearing_terms(text):
    parsed = parse_query(text)
    terms = parsed.positive_terms + parsed.excluded
    assert len(terms) <= MAX_TERMS
    assert all(any(ch.isalnum() or ch == "_" for ch in term.text) for term in terms)
    assert all('"' not in term.text for term in terms)
