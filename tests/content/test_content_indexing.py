"""Every kind reaches the one index with the fields search facets on; snippet edits follow."""

import io

import pytest
from django.core.files.base import ContentFile
from reportlab.pdfgen import canvas

from portal.pdfs.models import PdfDocument
from portal.people.models import Person
from portal.taxonomy.models import Organisation, Region, Topic
from search.index.mapping import alias_name
from tests.support.helpers import found_ids


@pytest.fixture
def taxonomy(db):
    prevention = Topic.objects.create(
        slug="prevention", name_kk="Алдын алу", name_ru="Профилактика", name_en="Prevention"
    )
    juvenile = Topic.objects.create(
        slug="juvenile", parent=prevention, name_kk="Жасөспірімдер", name_ru="Несовершеннолетние", name_en="Juveniles"
    )
    academy = Organisation.objects.create(name_kk="Академия", name_ru="Академия", name_en="Academy")
    author = Person.objects.create(
        name_kk="Ахметова Гүлнар", name_ru="Ахметова Гульнар", name_en="Akhmetova, Gulnar", orcid="0000-0002-1825-0097"
    )
    return {"topic": juvenile, "region": Region.objects.get(code="KZ-31"), "organisation": academy, "person": author}


def source(es, page) -> dict:
    es.indices.refresh(index=alias_name())
    return es.get(index=alias_name(), id=page.pk)["_source"]


def pdf_bytes(text: str) -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.drawString(72, 720, text)
    sheet.save()
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["paper", "practice", "methodology", "project"])
def test_every_kind_is_indexed_with_its_facets(es, make_item, taxonomy, kind):
    extra = {"organisations": [taxonomy["organisation"]]} if kind != "paper" else {}
    if kind in ("paper", "methodology"):
        extra["authors"] = [taxonomy["person"]]
    page = make_item(
        kind,
        title=f"Mentoring pupils at risk ({kind})",
        language="ru",
        topics=[taxonomy["topic"]],
        regions=[taxonomy["region"]],
        keywords=["наставничество"],
        **extra,
    )
    doc = source(es, page)
    assert doc["kind"] == kind
    assert doc["language"] == "ru"
    assert doc["year"] == 2025
    assert doc["topics"] == ["prevention", "prevention/juvenile"]
    assert "Несовершеннолетние" in doc["topic_titles"] and "Prevention" in doc["topic_titles"]
    assert doc["regions"] == ["KZ-31"]
    assert doc["keywords"] == ["наставничество"]
    assert doc["translation_key"] == str(page.translation_key)
    if kind in ("paper", "methodology"):
        assert doc["authors"] == ["Ахметова Гульнар"]  # the name in the item's language
        assert doc["author_ids"] == [str(taxonomy["person"].pk)]
    if kind != "paper":
        assert doc["organisation_ids"] == [str(taxonomy["organisation"].pk)]
    if kind == "practice":
        assert (doc["evidence_rating"], doc["evidence_strength"]) == ("promising", "single_study")
    if kind == "project":
        assert doc["status"] == "pilot"
    assert page.pk in found_ids("Mentoring")


def test_draft_of_every_kind_stays_out(es, make_item):
    for kind in ("practice", "methodology", "project"):
        make_item(kind, title=f"Confidential {kind}", publish=False)
    assert found_ids("Confidential") == set()


def test_renaming_a_person_reaches_the_documents_that_show_them(es, make_item, taxonomy, committed):
    person = taxonomy["person"]
    paper = make_item("paper", title="Diagnostics", authors=[person], topics=[taxonomy["topic"]])
    method = make_item("methodology", title="Method", authors=[person])
    other = make_item("paper", title="Unrelated", topics=[taxonomy["topic"]], authors=[])
    person.name_en = "Akhmetova-Serikova, Gulnar"
    with committed():
        person.save()
    assert source(es, paper)["authors"] == ["Akhmetova-Serikova, Gulnar"]
    assert source(es, method)["authors"] == ["Akhmetova-Serikova, Gulnar"]
    assert source(es, other)["authors"] == []


def test_retitling_a_topic_reaches_pages_of_its_subtopics(es, make_item, taxonomy, committed):
    page = make_item("practice", title="Clubs after school", topics=[taxonomy["topic"]])
    parent = taxonomy["topic"].parent
    parent.name_en = "Crime prevention"
    parent.slug = "crime-prevention"
    with committed():
        parent.save()
    doc = source(es, page)
    assert doc["topics"] == ["crime-prevention", "crime-prevention/juvenile"]
    assert "Crime prevention" in doc["topic_titles"]


def test_pdf_text_is_searchable(es, make_item, committed):
    document = PdfDocument(title="Stages")
    document.file.save("stages.pdf", ContentFile(pdf_bytes("Quarterly victimisation questionnaire")), save=False)
    document.save()
    assert "victimisation" in document.document_text
    paper = make_item("paper", title="With a PDF", pdf=document, topics=[])
    assert paper.pk in found_ids("questionnaire")
    assert "questionnaire" in source(es, paper)["document_text"]


def test_replacing_a_pdf_reindexes_the_page(es, make_item, committed):
    document = PdfDocument(title="Method")
    document.file.save("method.pdf", ContentFile(pdf_bytes("Hotspot patrol plan")), save=False)
    document.save()
    method = make_item("methodology", title="Patrol planning", document=document)
    assert method.pk in found_ids("Hotspot")
    with committed():
        document.file.save("method-v2.pdf", ContentFile(pdf_bytes("Lighting audit checklist")), save=False)
        document.save()
    assert method.pk in found_ids("checklist")
    assert method.pk not in found_ids("Hotspot")


def test_facet_keys_have_labels_in_the_readers_language(taxonomy):
    from portal.taxonomy.labels import facet_labels

    assert facet_labels("topics", ["prevention", "prevention/juvenile"], "ru") == {
        "prevention": "Профилактика",
        "prevention/juvenile": "Несовершеннолетние",
    }
    assert facet_labels("regions", ["KZ-31", "XX"], "kk") == {"KZ-31": "Жамбыл облысы", "XX": "XX"}
    person = taxonomy["person"]
    assert facet_labels("author_ids", [person.pk], "en") == {str(person.pk): "Akhmetova, Gulnar"}
    assert facet_labels("evidence_rating", ["harmful"], "ru") == {"harmful": "вредна"}
    assert facet_labels("kind", ["practice"], "kk") == {"practice": "Үздік тәжірибе шолуы"}


def test_renaming_an_organisation_reaches_papers_of_its_staff_and_projects(es, make_item, taxonomy, committed):
    academy, person = taxonomy["organisation"], taxonomy["person"]
    person.affiliation = academy
    person.save()
    paper = make_item("paper", title="Staff paper", authors=[person], topics=[])
    project = make_item("project", title="Academy project", organisations=[academy])
    assert source(es, paper)["organisation_ids"] == [str(academy.pk)]
    academy.name_en = "Academy of Law Enforcement Agencies"
    with committed():
        academy.save()
    assert source(es, paper)["organisations"] == ["Academy of Law Enforcement Agencies"]
    assert source(es, project)["organisations"] == ["Academy of Law Enforcement Agencies"]
