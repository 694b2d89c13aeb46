"""Uploaded documents are checked by what they contain, not by their name.

Wagtail accepts a document when its extension is allowed; this form also
requires the bytes to be a PDF that can be opened, and a size within
``DOCUMENT_MAX_UPLOAD_SIZE``, so a renamed executable or a broken file is
refused with a message instead of being served to readers.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from wagtail.documents.forms import BaseDocumentForm


def check_pdf(upload) -> None:
    limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(f"The file is {filesizeformat(upload.size)}; at most {filesizeformat(limit)} is allowed.")
    upload.seek(0)
    if upload.read(5) != b"%PDF-":
        raise ValidationError("The file is not a PDF (its content does not start like one).")
    upload.seek(0)
    try:
        PdfReader(upload).pages[0]  # noqa: B018 - reading the first page proves the structure parses
    except (PyPdfError, ValueError, IndexError, KeyError, OSError) as error:
        raise ValidationError("The PDF is damaged or empty and cannot be opened.") from error
    finally:
        upload.seek(0)


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # an edit that keeps the stored file has nothing new to check
            check_pdf(upload)
        return upload
