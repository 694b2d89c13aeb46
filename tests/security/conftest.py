"""Fixtures for the security tests: real PDF documents and pages that are not public in each possible way."""

import datetime
import io
import time

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction


def pdf_bytes(text: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, text)
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def make_document(db, settings, tmp_path):
    """Documents on disk (the test settings keep files in memory, which cannot be sent as files)."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}

    def make(title: str):
        document = get_document_model()(title=title)
        document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(pdf_bytes(title)), save=False)
        document.save()
        return document

    return make


EXPIRES_IN = 3  # seconds: pages are published with an expiry this close, then the test waits it out


@pytest.fixture
def hidden(es, make_paper, make_document, committed):
    """One page per way of not being public, each with its own PDF, plus a visible one.

    The expired page was published with an expiry date a few seconds ahead and
    is left live, as it is until ``publish_scheduled`` runs.
    """
    pages = {}

    def paper(key, **fields):
        document = make_document(f"Report {key}")
        pages[key] = make_paper(title=f"Hidden {key} study", pdf=document, **fields)
        return pages[key]

    paper("visible")
    paper("draft", publish=False)
    soon = timezone.now() + datetime.timedelta(seconds=EXPIRES_IN)
    paper("expired", expire_at=soon)
    scheduled = paper("scheduled", publish=False)
    with committed():
        scheduled.go_live_at = timezone.now() + datetime.timedelta(days=3)
        scheduled.save_revision().publish()
    paper("password")
    PageViewRestriction.objects.create(page=pages["password"], restriction_type="password", password="s3cret")
    paper("login")
    PageViewRestriction.objects.create(page=pages["login"], restriction_type="login")
    with committed():
        paper("unpublished").unpublish()
    deleted = paper("deleted")
    documents = {key: page.specific.pdf for key, page in pages.items()}
    with committed():
        deleted.delete()
    wait = (soon - timezone.now()).total_seconds() + 0.5
    if wait > 0:
        time.sleep(wait)  # the expiry passes; nothing runs publish_scheduled
    return pages, documents
