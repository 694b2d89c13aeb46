"""Load the evaluation records into the current index prefix and measure the queries by category.

The records live in an index prefix of their own (``<prefix>-eval-thesaurus``), made
afresh for each run and deleted after it; the thesaurus is the database's (the seed is
loaded first if it is missing). Documents go through the same
derivation as pages (``search.index.documents.complete``), so whatever the portal adds to a
document (language routing, stems, concept tags) is measured too.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from devtools.evaluation.ranking import Ranked, mrr, success_at

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
    words_only: float = 0.0  # success at TOP searching only the words typed (expand=0)


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


def drop() -> None:
    from search.client import get_client
    from search.index.mapping import alias_name

    client = get_client()
    names = list(client.indices.get(index=f"{alias_name()}*", ignore_unavailable=True))
    if names:
        client.indices.delete(index=",".join(names))


def load() -> dict[int, str]:
    """A fresh publications index holding only the records; returns ``{document id: record key}``."""
    from search.index import lifecycle
    from search.index.bulk import bulk_write
    from search.index.documents import complete
    from search.index.mapping import alias_name

    drop()
    lifecycle.ensure_index()
    keys = dict(enumerate(RECORDS, start=1))
    actions = (
        {"_op_type": "index", "_index": alias_name(), "_id": number, "_source": complete(fields(number, key))}
        for number, key in keys.items()
    )
    bulk_write(actions, refresh=True)
    return keys


def ranks(keys: dict[int, str], expand: bool = True):
    """For each query: its category, text and the rank of its first answer (None when not on the first page)."""
    from search.query import faceted
    from search.query.params import SearchParams

    for category, text, answers in QUERIES:
        hits = faceted.run(SearchParams(q=text, page_size=10, expand=expand)).hits
        found = [keys.get(int(hit.id)) for hit in hits]
        rank = next((i for i, key in enumerate(found, start=1) if key in answers), None)
        yield category, text, rank


def measure() -> list[Row]:
    """Success at 3 and MRR per category, per cross-language direction, and for all cross-language queries."""
    from django.conf import settings
    from django.test.utils import override_settings

    from portal.thesaurus.demo import load_seed

    load_seed()
    prefix = f"{settings.ELASTICSEARCH['INDEX_PREFIX']}-eval-thesaurus"
    groups: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
    plain: dict[str, list[int | None]] = defaultdict(list)
    with override_settings(ELASTICSEARCH={**settings.ELASTICSEARCH, "INDEX_PREFIX": prefix}):
        keys = load()
        try:
            for (category, text, rank), (_, _, words_rank) in zip(ranks(keys), ranks(keys, False), strict=True):
                for name in (category, CROSS) if "→" in category else (category,):
                    groups[name].append((text, rank))
                    plain[name].append(words_rank)
        finally:
            drop()
    return [_row(category, results, plain[category]) for category, results in groups.items()]


def _row(category: str, results: list[tuple[str, int | None]], words_only: list[int | None]) -> Row:
    ranked = [Ranked(text, rank) for text, rank in results]
    return Row(
        category=category,
        queries=len(ranked),
        success=success_at(ranked, TOP),
        mrr=mrr(ranked),
        misses=[r.query for r in ranked if r.rank is None or r.rank > TOP],
        words_only=success_at([Ranked("", rank) for rank in words_only], TOP),
    )


def table(rows: list[Row]) -> str:
    lines = [f"{'category':16} {'queries':>7} {'success@3':>9} {'MRR':>6} {'words only (expand=0)':>22}"]
    for row in rows:
        lines.append(f"{row.category:16} {row.queries:7} {row.success:9.2f} {row.mrr:6.2f} {row.words_only:22.2f}")
    misses = [f"  {row.category}: {', '.join(row.misses)}" for row in rows if row.misses and "→" not in row.category]
    return "\n".join(lines + (["Not in the first three:", *misses] if misses else []))
