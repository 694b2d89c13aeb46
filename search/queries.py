"""The search experiences; one query object serves the HTML page and the JSON API."""

from dataclasses import dataclass, field

from elasticsearch.dsl import FacetedSearch, Q, TermsFacet

from . import kazakh
from .documents import alias_name
from .highlight import POST, PRE, render_fragment

TEXT_FIELDS = ("title", "abstract")
LANGUAGE_SUBFIELDS = ("", ".kk", ".ru", ".en")
BOOSTS = {"title": 5, "abstract": 2}
SNIPPET_FIELDS = ("abstract",)


def _fields() -> list[str]:
    return [f"{name}{sub}^{BOOSTS[name]}" for name in TEXT_FIELDS for sub in LANGUAGE_SUBFIELDS] + ["authors^3"]


class PublicationSearch(FacetedSearch):
    """Everything published, searched in all three languages at once."""

    fields = _fields()
    facets = {
        "kind": TermsFacet(field="kind"),
        "language": TermsFacet(field="language"),
        "year": TermsFacet(field="year", size=50, order={"_key": "desc"}),
    }

    def search(self):
        self.index = alias_name()
        return super().search()

    def query(self, search, query):
        if not query:
            return search.sort("-publication_date")
        stems = kazakh.stem_text(query)
        should = [Q("multi_match", query=query, fields=self.fields, type="best_fields", tie_breaker=0.3)]
        if stems:
            should.append(
                Q(
                    "multi_match",
                    query=stems,
                    fields=["kk_stems.title^3", "kk_stems.content"],
                    tie_breaker=0.3,
                )
            )
        return search.query(Q("bool", should=should, minimum_should_match=1))

    def highlight(self, search):
        search = search.highlight_options(
            pre_tags=[PRE], post_tags=[POST], fragment_size=200, number_of_fragments=2
        ).highlight(*(f"{name}{sub}" for name in TEXT_FIELDS for sub in LANGUAGE_SUBFIELDS))
        # The plain field also supplies an opening snippet when no word matched.
        return search.highlight(*SNIPPET_FIELDS, no_match_size=240)


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
class Results:
    hits: list[Hit]
    total: int
    facets: dict = field(default_factory=dict)


def _best(highlight: dict, name: str) -> list[str]:
    for sub in LANGUAGE_SUBFIELDS:
        fragments = highlight.get(f"{name}{sub}")
        if fragments:
            return list(fragments)
    return []


def run(query: str, page: int = 1, page_size: int = 10) -> Results:
    start = (page - 1) * page_size
    search = PublicationSearch(query)[start : start + page_size]
    response = search.execute()
    hits = []
    for hit in response:
        highlight = hit.meta.to_dict().get("highlight", {})
        title = _best(highlight, "title")
        snippet = _best(highlight, "abstract")
        hits.append(
            Hit(
                id=int(hit.meta.id),
                kind=hit.kind,
                title=hit.title,
                url=hit.url,
                language=hit.language,
                authors=list(hit.authors or []),
                year=hit.year,
                title_html=render_fragment(title[0] if title else hit.title),
                snippet_html=render_fragment(" … ".join(snippet)),
            )
        )
    return Results(hits=hits, total=response.hits.total.value, facets=response.facets.to_dict())
