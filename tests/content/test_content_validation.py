"""Bad input is refused with a message a person can act on: ORCID, DOI, PDF uploads."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from reportlab.pdfgen import canvas

from portal.pdfs.models import PdfDocument
from portal.people.models import Person, validate_orcid
from portal.research.models import ResearchPaper


def pdf_bytes(text: str = "Criminological diagnostics") -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.drawString(72, 720, text)
    sheet.save()
    return buffer.getvalue()


@pytest.mark.parametrize("orcid", ["0000-0002-1825-0097", "0000-0002-1694-233X"])
def test_orcid_with_a_correct_check_digit_is_accepted(orcid):
    validate_orcid(orcid)


@pytest.mark.parametrize(
    ("orcid", "message"),
    [
        ("0000-0002-1825-0098", "wrong check digit"),
        ("0000-0002-1694-2330", "wrong check digit"),
        ("0000-0002-1825", "four groups"),
        ("https://orcid.org/0000-0002-1825-0097", "four groups"),
    ],
)
def test_bad_orcid_is_refused_with_a_reason(orcid, message):
    with pytest.raises(ValidationError, match=message):
        validate_orcid(orcid)


def test_admin_refuses_a_person_with_a_bad_orcid(admin_client):
    url = reverse("wagtailsnippets_people_person:add")
    data = {"name_kk": "Ким Сергей", "name_ru": "Ким Сергей", "name_en": "Kim, Sergey", "orcid": "0000-0002-1825-0098"}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "wrong check digit" in response.content.decode()
    assert not Person.objects.exists()
    data["orcid"] = "0000-0002-1825-0097"
    assert admin_client.post(url, data).status_code == 302
    assert Person.objects.get().orcid == "0000-0002-1825-0097"


@pytest.mark.parametrize("doi", ["10.1000/xyz", "10.52425/2025.3.1.12", "10.1007/s11292-024-0001"])
def test_valid_doi_passes(papers_index, doi):
    paper = ResearchPaper(title="T", abstract="A", publication_date="2025-01-01", doi=doi)
    paper.clean_fields(exclude=[f.name for f in ResearchPaper._meta.fields if f.name != "doi"])


@pytest.mark.parametrize("doi", ["doi:10.1000/xyz", "https://doi.org/10.1000/xyz", "10.10/x", "10.1000/", "10.1000 /x"])
def test_bad_doi_is_refused(papers_index, doi):
    paper = ResearchPaper(title="T", abstract="A", publication_date="2025-01-01", doi=doi)
    with pytest.raises(ValidationError) as error:
        paper.clean_fields(exclude=[f.name for f in ResearchPaper._meta.fields if f.name != "doi"])
    assert "A DOI starts with" in str(error.value.message_dict["doi"])


def upload(admin_client, name: str, content: bytes, content_type: str = "application/pdf"):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content, content_type=content_type), "collection": 1},
    )


def test_a_real_pdf_is_stored_with_its_text(admin_client):
    response = upload(admin_client, "method.pdf", pdf_bytes("Victimisation survey stages"))
    assert response.status_code == 302
    assert "Victimisation survey stages" in PdfDocument.objects.get().document_text


def test_a_file_named_pdf_that_is_not_one_is_refused(admin_client):
    response = upload(admin_client, "report.pdf", b"PK\x03\x04 this is a zip archive renamed to .pdf")
    assert response.status_code == 200
    assert "This file is not a PDF" in response.content.decode()
    assert not PdfDocument.objects.exists()


def test_a_damaged_pdf_is_refused(admin_client):
    response = upload(admin_client, "broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50)
    assert response.status_code == 200
    assert "damaged" in response.content.decode()
    assert not PdfDocument.objects.exists()


@override_settings(PDF_MAX_UPLOAD_SIZE=1024)
def test_an_oversized_pdf_is_refused_with_the_limit(admin_client):
    content = pdf_bytes("x" * 50) + b"%" + b"0" * 2048
    response = upload(admin_client, "big.pdf", content)
    assert response.status_code == 200
    html = response.content.decode()
    assert "at most 1.0" in html and "KB" in html
    assert not PdfDocument.objects.exists()
