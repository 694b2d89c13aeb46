"""Small readers of what a searcher sees."""

from search import queries
from search.params import SearchParams


def found_ids(query: str) -> set[int]:
    return {hit.id for hit in queries.run(SearchParams(q=query, page_size=50)).hits}
