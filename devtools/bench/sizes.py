"""Index size per item, with the share of the PDF full text taken out, from the disk-usage API.

Full text is the ``document_text`` of a page (what a PDF holds). Fields named
after it count wholly as full text; fields that mix it with other content
(``*.content`` copies, and ``_recovery_source``, the whole document as sent,
which Elasticsearch keeps beside a ``_source`` that leaves fields out until a
merge drops it) count by the full text's share of their raw input, measured on
sample documents. ``_source`` itself never holds it: the derivation keeps the
long texts in the language objects, which ``_source`` leaves out.
"""

import json

from search.client import get_client

FULL_TEXT = "document_text"


def _chars(document: dict, name: str) -> int:
    """Characters of field ``name`` in a document as sent: at its top level, else in its language objects
    (the long texts live only there; a shown text is in both, and counted once)."""
    if document.get(name):
        return len(str(document[name]))
    return sum(len(str(value.get(name) or "")) for value in document.values() if isinstance(value, dict))


def _full_text_share(documents: list[dict]) -> tuple[float, float]:
    """Share of full text in mixed content fields and in the document as sent (raw bytes of sample documents)."""
    full = sum(_chars(d, FULL_TEXT) for d in documents)
    content = sum(_chars(d, f) for d in documents for f in ("abstract", "body", "keywords", FULL_TEXT))
    source = sum(len(json.dumps(d, default=str, ensure_ascii=False)) for d in documents)
    return (full / content if content else 0.0), (full / source if source else 0.0)


def measure(index: str, n_docs: int, raw_full_text_bytes: int, sample_documents: list[dict]) -> dict:
    client = get_client()
    client.indices.flush(index=index)
    usage = client.indices.disk_usage(index=index, run_expensive_tasks=True)[index]
    store = client.indices.stats(index=index, metric="store")["indices"][index]["primaries"]["store"]
    content_share, source_share = _full_text_share(sample_documents)
    full_text_bytes = 0.0
    per_field = {}
    for name, field in usage["fields"].items():
        total = field["total_in_bytes"]
        per_field[name] = total
        if FULL_TEXT in name:
            full_text_bytes += total
        elif name.endswith(".content"):
            full_text_bytes += total * content_share
        elif name == "_recovery_source":
            full_text_bytes += total * source_share
    total = store["size_in_bytes"]
    return {
        "index_bytes": total,
        "index_bytes_per_doc": round((total - full_text_bytes) / n_docs),
        "fulltext_index_bytes": round(full_text_bytes),
        "fulltext_raw_bytes": raw_full_text_bytes,
        "fulltext_bytes_ratio": round(full_text_bytes / raw_full_text_bytes, 3) if raw_full_text_bytes else None,
        "largest_fields": dict(sorted(per_field.items(), key=lambda kv: -kv[1])[:12]),
    }
