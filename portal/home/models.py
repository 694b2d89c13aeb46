from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class HomePage(Page):
    """The portal's front page: an introduction, a search box and the newest items."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["research.ResearchPaperIndexPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from portal.research.models import ResearchPaper

        context = super().get_context(request, *args, **kwargs)
        context["latest_papers"] = ResearchPaper.objects.live().public().order_by("-publication_date", "-pk")[:6]
        return context
