from django.db import models
from django.utils import translation
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class HomePage(Page):
    """The portal's front page: an introduction, a search box and the newest items of every kind."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = [
        "research.ResearchPaperIndexPage",
        "practices.PracticeIndexPage",
        "methodologies.MethodologyIndexPage",
        "projects.RegionalProjectIndexPage",
    ]

    def get_context(self, request, *args, **kwargs):
        from portal.home.pages import in_order, one_per_item
        from portal.methodologies.models import Methodology
        from portal.practices.models import PracticeReview
        from portal.projects.models import RegionalProject
        from portal.research.models import ResearchPaper

        context = super().get_context(request, *args, **kwargs)
        newest = {}
        for key, model in (
            ("papers", ResearchPaper),
            ("practices", PracticeReview),
            ("methodologies", Methodology),
            ("projects", RegionalProject),
        ):
            items = model.objects.live().public().order_by("-publication_date", "-pk")
            newest[key] = in_order(model, one_per_item(items, translation.get_language())[:4])
        context["newest"] = newest
        context["latest_papers"] = newest["papers"]
        return context
