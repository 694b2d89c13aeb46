"""The one query object behind /search/, /api/search/ and the per-kind listings.

``run(params)`` sends one request to Elasticsearch: the hits, the total, the
highlights and every facet (each counted without its own selection, so values
within a facet combine with OR and facets with AND). Only a search that finds
nothing sends a second, small one: the term suggester for did-you-mean.
Listings call ``run(params, kind="practice")``; detail pages call ``related(page_id)``.
"""

import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import FacetedSearch, Q, Search

from search.index.mapping import LANGUAGE_OBJECTS, MAX_RESULT_WINDOW, alias_name
from search.language import guess, kazakh, normalise
from search.query.parser import ParsedQuery, Term, parse_query

from .facets import SPECS, build_facets, labels
from .highlight import POST, PRE, render_fragment
from .params import SearchParams

logger = logging.getLogger(__name__)

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
SORT_ORDERS = {
    "relevance": ["_score", "-publication_date"],
    "newest": ["-publication_date", "_score"],
    "oldest": ["publication_date", "_score"],
}
MIN_HIGHLIGHT_STEM = 4
_WORD = re.compile(r"\w+")
# What a hit shows; the long texts stay in the index.
SHOWN_FIELDS = ["kind", "title", "url", "language", "authors", "year"]

# Query expansion (the thesaurus adds concept matches here): each hook takes the parsed
# query and its languages and returns extra clauses that raise, never restrict, the hits.
Expansion = Callable[[ParsedQuery, tuple[str, ...]], list[Q]]
EXPANSIONS: list[Expansion] = []


def register_expansion(hook: Expansion) -> Expansion:
    EXPANSIONS.append(hook)
    return hook


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


def build_query(parsed: ParsedQuery, languages: tuple[str, ...] | None = None, ranking: bool = True) -> Q:
    """The query; ``ranking=False`` leaves out what only ranks (the phrase boost, expansions), for highlighting:
    a phrase matched with slop would be marked as one span, words between included."""
    languages = languages or query_languages(parsed)
    must, should = [], []
    if parsed.free_words:
        text = " ".join(parsed.free_words)
        must.append(_words_clause(" ".join(required_words(parsed.free_words)), languages, MINIMUM_SHOULD_MATCH))
    if parsed.free_words and ranking:
        # Words typed together and found together rank higher.
        phrase_fields = ["title^3", "abstract", *(f"{lang}.{n}" for lang in languages for n in ("title^3", "abstract"))]
        should.append(Q("multi_match", query=text, fields=phrase_fields, type="phrase", slop=3))
    for group in parsed.structured_groups:
        clauses = [_term_clause(t, languages) for t in group]
        must.append(clauses[0] if len(clauses) == 1 else Q("bool", should=clauses, minimum_should_match=1))
    must_not = [_term_clause(t, languages) for t in parsed.excluded]
    if ranking:
        should += [clause for expand in EXPANSIONS for clause in expand(parsed, languages)]
    return Q("bool", must=must or [Q("match_all")], should=should, must_not=must_not)


def highlight_query(parsed: ParsedQuery, field: str, languages: tuple[str, ...]) -> Q:
    """What to mark in one field: the query's words as that field analyses them, plus prefixes of their
    application stems (``кибербуллингом`` marks ``кибербуллинг``, ``мектептерде`` marks ``мектебі``).

    Simpler than the search query on purpose: marking needs the words, not the ranking, and a
    query over twenty fields costs the highlighter that much on every field of every hit.
    """
    words = " ".join(t.text for t in parsed.positive_terms)
    clauses = [Q("match", **{field: words})]
    stems = {normalise.stem(w, lang) for lang in languages for w in _WORD.findall(words.lower())}
    clauses += [Q("prefix", **{field: stem}) for stem in sorted(stems) if len(stem) >= MIN_HIGHLIGHT_STEM]
    return Q("bool", should=clauses)


def not_expired() -> Q:
    """Documents whose page has no expiry date, or one still to come."""
    return ~Q("range", expires_at={"lte": "now"})


class PublicationSearch(FacetedSearch):
    """Everything published, in all three languages, with every facet counted in the same request."""

    def __init__(self, params: SearchParams, kind: str | None = None):
        self.params = params
        self.parsed = parse_query(params.q)
        self.languages = query_languages(self.parsed)
        self.fixed_kind = kind
        self.facets = build_facets()
        browsing = self.parsed.is_empty() and params.sort == "relevance"
        sort = SORT_ORDERS["newest"] if browsing else SORT_ORDERS[params.sort]
        super().__init__(self.parsed, filters=dict(params.filters), sort=sort)

    def search(self):
        self.index = alias_name()
        search = super().search().extra(track_total_hits=True).source(SHOWN_FIELDS).filter(not_expired())
        if self.fixed_kind:
            search = search.filter("term", kind=self.fixed_kind)
        return search

    def did_you_mean_search(self) -> Search | None:
        """The spelling suggestions, asked for only when nothing was found: the term suggester scans the
        term dictionaries and cost every search a third of its time, while its answer is shown only then."""
        words = " ".join(t.text for t in self.parsed.positive_terms)
        if not words:
            return None
        search = Search(index=alias_name()).extra(size=0)
        for name in ("title", "abstract"):
            search = search.suggest(f"dym_{name}", words, term={"field": name, "suggest_mode": "missing"})
        return search

    def query(self, search, query):
        if query.is_empty():
            return search
        return search.query(build_query(query, self.languages))

    def highlight(self, search):
        """Only what a hit shows: the title, the abstract, and a passage of the body or PDF text.

        Each is highlighted in its language field (stored there, offsets in the index: no text is
        analysed again). A document has one language, so of the fields listed only its own costs
        anything; each field gets its own small query (``highlight_query``).
        """
        options = {"pre_tags": [PRE], "post_tags": [POST], "fragment_size": FRAGMENT_SIZE, "number_of_fragments": 2}
        search = search.highlight_options(**options)
        openings = [f"{lang}.abstract" for lang in LANGUAGE_OBJECTS]
        if self.parsed.is_empty():
            # Browsing: no word to mark, only the abstract's opening.
            return search.highlight(*openings, no_match_size=OPENING_SIZE)
        marked = {}
        for lang in LANGUAGE_OBJECTS:
            for name in ("title", "abstract", *PASSAGE_FIELDS):
                field = f"{lang}.{name}"
                options = {"highlight_query": highlight_query(self.parsed, field, self.languages).to_dict()}
                if name == "title":
                    options["number_of_fragments"] = 0
                elif name == "abstract":
                    options["no_match_size"] = OPENING_SIZE
                else:
                    options["number_of_fragments"] = 1
                marked[field] = options
        for field, options in marked.items():
            search = search.highlight(field, **options)
        return search

    def build_search(self):
        # FacetedSearch only highlights when ``fields`` is set; ours are listed in highlight().
        return self.highlight(super().build_search())


@dataclass
class Hit:
    id: int
    kind: str
    title: str
    url: str
    language: str
    authors: list[str]
    year: int | None
    title_html: str
    snippet_html: str


@dataclass
class FacetValue:
    key: str | int
    label: str
    count: int
    selected: bool
    depth: int = 0


@dataclass
class FacetResult:
    name: str
    title: str
    values: list[FacetValue]

    @property
    def selected(self) -> list[FacetValue]:
        return [v for v in self.values if v.selected]


@dataclass
class Relaxation:
    """What the searcher would find after removing one facet's selection."""

    facet: str
    title: str
    labels: list[str]
    count: int


@dataclass
class Results:
    params: SearchParams
    hits: list[Hit]
    total: int
    facets: list[FacetResult] = field(default_factory=list)
    did_you_mean: str | None = None
    relaxations: list[Relaxation] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    took_ms: int = 0

    @property
    def pages(self) -> int:
        return min(math.ceil(self.total / self.params.page_size), MAX_RESULT_WINDOW // self.params.page_size)

    @property
    def capped(self) -> bool:
        """More results exist than can be paged through."""
        return self.total > MAX_RESULT_WINDOW


def _marked(fragments) -> list[str]:
    return [f for f in fragments or [] if PRE in f]


def _fragments(highlight: dict, name: str) -> list[str]:
    return next((list(f) for key, f in highlight.items() if key.endswith(f".{name}") and f), [])


def _snippet(highlight: dict) -> list[str]:
    """Where the words matched: the abstract, else a passage of the body or PDF text, else the abstract's opening."""
    if found := _marked(_fragments(highlight, "abstract")):
        return found
    for name in PASSAGE_FIELDS:
        if found := _marked(_fragments(highlight, name)):
            return found
    return _fragments(highlight, "abstract")


def _hit(hit) -> Hit:
    highlight = hit.meta.to_dict().get("highlight", {})
    title = _fragments(highlight, "title")
    source = hit.to_dict()
    return Hit(
        id=int(hit.meta.id),
        kind=source.get("kind", ""),
        title=source.get("title", ""),
        url=source.get("url", ""),
        language=source.get("language", ""),
        authors=list(source.get("authors") or []),
        year=source.get("year"),
        title_html=render_fragment(title[0] if title else source.get("title", "")),
        snippet_html=render_fragment(" … ".join(_snippet(highlight))),
    )


def _facet_results(response, search: PublicationSearch) -> list[FacetResult]:
    results = []
    for name, values in response.facets.to_dict().items():
        selected = search.filter_values.get(name, [])
        found = [(int(key) if name == "year" else key, count, chosen) for key, count, chosen in values]
        if name == "period":
            found = [v for v in found if v[1] or v[2]]
        keys = {v[0] for v in found}
        found += [(key, 0, True) for key in selected if key not in keys]
        if name == "year":
            found.sort(key=lambda v: v[0], reverse=True)
        if name == "topic":
            found.sort(key=lambda v: v[0])
        names = labels(name, [v[0] for v in found])
        results.append(
            FacetResult(
                name=name,
                title=SPECS[name].title,
                values=[
                    FacetValue(key, names[key], count, chosen, str(key).count("/") if name == "topic" else 0)
                    for key, count, chosen in found
                ],
            )
        )
    return results


def _did_you_mean(response, query: str) -> str | None:
    suggest = response.to_dict().get("suggest") or {}
    best: dict[str, tuple[float, str]] = {}
    for entries in suggest.values():
        for entry in entries:
            for option in entry.get("options", []):
                score = option["score"] * math.log1p(option.get("freq", 1))
                if score > best.get(entry["text"], (0, ""))[0]:
                    best[entry["text"]] = (score, option["text"])
    if not best:
        return None
    corrected = query.lower()
    for wrong, (_, right) in best.items():
        corrected = corrected.replace(wrong, right)
    return corrected if corrected != query.lower() else None


def _relaxations(response, search: PublicationSearch) -> list[Relaxation]:
    relaxations = []
    for name, values in search.filter_values.items():
        count = getattr(response.aggregations, f"_filter_{name}").doc_count
        names = labels(name, values)
        relaxations.append(Relaxation(name, SPECS[name].title, [names[v] for v in values], count))
    return sorted(relaxations, key=lambda r: -r.count)


def run(params: SearchParams | str, kind: str | None = None) -> Results:
    """One search: one request to Elasticsearch (two when nothing is found), everything the page or the API shows.

    ``params`` may be plain search text, for callers that need no filters.
    """
    if isinstance(params, str):
        params = SearchParams(q=params)
    started = time.monotonic()
    search = PublicationSearch(params, kind=kind)[params.start : params.start + params.page_size]
    response = search.execute()
    total = response.hits.total.value
    results = Results(
        params=params,
        hits=[_hit(h) for h in response],
        total=total,
        facets=_facet_results(response, search),
        notices=list(search.parsed.notices),
    )
    if total == 0 and (spelling := search.did_you_mean_search()) is not None:
        results.did_you_mean = _did_you_mean(spelling.execute(), params.q)
        results.relaxations = _relaxations(response, search)
    results.took_ms = round((time.monotonic() - started) * 1000)
    return results


def matching_ids(params: SearchParams, limit: int, kind: str | None = None) -> list[int]:
    """Page ids of a search's hits in ranked order, up to ``limit``: what a citation export covers."""
    search = PublicationSearch(params, kind=kind)[0:limit]
    return [int(hit.meta.id) for hit in search.execute()]


@dataclass
class RelatedItem:
    id: int
    title: str
    url: str
    kind: str
    language: str
    year: int | None


# Fields kept in _source, which more_like_this reads the item's own text from.
RELATED_FIELDS = ["title", "abstract", "keywords", "topic_titles"]


def related(page_id: int, size: int = 5, translation_key: str | None = None) -> list[RelatedItem]:
    """Items like this one (more_like_this over its indexed text), not its own translations;
    empty if search is unavailable."""
    like = Q(
        "more_like_this",
        fields=RELATED_FIELDS,
        like=[{"_index": alias_name(), "_id": str(page_id)}],
        min_term_freq=1,
        min_doc_freq=1,
        max_query_terms=40,
        minimum_should_match="5%",
    )
    search = Search(index=alias_name()).query(like).filter(not_expired())
    if translation_key:
        search = search.exclude("term", translation_key=translation_key)
    search = search.source(["title", "url", "kind", "language", "year"])[:size]
    try:
        response = search.execute()
    except (ApiError, TransportError) as error:
        logger.warning("related items for page %s unavailable: %s", page_id, error)
        return []
    return [RelatedItem(int(h.meta.id), h.title, h.url, h.kind, h.language, getattr(h, "year", None)) for h in response]
