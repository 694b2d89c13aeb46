"""The search code the benchmark drives, in one place: the production derivation, rebuild and request body.

Nothing here re-implements the portal's search: documents come from the same
function the index uses, the index is built by the same rebuild, and the timed
request body is the one the results page sends.
"""

from elasticsearch.helpers import streaming_bulk

from search.client import get_client
from search.index import alias, documents, lifecycle
from search.query import faceted
from search.query.params import parse_params


def derive(page) -> dict:
    """The document the index stores for ``page`` (the production derivation)."""
    return documents.indexed_document(page)


def rebuild(pages, on_progress=None) -> str:
    """Build a new index from ``pages`` and swap the alias to it, as ``search_index rebuild`` does."""
    return lifecycle.rebuild(pages=pages, on_progress=on_progress)


def raw_bulk(name: str, documents: list[tuple[int, dict]], workers: int = 1) -> None:
    """The same documents into a fresh index of the same mapping through plain _bulk requests."""
    client = get_client()
    alias.create_index(name, building=True)
    actions = ({"_op_type": "index", "_index": name, "_id": pk, "_source": doc} for pk, doc in documents)
    if workers > 1:
        from elasticsearch.helpers import parallel_bulk

        for ok, item in parallel_bulk(client, actions, thread_count=workers, chunk_size=200):
            assert ok, item
    else:
        for ok, item in streaming_bulk(client, actions, chunk_size=500):
            assert ok, item
    client.indices.refresh(index=name)


def bulk_workers() -> int:
    return lifecycle.BULK_WORKERS


def params(query: dict):
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, value in query.items():
        data.setlist(key, value if isinstance(value, list) else [str(value)])
    return parse_params(data)


def _page_search(query: dict) -> faceted.PublicationSearch:
    p = params(query)
    return faceted.PublicationSearch(p)[p.start : p.start + p.page_size]


def page_request(query: dict) -> dict:
    """The results page's search as one body (hits, highlights and facets together): the attribution
    times it with parts left out."""
    return _page_search(query).body()


def msearch_took(query: dict) -> float:
    """Elasticsearch's ``took`` of the results page's main request as the page sends it
    (``PublicationSearch.send``: the hits and the facet counts in one ``_msearch``)."""
    return float(_page_search(query).send()["took"])


def page_search_took(query: dict) -> float:
    """Elasticsearch's ``took`` summed over every request the results page sends for ``query``
    (``faceted.run``: the ``_msearch``, and when nothing is found the spelling request and the search
    allowing typos)."""
    return float(faceted.run(params(query)).search_took_ms)


def clear_request_cache() -> None:
    """Forget the facet counts the node keeps for repeated searches: each timing starts cold."""
    get_client().indices.clear_cache(index=alias.alias_name(), request=True)


def bare_request(text: str) -> dict:
    """A plain match over one field: the baseline every ratio is taken against."""
    return {"query": {"match": {"abstract": text}} if text else {"match_all": {}}, "size": 10}
