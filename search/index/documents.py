"""What the index holds for a page: content registers a builder per page model, one derivation completes it.

Content apps declare their document beside their models (``portal/<app>/search.py``,
loaded in the app's ``AppConfig.ready``) and call ``register``; search keeps the
registry and imports nothing from the portal. ``complete`` adds what every
document derives from its own fields (the application-normalised copies and the
autocomplete inputs); indexing, verify, the benchmark and the tests all build
documents through it, so they measure and test what production writes.
"""

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.db.models import QuerySet

from search.language import english, kazakh
from search.query import suggest


@dataclass(frozen=True)
class Registration:
    model: type
    build: Callable[[object], dict]  # the page's own fields of the mapping (search.index.mapping)
    pages: Callable[[], QuerySet]  # every page of ``model`` that belongs in the index
    is_visible: Callable[[object], bool]  # the same rule for one page in hand


_REGISTRY: dict[type, Registration] = {}


def register(model: type, build: Callable[[object], dict], *, pages, is_visible) -> None:
    """Index pages of ``model``: ``build`` gives a page's fields, ``pages``/``is_visible`` say which pages."""
    _REGISTRY[model] = Registration(model, build, pages, is_visible)


def registrations() -> list[Registration]:
    return list(_REGISTRY.values())


def is_indexable(page) -> bool:
    """Only visible pages of a registered type may reach the index."""
    registration = _REGISTRY.get(type(page))
    return registration is not None and registration.is_visible(page)


def indexable_pages() -> Iterator:
    """Every page that belongs in the index, read from the database in chunks."""
    for registration in registrations():
        yield from registration.pages().iterator(chunk_size=500)


def count_indexable() -> int:
    return sum(registration.pages().count() for registration in registrations())


# Fields whose text feeds the normalised copies; each builder fills those it has.
CONTENT_FIELDS = ("abstract", "body", "keywords", "document_text")
NORMALISED = (("kk_stems", kazakh.stem_text), ("en_uk", english.british))


def complete(doc: dict) -> dict:
    """Add the fields derived from a document's own: Kazakh stems, British spelling, autocomplete inputs."""
    content = " ".join(_flatten(doc.get(field)) for field in CONTENT_FIELDS)
    # Application-normalised copies that both index and query go through (see their modules).
    for field, normalise in NORMALISED:
        doc[field] = {"title": normalise(doc["title"]), "content": normalise(content)}
    doc["suggest"] = suggest.suggestion_inputs(doc)
    return doc


def document_for(page) -> dict:
    doc = _REGISTRY[type(page)].build(page)
    doc["url"] = page.get_url()
    doc["expires_at"] = page.expire_at
    return complete(doc)


def indexed_document(page) -> dict:
    """The document as written to the index: ``document_for`` plus the hash that ``verify`` compares."""
    doc = document_for(page)
    doc["source_hash"] = source_hash(doc)
    return doc


def source_hash(doc: dict) -> str:
    """A digest of every field but the hash itself; it changes exactly when the document would."""
    fields = {key: value for key, value in doc.items() if key != "source_hash"}
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _flatten(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value)
    return str(value)
