"""The search code the benchmark drives, in one place: the production derivation, rebuild and request body.

Nothing here re-implements the portal's search: documents come from the same
function the index uses, the index is built by the same rebuild, and the timed
request body is the one the results page sends.
"""

import inspect

from elasticsearch.helpers import streaming_bulk

try:  # after the search/ subpackage move
    from search.query import queries
    from search.sync import indexing

    from search.index import lifecycle as index
except ImportError:
    from search import index, indexing, queries

from search.client import get_client
from search.documents import alias_name
from search.params import parse


def derive(page) -> dict:
    """The document the index stores for ``page`` (the production derivation)."""
    return indexing.indexed_document(page)


def rebuild_supports_pages() -> bool:
    return "pages" in inspect.signature(index.rebuild).parameters


def rebuild(pages, on_progress=None) -> str:
    """Build a new index from ``pages`` and swap the alias to it, as ``search_index rebuild`` does."""
    if rebuild_supports_pages():
        return index.rebuild(pages=pages, on_progress=on_progress)
    # The code before this benchmark rebuilt from the database only: same steps, pages given.
    client = get_client()
    name = index.new_index_name()
    index.create_index(name)
    indexing.bulk_write(
        ({"_op_type": "index", "_index": name, "_id": p.pk, "_source": derive(p)} for p in pages),
        on_progress=on_progress,
    )
    client.indices.refresh(index=name)
    old = index.indices_behind(alias_name())
    actions = [{"remove": {"index": i, "alias": alias_name()}} for i in old]
    client.indices.update_aliases(actions=[*actions, {"add": {"index": name, "alias": alias_name()}}])
    for stale in old:
        client.indices.delete(index=stale)
    return name


def raw_bulk(name: str, documents: list[tuple[int, dict]], workers: int = 1) -> None:
    """The same documents into a fresh index of the same mapping through plain _bulk requests."""
    client = get_client()
    index.create_index(name)
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
    return getattr(index, "BULK_WORKERS", 1)


def params(query: dict):
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, value in query.items():
        data.setlist(key, value if isinstance(value, list) else [str(value)])
    return parse(data)


def page_request(query: dict) -> dict:
    """The body of the results page's one Elasticsearch request for these parameters."""
    p = params(query)
    search = queries.PublicationSearch(p)[p.start : p.start + p.page_size]
    return search._s.to_dict()


def bare_request(text: str) -> dict:
    """A plain match over one field: the baseline every ratio is taken against."""
    return {"query": {"match": {"abstract": text}} if text else {"match_all": {}}, "size": 10}
