"""The thesaurus of the field: concepts named in Kazakh, Russian and English.

A concept is what a reader means, whatever language or word they use for it:
"кәмелетке толмағандар", "несовершеннолетние" and "juveniles" are one concept.
Search uses the labels to tag documents and to widen queries across languages,
so labels must be unambiguous: no two concepts share a label in one language.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import RevisionMixin

LANGUAGES = ("kk", "ru", "en")


def normalise_label(label: str) -> str:
    """The form in which two labels count as the same: case, spacing and ё do not matter."""
    return " ".join(label.casefold().replace("ё", "е").split())


def split_lines(text: str) -> list[str]:
    """Labels typed one per line (or separated by semicolons), without blanks or repeats."""
    labels = (" ".join(part.split()) for line in (text or "").splitlines() for part in line.split(";"))
    return list(dict.fromkeys(label for label in labels if label))


class ConceptQuerySet(models.QuerySet):
    def in_tree_order(self):
        return self.order_by("path")


class Concept(RevisionMixin, models.Model):
    """One idea of the field with its names; ``broader`` makes the concepts a tree."""

    slug = models.SlugField(
        max_length=100, unique=True, help_text=_("Stable key, used in URLs, in SKOS files and by the search index.")
    )
    pref_label_kk = models.CharField(_("preferred label (Kazakh)"), max_length=255)
    pref_label_ru = models.CharField(_("preferred label (Russian)"), max_length=255)
    pref_label_en = models.CharField(_("preferred label (English)"), max_length=255)
    alt_labels_kk = models.TextField(_("alternative labels (Kazakh)"), blank=True)
    alt_labels_ru = models.TextField(_("alternative labels (Russian)"), blank=True)
    alt_labels_en = models.TextField(_("alternative labels (English)"), blank=True)
    broader = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="narrower",
        verbose_name=_("broader concept"),
    )
    related = models.ManyToManyField("self", blank=True, verbose_name=_("related concepts"))
    scope_note_kk = models.TextField(_("scope note (Kazakh)"), blank=True)
    scope_note_ru = models.TextField(_("scope note (Russian)"), blank=True)
    scope_note_en = models.TextField(_("scope note (English)"), blank=True)
    # The slugs from the root down to this concept, kept up to date on save: the admin
    # lists and filters the tree by it without walking it row by row.
    path = models.CharField(max_length=1000, editable=False, db_index=True, default="")
    # Search rebuilds its lexicon of labels when this (or the number of concepts) changes.
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ConceptQuerySet.as_manager()

    alt_help = _("One per line: synonyms, abbreviations, variant spellings.")
    panels = [
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("pref_label_kk"), FieldPanel("pref_label_ru"), FieldPanel("pref_label_en")]),
        MultiFieldPanel(
            [FieldPanel("alt_labels_kk"), FieldPanel("alt_labels_ru"), FieldPanel("alt_labels_en")],
            heading=_("Alternative labels"),
            help_text=alt_help,
        ),
        FieldPanel("broader"),
        FieldPanel("related"),
        MultiFieldPanel(
            [FieldPanel("scope_note_kk"), FieldPanel("scope_note_ru"), FieldPanel("scope_note_en")],
            heading=_("Scope note"),
        ),
    ]

    class Meta:
        ordering = ["path"]
        verbose_name = _("concept")
        verbose_name_plural = _("concepts")

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        old_path = self.path
        self.path = self.computed_path()
        with transaction.atomic():
            super().save(*args, **kwargs)
            if old_path and old_path != self.path:
                refresh_paths()

    # Labels -----------------------------------------------------------------

    def pref_label(self, language: str | None = None) -> str:
        code = (language or translation.get_language() or "en")[:2]
        return getattr(self, f"pref_label_{code}", "") or self.pref_label_en

    @property
    def label(self) -> str:
        return self.pref_label()

    def alt_labels(self, language: str) -> list[str]:
        return split_lines(getattr(self, f"alt_labels_{language}"))

    def labels(self, language: str) -> list[str]:
        """The preferred label first, then the alternatives."""
        return list(dict.fromkeys([getattr(self, f"pref_label_{language}"), *self.alt_labels(language)]))

    def all_labels(self) -> dict[str, list[str]]:
        return {language: self.labels(language) for language in LANGUAGES}

    def scope_note(self, language: str | None = None) -> str:
        code = (language or translation.get_language() or "en")[:2]
        return getattr(self, f"scope_note_{code}", "")

    def add_alt_label(self, label: str, language: str) -> bool:
        """Add ``label`` to this concept's alternatives in ``language``; False when it already has it."""
        if normalise_label(label) in {normalise_label(known) for known in self.labels(language)}:
            return False
        field = f"alt_labels_{language}"
        setattr(self, field, "\n".join([*self.alt_labels(language), " ".join(label.split())]))
        return True

    # The tree -----------------------------------------------------------------

    def ancestors(self, inclusive: bool = True) -> list["Concept"]:
        """From the root down to this concept (a cycle, which validation forbids, ends the walk)."""
        chain, node, seen = [], self if inclusive else self.broader, set()
        while node is not None and node.pk not in seen:
            seen.add(node.pk)
            chain.append(node)
            node = node.broader
        return list(reversed(chain))

    def breadcrumb(self, language: str | None = None) -> str:
        return " › ".join(c.pref_label(language) for c in self.ancestors())

    def computed_path(self) -> str:
        return "/".join(c.slug for c in self.ancestors())

    @property
    def depth(self) -> int:
        return self.path.count("/")

    # Validation ------------------------------------------------------------------

    def clean(self):
        errors = {}
        if self.broader_id and (self.broader_id == self.pk or self.pk in {c.pk for c in self.broader.ancestors()}):
            errors["broader"] = _("A concept cannot be placed under itself or one of its narrower concepts.")
        others = Concept.objects.exclude(pk=self.pk) if self.pk else Concept.objects.all()
        taken = label_index(others)
        for language in LANGUAGES:
            own = self.labels(language)
            clashes = [label for label in own if (language, normalise_label(label)) in taken]
            if clashes:
                field = f"pref_label_{language}" if own[0] in clashes else f"alt_labels_{language}"
                errors[field] = _("Already a label of another concept: %(labels)s.") % {
                    "labels": ", ".join(f"{label} ({taken[language, normalise_label(label)]})" for label in clashes)
                }
        if errors:
            raise ValidationError(errors)


def label_index(concepts) -> dict[tuple[str, str], str]:
    """``{(language, normalised label): slug}`` over ``concepts``."""
    return {
        (language, normalise_label(label)): concept.slug
        for concept in concepts
        for language in LANGUAGES
        for label in concept.labels(language)
    }


def refresh_paths() -> None:
    """Recompute every stored tree path in memory (after a concept moved or was renamed)."""
    values = Concept.objects.values_list("pk", "slug", "broader_id", "path")
    rows = {pk: (slug, parent, path) for pk, slug, parent, path in values}
    for pk, (_slug, _parent, path) in rows.items():
        chain, node, seen = [], pk, set()
        while node is not None and node not in seen:
            seen.add(node)
            chain.append(rows[node][0])
            node = rows[node][1]
        computed = "/".join(reversed(chain))
        if computed != path:
            Concept.objects.filter(pk=pk).update(path=computed)
