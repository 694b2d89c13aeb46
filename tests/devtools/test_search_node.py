"""The local node is managed by the project, and stays out of the way when a cluster is given."""

import pytest
from django.core.management import call_command

from devtools.node import LocalNode
from search.client import uses_local_node

manages_the_node = pytest.mark.skipif(
    not uses_local_node(), reason="ELASTICSEARCH_URL is set: this run uses a node the project does not manage"
)


@manages_the_node
def test_status_reports_the_running_node(capsys):
    call_command("search_node", "status")
    out = capsys.readouterr().out
    assert "running:      yes" in out
    assert "java:" in out


@manages_the_node
def test_start_when_running_is_a_no_op(capsys):
    node = LocalNode()
    pid = node.pid()
    call_command("search_node", "start")
    assert "already running" in capsys.readouterr().out
    assert node.pid() == pid


@manages_the_node
def test_external_cluster_means_no_local_node(settings, capsys):
    settings.ELASTICSEARCH = {**settings.ELASTICSEARCH, "URL": "http://127.0.0.1:9"}
    for action in ("start", "stop", "fetch"):
        call_command("search_node", action)
        assert "manages no local node" in capsys.readouterr().out
    assert LocalNode().pid() is not None


def test_chosen_java_is_at_least_17():
    java = LocalNode().find_java()
    assert java.major >= 17
    assert (java.home / "bin" / "java").exists()
