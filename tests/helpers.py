"""Small readers of what a searcher sees."""

from search import queries


def found_ids(query: str) -> set[int]:
    return {hit.id for hit in queries.run(query, page_size=50).hits}
