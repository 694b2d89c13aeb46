"""What makes an upload acceptable: a real, readable PDF of reasonable size."""

import io
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from pypdf import PdfReader
from pypdf.errors import PdfReadError

logger = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
DEFAULT_MAX_SIZE = 20 * 1024 * 1024


def max_size() -> int:
    return getattr(settings, "PDF_MAX_UPLOAD_SIZE", DEFAULT_MAX_SIZE)


def _read(upload) -> bytes:
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    return data


def validate_pdf(upload) -> None:
    """Reject anything that is not a PDF by its content, whatever its name says."""
    if upload.size is not None and upload.size > max_size():
        raise ValidationError(
            _("The file is %(size)s; at most %(limit)s may be uploaded.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_size())},
            code="pdf_too_large",
        )
    data = _read(upload)
    if PDF_MAGIC not in data[:1024]:
        raise ValidationError(_("This file is not a PDF: only PDF documents can be uploaded."), code="not_pdf")
    try:
        pages = len(PdfReader(io.BytesIO(data)).pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise ValidationError(
            _("This PDF is damaged and cannot be read (%(reason)s).") % {"reason": error}, code="pdf_unreadable"
        ) from error
    if pages == 0:
        raise ValidationError(_("This PDF has no pages."), code="pdf_empty")


def extract_text(upload) -> str:
    """The text of every page, for search; a PDF without a text layer gives an empty string."""
    try:
        reader = PdfReader(io.BytesIO(_read(upload)))
        return "\n".join((page.extract_text() or "").strip() for page in reader.pages).strip()
    except Exception:  # a broken text layer must not stop a save
        logger.warning("could not extract text from %s", getattr(upload, "name", "a PDF"), exc_info=True)
        return ""
