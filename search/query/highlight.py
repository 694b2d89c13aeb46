"""Turn Elasticsearch highlight fragments into HTML where only ``<mark>`` survives.

Elasticsearch is asked to wrap matches in two private-use characters instead of
tags; the fragment is then escaped as a whole and only those markers become
``<mark>``, so nothing from the content can ever reach the page as markup.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

PRE, POST = "\ue000", "\ue001"


def render_fragment(fragment: str) -> SafeString:
    escaped = escape(fragment.replace("<mark>", "").replace("</mark>", ""))
    return mark_safe(escaped.replace(PRE, "<mark>").replace(POST, "</mark>"))  # noqa: S308


def strip_markers(text: str) -> str:
    """Content must not carry the markers itself."""
    return text.replace(PRE, "").replace(POST, "")
