"""The admin report of what people search for: top queries and queries that found nothing."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Max
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
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
            raise forms.ValidationError(gettext("The start of the period must not be after its end."))
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


def with_actions(request, rows) -> list[dict]:
    """Each row with the actions other apps offer on a query (hook ``search_term_actions``).

    A hook is called as ``hook(request, query)`` and returns a list of ``{"label", "url"}``
    dicts (optionally ``"classname"``); search stays unaware of who offers them.
    """
    action_hooks = hooks.get_hooks("search_term_actions")
    return [{**row, "actions": [a for hook in action_hooks for a in hook(request, row["query"])]} for row in rows]


class SearchTermsReport(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/search_terms.html"
    page_title = gettext_lazy("Search terms")
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
            zero=with_actions(self.request, top_queries(start, end, zero_results=True)),
        )
        return context
