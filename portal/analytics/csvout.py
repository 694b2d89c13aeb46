"""CSV downloads: the same rows as the pages' tables and the API's JSON."""

import csv
import io

from django.http import HttpResponse


def _safe(value):
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(value):
        return "'" + value
    return "" if value is None else value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def response(filename: str, header: list[str], rows: list[list]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[_safe(v) for v in row] for row in rows])
    reply = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    reply["Content-Disposition"] = f'attachment; filename="{filename}"'
    return reply


def kpi_rows(kpi_list) -> tuple[list[str], list[list]]:
    header = ["indicator_id", "project_id", "code", "name", "unit", "period", "kind", "value",
              "lo80", "hi80", "lo95", "hi95", "baseline", "target", "target_date", "method", "mase", "status",
              "demonstration_data"]  # fmt: skip
    rows = []
    for kpi in kpi_list:
        ind = kpi.indicator
        common = [ind.baseline, ind.target, ind.target_date, kpi.method, kpi.mase, kpi.status, ind.is_demo]
        for period, value in kpi.series:
            rows.append([ind.pk, ind.project_id, ind.code, ind.name, ind.unit, period, "measured", value,
                         None, None, None, None, *common])  # fmt: skip
        for f in kpi.forecast:
            rows.append([ind.pk, ind.project_id, ind.code, ind.name, ind.unit, f["period"], "forecast", f["mean"],
                         f["lo80"], f["hi80"], f["lo95"], f["hi95"], *common])  # fmt: skip
    return header, rows
