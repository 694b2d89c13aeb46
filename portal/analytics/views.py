"""The regional dashboard, region pages, the evidence gap map, CSV downloads and the admin CSV upload."""

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.practices.models import PracticeReview
from portal.projects.models import RegionalProject
from portal.publications.pages import in_order, one_per_item
from portal.publications.visibility import visible_pages
from portal.research.models import ResearchPaper
from portal.taxonomy.models import Region, Topic

from . import charts, csvout, dashboard, importing, items, kpis
from .models import Indicator
from .tilemap import tile_map

MEASURE_LABELS = {
    "projects": gettext_lazy("regional projects"),
    "practices": gettext_lazy("best-practice reviews"),
    "on_track": gettext_lazy("share of indicators on track, %"),
}


def _bad(request, error):
    context = {"message": error.message, "parameter": error.parameter}
    return render(request, "analytics/bad_request.html", context, status=400)


def index(request):
    try:
        filters = dashboard.clean_filters(request.GET)
    except dashboard.BadFilter as error:
        return _bad(request, error)
    language = translation.get_language()
    rows = dashboard.regions(filters["topic"], filters["year"])
    measure = filters["measure"]
    tiles = []
    for row in rows:
        value = row[measure]
        region = row["region"]
        tiles.append(
            {
                "code": region.code,
                "name": region.name,
                "value": value,
                "text": "—" if value is None else (f"{value}%" if measure == "on_track" else str(value)),
                "url": reverse("analytics:region", args=[region.code]),
            }
        )
    label = str(MEASURE_LABELS[measure])
    svg = tile_map(
        _("Regions of Kazakhstan: %(measure)s") % {"measure": label},
        _("A tile per region and city of republican significance; each tile shows its value and links to its page."),
        tiles,
    )
    shared = dashboard.shared_indicators(language)
    for group in shared:
        group["chart"] = charts.comparison_chart(f"{group['name']} ({group['unit']})", group["lines"])
    context = {
        "rows": rows,
        "map": svg,
        "measure": measure,
        "measure_label": label,
        "measures": MEASURE_LABELS,
        "topics": sorted(Topic.objects.all(), key=lambda t: t.path),
        "topic": filters["topic"],
        "year": filters["year"],
        "years": list(range(2015, 2031)),
        "ready": dashboard.ready_to_scale(language),
        "ready_ratings": dashboard.READY_RATINGS,
        "shared": shared,
        "most_read": items.most_read(limit=5, language=None),
    }
    return render(request, "analytics/dashboard.html", context)


def region(request, code):
    region = get_object_or_404(Region, code=code, kind__in=[Region.Kind.REGION, Region.Kind.CITY])
    language = translation.get_language()

    def listed(model):
        pages = (
            dashboard.projects(region=region) if model is RegionalProject else dashboard.published(model, region=region)
        )
        return in_order(model, one_per_item(pages.order_by("-publication_date", "-pk"), language))

    project_pages = dashboard.projects(region=region)
    kpi_list = dashboard.kpis_for(project_pages)
    statuses = [k.status for k in kpi_list if k.status]
    shared = dashboard.shared_indicators(language, region=region)
    for group in shared:
        group["chart"] = charts.comparison_chart(f"{group['name']} ({group['unit']})", group["lines"])
    context = {
        "region": region,
        "projects": listed(RegionalProject),
        "practices": listed(PracticeReview),
        "papers": listed(ResearchPaper),
        "statuses": {s: statuses.count(s) for s in kpis.STATUS_LABELS},
        "status_labels": kpis.STATUS_LABELS,
        "shared": shared,
    }
    return render(request, "analytics/region.html", context)


def evidence(request):
    data = dashboard.gap_map()
    for row in data["rows"]:
        for cell in row["cells"]:
            query = urlencode({"kind": "practice", "topic": row["path"], "rating": cell["rating"]})
            cell["url"] = f"{reverse('search')}?{query}"
    labels = dict(PracticeReview.Rating.choices)
    context = {**data, "rating_labels": [labels[r] for r in data["ratings"]]}
    return render(request, "analytics/evidence.html", context)


def indicator_csv(request, pk):
    indicator = get_object_or_404(Indicator.objects.select_related("project"), pk=pk)
    visible = visible_pages(RegionalProject.objects.filter(translation_key=indicator.project.translation_key))
    if not visible.exists():
        raise Http404
    header, rows = csvout.kpi_rows([kpis.build(indicator)])
    return csvout.response(f"indicator-{indicator.code}.csv", header, rows)


@staff_member_required(login_url="wagtailadmin_login")
def upload(request):
    """Admin: upload a CSV of indicator values; every bad row is listed and nothing is imported."""
    errors, done = [], None
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            errors = [importing.RowError(0, "-", _("Choose a CSV file."))]
        elif upload.size > importing.MAX_BYTES:
            errors = [importing.RowError(0, "-", _("The file is larger than 5 MB."))]
        else:
            try:
                done = importing.import_csv(upload.read())
            except importing.ImportFailed as failure:
                errors = failure.errors
        if done:
            messages.success(request, _("Imported %(values)s values of %(indicators)s indicators.") % done)
            return redirect("analytics_upload")
    status = 400 if errors else 200
    context = {"errors": errors, "columns": importing.COLUMNS}
    return render(request, "analytics/admin_upload.html", context, status=status)
