"""OAI-PMH sets: by kind ("kind:paper") and by top-level topic ("topic:<slug>").

A setSpec with a colon is a child of the part before it, so "kind" and "topic"
are listed as sets of their own. An item is in the set of each top-level topic
above any of its topics.
"""

from django.db.models import Q

from portal.publications import kinds
from portal.taxonomy.models import Topic

from .metadata import MAPPERS


def top_level_topics(page) -> list[Topic]:
    roots = {topic.ancestors()[0] for topic in page.topics.all()}
    return sorted(roots, key=lambda t: t.slug)


def specs_for(page) -> list[str]:
    specs = ["kind", kinds.get(page.kind).oai_set]
    roots = top_level_topics(page)
    if roots:
        specs += ["topic", *(f"topic:{root.slug}" for root in roots)]
    return specs


def all_sets() -> list[tuple[str, str]]:
    found = [("kind", "All items by kind")] + [(kind.oai_set, kind.plural["en"]) for kind in kinds.KINDS]
    found.append(("topic", "All items by topic"))
    found += [(f"topic:{t.slug}", t.name_en) for t in Topic.objects.filter(parent=None).order_by("slug")]
    return found


def exists(spec: str) -> bool:
    return spec in dict(all_sets())


def page_models(spec: str | None) -> list:
    """The page models a set can hold."""
    if spec is None or not spec.startswith("kind:"):
        return list(MAPPERS)
    kind = spec.removeprefix("kind:")
    return [model for model in MAPPERS if model.kind == kind]


def page_filter(spec: str | None) -> Q:
    """Conditions on the pages of ``page_models(spec)`` for topic sets."""
    if spec is None or not spec.startswith("topic"):
        return Q()
    slug = spec.removeprefix("topic:") if ":" in spec else None
    topics = Topic.objects.get(slug=slug, parent=None).descendants() if slug else list(Topic.objects.all())
    ids = set()
    for model in MAPPERS:
        ids.update(model.objects.filter(topics__in=topics).values_list("pk", flat=True))
    return Q(pk__in=ids)


def encode(specs: list[str]) -> str:
    return "|" + "|".join(specs) + "|"


def decode(stored: str) -> list[str]:
    return [s for s in stored.split("|") if s]
