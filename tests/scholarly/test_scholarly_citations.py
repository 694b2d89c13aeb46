"""Citation exports parse with real parsers and keep Cyrillic intact; the Cite box formats APA and GOST."""

import datetime
import json

import bibtexparser
import pytest
import rispy

from portal.scholarly import citations
from portal.scholarly.metadata import Author, Record


@pytest.fixture
def cyrillic_paper(es, make_paper):
    return make_paper(
        title="Криминологическая диагностика: {подход} & 100% охват_регионов",
        abstract="Преступность несовершеннолетних снижается.",
        authors="Иванова Мария; Байжанов Арман; Smith, Laura",
        language="ru",
        publication_date=datetime.date(2025, 1, 28),
    )


def test_bibtex_download_parses_with_names_in_order(client, cyrillic_paper):
    response = client.get(f"/cite/{cyrillic_paper.pk}.bibtex")
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="zertteushi{cyrillic_paper.pk}.bib"'
    library = bibtexparser.parse_string(response.content.decode("utf-8"))
    assert not library.failed_blocks
    (entry,) = library.entries
    assert entry.key == f"zertteushi{cyrillic_paper.pk}"
    assert entry["author"] == "Иванова, Мария and Байжанов, Арман and Smith, Laura"
    assert entry["title"] == r"Криминологическая диагностика: \{подход\} \& 100\% охват\_регионов"
    assert entry["year"] == "2025"
    assert entry["url"].endswith(cyrillic_paper.url)


def test_ris_download_parses(client, cyrillic_paper):
    response = client.get(f"/cite/{cyrillic_paper.pk}.ris")
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"].endswith('.ris"')
    (entry,) = rispy.loads(response.content.decode("utf-8"))
    assert entry["authors"] == ["Иванова, Мария", "Байжанов, Арман", "Smith, Laura"]
    assert entry["title"].startswith("Криминологическая диагностика")
    assert entry["year"] == "2025"
    assert entry["language"] == "ru"


def test_csl_json_download_parses(client, cyrillic_paper):
    response = client.get(f"/cite/{cyrillic_paper.pk}.csl")
    assert response["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    (item,) = json.loads(response.content.decode("utf-8"))
    assert item["author"][0] == {"family": "Иванова", "given": "Мария"}
    assert item["issued"] == {"date-parts": [[2025, 1, 28]]}
    assert item["title"] == cyrillic_paper.title


@pytest.mark.parametrize("url", ["/cite/999999.bibtex", "/cite/{pk}.docx"])
def test_unknown_item_or_format_is_404(client, cyrillic_paper, url):
    assert client.get(url.format(pk=cyrillic_paper.pk)).status_code == 404


def test_draft_cannot_be_cited(client, es, make_paper):
    draft = make_paper(title="Черновик", publish=False)
    assert client.get(f"/cite/{draft.pk}.bibtex").status_code == 404


def journal_record(**overrides) -> Record:
    fields = {
        "page_id": 7,
        "kind": "paper",
        "title": "Профилактика правонарушений среди подростков",
        "url": "https://portal.example/research/7/",
        "language": "ru",
        "issued": datetime.date(2024, 5, 1),
        "modified": None,
        "authors": [Author("Иванова", "Мария Петровна"), Author("Байжанов", "Арман")],
        "venue": "Вестник академии",
        "venue_type": "journal",
        "volume": "12",
        "issue": "3",
        "first_page": "45",
        "last_page": "60",
        "doi": "10.1234/va.2024.3.45",
    }
    return Record(**{**fields, **overrides})


def test_apa_reference():
    assert citations.apa(journal_record()) == (
        "Иванова, М. П., & Байжанов, А. (2024). Профилактика правонарушений среди подростков. "
        "Вестник академии, 12(3), 45–60. https://doi.org/10.1234/va.2024.3.45"
    )


def test_apa_reference_without_authors_leads_with_the_title():
    record = journal_record(authors=[], venue="", volume="", issue="", first_page="", last_page="", doi="")
    record.publisher = "Law Enforcement Academy"
    assert citations.apa(record) == (
        "Профилактика правонарушений среди подростков. (2024). Law Enforcement Academy. "
        "https://portal.example/research/7/"
    )


def test_gost_reference_in_russian_and_english():
    assert citations.gost(journal_record()) == (
        "Иванова М. П. Профилактика правонарушений среди подростков / М. П. Иванова, А. Байжанов "
        "// Вестник академии. – 2024. – Т. 12, № 3. – С. 45–60. – DOI: 10.1234/va.2024.3.45."
    )
    english = journal_record(
        language="en", title="Preventing youth crime", authors=[Author("Smith", "Laura")], venue="Crime Review"
    )
    assert citations.gost(english) == (
        "Smith L. Preventing youth crime / L. Smith // Crime Review. – 2024. – Vol. 12, no. 3. – P. 45–60. "
        "– DOI: 10.1234/va.2024.3.45."
    )


def test_cite_box_on_the_detail_page(client, cyrillic_paper):
    html = client.get(cyrillic_paper.url).content.decode()
    assert cyrillic_paper.url.startswith("/ru/")
    assert "ГОСТ Р 7.0.5-2008" in html
    assert "Иванова М. Криминологическая диагностика" in html
    assert f'href="/cite/{cyrillic_paper.pk}.ris"' in html


def test_search_results_export_with_query_and_filters(client, es, make_paper, settings):
    wanted = make_paper(title="Probation and recidivism", language="en", authors="Okafor, Daniel")
    make_paper(title="Рецидив и пробация", abstract="Recidivism in Russian courts.", language="ru")
    make_paper(title="Street lighting", abstract="Lamps.", language="en")
    html = client.get("/search/", {"q": "recidivism", "language": "en"}).content.decode()
    assert 'href="/search/export.ris?q=recidivism&amp;language=en"' in html
    response = client.get("/search/export.bibtex", {"q": "recidivism", "language": "en"})
    assert response["Content-Disposition"] == 'attachment; filename="zertteushi-search.bib"'
    entries = bibtexparser.parse_string(response.content.decode()).entries
    assert [e.key for e in entries] == [f"zertteushi{wanted.pk}"]
    everything = rispy.loads(client.get("/search/export.ris", {"q": "recidivism"}).content.decode())
    assert len(everything) == 2


def test_search_export_respects_its_limit_and_rejects_bad_input(client, es, make_paper, settings):
    for n in range(4):
        make_paper(title=f"Mentoring study {n}", abstract="Mentoring pupils.")
    settings.SCHOLARLY = {**settings.SCHOLARLY, "EXPORT_LIMIT": 3}
    assert len(json.loads(client.get("/search/export.csl", {"q": "mentoring"}).content)) == 3
    bad = client.get("/search/export.csl", {"q": "mentoring", "kind": "nonsense"})
    assert bad.status_code == 400 and bad.content
    assert client.get("/search/export.pdf", {"q": "mentoring"}, follow=True).status_code == 404
