"""Hand-built index documents of every kind, written straight into the test index.

Page types for reviews, methodologies and projects live in another app; these
documents follow the full schema (search.index.mapping) and are completed exactly
as ``search.sync.indexer.document_for`` completes a page's document.
"""

import datetime
import itertools

from search.index.mapping import alias_name
from search.language import kazakh
from search.query import suggest
from search.sync.indexer import CONTENT_FIELDS, _flatten, bulk_write

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
    content = " ".join(_flatten(document.get(name)) for name in CONTENT_FIELDS)
    document["kk_stems"] = {"title": kazakh.stem_text(title), "content": kazakh.stem_text(content)}
    document["suggest"] = suggest.suggestion_inputs(document)
    return document


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
