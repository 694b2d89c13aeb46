"""With two nodes and one replica, losing a node costs searchers nothing."""

import pytest

from search import client as search_client
from search.index.alias import ensure_index
from tests.support.fault import spare_node, stop_quietly, using_cluster, wait_for
from tests.support.helpers import found_ids

pytestmark = pytest.mark.fault

PORTS = {"cluster-a": 9260, "cluster-b": 9261}


@pytest.fixture(scope="module")
def cluster():
    nodes = {
        name: spare_node(name, port, peers={other: p + 100 for other, p in PORTS.items() if other != name})
        for name, port in PORTS.items()
    }
    try:
        for node in nodes.values():
            node.start(wait=False)
        for node in nodes.values():
            node.wait_until_healthy()
        yield nodes
    finally:
        for node in nodes.values():
            stop_quietly(node)


@pytest.fixture
def on_cluster(cluster, db):
    """The portal pointed at both nodes, with one replica of every shard."""
    with using_cluster(URL=",".join(node.url for node in cluster.values()), REPLICAS=1):
        ensure_index()
        yield cluster


def master_name(client) -> str:
    return client.cat.master(format="json")[0]["node"]


def test_search_keeps_answering_when_a_node_stops(on_cluster, make_paper):
    client = search_client.get_client()
    assert client.cluster.health()["number_of_nodes"] == 2
    papers = [make_paper(title=f"Neighbourhood watch pilot {i}") for i in range(5)]
    expected = {paper.pk for paper in papers}
    assert client.cluster.health(wait_for_status="green", timeout="30s")["status"] == "green"
    assert found_ids("neighbourhood watch") == expected

    # Stop the node that is not the elected master: the survivor holds a full copy of the index.
    victim = next(name for name in on_cluster if name != master_name(client))
    on_cluster[victim].stop()
    wait_for(lambda: client.cluster.health()["number_of_nodes"] == 1, 30, "the cluster to notice the loss")

    for _ in range(5):  # every request, including those the client first sends to the dead node
        assert found_ids("neighbourhood watch") == expected
    assert client.cluster.health()["status"] == "yellow"
