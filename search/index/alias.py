"""The alias readers use, the versioned indices behind it, and where writes go while a rebuild runs."""

import hashlib
import json
import time

from django.conf import settings
from django.utils import timezone
from elasticsearch import NotFoundError

from search.client import get_client
from search.index.mapping import PublicationDocument, alias_name

# While a new index fills, nobody reads it: no refreshes and no replicas until it is complete, and its
# merges run at full speed. Elasticsearch paces merges so that they leave disk bandwidth to searches
# and indexing; the final merge of a build competes with neither, and paced it waited more than it
# worked: 10,000 bench items merged in 109-125 s paced, 40 s unpaced (same documents, one sitting).
# Nor does the filling index merge as it goes: up to BUILD_SEGMENTS_PER_TIER segments of a size stand
# side by side (the default is 10), and the final merge (``finish_build``) joins them once. Merged
# along the way, the same texts were read and written again several times, on the cores that derive
# and index the documents, and the final merge still had to wait for the last of those merges:
# 20,000 bench items, one sitting: the node's CPU during the rebuild about 227 -> 184 s, final merge
# and swap 73 -> 45 s, end to end 104 -> 127 items/s; 100,000 items 93 -> 104 items/s (README,
# Performance). Past that many segments merging resumes, so a very large build keeps its segment
# count (and open files) bounded.
BUILD_SEGMENTS_PER_TIER = 200
BUILD_SETTINGS = {
    "refresh_interval": "-1",
    "number_of_replicas": 0,
    "merge.scheduler.auto_throttle": False,
    "merge.policy.segments_per_tier": BUILD_SEGMENTS_PER_TIER,
}
# What ``finish_build`` puts back: every build setting to the index's default (None), except the
# replicas, which are the project's own; derived, so a new build setting cannot stay behind.
READ_SETTINGS = {key: None for key in BUILD_SETTINGS if key != "number_of_replicas"}
REPLICA_WAIT = "120s"
FORCE_MERGE_TIMEOUT = 3600
# Elasticsearch keeps a second copy of every document (``_recovery_source``, the fields that _source
# leaves out: the long texts) until the shard's retention lease has moved past it, which happens
# about every 30 s. A merge before that keeps the copy -- more than half of a large index. A large
# build waits for the lease before merging; a small one is not worth the wait.
LEASE_WAIT_MIN_DOCS = 5_000
LEASE_WAIT_SECONDS = 45


def building_alias_name() -> str:
    return f"{alias_name()}-building"


def new_index_name() -> str:
    return f"{alias_name()}-{timezone.now():%Y%m%d%H%M%S%f}"


def mapping_fingerprint() -> str:
    """A digest of the mapping and analysis the code declares; each index records the one it was made with."""
    body = PublicationDocument._index.to_dict()
    body.get("settings", {}).pop("number_of_replicas", None)
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[:16]


def create_index(name: str, building: bool = False) -> None:
    """A new index with the current replica setting (a cluster of several nodes keeps a copy on each);
    ``building``: without refreshes or replicas, for a rebuild to fill (``finish_build`` restores them)."""
    new = PublicationDocument._index.clone(name=name)
    new.settings(number_of_replicas=settings.ELASTICSEARCH["REPLICAS"])
    if building:
        new.settings(**BUILD_SETTINGS)
    body = new.to_dict()
    body.setdefault("mappings", {})["_meta"] = {"mapping": mapping_fingerprint()}
    get_client().indices.create(index=name, **body)


def outdated_mapping() -> bool:
    """Whether the index behind the alias was made with another mapping than the code's (an upgrade
    changed fields or analysis): searches may then fail, and only a rebuild puts it right."""
    client = get_client()
    try:
        mappings = client.indices.get_mapping(index=alias_name())
    except NotFoundError:
        return False
    return any(m["mappings"].get("_meta", {}).get("mapping") != mapping_fingerprint() for m in mappings.values())


def finish_build(name: str) -> None:
    """Refreshes, replicas, paced merges and the usual merge policy back on, the index refreshed and its
    copies ready: fit to be read."""
    client = get_client()
    client.indices.refresh(index=name)
    if client.count(index=name)["count"] >= LEASE_WAIT_MIN_DOCS:
        client.indices.flush(index=name)
        _wait_for_history_released(name)
    # One segment (before the replicas copy it): searches read one term dictionary, and, once the lease
    # has moved on (above), the merge drops the copy of the long texts that _source leaves out.
    client.options(request_timeout=FORCE_MERGE_TIMEOUT).indices.forcemerge(index=name, max_num_segments=1)
    client.indices.put_settings(
        index=name,
        settings={**READ_SETTINGS, "number_of_replicas": settings.ELASTICSEARCH["REPLICAS"]},
    )
    client.indices.refresh(index=name)
    if settings.ELASTICSEARCH["REPLICAS"]:
        client.cluster.health(index=name, wait_for_status="green", timeout=REPLICA_WAIT)


def _wait_for_history_released(name: str) -> bool:
    """Wait (at most LEASE_WAIT_SECONDS) until no retention lease holds an operation of ``name``."""
    client = get_client()
    deadline = time.monotonic() + LEASE_WAIT_SECONDS
    while True:
        stats = client.indices.stats(index=name, level="shards", metric="docs")
        copies = [copy for shard in stats["indices"][name]["shards"].values() for copy in shard]
        if all(
            lease["retaining_seq_no"] > copy["seq_no"]["max_seq_no"]
            for copy in copies
            for lease in copy.get("retention_leases", {}).get("leases", [])
        ):
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(1)


def indices_behind(alias: str) -> list[str]:
    try:
        return sorted(get_client().indices.get_alias(name=alias))
    except NotFoundError:
        return []


def ensure_index() -> bool:
    """Create an empty index behind the alias if there is none; True when created."""
    client = get_client()
    alias = alias_name()
    if client.indices.exists_alias(name=alias):
        return False
    if client.indices.exists(index=alias):
        raise RuntimeError(
            f"'{alias}' is a concrete index, not an alias: run `manage.py search_index rebuild`, "
            "which replaces it with a versioned index behind the alias."
        )
    name = new_index_name()
    create_index(name)
    client.indices.put_alias(index=name, name=alias)
    return True


def write_targets() -> list[str]:
    """The live alias, plus the index being built by a running rebuild."""
    client = get_client()
    targets = [alias_name()]
    if client.indices.exists_alias(name=building_alias_name()):
        targets.append(building_alias_name())
    return targets
