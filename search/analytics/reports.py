"""The admin report of what people search for: top queries and queries that found nothing."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Max
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from search.analytics.log import SearchEvent

DEFAULT_DAYS = 30
ROWS = 50


class PeriodForm(forms.Form):
    start = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("The start of the period must not be after its end.")
        return data


def default_period() -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()
    return today - datetime.timedelta(days=DEFAULT_DAYS - 1), today


def top_queries(start: datetime.date, end: datetime.date, zero_results: bool = False):
    events = SearchEvent.objects.filter(created_at__date__gte=start, created_at__date__lte=end).exclude(query="")
    if zero_results:
        events = events.filter(result_count=0)
    return (
        events.values("query")
        .annotate(searches=Count("id"), average_results=Avg("result_count"), last=Max("created_at"))
        .order_by("-searches", "query")[:ROWS]
    )


class SearchTermsReport(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/search_terms.html"
    page_title = "Search terms"
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("search.view_searchevent"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        start, end = default_period()
        form = PeriodForm(self.request.GET or {"start": start, "end": end})
        if form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        events = SearchEvent.objects.filter(created_at__date__gte=start, created_at__date__lte=end)
        context.update(
            form=form,
            start=start,
            end=end,
            total=events.count(),
            average_ms=events.aggregate(ms=Avg("took_ms"))["ms"],
            top=top_queries(start, end),
            zero=top_queries(start, end, zero_results=True),
        )
        return context
