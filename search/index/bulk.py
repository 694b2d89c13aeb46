"""Bulk writes to the index: every write goes through here, in chunks, and any real failure raises."""

from collections.abc import Iterable

from elasticsearch.helpers import streaming_bulk

from search.client import get_client


def bulk_write(actions: Iterable[dict], refresh: bool = False, on_progress=None) -> int:
    """Apply bulk actions; a delete of a missing document is fine, and so is a write that a newer one
    superseded (a version conflict); any other failure raises."""
    failures = []
    done = 0
    for ok, item in streaming_bulk(
        get_client(),
        actions,
        chunk_size=500,
        raise_on_error=False,
        raise_on_exception=True,
        refresh=refresh,
    ):
        result = next(iter(item.values()))
        if not ok and not (result.get("status") == 404 and "delete" in item) and result.get("status") != 409:
            failures.append(result)
        done += 1
        if on_progress:
            on_progress(1)
    if failures:
        raise BulkWriteError(failures)
    return done


class BulkWriteError(Exception):
    def __init__(self, failures: list[dict]):
        self.failures = failures
        first = failures[0]
        super().__init__(f"{len(failures)} index writes failed; first: {first.get('error', first)}")

    @property
    def transient(self) -> bool:
        """Whether every failure was the cluster being busy or short of shards (worth retrying later)."""
        return all(f.get("status", 500) == 429 or f.get("status", 500) >= 500 for f in self.failures)
