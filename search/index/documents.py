"""What the index holds for a page: content registers a builder per page model, one derivation completes it.

Content apps declare their document beside their models (``portal/<app>/search.py``,
loaded in the app's ``AppConfig.ready``) and call ``register``; search keeps the
registry and imports nothing from the portal. ``complete`` adds what every
document derives from its own fields (the language routing and the autocomplete
inputs); indexing, verify, the benchmark and the tests all build
documents through it, so they measure and test what production writes.
"""

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import orjson
from django.db.models import QuerySet

from search.language import concepts, routing
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


# The texts tagged with concepts; topic names (in all three languages) map the editors' topics to concepts.
TAGGED = ("title", "abstract", "keywords", "body", "document_text", "topic_titles")


def tagged_texts(doc: dict) -> list[str]:
    return [routing._text(doc.get(name)) for name in TAGGED]


def tag(texts: list[str]) -> list[str]:
    """The concepts the texts name, in any language (``search.language.concepts``): queries expand
    to them, concept pages and the ``concept`` facet list by them."""
    return concepts.tag(texts)


def complete(doc: dict, tagged: bool = True) -> dict:
    """Add the fields derived from a document's own: autocomplete inputs, the concepts its texts name,
    then each text routed to its language (``search.language.routing``: analysed once, in that language,
    plus its application stems). ``tagged=False`` leaves the concepts to a later ``tag`` (a document
    built before the database, and so the thesaurus, can be read)."""
    doc["suggest"] = suggest.suggestion_inputs(doc)
    if tagged:
        doc["concepts"] = tag(tagged_texts(doc))
    return routing.route(doc)


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
    """A digest of every field but the hash itself; it changes exactly when the document would.
    orjson with sorted keys: a rebuild hashes every full text, and the standard encoder took 0.5 ms a document."""
    fields = {key: value for key, value in doc.items() if key != "source_hash"}
    return hashlib.sha256(orjson.dumps(fields, option=orjson.OPT_SORT_KEYS, default=str)).hexdigest()[:32]
