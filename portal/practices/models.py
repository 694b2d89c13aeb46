from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from portal.publications.pages import ListingPage, PublicationPage

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class PracticeKeyword(TaggedItemBase):
    content_object = ParentalKey("practices.PracticeReview", on_delete=models.CASCADE, related_name="tagged_items")


class PracticeReview(PublicationPage):
    """A best-practice review: what a practitioner needs to judge and copy a prevention programme."""

    kind = "practice"

    class Rating(models.TextChoices):
        EFFECTIVE = "effective", _("effective")
        PROMISING = "promising", _("promising")
        INCONCLUSIVE = "inconclusive", _("inconclusive")
        NO_EFFECT = "no_effect", _("no effect")
        HARMFUL = "harmful", _("harmful")

    class Strength(models.TextChoices):
        SINGLE_STUDY = "single_study", _("one study")
        SEVERAL_STUDIES = "several_studies", _("several studies")
        SYSTEMATIC_REVIEW = "systematic_review", _("systematic review or meta-analysis")

    summary = models.TextField(_("the practice in brief"))
    problem = models.TextField(_("problem addressed"))
    target_group = models.CharField(_("target group"), max_length=255)
    setting = models.CharField(_("setting"), max_length=255, help_text=_("e.g. schools, city streets, online"))
    mechanism = RichTextField(_("mechanism: why it works"), features=TEXT_FEATURES)
    implementation = RichTextField(_("implementation steps"), features=TEXT_FEATURES)
    costs = models.TextField(_("costs and resources"), blank=True)
    outcomes = models.TextField(_("outcomes"))
    evidence_rating = models.CharField(_("evidence rating"), max_length=15, choices=Rating.choices)
    evidence_strength = models.CharField(_("strength of evidence"), max_length=20, choices=Strength.choices)
    sources = models.TextField(_("sources"), blank=True, help_text=_("One source per line."))
    organisations = ParentalManyToManyField(
        "taxonomy.Organisation", blank=True, related_name="+", verbose_name=_("implementing bodies")
    )
    related_papers = ParentalManyToManyField(
        "research.ResearchPaper", blank=True, related_name="+", verbose_name=_("related papers")
    )
    keywords = ClusterTaggableManager(through=PracticeKeyword, blank=True, verbose_name=_("keywords"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("evidence_rating"), FieldPanel("evidence_strength")], heading=_("Evidence")),
        MultiFieldPanel(
            [FieldPanel("problem"), FieldPanel("target_group"), FieldPanel("setting"), FieldPanel("organisations")],
            heading=_("Context"),
        ),
        FieldPanel("mechanism"),
        FieldPanel("implementation"),
        FieldPanel("costs"),
        FieldPanel("outcomes"),
        FieldPanel("sources"),
        FieldPanel("related_papers"),
        *PublicationPage.classification_panels,
    ]
    parent_page_types = ["practices.PracticeIndexPage"]

    class Meta:
        verbose_name = _("best-practice review")
        verbose_name_plural = _("best-practice reviews")

    def source_list(self) -> list[str]:
        return [line.strip() for line in self.sources.splitlines() if line.strip()]


class PracticeIndexPage(ListingPage):
    subpage_types = ["practices.PracticeReview"]
    kind = PracticeReview.kind

    class Meta:
        verbose_name = _("best-practice listing")
