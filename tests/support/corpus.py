"""Hand-built index documents of every kind, written straight into the test index.

Page types for reviews, methodologies and projects live in another app; these
documents follow the full schema (search.index.mapping) and are completed by the
same derivation as a page's document (``search.index.documents.complete``).
"""

import datetime
import itertools

from search.index.bulk import bulk_write
from search.index.documents import complete, tag, tagged_texts
from search.index.mapping import alias_name

_ids = itertools.count(900_000)
_untagged: dict[int, list[str]] = {}  # id(document) -> its tagged texts, until it is written


def doc(title: str, language: str = "en", kind: str = "practice", year: int = 2024, **fields) -> dict:
    document = {
        "kind": kind,
        "title": title,
        "language": language,
        "url": f"/{kind}/{abs(hash(title)) % 10**8}/",
        "publication_date": datetime.date(year, fields.pop("month", 6), 1).isoformat(),
        "year": year,
        **fields,
    }
    # Built when a test module loads, often before the database (and so the thesaurus) may be read:
    # the concepts are tagged when the document is written.
    completed = complete(document, tagged=False)
    _untagged[id(completed)] = tagged_texts(document)
    return completed


def write(*documents: dict) -> list[int]:
    """Index the documents (refreshed, so searchable at once); returns their ids in order."""
    ids = [next(_ids) for _ in documents]
    for document in documents:
        if id(document) in _untagged and "concepts" not in document:
            try:
                document["concepts"] = tag(_untagged[id(document)])
            except RuntimeError:  # pytest-django's guard: written by a fixture without database access
                document["concepts"] = []
    bulk_write(
        (
            {"_op_type": "index", "_index": alias_name(), "_id": i, "_source": d}
            for i, d in zip(ids, documents, strict=True)
        ),
        refresh=True,
    )
    return ids
