"""People who write papers and methodologies, with their ORCID iD and affiliation."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal.taxonomy.models import Trilingual

ORCID_PATTERN = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")


def orcid_check_digit(base_digits: str) -> str:
    """ISO 7064 MOD 11-2, the checksum ORCID uses for its last character."""
    total = 0
    for digit in base_digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def validate_orcid(value: str) -> None:
    if not ORCID_PATTERN.match(value):
        raise ValidationError(
            _("An ORCID iD looks like 0000-0002-1825-0097: four groups of four characters."), code="orcid_format"
        )
    digits = value.replace("-", "")
    if orcid_check_digit(digits[:-1]) != digits[-1]:
        raise ValidationError(
            _("This ORCID iD has a wrong check digit; please copy it again from orcid.org."), code="orcid_checksum"
        )


class Person(Trilingual):
    orcid = models.CharField(
        "ORCID iD",
        max_length=19,
        blank=True,
        validators=[validate_orcid],
        help_text=_("e.g. 0000-0002-1825-0097"),
    )
    affiliation = models.ForeignKey(
        "taxonomy.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        verbose_name=_("affiliation"),
    )

    panels = Trilingual.name_panels + [FieldPanel("orcid"), FieldPanel("affiliation")]

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(fields=["orcid"], condition=~models.Q(orcid=""), name="unique_person_orcid")
        ]

    @classmethod
    def for_name(cls, name: str) -> "Person":
        """The person of that name, created with the same name in every language if unknown."""
        name = name.strip()
        found = cls.objects.filter(models.Q(name_kk=name) | models.Q(name_ru=name) | models.Q(name_en=name)).first()
        return found or cls.objects.create(name_kk=name, name_ru=name, name_en=name)

    @property
    def orcid_url(self) -> str:
        return f"https://orcid.org/{self.orcid}" if self.orcid else ""
