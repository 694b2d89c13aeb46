"""The bench's size report: a PDF's text counts as full text wherever the derivation puts it.

Routed documents keep the long texts only in their language object, so a report
that looked for them at the top level counted none of them as full text and
charged their copies (the stemmed ``content``, ``_recovery_source``) to the
per-item size instead.
"""

import json

import pytest

from devtools.bench import sizes
from search.language import routing

PDF = "криминологические исследования " * 400
ABSTRACT = "профилактика правонарушений среди несовершеннолетних " * 10


def routed(**fields) -> dict:
    return routing.route({"language": "ru", "title": "Профилактика", "abstract": ABSTRACT, **fields})


def test_the_pdf_text_in_a_language_object_is_full_text():
    document = routed(document_text=PDF)
    assert "document_text" not in document  # moved into the language object by the derivation
    content_share, source_share = sizes._full_text_share([document])
    assert content_share == pytest.approx(len(PDF) / (len(PDF) + len(ABSTRACT)))
    sent = len(json.dumps(document, ensure_ascii=False))
    assert source_share == pytest.approx(len(PDF) / sent)
    assert 0.3 < source_share < 0.6  # most of the rest is the same text's stems, in ``content``


def test_items_without_a_pdf_add_no_full_text():
    assert sizes._full_text_share([routed()]) == (0.0, 0.0)
    with_pdf = sizes._full_text_share([routed(document_text=PDF)])
    mixed = sizes._full_text_share([routed(document_text=PDF), routed()])
    assert 0 < mixed[0] < with_pdf[0]
