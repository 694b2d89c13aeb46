"""OAI-PMH sets: by kind ("kind:paper") and by top-level topic ("topic:<slug>").

A setSpec with a colon is a child of the part before it, so "kind" holds every
kind and is listed as a set of its own.
"""

from django.db.models import Q

from .metadata import KINDS

KIND_NAMES = {
    "paper": "Research papers",
    "practice": "Best-practice reviews",
    "methodology": "Methodologies",
    "project": "Regional prevention projects",
}


def specs_for(page) -> list[str]:
    return ["kind", f"kind:{KINDS[type(page)]}"]


def all_sets() -> list[tuple[str, str]]:
    return [("kind", "All items by kind")] + [(f"kind:{k}", name) for k, name in KIND_NAMES.items()]


def exists(spec: str) -> bool:
    return spec in dict(all_sets())


def page_models(spec: str | None) -> list:
    """The page models a set can hold."""
    if spec is None or spec == "kind":
        return list(KINDS)
    kind = spec.removeprefix("kind:")
    return [model for model, k in KINDS.items() if k == kind]


def page_filter(spec: str | None) -> Q:
    """Extra conditions on pages of those models (topic sets add theirs here)."""
    return Q()


def encode(specs: list[str]) -> str:
    return "|" + "|".join(specs) + "|"


def decode(stored: str) -> list[str]:
    return [s for s in stored.split("|") if s]
