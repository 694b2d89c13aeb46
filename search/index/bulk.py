"""Bulk writes to the index: every write goes through here, in chunks, and any real failure raises."""

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

from elasticsearch.helpers import streaming_bulk

from search.client import get_client

BULK_CHUNK_DOCS = 200
BULK_CHUNK_BYTES = 8 * 1024 * 1024


def bulk_write(actions: Iterable[dict], refresh: bool = False, on_progress=None, workers: int = 1) -> int:
    """Apply bulk actions; a delete of a missing document is fine, and so is a write that a newer one
    superseded (a version conflict); any other failure raises.

    ``workers`` > 1 sends that many bulk requests at a time (a rebuild, which
    refreshes at the end); the actions are still produced, and failures
    collected, in the calling thread.
    """
    failures = []
    done = 0
    options = {"chunk_size": BULK_CHUNK_DOCS, "max_chunk_bytes": BULK_CHUNK_BYTES, "raise_on_error": False}
    if workers > 1:
        results = _parallel_bulk(actions, workers, options)
    else:
        results = streaming_bulk(get_client(), actions, raise_on_exception=True, refresh=refresh, **options)
    for ok, item in results:
        result = next(iter(item.values()))
        if not ok and not (result.get("status") == 404 and "delete" in item) and result.get("status") != 409:
            failures.append(result)
        done += 1
        if on_progress:
            on_progress(1)
    if failures:
        raise BulkWriteError(failures)
    return done


def _parallel_bulk(actions: Iterable[dict], workers: int, options: dict) -> Iterator[tuple[bool, dict]]:
    """Chunks built here (deriving documents reads the database, which belongs to this thread),
    sent by ``workers`` threads, results in order; at most two chunks per worker wait."""
    client = get_client()

    def send(chunk: list[dict]) -> list[tuple[bool, dict]]:
        return list(streaming_bulk(client, chunk, raise_on_exception=True, **options))

    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        for chunk in _chunks(actions, options["chunk_size"]):
            pending.append(pool.submit(send, chunk))
            while len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(actions: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk = []
    for action in actions:
        chunk.append(action)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class BulkWriteError(Exception):
    def __init__(self, failures: list[dict]):
        self.failures = failures
        first = failures[0]
        super().__init__(f"{len(failures)} index writes failed; first: {first.get('error', first)}")

    @property
    def transient(self) -> bool:
        """Whether every failure was the cluster being busy or short of shards (worth retrying later)."""
        return all(f.get("status", 500) == 429 or f.get("status", 500) >= 500 for f in self.failures)
