"""How a publication page becomes a search document: the fields every kind shares, and registration.

Each content app declares its document beside its models (``portal/<app>/search.py``)
with ``@document(Model)`` and imports that module in its ``AppConfig.ready``, so
the search registry (``search.index.documents``) learns of it without search
importing the portal. Only visible pages (``portal.publications.visibility``)
reach the index. Facet fields carry stable keys (topic paths, region codes,
person and organisation ids); the display names are searchable text.
"""

from collections.abc import Callable, Iterable

from django.utils.html import strip_tags

from search.index import documents

from .visibility import is_visible


def document(model) -> Callable:
    """Register the decorated function as the builder of ``model``'s index documents."""

    def register(build: Callable) -> Callable:
        documents.register(model, build, pages=lambda: model.objects.visible(), is_visible=is_visible)
        return build

    return register


def text(*parts) -> str:
    """Plain text of fields, rich text and StreamFields, joined by blank lines."""
    texts = []
    for part in parts:
        if part is None or part == "":
            continue
        if hasattr(part, "render_as_block"):
            part = part.render_as_block()
        texts.append(" ".join(strip_tags(str(part)).split()))
    return "\n\n".join(t for t in texts if t)


def _names(objects: Iterable, language: str) -> list[str]:
    return [obj.name_in(language) for obj in objects]


def common(page) -> dict:
    """The fields every kind shares: language, translations, date, topics, regions, keywords."""
    topics = list(page.topics.all())
    regions = list(page.regions.all())
    topic_chain = {t.pk: t for topic in topics for t in topic.ancestors()}
    return {
        "kind": page.kind,
        "title": page.title,
        "language": page.language,
        "translation_key": str(page.translation_key),
        "publication_date": page.publication_date,
        "year": page.publication_date.year,
        "topics": sorted({path for topic in topics for path in topic.paths()}),
        "topic_titles": [name for t in topic_chain.values() for name in t.all_names()],
        "regions": sorted(r.code for r in regions),
        "region_names": [name for r in regions for name in r.all_names()],
        "keywords": page.keyword_names(),
        # Present (possibly empty) on every kind, so readers need not guess which kind has them.
        "authors": [],
        "author_ids": [],
        "organisations": [],
        "organisation_ids": [],
    }


def people(page, persons) -> dict:
    return {"authors": _names(persons, page.language), "author_ids": [str(p.pk) for p in persons]}


def organisations(page, bodies) -> dict:
    bodies = list(bodies)
    return {"organisations": _names(bodies, page.language), "organisation_ids": [str(o.pk) for o in bodies]}


def pdf_text(document_file) -> str:
    return document_file.document_text if document_file else ""
