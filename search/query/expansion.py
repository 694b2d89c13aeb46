"""Query expansion through concepts: a query naming a concept also finds what other languages call it.

``кәмелетке толмағандар`` names the concept "juveniles"; the query then also
matches documents tagged with that concept (``concepts``) and the concept's
labels in the other languages ("несовершеннолетние", "juveniles", "minors"), as
phrases in those languages' fields. These clauses only add to the searcher's own
words (``should``) and weigh less than them, so items in the query's language
that contain the words still rank first. What was added is said on the page and
in the API ("also searched: …"), with a link to search without it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from elasticsearch.dsl import Q

from search.language import concepts

# The searcher's own words score roughly 5-40 (title boost 6). A concept adds a steady
# score, the best of: the item is tagged with it, with a narrower concept, or holds one of
# its labels in another language; so it lifts items without the words, and never outweighs them.
CONCEPT_BOOST = 4.0
NARROWER_BOOST = 3.0
LABEL_BOOST = 3.0
MAX_LABELS = 6  # per concept and language: the preferred label and the first alternatives


@dataclass(frozen=True)
class Added:
    """One concept a query was expanded with."""

    concept: str
    words: str  # the words of the query that name it
    label: str  # the concept's preferred label in the reader's language
    other_labels: list[str] = field(default_factory=list)  # labels searched besides the words


@dataclass
class Expansion:
    clauses: list = field(default_factory=list)
    added: list[Added] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.clauses)


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def expand(text: str, reader_language: str, fields_for: Callable[[str], list[str]]) -> Expansion:
    """The clauses the concepts named in ``text`` add; ``fields_for(language)`` lists a language's text fields."""
    expansion = Expansion()
    for found in concepts.recognise(text):
        ways = [Q("constant_score", filter=Q("term", concepts=found.concept), boost=CONCEPT_BOOST)]
        if found.narrower:
            ways.append(Q("constant_score", filter=Q("terms", concepts=list(found.narrower)), boost=NARROWER_BOOST))
        searched = []
        for language, labels in found.labels.items():
            for label in labels[:MAX_LABELS]:
                if _same(label, found.words) or _same(label, text):
                    continue
                searched.append(label)
                phrase = Q("multi_match", query=label, type="phrase", fields=fields_for(language))
                ways.append(Q("constant_score", filter=phrase, boost=LABEL_BOOST))
        expansion.clauses.append(Q("dis_max", queries=ways))
        expansion.added.append(
            Added(found.concept, found.words, concepts.label(found.concept, reader_language), searched)
        )
    return expansion


def toggle_url(path: str, params, added: list[Added]) -> str | None:
    """The same search without the concepts (``expand=0``), or with them again; None when none was named."""
    if not added:
        return None
    query = params.to_query(expand=int(not params.expand), page=params.page).urlencode()
    return f"{path}?{query}"
