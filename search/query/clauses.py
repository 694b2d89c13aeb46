"""The Elasticsearch clauses a parsed query becomes: fields and boosts, languages, normalised copies.

Text is searched in every language's analysis of every field, plus the
application-normalised copies (Kazakh stems, British spelling), so a query
finds items in the forms and spellings it was not typed in.
"""

from elasticsearch.dsl import Q

from search.language import english, kazakh

from .parser import ParsedQuery, Term

# Title weighs most, then the words an author chose to describe the item.
BOOSTS = {
    "title": 6,
    "keywords": 4,
    "abstract": 3,
    "authors": 3,
    "topic_titles": 2,
    "organisations": 2,
    "region_names": 1,
    "body": 1,
    "document_text": 0.5,
}
LANGUAGE_SUBFIELDS = ("", ".en", ".ru", ".kk")
KK_STEM_FIELDS = ("kk_stems.title^5", "kk_stems.content^1.5")
EN_UK_FIELDS = ("en_uk.title^5", "en_uk.content^1.5")
# Each highlighted field costs time on every hit, so fewer are asked for: the
# Russian and English analyses of the short fields (inflected matches), the plain
# text everywhere, and Kazakh through the stem prefixes (see highlight_query).
HIGHLIGHTED = {
    "title": ("", ".en", ".ru"),
    "abstract": ("", ".en", ".ru"),
    "keywords": ("",),
    "body": ("",),
    "document_text": ("",),
}
HIGHLIGHT_FIELDS = tuple(HIGHLIGHTED)
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


def text_fields() -> list[str]:
    return [f"{name}{sub}^{boost}" for name, boost in BOOSTS.items() for sub in LANGUAGE_SUBFIELDS]


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _normalised(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The query text as the application-normalised fields hold it: Kazakh stems, British spelling."""
    found = []
    if _has_cyrillic(text) and (stems := kazakh.stem_text(text)):
        found.append((stems, KK_STEM_FIELDS))
    if english.has_latin(text):
        found.append((english.british(text), EN_UK_FIELDS))
    return found


def _words_clause(text: str, minimum_should_match: str | None = None) -> Q:
    """Words matched across every field and language, plus the application-normalised copies."""
    options = {"minimum_should_match": minimum_should_match} if minimum_should_match else {}
    alternatives = [Q("multi_match", query=text, fields=text_fields(), type="cross_fields", **options)]
    for normal, fields in _normalised(text):
        alternatives.append(Q("multi_match", query=normal, fields=list(fields), type="cross_fields", **options))
    return alternatives[0] if len(alternatives) == 1 else Q("dis_max", queries=alternatives, tie_breaker=0.3)


def _term_clause(term: Term) -> Q:
    if not term.phrase:
        return _words_clause(term.text)
    alternatives = [Q("multi_match", query=term.text, fields=text_fields(), type="phrase")]
    for normal, fields in _normalised(term.text):
        alternatives.append(Q("multi_match", query=normal, fields=list(fields), type="phrase"))
    return alternatives[0] if len(alternatives) == 1 else Q("dis_max", queries=alternatives)


NOT_REQUIRED = QUESTION_WORDS | kazakh.FUNCTION_WORDS
PUNCTUATION = ".,;:!?\"'«»“”()"


def required_words(words: list[str]) -> list[str]:
    """The words that name the subject: question and function words left out, unless nothing else is left."""
    bare = (w.lower().strip(PUNCTUATION) for w in words)
    subject = [w for w, b in zip(words, bare, strict=True) if b not in NOT_REQUIRED]
    return subject or words


def build_query(parsed: ParsedQuery) -> Q:
    must, should = [], []
    if parsed.free_words:
        text = " ".join(parsed.free_words)
        must.append(_words_clause(" ".join(required_words(parsed.free_words)), MINIMUM_SHOULD_MATCH))
        # Words typed together and found together rank higher.
        should.append(Q("multi_match", query=text, fields=["title^3", "abstract"], type="phrase", slop=3))
    for group in parsed.structured_groups:
        clauses = [_term_clause(t) for t in group]
        must.append(clauses[0] if len(clauses) == 1 else Q("bool", should=clauses, minimum_should_match=1))
    must_not = [_term_clause(t) for t in parsed.excluded]
    return Q("bool", must=must or [Q("match_all")], should=should, must_not=must_not)


def highlight_query(parsed: ParsedQuery, query: Q) -> Q:
    """The search query, plus prefixes of the Kazakh stems, so an inflected word that matched by its stem is marked."""
    prefixes = []
    for term in parsed.positive_terms:
        for stem in kazakh.stem_text(term.text).split():
            if len(stem) >= MIN_HIGHLIGHT_STEM and _has_cyrillic(stem):
                prefixes += [Q("prefix", **{name: stem}) for name in HIGHLIGHT_FIELDS]
    return Q("bool", should=[query, *prefixes]) if prefixes else query


def not_expired() -> Q:
    """Documents whose page has no expiry date, or one still to come."""
    return ~Q("range", expires_at={"lte": "now"})
