"""From a page's fields to the language objects of its index document (see ``search.index.mapping``).

A page's texts are in its own language (its Wagtail locale), so each is analysed
once, in that language; a page in any other language goes to ``xx`` (split and
lower-cased only). Names of topics, regions and organisations come in all three
languages: each name goes to the language its letters say (``guess``). The long
texts (body, PDF text) leave the top level: they live only in the language
object, indexed and stored but not in ``_source``.
"""

from . import guess, normalise

KNOWN = ("kk", "ru", "en")
FALLBACK = "xx"
SHOWN = ("title", "abstract")
LONG = ("body", "document_text")
LABELS = ("keywords", "topic_titles", "region_names", "organisations")
CONTENT = ("abstract", "keywords", "body", "document_text")


def _text(value) -> str:
    if not value:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value)
    return str(value)


def label_language(label: str, page_language: str) -> str:
    """A name's language: its letters' likeliest one; shared Cyrillic in a Kazakh page stays Kazakh."""
    found = guess.letters_language(label)
    if found == "ru" and page_language == "kk":
        return "kk"
    return found or (page_language if page_language in KNOWN else FALLBACK)


def route(doc: dict) -> dict:
    """``doc`` with its texts moved into language objects; returns a new dict, ``doc`` is left alone."""
    language = doc.get("language") if doc.get("language") in KNOWN else FALLBACK
    routed = {key: value for key, value in doc.items() if key not in LONG}
    own: dict = {}
    for name in (*SHOWN, *LONG):
        if text := _text(doc.get(name)):
            own[name] = text
    if title := _text(doc.get("title")):
        own["title_stems"] = normalise.normalise(title, language)
    # Each text apart (the same words as their concatenation): tagging has just split them.
    content = " ".join(stems for name in CONTENT if (stems := normalise.normalise(_text(doc.get(name)), language)))
    if content:
        own["content"] = content
    objects = {language: own}
    for name in LABELS:
        values = doc.get(name) or []
        for value in values if isinstance(values, list | tuple) else [values]:
            target = label_language(str(value), language)
            objects.setdefault(target, {}).setdefault("labels", []).append(str(value))
    routed.update({key: value for key, value in objects.items() if value})
    return routed
