"""Concepts: a vocabulary of the field that an app lends to search, so one query meets every language.

Search imports nothing from portal/. An app that keeps concepts (the thesaurus,
portal/thesaurus) registers a provider in its ``AppConfig.ready``; without one,
documents carry no concepts and queries are not expanded. A provider answers:

- ``tag(texts)``: the ids of the concepts a document's texts name (its labels
  found as phrases, inflected forms included); stored in the ``concepts`` field;
- ``recognise(query)``: the concepts a query names, each with its labels in every
  language, which the query adds below the searcher's own words;
- ``suggest(prefix, language, size)``: concepts whose labels start with ``prefix``,
  for autocomplete, labelled in ``language``;
- ``label(concept, language)``: a concept's preferred label;
- ``held()``: a context in which tagging uses the vocabulary as it was on entry, so a
  rebuild or a batch of pages does not ask the database for changes once per page.
"""

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Recognised:
    concept: str  # the concept's id
    words: str  # the words of the query that name it
    labels: dict[str, list[str]] = field(default_factory=dict)  # language -> labels, preferred first
    narrower: tuple[str, ...] = ()  # ids of the concepts below it (an item on one of them is about it too)


@dataclass(frozen=True)
class Suggestion:
    concept: str
    label: str  # in the language asked for
    matched: str  # the label (any language) that starts with the prefix
    url: str | None = None  # the concept's page, if the provider has one


class Provider(Protocol):
    def tag(self, texts: list[str]) -> list[str]: ...

    def recognise(self, query: str) -> list[Recognised]: ...

    def suggest(self, prefix: str, language: str, size: int) -> list[Suggestion]: ...

    def label(self, concept: str, language: str) -> str: ...

    def held(self) -> AbstractContextManager: ...


_provider: Provider | None = None


def register(provider: Provider | None) -> None:
    """Lend search a vocabulary (``None`` takes it back, e.g. in tests)."""
    global _provider
    _provider = provider


def provider() -> Provider | None:
    return _provider


def tag(texts: list[str]) -> list[str]:
    return _provider.tag([t for t in texts if t]) if _provider else []


def recognise(query: str) -> list[Recognised]:
    return _provider.recognise(query) if _provider and query.strip() else []


def suggest(prefix: str, language: str, size: int = 5) -> list[Suggestion]:
    return _provider.suggest(prefix, language, size) if _provider and prefix.strip() else []


def label(concept: str, language: str) -> str:
    return _provider.label(concept, language) if _provider else concept


def held() -> AbstractContextManager:
    """Tag a batch of documents with one reading of the vocabulary (the one current on entry)."""
    return _provider.held() if _provider else nullcontext()
