"""CSV import: good files land completely, a file with bad rows lands not at all and says what is wrong where."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from portal.analytics.models import Indicator, IndicatorValue

HEADER = "project,code,name_kk,name_ru,name_en,unit,direction,frequency,target,target_date,period,value,note\n"


@pytest.fixture
def project(es, make_item):
    return make_item("project", title="Safe Taraz", slug="safe-taraz")


def test_a_good_file_creates_indicators_and_values(project, tmp_path):
    path = tmp_path / "good.csv"
    path.write_text(
        HEADER
        + "safe-taraz,street-crimes,Көше қылмыстары,Уличные преступления,Street crimes,,lower,monthly,110,2026-12-01,"
        "2024-01,140,\n"
        + 'safe-taraz,street-crimes,,,,,,,,,2024-02,"137,5",estimate\n'
        + f"{project.pk},cameras,,,Cameras,,higher,quarterly,600,,2024-Q2,300,\n",
        encoding="utf-8",
    )
    call_command("import_indicators", str(path))
    crimes = Indicator.objects.get(code="street-crimes")
    assert (crimes.name_kk, crimes.direction, crimes.target, crimes.target_date) == (
        "Көше қылмыстары", "lower", 110, datetime.date(2026, 12, 1),
    )  # fmt: skip
    assert crimes.series() == [(datetime.date(2024, 1, 1), 140.0), (datetime.date(2024, 2, 1), 137.5)]
    cameras = Indicator.objects.get(code="cameras")
    assert cameras.series() == [(datetime.date(2024, 4, 1), 300.0)] and cameras.name_ru == "Cameras"
    # Importing again replaces the values of the same periods instead of duplicating them.
    call_command("import_indicators", str(path))
    assert IndicatorValue.objects.count() == 3


def test_bad_rows_are_each_reported_and_nothing_is_imported(project, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + "safe-taraz,street-crimes,,,Street crimes,,lower,monthly,110,,2024-01,140,\n"  # good
        + "safe-taraz,street-crimes,,,,,,,,,2024-13,139,\n"  # row 3: no month 13
        + "no-such-project,x,,,X,,,,,,2024-01,1,\n"  # row 4
        + "safe-taraz,street-crimes,,,,,sideways,,,,2024-03,abc,\n"  # row 5: two errors
        + "safe-taraz,new-one,,,,,,,,,2024-01,5,\n",  # a new indicator without an English name
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_indicators", str(path))
    errors = capsys.readouterr().err
    assert "Row 3, column period" in errors
    assert "Row 4, column project" in errors
    assert "Row 5, column direction" in errors and "Row 5, column value" in errors
    assert "Row 6, column name_en: New indicator new-one needs an English name." in errors
    assert not Indicator.objects.exists() and not IndicatorValue.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00bad", "not UTF-8"),
        (b"code,period,value\nx,2024-01,1\n", "column project: This column is missing"),
        (b"project,code,period,value,colour\n", "column colour: Unknown column"),
    ],
)
def test_unreadable_files_get_a_clear_message(project, tmp_path, capsys, content, message):
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(CommandError):
        call_command("import_indicators", str(path))
    assert message in capsys.readouterr().err


def test_the_admin_upload_lists_the_errors_and_imports_nothing(project, admin_client):
    bad = SimpleUploadedFile("v.csv", (HEADER + "safe-taraz,c,,,C,,,,,,2024-01,x\n").encode(), "text/csv")
    response = admin_client.post("/admin/analytics/import/", {"file": bad})
    assert response.status_code == 400
    assert "Row 2, column value: Not a number." in response.content.decode()
    assert not Indicator.objects.exists()
    good = SimpleUploadedFile("v.csv", (HEADER + "safe-taraz,c,,,C,,,,,,2024-01,7\n").encode(), "text/csv")
    response = admin_client.post("/admin/analytics/import/", {"file": good}, follow=True)
    assert response.status_code == 200 and "Imported 1 values of 1 indicators" in response.content.decode()
    assert Indicator.objects.get(code="c").series() == [(datetime.date(2024, 1, 1), 7.0)]


def test_the_upload_needs_an_editor(project, client):
    response = client.get("/admin/analytics/import/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editors_edit_indicators_with_their_values_inline(project, admin_client, make_indicator):
    indicator = make_indicator(project, values=[5, 6])
    html = admin_client.get(f"/admin/snippets/analytics/indicator/edit/{indicator.pk}/").content.decode()
    assert "Measured values" in html and 'name="values-TOTAL_FORMS" value="2"' in html
    assert admin_client.get(f"/admin/pages/{project.pk}/edit/").status_code == 200
