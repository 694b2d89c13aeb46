from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page

from portal.publications.pages import ListingPage, PublicationPage


class ProjectKeyword(TaggedItemBase):
    content_object = ParentalKey("projects.RegionalProject", on_delete=models.CASCADE, related_name="tagged_items")


class RegionalProject(PublicationPage):
    """A regional prevention project: where and when it runs, who is responsible, what it achieved."""

    kind = "project"

    class Status(models.TextChoices):
        PILOT = "pilot", _("pilot")
        SCALED = "scaled", _("scaled")
        CLOSED = "closed", _("closed")

    summary = models.TextField(_("summary"))
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    organisations = ParentalManyToManyField(
        "taxonomy.Organisation", blank=True, related_name="+", verbose_name=_("responsible bodies")
    )
    goals = models.TextField(_("goals"))
    results = models.TextField(_("results"), blank=True)
    related_practices = ParentalManyToManyField(
        "practices.PracticeReview", blank=True, related_name="+", verbose_name=_("related practices")
    )
    related_papers = ParentalManyToManyField(
        "research.ResearchPaper", blank=True, related_name="+", verbose_name=_("related papers")
    )
    keywords = ClusterTaggableManager(through=ProjectKeyword, blank=True, verbose_name=_("keywords"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("status")])],
            heading=_("Period and status"),
        ),
        FieldPanel("organisations"),
        FieldPanel("goals"),
        FieldPanel("results"),
        FieldPanel("related_practices"),
        FieldPanel("related_papers"),
        *PublicationPage.classification_panels,
    ]
    parent_page_types = ["projects.RegionalProjectIndexPage"]

    class Meta:
        verbose_name = _("regional prevention project")
        verbose_name_plural = _("regional prevention projects")

    @property
    def kpis(self) -> str:
        """The indicators (kept in portal.analytics, shared by every translation) as text for the search index."""
        from portal.analytics.kpis import indicators_of

        if self.pk is None:
            return ""
        return "; ".join(f"{i.name_in(self.locale.language_code)} {i.unit}".strip() for i in indicators_of(self))

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The project cannot end before it starts.")})


class RegionalProjectIndexPage(ListingPage):
    subpage_types = ["projects.RegionalProject"]
    kind = RegionalProject.kind

    class Meta:
        verbose_name = _("regional project listing")
