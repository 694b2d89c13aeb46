"""A reader's saved search: the query string of a results page, and when its last digest went out."""

from django.conf import settings
from django.db import models
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from search.query.params import SearchParams, parse_params


class SavedSearch(models.Model):
    """One search a signed-in reader keeps; with ``digest`` on, new items reach them by e-mail each week.

    ``query`` is the search's canonical query string (no page number), so the same
    search saved twice is one row, and the page, the feed and the digest all parse
    it with ``search.query.params.parse_params``.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches", verbose_name=_("reader")
    )
    query = models.CharField(_("query string"), max_length=2000, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    digest = models.BooleanField(_("weekly e-mail digest"), default=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_sent = models.DateTimeField(_("last digest sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["-created", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "query", "language"], name="one_saved_search_per_query")]

    def __str__(self):
        return self.query or "*"

    @property
    def params(self) -> SearchParams:
        return parse_params(QueryDict(self.query))
