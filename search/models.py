"""Django looks for an app's models here: the query log (search.analytics.log) and worker leases (search.sync.lease)."""

from search.analytics.log import SearchEvent  # noqa: F401
from search.sync.lease import WorkerLease  # noqa: F401
