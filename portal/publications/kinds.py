"""The kinds of publication: the one place that says what each kind is called and how it is exported.

Templates, search facets, feeds, OAI-PMH sets and records, citation files and
structured data all read this registry, so a kind has one name per language
everywhere. Each content model names its kind by code (``kind = "paper"``);
the listing order is the order below.
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils import translation


@dataclass(frozen=True)
class CitationTypes:
    """Entry types in BibTeX, RIS and CSL-JSON when nothing more specific (a paper's venue) says otherwise."""

    bibtex: str
    ris: str
    csl: str


@dataclass(frozen=True)
class Kind:
    code: str
    model: str  # "app_label.ModelName"
    label: dict[str, str]  # one item, per language
    plural: dict[str, str]  # the section heading, per language
    citation: CitationTypes
    oai_type: str  # Dublin Core dc:type (info:eu-repo semantics)
    schema_type: str  # schema.org @type

    @property
    def oai_set(self) -> str:
        return f"kind:{self.code}"

    @property
    def page_model(self):
        return apps.get_model(self.model)

    def label_in(self, language: str | None = None) -> str:
        return _in(self.label, language)

    def plural_in(self, language: str | None = None) -> str:
        return _in(self.plural, language)


def _in(names: dict[str, str], language: str | None) -> str:
    language = (language or translation.get_language() or "en")[:2]
    return names.get(language) or names["en"]


KINDS: tuple[Kind, ...] = (
    Kind(
        code="paper",
        model="research.ResearchPaper",
        label={"kk": "Ғылыми мақала", "ru": "Научная статья", "en": "Research paper"},
        plural={"kk": "Ғылыми мақалалар", "ru": "Научные статьи", "en": "Research papers"},
        citation=CitationTypes(bibtex="misc", ris="GEN", csl="article"),
        oai_type="info:eu-repo/semantics/article",
        schema_type="ScholarlyArticle",
    ),
    Kind(
        code="practice",
        model="practices.PracticeReview",
        label={"kk": "Үздік тәжірибе шолуы", "ru": "Обзор лучшей практики", "en": "Best-practice review"},
        plural={"kk": "Үздік тәжірибелер шолулары", "ru": "Обзоры лучших практик", "en": "Best-practice reviews"},
        citation=CitationTypes(bibtex="report", ris="RPRT", csl="report"),
        oai_type="info:eu-repo/semantics/review",
        schema_type="Article",
    ),
    Kind(
        code="methodology",
        model="methodologies.Methodology",
        label={"kk": "Әдістеме", "ru": "Методика", "en": "Methodology"},
        plural={"kk": "Әдістемелер", "ru": "Методики", "en": "Methodologies"},
        citation=CitationTypes(bibtex="manual", ris="RPRT", csl="report"),
        oai_type="info:eu-repo/semantics/other",
        schema_type="HowTo",
    ),
    Kind(
        code="project",
        model="projects.RegionalProject",
        label={
            "kk": "Өңірлік алдын алу жобасы",
            "ru": "Региональный проект профилактики",
            "en": "Regional prevention project",
        },
        plural={
            "kk": "Өңірлік алдын алу жобалары",
            "ru": "Региональные проекты профилактики",
            "en": "Regional prevention projects",
        },
        citation=CitationTypes(bibtex="misc", ris="GEN", csl="document"),
        oai_type="info:eu-repo/semantics/report",
        schema_type="ResearchProject",
    ),
)
BY_CODE = {kind.code: kind for kind in KINDS}


def get(code: str) -> Kind:
    return BY_CODE[code]


def publication_models() -> list:
    """The content page models, in listing order."""
    return [kind.page_model for kind in KINDS]
