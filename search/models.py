"""Django looks for an app's models here; the search app's only model is the query log (search.analytics.log)."""

from search.analytics.log import SearchEvent  # noqa: F401
