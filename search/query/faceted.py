"""The one query object behind /search/, /api/search/ and the per-kind listings.

``run(params)`` sends exactly one request to Elasticsearch: the hits, the total,
the highlights, every facet (each counted without its own selection, so values
within a facet combine with OR and facets with AND) and, for did-you-mean, a
term suggester. Listings call ``run(params, kind="practice")``; detail pages
call ``related(page_id)``.
"""

import logging
import math
import time
from dataclasses import dataclass, field

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import FacetedSearch, Q, Search

from search.index.mapping import MAX_RESULT_WINDOW, alias_name
from search.language import english, kazakh
from search.query.parser import ParsedQuery, Term, parse_query

from .facets import SPECS, build_facets, labels
from .highlight import POST, PRE, render_fragment
from .params import SearchParams

logger = logging.getLogger(__name__)

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
MAX_ANALYZED_OFFSET = 20_000
SNIPPET_FIELDS = ("abstract", "body", "document_text", "keywords")
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
MIN_HIGHLIGHT_STEM = 3
# What a hit shows; the long texts stay in the index.
SHOWN_FIELDS = ["kind", "title", "url", "language", "authors", "year"]


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


class PublicationSearch(FacetedSearch):
    """Everything published, in all three languages, with every facet counted in the same request."""

    def __init__(self, params: SearchParams, kind: str | None = None):
        self.params = params
        self.parsed = parse_query(params.q)
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
        words = " ".join(t.text for t in self.parsed.positive_terms)
        if words:
            for name in ("title", "abstract"):
                search = search.suggest(f"dym_{name}", words, term={"field": name, "suggest_mode": "missing"})
        return search

    def query(self, search, query):
        if query.is_empty():
            return search
        return search.query(build_query(query))

    def highlight(self, search):
        names = [f"{name}{sub}" for name, subs in HIGHLIGHTED.items() for sub in subs]
        options = {
            "pre_tags": [PRE],
            "post_tags": [POST],
            "fragment_size": 180,
            "number_of_fragments": 2,
            "max_analyzed_offset": MAX_ANALYZED_OFFSET,
        }
        if not self.parsed.is_empty():
            options["highlight_query"] = highlight_query(self.parsed, build_query(self.parsed)).to_dict()
        search = search.highlight_options(**options).highlight(*names)
        search = search.highlight("title", number_of_fragments=0)
        # The plain abstract also supplies an opening snippet when no word matched there.
        return search.highlight("abstract", no_match_size=240)

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


def _best(highlight: dict, name: str) -> list[str]:
    for sub in HIGHLIGHTED[name]:
        fragments = highlight.get(f"{name}{sub}")
        if fragments:
            return list(fragments)
    return []


def _hit(hit) -> Hit:
    highlight = hit.meta.to_dict().get("highlight", {})
    title = _best(highlight, "title")
    snippet = next((s for s in (_best(highlight, name) for name in SNIPPET_FIELDS) if s), [])
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
        snippet_html=render_fragment(" … ".join(snippet)),
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
    """One search: one request to Elasticsearch, everything the page or the API shows.

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
    if total == 0:
        results.did_you_mean = _did_you_mean(response, params.q)
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


RELATED_FIELDS = [
    "title",
    "title.ru",
    "title.en",
    "abstract",
    "abstract.ru",
    "abstract.en",
    "keywords",
    "body",
    "kk_stems.title",
    "kk_stems.content",
    "topic_titles",
]


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
