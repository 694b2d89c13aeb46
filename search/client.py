"""One Elasticsearch connection for the whole process, configured from settings."""

from functools import cache

from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch.dsl import connections


def cluster_url() -> str:
    """The cluster in use: ELASTICSEARCH_URL, or else the local node's address."""
    return settings.ELASTICSEARCH["URL"] or f"http://127.0.0.1:{settings.SEARCH_NODE['PORT']}"


def uses_local_node() -> bool:
    return not settings.ELASTICSEARCH["URL"]


@cache
def get_client() -> Elasticsearch:
    conf = settings.ELASTICSEARCH
    options = {
        "hosts": [cluster_url()],
        "request_timeout": conf["TIMEOUT"],
        "retry_on_timeout": False,
        "max_retries": 1,
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
