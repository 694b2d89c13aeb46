"""Shared vocabularies: topics (a hierarchy), regions and organisations.

Every label exists in Kazakh, Russian and English; pages and the index refer to
them by stable keys (topic path, region code, organisation id) so that renaming
a label never breaks a link or a facet.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class Trilingual(models.Model):
    """A name in each portal language; ``name`` picks the one of the active language."""

    name_kk = models.CharField(_("name (Kazakh)"), max_length=255)
    name_ru = models.CharField(_("name (Russian)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255)

    name_panels = [FieldRowPanel([FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")])]

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    def name_in(self, language: str | None) -> str:
        code = (language or "en")[:2]
        return getattr(self, f"name_{code}", "") or self.name_en

    @property
    def name(self) -> str:
        return self.name_in(translation.get_language())

    def all_names(self) -> list[str]:
        """Every distinct spelling, so a search in any language finds it."""
        return list(dict.fromkeys(n for n in (self.name_kk, self.name_ru, self.name_en) if n))


class Topic(Trilingual):
    """A subject heading; children narrow their parent ("prevention" → "prevention/juvenile")."""

    slug = models.SlugField(max_length=80, unique=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children", verbose_name=_("parent")
    )

    panels = Trilingual.name_panels + [FieldPanel("slug"), FieldPanel("parent")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def ancestors(self, inclusive: bool = True) -> list["Topic"]:
        """From the root down to this topic."""
        chain, node, seen = [], self if inclusive else self.parent, set()
        while node is not None and node.pk not in seen:
            seen.add(node.pk)
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    @property
    def path(self) -> str:
        return "/".join(t.slug for t in self.ancestors())

    def paths(self) -> list[str]:
        """This topic's path and the paths of its ancestors, the way the index facets them."""
        chain = self.ancestors()
        return ["/".join(t.slug for t in chain[: i + 1]) for i in range(len(chain))]

    @property
    def label(self) -> str:
        """The topic with its ancestors, e.g. "Crime prevention › Juvenile delinquency"."""
        return " › ".join(t.name for t in self.ancestors())

    def descendants(self) -> list["Topic"]:
        found, frontier = [self], [self]
        while frontier:
            frontier = list(Topic.objects.filter(parent__in=frontier).exclude(pk__in=[t.pk for t in found]))
            found.extend(frontier)
        return found

    def clean(self):
        if self.pk and self.parent and self.pk in {t.pk for t in self.parent.ancestors()}:
            raise ValidationError({"parent": _("A topic cannot be placed under itself or its own subtopic.")})


class Region(Trilingual):
    """A region or city of Kazakhstan, or a country, identified by a stable code."""

    class Kind(models.TextChoices):
        REGION = "region", _("region")
        CITY = "city", _("city of republican significance")
        COUNTRY = "country", _("country")

    code = models.SlugField(max_length=20, unique=True, help_text=_("Stable key, e.g. KZ-31 or DE."))
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.REGION)

    panels = Trilingual.name_panels + [FieldPanel("code"), FieldPanel("kind")]

    class Meta:
        ordering = ["kind", "name_en"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Organisation(Trilingual):
    """A body that does research or prevention work: an academy, a ministry, a police department."""

    acronym = models.CharField(max_length=30, blank=True)
    website = models.URLField(blank=True)
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("region"))

    panels = Trilingual.name_panels + [FieldPanel("acronym"), FieldPanel("website"), FieldPanel("region")]

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
