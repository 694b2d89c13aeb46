from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm
from wagtail.models import Page, Site

from portal.home.demo_content import PAPERS
from portal.home.models import HomePage
from portal.research.models import ResearchPaper, ResearchPaperIndexPage


class Command(BaseCommand):
    help = "Create the demo content; items that already exist are left as they are."

    @transaction.atomic
    def handle(self, **options):
        home = self.home_page()
        papers_index = self.child(
            home,
            ResearchPaperIndexPage,
            slug="research",
            title="Research papers",
            intro="Peer-reviewed research of the academy and its partners, in Kazakh, Russian and English.",
        )
        created = 0
        for item in tqdm(PAPERS, desc="Demo papers", unit="paper", disable=None):
            if ResearchPaper.objects.filter(slug=item["slug"]).exists():
                continue
            paper = ResearchPaper(
                slug=item["slug"],
                title=item["title"],
                abstract=item["abstract"],
                authors=item["authors"],
                publication_date=item["date"],
                language=item["language"],
            )
            papers_index.add_child(instance=paper)
            paper.save_revision().publish()
            created += 1
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {created} new papers, {len(PAPERS)} in all."))

    def home_page(self) -> HomePage:
        """The site's root page, replacing Wagtail's placeholder on a fresh database."""
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title="Zertteushi",
                slug="zertteushi",
                intro=(
                    "Research papers, best-practice reviews, methodologies and regional prevention "
                    "projects of the law-and-order academy — searchable in Kazakh, Russian and English."
                ),
            )
            root.add_child(instance=home)
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        elif site.root_page_id != home.pk:
            placeholder = site.root_page
            site.root_page = home
            site.save()
            if type(placeholder.specific) is Page and placeholder.depth == 2:
                placeholder.delete()
        return home

    def child(self, parent: Page, model, slug: str, **fields):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
