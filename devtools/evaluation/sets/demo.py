"""The demo content's relevance queries (the list of tests/search/test_relevance_demo.py, not a copy of it).

Needs the demo loaded and indexed (`make demo`, which `make search-eval` runs).
Each query names the one item that answers it; its rank among the first ten
hits gives success@3 and the mean reciprocal rank.
"""

from search.query import faceted
from search.query.params import SearchParams

from ..ranking import Ranked, mrr, success_at

NAME = "demo"
TITLE = "Demo relevance queries: success@3 and MRR"
LOOKED_AT = 10


def _cases() -> list[tuple[str, str, str, bool]]:
    """(query, language, slug, marked xfail in the tests)."""
    from tests.search.test_relevance_demo import QUERIES

    cases = []
    for case in QUERIES:
        values = tuple(case.values) if hasattr(case, "values") else case
        cases.append((*values, bool(getattr(case, "marks", ()))))
    return cases


def _slug(hit) -> tuple[str, str]:
    return hit.language, hit.url.rstrip("/").rsplit("/", 1)[-1]


def evaluate(write) -> dict:
    results, by_language = [], {}
    for query, language, slug, known_miss in _cases():
        found = [_slug(h) for h in faceted.run(SearchParams(q=query, page_size=LOOKED_AT)).hits]
        rank = found.index((language, slug)) + 1 if (language, slug) in found else None
        ranked = Ranked(query, rank)
        results.append(ranked)
        by_language.setdefault(language, []).append(ranked)
        if rank is None or rank > 3:
            write(f"  {'(known miss) ' if known_miss else ''}rank {rank or '>10'}: {query}")
    write(f"{'language':10} {'queries':>7} {'success@3':>10} {'MRR':>6}")
    for language, ranked in by_language.items():
        write(f"{language:10} {len(ranked):7} {success_at(ranked, 3):10.1%} {mrr(ranked):6.3f}")
    write(f"{'all':10} {len(results):7} {success_at(results, 3):10.1%} {mrr(results):6.3f}")
    return {"queries": len(results), "success_at_3": round(success_at(results, 3), 4), "mrr": round(mrr(results), 4)}
