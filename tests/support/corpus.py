"""Hand-built index documents of every kind, written straight into the test index.

Page types for reviews, methodologies and projects live in another app; these
documents follow the full schema (search.index.mapping) and are completed by the
same derivation as a page's document (``search.index.documents.complete``).
"""

import datetime
import itertools

from search.index.bulk import bulk_write
from search.index.documents import complete
from search.index.mapping import alias_name

_ids = itertools.count(900_000)


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
    return complete(document)


def write(*documents: dict) -> list[int]:
    """Index the documents (refreshed, so searchable at once); returns their ids in order."""
    ids = [next(_ids) for _ in documents]
    bulk_write(
        (
            {"_op_type": "index", "_index": alias_name(), "_id": i, "_source": d}
            for i, d in zip(ids, documents, strict=True)
        ),
        refresh=True,
    )
    return ids
