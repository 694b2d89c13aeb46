"""Small generated PDFs for the demo, so that downloads and PDF-text search have something to show."""

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

# Kazakh and Russian need a font with Cyrillic glyphs; without one only English PDFs are made.
CYRILLIC_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def font_for(language: str) -> str | None:
    if language == "en":
        return "Helvetica"
    if CYRILLIC_FONT.exists():
        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(CYRILLIC_FONT)))
        return "DejaVuSans"
    return None


def make_pdf(title: str, paragraphs: list[str], language: str) -> bytes | None:
    font = font_for(language)
    if font is None:
        return None
    styles = getSampleStyleSheet()
    heading = styles["Title"].clone("heading", fontName=font)
    body = styles["BodyText"].clone("body", fontName=font, leading=15)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=title, author="Zertteushi demo")
    story = [Paragraph(title, heading), Spacer(1, 12)]
    for text in paragraphs:
        story += [Paragraph(text, body), Spacer(1, 6)]
    document.build(story)
    return buffer.getvalue()
