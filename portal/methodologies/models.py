from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from portal.publications.blocks import IndicatorBlock, StageBlock
from portal.publications.pages import ListingPage, PublicationPage


class MethodologyKeyword(TaggedItemBase):
    content_object = ParentalKey("methodologies.Methodology", on_delete=models.CASCADE, related_name="tagged_items")


class Methodology(PublicationPage):
    """A method or algorithm: its purpose, ordered stages, indicators and the document itself."""

    kind = "methodology"

    purpose = models.TextField(_("purpose"))
    stages = StreamField([("stage", StageBlock())], verbose_name=_("stages, in order"))
    indicators = StreamField([("indicator", IndicatorBlock())], blank=True, verbose_name=_("indicators"))
    document = models.ForeignKey(
        "pdfs.PdfDocument",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("downloadable document"),
    )
    organisations = ParentalManyToManyField(
        "taxonomy.Organisation", blank=True, related_name="+", verbose_name=_("developed by")
    )
    keywords = ClusterTaggableManager(through=MethodologyKeyword, blank=True, verbose_name=_("keywords"))

    content_panels = Page.content_panels + [
        FieldPanel("purpose"),
        InlinePanel("methodology_authors", label=_("Authors")),
        FieldPanel("organisations"),
        FieldPanel("stages"),
        FieldPanel("indicators"),
        FieldPanel("document"),
        *PublicationPage.classification_panels,
    ]
    parent_page_types = ["methodologies.MethodologyIndexPage"]

    class Meta:
        verbose_name = _("methodology")
        verbose_name_plural = _("methodologies")

    people_links = "methodology_authors"


class MethodologyAuthor(Orderable):
    page = ParentalKey(Methodology, on_delete=models.CASCADE, related_name="methodology_authors")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="methodology_links")

    panels = [FieldPanel("person")]


class MethodologyIndexPage(ListingPage):
    subpage_types = ["methodologies.Methodology"]
    kind = Methodology.kind

    class Meta:
        verbose_name = _("methodology listing")
