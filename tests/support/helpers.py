"""Small readers of what a searcher sees."""

from search.query import faceted
from search.query.params import SearchParams


def found_ids(query: str) -> set[int]:
    return {hit.id for hit in faceted.run(SearchParams(q=query, page_size=50)).hits}
