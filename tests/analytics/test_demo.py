"""The demo: the five named projects and the others get plausible series, marked as demonstration data."""

from io import StringIO

from django.core.management import call_command

from portal.analytics.models import Indicator
from portal.projects.models import RegionalProject

NAMED = {"Adal bala": "adal-bala-project", "Қауіпсіз Тараз": "safe-taraz", "Sim box": "sim-box-project",
         "Carbon": "carbon-project", "Color Route": "color-route"}  # fmt: skip


def test_demo_projects_get_series_once_and_say_they_are_demonstration_data(db, client):
    call_command("load_demo", stdout=StringIO(), stderr=StringIO())
    counts = (Indicator.objects.count(), RegionalProject.objects.count())
    for name, slug in NAMED.items():
        pages = RegionalProject.objects.filter(slug=slug)
        assert any(name in p.title for p in pages), name
    for slug in ("carbon-project", "color-route"):  # added by the analytics demo, in every language
        assert set(RegionalProject.objects.filter(slug=slug).values_list("locale__language_code", flat=True)) == {
            "kk", "ru", "en",
        }  # fmt: skip
    keys = set(RegionalProject.objects.values_list("translation_key", flat=True))
    with_data = set(Indicator.objects.values_list("project__translation_key", flat=True))
    assert keys == with_data  # every demo project, not only the named ones
    for indicator in Indicator.objects.prefetch_related("values"):
        values = [v for _p, v in indicator.series()]
        low, high = (24, 60) if indicator.frequency == "monthly" else (8, 20)
        assert low <= len(values) <= high and indicator.is_demo
        span = abs(indicator.target - indicator.baseline)
        assert all(abs(v - indicator.baseline) < 3 * span for v in values)  # plausible: near the planned range
    html = client.get(RegionalProject.objects.get(slug="carbon-project", locale__language_code="ru").url).content
    assert "Демонстрационные данные".encode() in html and b"<svg" in html

    out = StringIO()
    call_command("load_demo", stdout=out, stderr=StringIO())
    assert "nothing changed" in out.getvalue()
    assert (Indicator.objects.count(), RegionalProject.objects.count()) == counts
