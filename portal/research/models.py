from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

CONTENT_LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]


class ResearchPaperIndexPage(Page):
    """Lists the research papers beneath it, newest first."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["research.ResearchPaper"]
    page_size = 20

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        papers = ResearchPaper.objects.child_of(self).live().public().order_by("-publication_date", "-pk")
        context["papers"] = Paginator(papers, self.page_size).get_page(request.GET.get("page"))
        return context


class ResearchPaper(Page):
    """A published research paper: what academics deposit and practitioners cite."""

    abstract = models.TextField()
    authors = models.CharField(max_length=500, help_text="Authors in citation order, separated by semicolons.")
    publication_date = models.DateField()
    language = models.CharField(max_length=2, choices=CONTENT_LANGUAGES)

    content_panels = Page.content_panels + [
        FieldPanel("abstract"),
        FieldPanel("authors"),
        FieldPanel("publication_date"),
        FieldPanel("language"),
    ]
    parent_page_types = ["research.ResearchPaperIndexPage"]
    subpage_types = []

    @property
    def author_list(self):
        return [name.strip() for name in self.authors.split(";") if name.strip()]
