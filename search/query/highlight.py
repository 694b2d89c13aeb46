"""Turn Elasticsearch highlight fragments into HTML where only ``<mark>`` survives.

Elasticsearch is asked to wrap matches in two private-use characters instead of
tags; the fragment is then escaped as a whole and only those markers become
``<mark>``, so nothing from the content can ever reach the page as markup.
"""

import html
import re

from django.utils.safestring import SafeString, mark_safe

PRE, POST = "\ue000", "\ue001"


_MARKED = re.compile(f"{PRE}(.*?){POST}", re.DOTALL)
_NOT_SPACE = re.compile(r"(\S+)")


def _word_by_word(match: re.Match) -> str:
    """A marked span (a phrase, or a word with the space after it) as one mark per word, spaces outside."""
    return _NOT_SPACE.sub(f"{PRE}\\1{POST}", match.group(1))


def render_fragment(fragment: str) -> SafeString:
    # The standard library's escape, as Django's ``escape`` calls it, without its lazy-string wrapper
    # (two fragments per hit, twenty per search).
    escaped = html.escape(fragment.replace("<mark>", "").replace("</mark>", ""))
    escaped = _MARKED.sub(_word_by_word, escaped)
    return mark_safe(escaped.replace(PRE, "<mark>").replace(POST, "</mark>"))  # noqa: S308


def strip_markers(text: str) -> str:
    """Content must not carry the markers itself."""
    return text.replace(PRE, "").replace(POST, "")
