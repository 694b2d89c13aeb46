"""Create the demo site: taxonomy, people, the page tree in three languages and every demo item.

Everything is looked up before it is created (by slug, code, name or translation
key), so loading twice changes nothing and never overwrites an editor's edits.
"""

import uuid
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.utils.html import format_html_join
from tqdm import tqdm
from wagtail.models import Locale, Page, Site

from portal.home.editorial import ensure_editorial_setup
from portal.home.models import HomePage
from portal.methodologies.models import Methodology, MethodologyAuthor, MethodologyIndexPage
from portal.pdfs.models import PdfDocument
from portal.people.models import Person
from portal.practices.models import PracticeIndexPage, PracticeReview
from portal.projects.models import RegionalProject, RegionalProjectIndexPage
from portal.research.models import PaperAuthor, ResearchPaper, ResearchPaperIndexPage
from portal.taxonomy.models import Organisation, Region, Topic

from . import taxonomy
from .methodologies import METHODOLOGIES
from .papers import PAPER_DETAILS, PAPERS
from .pdfs import make_pdf
from .practices import PRACTICES
from .projects import PROJECTS

KEY_NAMESPACE = uuid.UUID("6f1c2a5e-3b7d-4e0a-9c1f-5a2b8d7e4c30")
LANGUAGES = ("en", "ru", "kk")

HOME = {
    "en": (
        "Zertteushi",
        "Research papers, best-practice reviews, methodologies and regional prevention projects "
        "of the law-and-order academy — searchable in Kazakh, Russian and English.",
    ),
    "ru": (
        "Zertteushi",
        "Научные статьи, обзоры лучших практик, методики и региональные проекты профилактики "
        "академии правоохранительных органов — поиск на казахском, русском и английском языках.",
    ),
    "kk": (
        "Zertteushi",
        "Құқық қорғау академиясының ғылыми мақалалары, үздік тәжірибелер шолулары, әдістемелері "
        "мен өңірлік алдын алу жобалары — қазақ, орыс және ағылшын тілдерінде іздеу.",
    ),
}
SECTIONS = [
    (
        ResearchPaperIndexPage,
        "research",
        {
            "en": (
                "Research papers",
                "Peer-reviewed research of the academy and its partners, in Kazakh, Russian and English.",
            ),
            "ru": (
                "Научные статьи",
                "Рецензируемые исследования академии и её партнёров на казахском, русском и английском.",
            ),
            "kk": ("Ғылыми мақалалар", "Академия мен оның серіктестерінің рецензияланған зерттеулері."),
        },
    ),
    (
        PracticeIndexPage,
        "practices",
        {
            "en": (
                "Best practices",
                "What works in crime prevention: reviews of programmes with their evidence rating.",
            ),
            "ru": ("Лучшие практики", "Что работает в профилактике: обзоры программ с рейтингом доказательности."),
            "kk": ("Үздік тәжірибелер", "Алдын алуда не тиімді: бағдарламалар шолулары және дәлелділік рейтингі."),
        },
    ),
    (
        MethodologyIndexPage,
        "methodologies",
        {
            "en": ("Methodologies", "Methods and algorithms with their stages and indicators."),
            "ru": ("Методики", "Методики и алгоритмы: этапы и показатели."),
            "kk": ("Әдістемелер", "Әдістемелер мен алгоритмдер: кезеңдері мен көрсеткіштері."),
        },
    ),
    (
        RegionalProjectIndexPage,
        "projects",
        {
            "en": ("Regional projects", "Regional prevention projects: goals, KPIs, results and status."),
            "ru": ("Региональные проекты", "Региональные проекты профилактики: цели, KPI, результаты и статус."),
            "kk": ("Өңірлік жобалар", "Өңірлік алдын алу жобалары: мақсаттары, KPI, нәтижелері және мәртебесі."),
        },
    ),
]


@dataclass
class Report:
    created: dict = field(default_factory=dict)

    def add(self, what: str) -> None:
        self.created[what] = self.created.get(what, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.created.values())


def translation_key(key: str) -> uuid.UUID:
    return uuid.uuid5(KEY_NAMESPACE, key)


class DemoLoader:
    def __init__(self, progress: bool | None = None):
        self.report = Report()
        self.progress = progress

    def run(self) -> Report:
        ensure_editorial_setup()
        self.load_taxonomy()
        self.home = self.home_page()
        self.sections = {model: self.section(model, slug, texts) for model, slug, texts in SECTIONS}
        steps = (
            [(self.paper, item, item["language"]) for item in PAPERS]
            + [(self.practice, item, lang) for item in PRACTICES for lang in item["texts"]]
            + [(self.methodology, item, lang) for item in METHODOLOGIES for lang in item["texts"]]
            + [(self.project, item, lang) for item in PROJECTS for lang in item["texts"]]
        )
        for make, item, language in tqdm(steps, desc="Demo items", unit="item", disable=self.progress is False):
            make(item, language)
        return self.report

    # Taxonomy and people

    def load_taxonomy(self) -> None:
        for slug, parent, kk, ru, en in taxonomy.TOPICS:
            _, created = Topic.objects.get_or_create(
                slug=slug,
                defaults={
                    "name_kk": kk,
                    "name_ru": ru,
                    "name_en": en,
                    "parent": Topic.objects.filter(slug=parent).first(),
                },
            )
            if created:
                self.report.add("topics")
        self.organisations = {}
        for key, acronym, region, kk, ru, en in taxonomy.ORGANISATIONS:
            org, created = Organisation.objects.get_or_create(
                name_en=en,
                defaults={"name_kk": kk, "name_ru": ru, "acronym": acronym, "region": Region.objects.get(code=region)},
            )
            self.organisations[key] = org
            if created:
                self.report.add("organisations")
        for kk, ru, en, orcid, org in taxonomy.PEOPLE:
            _, created = Person.objects.get_or_create(
                name_en=en,
                defaults={"name_kk": kk, "name_ru": ru, "orcid": orcid, "affiliation": self.organisations[org]},
            )
            if created:
                self.report.add("people")

    # The page tree

    def home_page(self) -> HomePage:
        """The site's root page, replacing Wagtail's placeholder on a fresh database."""
        home = HomePage.objects.filter(locale__language_code="en").first()
        if home is None:
            title, intro = HOME["en"]
            home = HomePage(title=title, slug="zertteushi", intro=intro, locale=Locale.objects.get(language_code="en"))
            Page.get_first_root_node().add_child(instance=home)
            home.save_revision().publish()
            self.report.add("pages")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        elif site.root_page_id != home.pk:
            placeholder = site.root_page
            site.root_page = home
            site.save()
            if type(placeholder.specific) is Page and placeholder.depth == 2:
                placeholder.delete()
        for language in LANGUAGES[1:]:
            self.translate(home, language, *HOME[language], "intro")
        return home

    def translate(self, page: Page, language: str, title: str, text: str, text_field: str) -> Page:
        locale = Locale.objects.get(language_code=language)
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        copy = page.copy_for_translation(locale).specific
        copy.title = title
        setattr(copy, text_field, text)
        copy.save_revision().publish()
        self.report.add("pages")
        return copy

    def section(self, model, slug: str, texts: dict) -> dict[str, Page]:
        page = model.objects.child_of(self.home).filter(slug=slug).first()
        if page is None:
            title, intro = texts["en"]
            page = model(title=title, slug=slug, intro=intro, show_in_menus=True)
            self.home.add_child(instance=page)
            page.save_revision().publish()
            self.report.add("pages")
        return {"en": page} | {lang: self.translate(page, lang, *texts[lang], "intro") for lang in LANGUAGES[1:]}

    def add_item(self, model, item_key: str, language: str, page) -> bool:
        """Publish ``page`` in ``language`` unless that translation of the item exists already."""
        key = translation_key(item_key)
        locale = Locale.objects.get(language_code=language)
        listing = self.sections[type(self).LISTINGS[model]][language]
        # A page of that slug there already (e.g. from an older demo) counts as present too.
        if model.objects.filter(translation_key=key, locale=locale).exists() or (
            listing.get_children().filter(slug=page.slug).exists()
        ):
            return False
        page.translation_key = key
        page.locale = locale
        listing.add_child(instance=page)
        page.save_revision().publish()
        self.report.add(model._meta.verbose_name_plural)
        return True

    LISTINGS = {
        ResearchPaper: ResearchPaperIndexPage,
        PracticeReview: PracticeIndexPage,
        Methodology: MethodologyIndexPage,
        RegionalProject: RegionalProjectIndexPage,
    }

    # Items

    def classify(self, page, item: dict, keywords: list[str]) -> None:
        page.topics = list(Topic.objects.filter(slug__in=item.get("topics", [])))
        page.regions = list(Region.objects.filter(code__in=item.get("regions", [])))
        page.keywords.add(*keywords)

    def pdf(self, title: str, paragraphs: list[str], language: str, filename: str) -> PdfDocument | None:
        document = PdfDocument.objects.filter(title=title).first()
        if document is None:
            data = make_pdf(escape(title), [escape(p) for p in paragraphs], language)
            if data is None:
                return None
            document = PdfDocument(title=title)
            document.file.save(filename, ContentFile(data), save=False)
            document.save()
            self.report.add("PDF documents")
        return document

    def paper(self, item: dict, language: str) -> None:
        details = PAPER_DETAILS.get(item["slug"], {})
        page = ResearchPaper(
            title=item["title"],
            slug=item["slug"],
            abstract=item["abstract"],
            publication_date=item["date"],
            venue_type="journal" if details.get("venue") else "",
            venue=details.get("venue", ""),
            volume=details.get("volume", ""),
            issue=details.get("issue", ""),
            pages=details.get("pages", ""),
            doi=details.get("doi", ""),
            licence="CC BY 4.0",
        )
        if ResearchPaper.objects.filter(
            translation_key=translation_key(item.get("translation_of", item["slug"])), locale__language_code=language
        ).exists():
            return
        page.paper_authors = [
            PaperAuthor(person=Person.for_name(name), sort_order=i) for i, name in enumerate(item["authors"].split(";"))
        ]
        self.classify(page, details, details.get("keywords", []))
        if details.get("pdf"):
            page.pdf = self.pdf(item["title"], [item["authors"], item["abstract"]], language, f"{item['slug']}.pdf")
        self.add_item(ResearchPaper, item.get("translation_of", item["slug"]), language, page)

    def practice(self, item: dict, language: str) -> None:
        text = item["texts"][language]
        page = PracticeReview(
            title=text["title"],
            slug=item["key"],
            publication_date=item["date"],
            summary=text["summary"],
            problem=text["problem"],
            target_group=text["target_group"],
            setting=text["setting"],
            mechanism=format_html_join("", "<p>{}</p>", [(text["mechanism"],)]),
            implementation="<ol>" + format_html_join("", "<li>{}</li>", [(s,) for s in text["steps"]]) + "</ol>",
            costs=text["costs"],
            outcomes=text["outcomes"],
            evidence_rating=item["rating"],
            evidence_strength=item["strength"],
            sources=text["sources"],
        )
        page.organisations = [self.organisations[key] for key in item["organisations"]]
        page.related_papers = self.related(ResearchPaper, item["papers"], language)
        self.classify(page, item, text["keywords"])
        self.add_item(PracticeReview, item["key"], language, page)

    def methodology(self, item: dict, language: str) -> None:
        text = item["texts"][language]
        stages = [
            ("stage", {"title": t, "description": d, "responsible": r, "duration": dur})
            for t, d, r, dur in text["stages"]
        ]
        indicators = [("indicator", {"name": n, "definition": d, "source": s}) for n, d, s in text["indicators"]]
        page = Methodology(
            title=text["title"],
            slug=item["key"],
            publication_date=item["date"],
            purpose=text["purpose"],
            stages=stages,
            indicators=indicators,
        )
        if Methodology.objects.filter(
            translation_key=translation_key(item["key"]), locale__language_code=language
        ).exists():
            return
        page.methodology_authors = [
            MethodologyAuthor(person=Person.for_name(name), sort_order=i) for i, name in enumerate(item["authors"])
        ]
        page.organisations = [self.organisations[key] for key in item["organisations"]]
        self.classify(page, item, text["keywords"])
        if item["pdf"]:
            paragraphs = [text["purpose"]] + [f"{i}. {t}: {d}" for i, (t, d, _, _) in enumerate(text["stages"], 1)]
            page.document = self.pdf(text["title"], paragraphs, language, f"{item['key']}-{language}.pdf")
        self.add_item(Methodology, item["key"], language, page)

    def project(self, item: dict, language: str) -> None:
        text = item["texts"][language]
        page = RegionalProject(
            title=text["title"],
            slug=item["key"],
            publication_date=item["date"],
            summary=text["summary"],
            start_date=item["start"],
            end_date=item["end"],
            status=item["status"],
            goals=text["goals"],
            results=text["results"],
        )
        page.organisations = [self.organisations[key] for key in item["organisations"]]
        page.related_practices = self.related(PracticeReview, [translation_key(k) for k in item["practices"]], language)
        page.related_papers = self.related(ResearchPaper, item["papers"], language)
        self.classify(page, item, text["keywords"])
        self.add_item(RegionalProject, item["key"], language, page)

    def related(self, model, keys: list, language: str) -> list:
        """Related items in the reader's language when translated, else in the language they exist in."""
        found = []
        for key in keys:
            if isinstance(key, str):
                key = translation_key(key)
            versions = list(model.objects.filter(translation_key=key).select_related("locale"))
            preferred = [v for v in versions if v.locale.language_code == language] or versions
            if preferred:
                found.append(preferred[0])
        return found
