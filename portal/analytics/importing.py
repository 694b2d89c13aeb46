"""Importing indicators and their values from CSV: every bad row reported, nothing half-imported.

One row per measured value; the indicator's own columns may be repeated on
every row or given only on its first. A file is checked completely before
anything is written, and written in one transaction, so a file with any bad
row changes nothing. Existing values of the same period are replaced.
"""

import csv
import datetime
import io
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from . import periods
from .models import Indicator, IndicatorValue
from .tasks import schedule

COLUMNS = [
    "project", "code", "name_kk", "name_ru", "name_en", "unit", "direction", "frequency",
    "baseline", "baseline_date", "target", "target_date", "definition", "source",
    "period", "value", "note", "value_source",
]  # fmt: skip
REQUIRED = ["project", "code", "period", "value"]
MAX_ROWS = 50_000
MAX_BYTES = 5 * 1024 * 1024


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        return _("Row %(row)s, column %(column)s: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


class ImportFailed(Exception):
    def __init__(self, errors: list[RowError]):
        super().__init__("; ".join(str(e) for e in errors[:5]))
        self.errors = errors


def canonical_project(slug_or_id: str):
    """The project item named by a page slug or id: its first page, which holds the indicators of all translations."""
    from portal.projects.models import RegionalProject

    pages = RegionalProject.objects.all()
    page = pages.filter(pk=int(slug_or_id)).first() if slug_or_id.isdigit() else pages.filter(slug=slug_or_id).first()
    if page is None:
        return None
    return pages.filter(translation_key=page.translation_key).order_by("pk").first()


def _number(text: str) -> float:
    value = float(text.replace("\u202f", "").replace(" ", "").replace(",", "."))
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError
    return value


def _date(text: str) -> datetime.date:
    text = text.strip().upper()
    if "Q" in text:  # 2024-Q2 or 2024Q2
        year, quarter = text.replace("-", "").split("Q")
        if not 1 <= int(quarter) <= 4:
            raise ValueError
        return datetime.date(int(year), (int(quarter) - 1) * 3 + 1, 1)
    if len(text) == 7:  # 2024-03: a month
        text += "-01"
    return datetime.date.fromisoformat(text)


def read(data: bytes) -> list[dict]:
    """Rows of the file as dicts, checked for encoding, size and header."""
    if len(data) > MAX_BYTES:
        raise ImportFailed([RowError(0, "-", _("The file is larger than 5 MB."))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed([RowError(0, "-", _("The file is not UTF-8 text."))]) from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFailed([RowError(1, c, _("This column is missing from the header.")) for c in missing])
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise ImportFailed([RowError(1, h, _("Unknown column.")) for h in unknown])
    reader.fieldnames = header
    rows = []
    for row in reader:
        rows.append({k: (v or "").strip() for k, v in row.items() if k is not None})
        if len(rows) > MAX_ROWS:
            raise ImportFailed([RowError(len(rows) + 1, "-", _("Too many rows: at most 50,000."))])
    return rows


def check(rows: list[dict]) -> tuple[dict, list[RowError]]:
    """Validate every row; returns the indicators to write (keyed by project and code) and the errors."""
    errors: list[RowError] = []
    plan: dict = {}
    projects: dict = {}
    for number, row in enumerate(rows, start=2):

        def fail(column, message, number=number):
            errors.append(RowError(number, column, message))

        for column in REQUIRED:
            if not row.get(column):
                fail(column, _("A value is required."))
        if any(not row.get(c) for c in REQUIRED):
            continue
        key = row["project"]
        if key not in projects:
            projects[key] = canonical_project(key)
        project = projects[key]
        if project is None:
            fail("project", _("No regional project has this slug or id."))
            continue
        entry = plan.setdefault(
            (project.pk, row["code"]), {"project": project, "fields": {}, "values": {}, "first_row": number}
        )
        fields = entry["fields"]
        for column in ("name_kk", "name_ru", "name_en", "unit", "definition", "source"):
            if row.get(column):
                fields[column] = row[column]
        for column, choices in (("direction", Indicator.Direction.values), ("frequency", Indicator.Frequency.values)):
            if row.get(column):
                if row[column] not in choices:
                    fail(column, _("Use one of: %(choices)s.") % {"choices": ", ".join(choices)})
                else:
                    fields[column] = row[column]
        for column in ("baseline", "target", "value"):
            if row.get(column):
                try:
                    parsed = _number(row[column])
                except ValueError:
                    fail(column, _("Not a number."))
                    continue
                if column == "value":
                    entry["pending_value"] = parsed
                else:
                    fields[column] = parsed
        for column in ("baseline_date", "target_date", "period"):
            if row.get(column):
                try:
                    parsed = _date(row[column])
                except ValueError:
                    fail(column, _("Not a date: use YYYY-MM-DD, YYYY-MM or YYYY-Q1 to YYYY-Q4."))
                    continue
                if column == "period":
                    entry["pending_period"] = parsed
                else:
                    fields[column] = parsed
        period, value = entry.pop("pending_period", None), entry.pop("pending_value", None)
        if period is not None and value is not None:
            frequency = fields.get("frequency", "monthly")
            period = periods.start_of(period, frequency)
            if period in entry["values"]:
                fail("period", _("This period is given twice for the same indicator."))
            entry["values"][period] = (value, row.get("note", ""), row.get("value_source", ""))
    for (project_pk, code), entry in plan.items():
        exists = Indicator.objects.filter(project_id=project_pk, code=code).exists()
        if not exists and not entry["fields"].get("name_en"):
            message = _("New indicator %(code)s needs an English name.") % {"code": code}
            errors.append(RowError(entry["first_row"], "name_en", message))
    return plan, errors


def import_csv(data: bytes) -> dict:
    """Import the file or raise ``ImportFailed`` with every error; returns what was written."""
    plan, errors = check(read(data))
    if errors:
        raise ImportFailed(errors)
    created = values = 0
    with transaction.atomic():
        for (_project_pk, code), entry in plan.items():
            entry.pop("first_row", None)
            indicator = Indicator.objects.filter(project=entry["project"], code=code).first()
            fields = entry["fields"]
            if indicator is None:
                name = fields["name_en"]
                fields.setdefault("name_kk", name)
                fields.setdefault("name_ru", name)
                indicator = Indicator.objects.create(project=entry["project"], code=code, **fields)
                created += 1
            elif fields:
                for name, value in fields.items():
                    setattr(indicator, name, value)
                indicator.save()
            for period, (value, note, source) in entry["values"].items():
                IndicatorValue.objects.update_or_create(
                    indicator=indicator, period=period, defaults={"value": value, "note": note, "source": source}
                )
                values += 1
            schedule(indicator.pk)
    return {"indicators": len(plan), "created": created, "values": values}
