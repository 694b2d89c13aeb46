"""One Elasticsearch connection for the whole process, configured from settings."""

from functools import cache

from django.conf import settings
from elastic_transport import SerializationError, TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.dsl import connections
from elasticsearch.serializer import NdjsonSerializer, OrjsonSerializer


class OrjsonNdjsonSerializer(NdjsonSerializer):
    """NDJSON lines written by orjson: every search page sends an ``_msearch`` (search.query.faceted.send),
    whose lines the client's own NDJSON serializer writes with the standard library (measured: a sixth
    of the client's own time per search, profiled over the bench's query mix)."""

    json_dumps = OrjsonSerializer.json_dumps
    json_loads = OrjsonSerializer.json_loads


def cluster_url() -> str:
    """The cluster in use: ELASTICSEARCH_URL, or else the local node's address."""
    return settings.ELASTICSEARCH["URL"] or f"http://127.0.0.1:{settings.SEARCH_NODE['PORT']}"


def cluster_hosts() -> list[str]:
    """ELASTICSEARCH_URL may list several nodes, comma-separated, so losing one node loses no requests."""
    return [url.strip() for url in cluster_url().split(",") if url.strip()]


def uses_local_node() -> bool:
    return not settings.ELASTICSEARCH["URL"]


@cache
def get_client() -> Elasticsearch:
    """Every request is bounded: a slow or dead cluster costs a page at most TIMEOUT seconds per node tried.

    A node that fails is retried on the next listed node (when there are several),
    and is tried again after a short pause, so the site recovers by itself.
    """
    conf = settings.ELASTICSEARCH
    hosts = cluster_hosts()
    options = {
        "hosts": hosts,
        "request_timeout": conf["TIMEOUT"],
        "retry_on_timeout": len(hosts) > 1,
        "max_retries": len(hosts) - 1,
        "dead_node_backoff_factor": 1.0,
        "max_dead_node_backoff": 10.0,
        # orjson: a rebuild serialises every document (tens of kilobytes of text) in Python, beside the derivation.
        "serializer": None,  # the DSL would set its own; ``serializers`` names ours per content type
        "serializers": {
            "application/json": OrjsonSerializer(),
            "application/x-ndjson": OrjsonNdjsonSerializer(),
        },
    }
    if conf["API_KEY"]:
        options["api_key"] = conf["API_KEY"]
    if conf["CA_CERTS"]:
        options["ca_certs"] = conf["CA_CERTS"]
    return connections.create_connection(alias="default", **options)


def is_reachable() -> bool:
    """Whether the cluster answers (``ping`` needs the root endpoint, which not every distribution has)."""
    try:
        get_client().cluster.health(timeout="2s")
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        return False
    return True


def reset_client() -> Elasticsearch:
    """Forget the cached client and connect again from the current settings (tests switch clusters)."""
    get_client.cache_clear()
    return get_client()


def is_outage(error: BaseException) -> bool:
    """Whether ``error`` means the cluster cannot answer now (as opposed to a bad request or a bug).

    Refused, reset or timed-out connections and a cluster that answers "busy" or
    with a server-side failure (no master, unassigned shards) are outages; a
    response we cannot decode is a bug.
    """
    if isinstance(error, ApiError):  # the cluster answered: only "busy" and server-side failures count
        return error.meta.status == 429 or error.meta.status >= 500
    return isinstance(error, TransportError) and not isinstance(error, SerializationError)
