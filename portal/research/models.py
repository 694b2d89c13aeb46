from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from portal.publications.blocks import BodyBlock
from portal.publications.pages import ListingPage, PublicationPage

validate_doi = RegexValidator(
    r"^10\.\d{4,9}/\S+$",
    _("A DOI starts with “10.”, a registrant code of 4–9 digits, a slash and a suffix, e.g. 10.1234/zan.2024.17."),
    code="doi",
)


class ResearchPaperKeyword(TaggedItemBase):
    content_object = ParentalKey("research.ResearchPaper", on_delete=models.CASCADE, related_name="tagged_items")


class ResearchPaper(PublicationPage):
    """A published research paper: what academics deposit and practitioners cite."""

    kind = "paper"

    class Venue(models.TextChoices):
        JOURNAL = "journal", _("journal")
        CONFERENCE = "conference", _("conference")
        SERIES = "series", _("series")

    abstract = models.TextField(_("abstract"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("full text"))
    pdf = models.ForeignKey(
        "pdfs.PdfDocument", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="PDF"
    )
    keywords = ClusterTaggableManager(through=ResearchPaperKeyword, blank=True, verbose_name=_("keywords"))
    venue_type = models.CharField(_("venue type"), max_length=12, choices=Venue.choices, blank=True)
    venue = models.CharField(_("journal, conference or series"), max_length=255, blank=True)
    volume = models.CharField(_("volume"), max_length=20, blank=True)
    issue = models.CharField(_("issue"), max_length=20, blank=True)
    pages = models.CharField(_("pages"), max_length=20, blank=True)
    doi = models.CharField("DOI", max_length=255, blank=True, validators=[validate_doi])
    licence = models.CharField(_("licence"), max_length=100, blank=True, help_text=_("e.g. CC BY 4.0"))
    references = models.TextField(_("references"), blank=True, help_text=_("One reference per line."))

    content_panels = Page.content_panels + [
        FieldPanel("abstract"),
        InlinePanel("paper_authors", label=_("Authors"), heading=_("Authors, in citation order")),
        FieldPanel("body"),
        FieldPanel("pdf"),
        *PublicationPage.classification_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("venue_type"), FieldPanel("venue")]),
                FieldRowPanel([FieldPanel("volume"), FieldPanel("issue"), FieldPanel("pages")]),
                FieldRowPanel([FieldPanel("doi"), FieldPanel("licence")]),
            ],
            heading=_("Publication details"),
        ),
        FieldPanel("references"),
    ]
    parent_page_types = ["research.ResearchPaperIndexPage"]

    class Meta:
        verbose_name = _("research paper")
        verbose_name_plural = _("research papers")

    # What a list of papers shows besides the page itself (the home page, listings from the database).
    listing_prefetch = ("paper_authors__person",)
    people_links = "paper_authors"

    @property
    def author_list(self) -> list[str]:
        return [person.name_in(self.language) for person in self.people()]

    @property
    def authors(self) -> str:
        return "; ".join(self.author_list)

    def reference_list(self) -> list[str]:
        return [line.strip() for line in self.references.splitlines() if line.strip()]

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""


class PaperAuthor(Orderable):
    page = ParentalKey(ResearchPaper, on_delete=models.CASCADE, related_name="paper_authors")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="paper_links")

    panels = [FieldPanel("person")]


class ResearchPaperIndexPage(ListingPage):
    """The research papers, in every language, newest first."""

    subpage_types = ["research.ResearchPaper"]
    kind = ResearchPaper.kind

    class Meta:
        verbose_name = _("research paper listing")
