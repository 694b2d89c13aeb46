"""Move the KPI blocks of regional projects into indicators with one measured value each.

Translations of a project share their indicators: the n-th KPI block of each
language version becomes one indicator with the names of every version. The
achieved value becomes the value of the month the page was first published (or
its publication date), with a note saying where it came from.
"""

import datetime

from django.db import migrations
from django.utils.text import slugify


def _number(value):
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def forwards(apps, schema_editor):
    RegionalProject = apps.get_model("projects", "RegionalProject")
    Indicator = apps.get_model("analytics", "Indicator")
    IndicatorValue = apps.get_model("analytics", "IndicatorValue")
    groups = {}
    for page in RegionalProject.objects.select_related("locale").order_by("pk"):
        groups.setdefault(page.translation_key, []).append(page)
    for pages in groups.values():
        owner = pages[0]
        blocks = {}
        for page in pages:
            raw = list(page.kpis.raw_data) if page.kpis else []
            blocks[page.locale.language_code] = [b["value"] for b in raw if b.get("type") == "kpi"]
        first = blocks.get("en") or blocks[owner.locale.language_code] or next(iter(blocks.values()), [])
        used = set()
        for position, block in enumerate(first):
            names = {
                code: (blocks[code][position].get("name") or "") if len(blocks.get(code, [])) > position else ""
                for code in ("kk", "ru", "en")
            }
            fallback = block.get("name") or f"KPI {position + 1}"
            code = slugify(names["en"] or fallback)[:70] or f"kpi-{position + 1}"
            while code in used:
                code += "-x"
            used.add(code)
            if Indicator.objects.filter(project=owner, code=code).exists():
                continue
            start = owner.start_date
            indicator = Indicator.objects.create(
                project=owner,
                code=code,
                name_kk=names["kk"] or fallback,
                name_ru=names["ru"] or fallback,
                name_en=names["en"] or fallback,
                unit=block.get("unit") or "",
                baseline=_number(block.get("baseline")),
                baseline_date=start,
                target=_number(block.get("target")),
                target_date=owner.end_date,
                sort_order=position,
            )
            achieved = _number(block.get("achieved"))
            if achieved is not None:
                when = owner.first_published_at.date() if owner.first_published_at else owner.publication_date
                IndicatorValue.objects.create(
                    indicator=indicator,
                    period=datetime.date(when.year, when.month, 1),
                    value=achieved,
                    note="achieved value from the former KPI block",
                )


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0001_initial"),
        ("projects", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
