"""Indicators as data: a project's indicators, their measured series, stored forecasts and usage counts.

An indicator belongs to one project item (all language versions of the page
share it through the translation key), so a series is entered once, not three
times. Forecasts are computed by a task when the values change and stored here;
pages only read them. Usage counts follow the COUNTER rules (see usage.py) and
keep no IP address or cookie: only a hash salted with a random value that is
thrown away after the day.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


class Indicator(ClusterableModel):
    """What a project measures, which way is better, where it starts and where it should get."""

    class Direction(models.TextChoices):
        HIGHER = "higher", _("higher is better")
        LOWER = "lower", _("lower is better")

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", _("monthly")
        QUARTERLY = "quarterly", _("quarterly")

    project = models.ForeignKey(
        "projects.RegionalProject", on_delete=models.CASCADE, related_name="indicators", verbose_name=_("project")
    )
    code = models.SlugField(
        _("code"),
        max_length=80,
        help_text=_("Projects that measure the same thing use the same code, so they can be compared."),
    )
    name_kk = models.CharField(_("name (Kazakh)"), max_length=255)
    name_ru = models.CharField(_("name (Russian)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices, default=Direction.HIGHER)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.MONTHLY)
    baseline = models.FloatField(_("baseline"), null=True, blank=True)
    baseline_date = models.DateField(_("baseline date"), null=True, blank=True)
    target = models.FloatField(_("target"), null=True, blank=True)
    target_date = models.DateField(_("target date"), null=True, blank=True)
    definition = models.TextField(_("definition"), blank=True)
    source = models.CharField(_("data source"), max_length=255, blank=True)
    is_demo = models.BooleanField(_("demonstration data"), default=False)
    sort_order = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        FieldPanel("project"),
        FieldRowPanel([FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")]),
        FieldRowPanel([FieldPanel("code"), FieldPanel("unit"), FieldPanel("direction"), FieldPanel("frequency")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("baseline"), FieldPanel("baseline_date")]),
                FieldRowPanel([FieldPanel("target"), FieldPanel("target_date")]),
            ],
            heading=_("Baseline and target"),
        ),
        FieldPanel("definition"),
        FieldPanel("source"),
        FieldPanel("is_demo"),
        InlinePanel("values", heading=_("Measured values"), label=_("value")),
    ]

    class Meta:
        ordering = ["project_id", "sort_order", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [models.UniqueConstraint(fields=["project", "code"], name="analytics_indicator_code_once")]

    def __str__(self):
        return f"{self.name} ({self.project.title})" if self.project_id else self.name

    def name_in(self, language: str | None) -> str:
        return getattr(self, f"name_{(language or 'en')[:2]}", "") or self.name_en

    @property
    def name(self) -> str:
        return self.name_in(translation.get_language())

    @property
    def better(self) -> int:
        """+1 when a higher value is better, -1 when lower is."""
        return 1 if self.direction == self.Direction.HIGHER else -1

    def series(self) -> list[tuple]:
        """(period, value) in time order."""
        return [(v.period, v.value) for v in sorted(self.values.all(), key=lambda v: v.period)]


class IndicatorValue(Orderable):
    """One measurement: the value for the period that starts on ``period`` (first day of a month or quarter)."""

    indicator = ParentalKey(Indicator, on_delete=models.CASCADE, related_name="values")
    period = models.DateField(_("period"), help_text=_("First day of the month or quarter measured."))
    value = models.FloatField(_("value"))
    note = models.CharField(_("note"), max_length=255, blank=True)
    source = models.CharField(_("source"), max_length=255, blank=True)

    panels = [FieldRowPanel([FieldPanel("period"), FieldPanel("value")]), FieldPanel("note"), FieldPanel("source")]

    class Meta(Orderable.Meta):
        verbose_name = _("measured value")
        verbose_name_plural = _("measured values")
        constraints = [models.UniqueConstraint(fields=["indicator", "period"], name="analytics_value_period_once")]


class Forecast(models.Model):
    """The stored result of the forecasting job for one indicator (``forecasting.compute``)."""

    indicator = models.OneToOneField(Indicator, on_delete=models.CASCADE, related_name="forecast")
    computed_at = models.DateTimeField(auto_now=True)
    values_hash = models.CharField(max_length=64)
    method = models.CharField(max_length=40, blank=True)
    reason = models.CharField(max_length=40, blank=True, help_text="Why there is no forecast, when there is none.")
    mase = models.FloatField(null=True)
    status = models.CharField(max_length=12, blank=True)
    points = models.JSONField(default=list)  # [{"period", "mean", "lo80", "hi80", "lo95", "hi95"}]

    def __str__(self):
        return f"forecast of {self.indicator_id}: {self.method or self.reason}"


class DailySalt(models.Model):
    """A random salt for one day's visitor hashes; older salts are deleted so hashes cannot be linked."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    def __str__(self):
        return f"salt of {self.day}"


class UsageClick(models.Model):
    """A counted request, kept one day at most: it lets a repeat within 30 seconds be recognised."""

    fingerprint = models.CharField(max_length=64)
    page_id = models.IntegerField()
    action = models.CharField(max_length=10)
    at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["fingerprint", "page_id", "action", "at"])]

    def __str__(self):
        return f"{self.action} of page {self.page_id} at {self.at:%H:%M:%S}"


class UsageCount(models.Model):
    """COUNTER totals: views of an item page or downloads of its PDF, per item and day."""

    class Action(models.TextChoices):
        VIEW = "view", _("views")
        DOWNLOAD = "download", _("downloads")

    page_id = models.IntegerField()
    day = models.DateField()
    action = models.CharField(max_length=10, choices=Action.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page_id", "day", "action"], name="analytics_usage_once")]
        indexes = [models.Index(fields=["day", "action"])]

    def __str__(self):
        return f"{self.count} {self.action}s of page {self.page_id} on {self.day}"
