"""The clauses a parsed query becomes: which fields, in which languages, with what weight, what to mark.

A query is searched in the languages its letters and words point to
(``search.language.guess``): the shown fields (exact words, any language) and
those languages' fields (analysed in the language, plus the application stems).
"""

import re
from itertools import zip_longest

from elasticsearch.dsl import Q

from search.language import forms, guess, kazakh, normalise

from . import typos
from .parser import ParsedQuery, Term

# Title weighs most, then the words an author chose to describe the item.
# Shown fields hold exact words in any language; the language objects hold each
# text analysed in its own language (search.index.mapping).
SHOWN_BOOSTS = {
    "title": 6,
    "keywords": 4,
    "abstract": 3,
    "authors": 3,
    "topic_titles": 2,
    "organisations": 2,
    "region_names": 1,
}
LANGUAGE_BOOSTS = {"title": 6, "abstract": 3, "labels": 2, "body": 1, "document_text": 0.5}
STEM_BOOSTS = {"title_stems": 5, "content": 1.5}
# Long texts in a language the portal does not analyse are still searched word by word.
FALLBACK_FIELDS = ("xx.body^1", "xx.document_text^0.5")
# Passages under a hit: the long texts of the query's languages, one fragment each.
PASSAGE_FIELDS = ("body", "document_text")
FRAGMENT_SIZE = 180
OPENING_SIZE = 240
# One word may miss (up to four words), then 60% must match: hunspell does not
# join every derived form ("prevention" / "preventing"), and a question typed in
# full should still find the items that answer it. Items matching more words rank first.
MINIMUM_SHOULD_MATCH = "1<-1 4<60%"
# A practitioner often types a question ("what works against ...", "как ...",
# "... не істеу керек"). Its question and function words say nothing about the
# subject, so they are not among the words an item must contain; they still
# count in the phrase boost. English and Russian stop lists miss some of them,
# Kazakh has none in the core (see kazakh.FUNCTION_WORDS).
QUESTION_WORDS = frozenset(
    "what which how why when where who does do did can could should would is are was were "
    "we i you our my there any "
    "что как какой какая какое какие каких каким почему зачем ли можно нужно надо есть".split()
)
MIN_HIGHLIGHT_STEM = 3
STEM_MARKED_FIELDS = ("kk.title", "kk.abstract")
# Long texts indexed word by word (search.index.mapping): their passages mark the words' forms.
EXACT_WORD_FIELDS = ("document_text",)
# Each form costs the highlighter a look-up in every hit: the likeliest forms of each word, in turns.
MAX_MARKED_FORMS = 60
_WORD = re.compile(r"\w+")


def text_fields(languages: tuple[str, ...]) -> list[str]:
    """The shown fields plus the language fields of the query's languages: a dozen or two, not every language."""
    shown = [f"{name}^{boost}" for name, boost in SHOWN_BOOSTS.items()]
    routed = [f"{lang}.{name}^{boost}" for lang in languages for name, boost in LANGUAGE_BOOSTS.items()]
    return [*shown, *routed, *FALLBACK_FIELDS]


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _stemmed(text: str, languages: tuple[str, ...]) -> list[tuple[str, str]]:
    """The query text as each language's application-stemmed fields hold it."""
    found = []
    for language in languages:
        if stems := normalise.normalise(text, language):
            found.append((language, stems))
    return found


def _words_clause(text: str, languages: tuple[str, ...], minimum_should_match: str | None = None) -> Q:
    """Words matched across the shown and language fields, plus each language's stemmed copy."""
    options = {"minimum_should_match": minimum_should_match} if minimum_should_match else {}
    alternatives = [Q("multi_match", query=text, fields=text_fields(languages), type="cross_fields", **options)]
    for language, stems in _stemmed(text, languages):
        fields = [f"{language}.{name}^{boost}" for name, boost in STEM_BOOSTS.items()]
        alternatives.append(Q("multi_match", query=stems, fields=fields, type="cross_fields", **options))
    return alternatives[0] if len(alternatives) == 1 else Q("dis_max", queries=alternatives, tie_breaker=0.3)


def _phrase_fields(languages: tuple[str, ...]) -> list[str]:
    # The stemmed content keeps no positions (it is the largest field): phrases use the analysed texts.
    return [f for f in text_fields(languages) if ".labels" not in f]


def _term_clause(term: Term, languages: tuple[str, ...]) -> Q:
    if not term.phrase:
        return _words_clause(term.text, languages)
    alternatives = [Q("multi_match", query=term.text, fields=_phrase_fields(languages), type="phrase")]
    for language, stems in _stemmed(term.text, languages):
        alternatives.append(Q("match_phrase", **{f"{language}.title_stems": stems}))
    return alternatives[0] if len(alternatives) == 1 else Q("dis_max", queries=alternatives)


def query_languages(parsed: ParsedQuery) -> tuple[str, ...]:
    """The languages whose fields the query searches (search.language.guess)."""
    return guess.languages(" ".join(t.text for t in parsed.positive_terms))


NOT_REQUIRED = QUESTION_WORDS | kazakh.FUNCTION_WORDS
PUNCTUATION = ".,;:!?\"'«»“”()"


def required_words(words: list[str]) -> list[str]:
    """The words that name the subject: question and function words left out, unless nothing else is left."""
    bare = (w.lower().strip(PUNCTUATION) for w in words)
    subject = [w for w, b in zip(words, bare, strict=True) if b not in NOT_REQUIRED]
    return subject or words


def concept_label_fields(language: str) -> list[str]:
    """Where a concept's label in ``language`` is looked for as a phrase (fields with positions)."""
    return [f"{language}.{name}^{LANGUAGE_BOOSTS[name]}" for name in ("title", "abstract", "body")]


def build_query(
    parsed: ParsedQuery,
    languages: tuple[str, ...] | None = None,
    ranking: bool = True,
    widen: list[Q] = (),
    fuzzy: list[str] = (),
) -> Q:
    """The query; ``ranking=False`` leaves out what only ranks (the phrase boost), for highlighting:
    a phrase matched with slop would be marked as one span, words between included.

    ``widen``: clauses that also find an item without the words, scored below them (the concepts
    the words name, in every language: search.query.expansion); ``fuzzy``: rare words searched
    allowing a typo (search.query.typos)."""
    languages = languages or query_languages(parsed)
    must, should = [], []
    if parsed.free_words:
        text = " ".join(parsed.free_words)
        required = required_words(parsed.free_words)
        if fuzzy:
            must.append(typos.clause(required, list(fuzzy), languages, lambda t: _words_clause(t, languages)))
        else:
            must.append(_words_clause(" ".join(required), languages, MINIMUM_SHOULD_MATCH))
    if parsed.free_words and ranking:
        # Words typed together and found together rank higher.
        phrase_fields = ["title^3", "abstract", *(f"{lang}.{n}" for lang in languages for n in ("title^3", "abstract"))]
        should.append(Q("multi_match", query=text, fields=phrase_fields, type="phrase", slop=3))
    for group in parsed.structured_groups:
        clauses = [_term_clause(t, languages) for t in group]
        must.append(clauses[0] if len(clauses) == 1 else Q("bool", should=clauses, minimum_should_match=1))
    must_not = [_term_clause(t, languages) for t in parsed.excluded]
    if widen and must:
        must = [Q("bool", should=[Q("bool", must=must), *widen], minimum_should_match=1)]
    return Q("bool", must=must or [Q("match_all")], should=should, must_not=must_not)


def highlight_query(parsed: ParsedQuery, field: str, languages: tuple[str, ...]) -> dict:
    """What to mark in one field: the query's words as that field analyses them; in Kazakh titles
    and abstracts prefixes of their stems too (Hunspell joins few Kazakh forms: ``мектептерде`` marks
    ``мектебі``); in the PDF text, indexed word by word, the words' forms (``search.language.forms``).

    Simpler than the search query on purpose: marking needs the words, not the ranking, and a query
    over twenty fields costs the highlighter that much on every field of every hit. Prefixes are
    left out of the long texts and of the other languages: measured, they cost more than all the rest
    of the highlighting (matching a prefix reads the field's whole term dictionary).

    Written as the request's dict, not as query objects: a search asks one per shown field of every
    language (a dozen or more), and building them as objects was a third of building the request.
    """
    words = " ".join(t.text for t in parsed.positive_terms)
    clauses = [{"match": {field: words}}]
    language, _, name = field.partition(".")
    if name in EXACT_WORD_FIELDS and language in languages:
        # Single terms, not a ``terms`` query: the highlighter would read that against the whole dictionary.
        each = [forms.forms(w, language) for w in _WORD.findall(words.lower())]
        found = dict.fromkeys(f for likeliest in zip_longest(*each) for f in likeliest if f)  # word by word
        clauses.append({"match": {field: " ".join(list(found)[:MAX_MARKED_FORMS])}})
    if "kk" in languages and field in STEM_MARKED_FIELDS:
        stems = {normalise.stem_kk(w) for w in _WORD.findall(words.lower())}
        clauses += [{"prefix": {field: s}} for s in sorted(stems) if len(s) >= MIN_HIGHLIGHT_STEM]
    return {"bool": {"should": clauses}}


def not_expired() -> Q:
    """Documents whose page has no expiry date, or one still to come."""
    return ~Q("range", expires_at={"lte": "now"})
