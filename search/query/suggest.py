"""Autocomplete: what to offer for a few typed letters, in the language being typed.

Every document carries a completion field (``suggest``) filled from its title,
keywords, topics and people. Each input is tagged with the language of its own
letters, so a searcher typing Kazakh gets Kazakh suggestions: Kazakh-only
letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) mean Kazakh, other Cyrillic means Russian
(Kazakh items also offered, ranked lower, as many Kazakh words use only the
shared letters), Latin means English.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from elasticsearch.dsl import Search

from search.index.mapping import alias_name

from .highlight import strip_markers

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_FORBIDDEN = re.compile(r"[\x00\x1e\x1f]")
MAX_TITLE_SUFFIXES = 8
# Heavier inputs are offered first.
WEIGHTS = {"title": 10, "keyword": 6, "topic": 5, "person": 4}
SOURCES = {"title": "title", "keyword": "keywords", "topic": "topic_titles", "person": "authors"}


def detect_language(text: str) -> str:
    lowered = text.lower()
    if any(ch in KAZAKH_LETTERS for ch in lowered):
        return "kk"
    if _CYRILLIC.search(lowered):
        return "ru"
    return "en"


def _input_language(text: str, document_language: str | None) -> str:
    language = detect_language(text)
    if language == "ru" and document_language == "kk":
        return "kk"
    return language


def _values(value) -> list[str]:
    if not value:
        return []
    values = value if isinstance(value, list | tuple) else [value]
    cleaned = (" ".join(_FORBIDDEN.sub(" ", strip_markers(str(v))).split()) for v in values)
    return [v for v in cleaned if v]


def _title_inputs(title: str) -> list[str]:
    """The title, and the title from each later word on, so that typing any word of it finds it."""
    words = title.split()
    inputs = [title]
    for i in range(1, len(words)):
        if len(inputs) > MAX_TITLE_SUFFIXES:
            break
        if len(words[i]) >= 3:
            inputs.append(" ".join(words[i:]))
    return inputs


def suggestion_inputs(doc: dict) -> list[dict]:
    """The completion field's value for an index document, grouped by language and weight."""
    groups: dict[tuple[str, int], list[str]] = {}
    for kind, source in SOURCES.items():
        for value in _values(doc.get(source)):
            texts = _title_inputs(value) if kind == "title" else [value]
            key = (_input_language(value, doc.get("language")), WEIGHTS[kind])
            groups.setdefault(key, []).extend(t for t in texts if t not in groups.get(key, []))
    return [
        {"input": inputs, "weight": weight, "contexts": {"language": [language]}}
        for (language, weight), inputs in groups.items()
    ]


@dataclass
class Suggestion:
    text: str
    type: str  # title | keyword | topic | person
    url: str | None = None


def _classify(text: str, source: dict) -> Suggestion:
    title = source.get("title", "")
    # Long inputs come back cut at the completion field's input length.
    if text and text in title:
        return Suggestion(title, "title", source.get("url"))
    for kind in ("keyword", "topic", "person"):
        if text in _values(source.get(SOURCES[kind])):
            return Suggestion(text, kind)
    return Suggestion(text, "keyword")


def suggest(prefix: str, size: int = 8) -> tuple[str, list[Suggestion]]:
    """The language detected from ``prefix`` and up to ``size`` suggestions in it (one request)."""
    language = detect_language(prefix)
    # Cyrillic without Kazakh-only letters is most likely Russian, but may be Kazakh.
    contexts = [{"context": "ru", "boost": 2}, {"context": "kk"}] if language == "ru" else [{"context": language}]
    search = (
        Search(index=alias_name())
        .suggest(
            "complete",
            prefix,
            completion={
                "field": "suggest",
                "size": size * 3,
                "skip_duplicates": True,
                "contexts": {"language": contexts},
            },
        )
        .source(["title", "url", "expires_at", *SOURCES.values()])
        .extra(size=0)
    )
    response = search.execute()
    found: list[Suggestion] = []
    seen = set()
    now = timezone.now()
    for option in response.suggest.complete[0].options:
        source = option._source.to_dict()
        if source.get("expires_at") and datetime.fromisoformat(source["expires_at"]) <= now:
            continue  # expired, not yet unpublished by publish_scheduled
        item = _classify(option.text, source)
        if (item.type, item.text) not in seen:
            seen.add((item.type, item.text))
            found.append(item)
    return language, found[:size]
