"""The portal's document model: PDFs only, with their text kept for search."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from .validation import extract_text, validate_pdf


class PdfDocument(AbstractDocument):
    file = models.FileField(upload_to="documents", verbose_name=_("file"), validators=[validate_pdf])
    document_text = models.TextField(blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_pdfdocument", "Can choose document")]

    def save(self, *args, **kwargs):
        # A file not yet in storage is a new upload: read its text once, now.
        if self.file and not getattr(self.file, "_committed", True):
            self.document_text = extract_text(self.file)
        super().save(*args, **kwargs)
