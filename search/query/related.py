"""Items like this one, for the detail pages: ``more_like_this`` over the indexed text."""

import logging
from dataclasses import dataclass

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import Q, Search

from search.index.mapping import alias_name

from .clauses import not_expired

logger = logging.getLogger(__name__)


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
