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
        # Read the text once per file: when the document is new or its file was replaced.
        if self.file and self.file_changed():
            self.document_text = extract_text(self.file)
        super().save(*args, **kwargs)

    def file_changed(self) -> bool:
        if self.pk is None:
            return True
        return type(self).objects.filter(pk=self.pk).values_list("file", flat=True).first() != self.file.name
