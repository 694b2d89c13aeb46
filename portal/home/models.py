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
        from portal.publications import kinds
        from portal.publications.pages import in_order, one_per_item

        context = super().get_context(request, *args, **kwargs)
        language = translation.get_language()
        newest = {}
        for kind in kinds.KINDS:
            model = kind.page_model
            items = model.objects.visible().order_by("-publication_date", "-pk")
            newest[kind.code] = in_order(model, one_per_item(items, language)[:4])
        context["newest"] = newest
        # The research papers lead the page; the other kinds follow in the registry's order.
        context["sections"] = [(kind, newest[kind.code]) for kind in kinds.KINDS if kind.code != "paper"]
        return context
