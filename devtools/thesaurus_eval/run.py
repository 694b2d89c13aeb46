"""Load the evaluation records into the current index prefix and measure the queries by category.

Run it against its own prefix (``ELASTICSEARCH_INDEX_PREFIX=zertteushi-eval``): the
publications index there is replaced by the records. Documents go through the same
derivation as pages (``search.sync.indexer.complete``), so whatever the portal adds to a
document (language routing, stems, concept tags) is measured too.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from .queries import CROSS, QUERIES
from .records import RECORDS

TOP = 3


@dataclass
class Row:
    category: str
    queries: int
    success: float  # share of queries with an answer in the first TOP hits
    mrr: float  # mean reciprocal rank of the first answer (0 when not in the first page)
    misses: list[str]


def fields(number: int, key: str) -> dict:
    language, kind, title, abstract, keywords = RECORDS[key]
    return {
        "kind": kind,
        "title": title,
        "abstract": abstract,
        "keywords": keywords,
        "language": language,
        "translation_key": key,
        "url": f"/eval/{key}/",
        "publication_date": datetime.date(2024, 1, 1),
        "year": 2024,
        "topics": [],
        "topic_titles": [],
        "regions": [],
        "region_names": [],
        "authors": [],
        "author_ids": [],
        "organisations": [],
        "organisation_ids": [],
    }


def load() -> dict[int, str]:
    """A fresh publications index holding only the records; returns ``{document id: record key}``."""
    from search.client import get_client
    from search.index import lifecycle
    from search.index.mapping import alias_name
    from search.sync import indexer

    client = get_client()
    names = list(client.indices.get(index=f"{alias_name()}*", ignore_unavailable=True))
    if names:
        client.indices.delete(index=",".join(names))
    lifecycle.ensure_index()
    keys = dict(enumerate(RECORDS, start=1))
    actions = (
        {"_op_type": "index", "_index": alias_name(), "_id": number, "_source": indexer.complete(fields(number, key))}
        for number, key in keys.items()
    )
    indexer.bulk_write(actions, refresh=True)
    return keys


def ranks(keys: dict[int, str]):
    """For each query: its category, text and the rank of its first answer (None when not on the first page)."""
    from search.query import faceted
    from search.query.params import SearchParams

    for category, text, answers in QUERIES:
        hits = faceted.run(SearchParams(q=text, page_size=10)).hits
        found = [keys.get(int(hit.id)) for hit in hits]
        rank = next((i for i, key in enumerate(found, start=1) if key in answers), None)
        yield category, text, rank


def measure() -> list[Row]:
    """Success at 3 and MRR per category, per cross-language direction, and for all cross-language queries."""
    keys = load()
    groups: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
    for category, text, rank in ranks(keys):
        groups[category].append((text, rank))
        if "→" in category:
            groups[CROSS].append((text, rank))
    rows = []
    for category, results in groups.items():
        hits = [rank for _, rank in results]
        rows.append(
            Row(
                category=category,
                queries=len(results),
                success=sum(1 for r in hits if r is not None and r <= TOP) / len(hits),
                mrr=sum(1 / r for r in hits if r) / len(hits),
                misses=[text for text, rank in results if rank is None or rank > TOP],
            )
        )
    return rows


def table(rows: list[Row]) -> str:
    lines = [f"{'category':16} {'queries':>7} {'success@3':>9} {'MRR':>6}"]
    for row in rows:
        lines.append(f"{row.category:16} {row.queries:7} {row.success:9.2f} {row.mrr:6.2f}")
    misses = [f"  {row.category}: {', '.join(row.misses)}" for row in rows if row.misses and "→" not in row.category]
    return "\n".join(lines + (["Not in the first three:", *misses] if misses else []))
