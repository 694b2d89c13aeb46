"""Ranking figures shared by the sets: success@k and mean reciprocal rank."""

from dataclasses import dataclass


@dataclass
class Ranked:
    query: str
    rank: int | None  # 1-based position of the expected item, None when not in the results looked at


def success_at(results: list[Ranked], k: int) -> float:
    return sum(1 for r in results if r.rank is not None and r.rank <= k) / len(results)


def mrr(results: list[Ranked]) -> float:
    return sum(1 / r.rank for r in results if r.rank) / len(results)
