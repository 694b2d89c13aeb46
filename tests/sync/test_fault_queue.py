"""Editors lose nothing when Elasticsearch fails: a real node is stopped, frozen and restarted under a real worker."""

import io
import json
import os
import signal
import time

import pytest
from django.core.management import call_command

from search.index.alias import ensure_index
from tests.support.fault import (
    SETUP_SITE,
    Databases,
    Project,
    publish_code,
    spare_node,
    stop_quietly,
    using_cluster,
    wait_for,
)

pytestmark = pytest.mark.fault

SPARE_PORT = 9250
PUBLISH_LIMIT_SECONDS = 2.0


@pytest.fixture(scope="module")
def node():
    node = spare_node("queue", SPARE_PORT)
    node.start()
    yield node
    stop_quietly(node)


@pytest.fixture(scope="module")
def databases(tmp_path_factory, node):
    """One migrated database (PostgreSQL when the run uses it, else SQLite); each test gets a copy."""
    databases = Databases(tmp_path_factory.mktemp("template"), node)
    yield databases
    databases.drop_all()


@pytest.fixture
def project(tmp_path, node, databases):
    project = Project(tmp_path, node, databases.new(tmp_path))
    project.python(SETUP_SITE)
    project.manage("search_index", "create")
    yield project
    project.kill_workers()
    if not node.pid():
        node.start()


def published(output: str) -> list[dict]:
    """The papers a publish script reports, one JSON line each."""
    rows = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    return [row for row in rows if "pk" in row]


def test_publishing_through_a_node_outage_loses_nothing(project, node):
    project.start_worker()
    before_ids = [row["pk"] for row in published(project.manage("shell", "-c", publish_code(3, "Before")).stdout)]
    wait_for(lambda: set(before_ids) <= set(project.indexed()), 30, "the first papers to be indexed")

    burst = project.start_python(publish_code(20, "Burst", pause=0.1))
    first_lines = [burst.stdout.readline() for _ in range(3)]
    node.stop()  # mid-burst: the remaining publishes happen with no Elasticsearch at all
    assert node.health() is None

    started = time.monotonic()
    changes = project.python(
        f"""
import json
from wagtail.models import Page
from portal.research.models import ResearchPaper
unpublished = ResearchPaper.objects.get(pk={before_ids[0]})
unpublished.unpublish()
renamed = ResearchPaper.objects.get(pk={before_ids[1]})
renamed.title = "Renamed while the node was down"
renamed.save_revision().publish()
Page.objects.get(pk={before_ids[2]}).delete()
print(json.dumps({{"ok": True}}))
"""
    )
    assert changes == {"ok": True}
    assert time.monotonic() - started < 15, "unpublish, edit and delete waited for Elasticsearch"

    rest, errors = burst.communicate(timeout=120)
    assert burst.returncode == 0, errors
    burst_rows = published("".join(first_lines) + rest)
    assert len(burst_rows) == 20
    slowest = max(row["seconds"] for row in burst_rows)
    assert slowest < PUBLISH_LIMIT_SECONDS, f"a publish took {slowest:.1f}s while the node was down"

    waiting = [t for t in project.tasks() if t["status"] in ("READY", "RUNNING")]
    assert waiting, "with the node down, the index updates must be waiting in the queue"
    assert project.worker.poll() is None, "the worker must survive the outage"

    node.start()
    burst_ids = {row["pk"] for row in burst_rows}
    wait_for(lambda: burst_ids <= set(project.indexed()), 60, "the burst to reach the index after the restart")
    documents = wait_for(
        lambda: (docs := project.indexed()) and before_ids[0] not in docs and before_ids[2] not in docs and docs,
        30,
        "the unpublished and deleted papers to leave the index",
    )
    assert documents[before_ids[1]]["title"] == "Renamed while the node was down"
    verify = project.verify()
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "agrees with the database" in verify.stdout
    assert not [t for t in project.tasks() if t["status"] == "FAILED"]


def test_a_batch_cut_off_by_a_killed_worker_completes_after_restart(project, node):
    rows = published(project.manage("shell", "-c", publish_code(15, "Batch")).stdout)
    page_ids = {row["pk"] for row in rows}
    assert len([t for t in project.tasks() if t["status"] == "READY"]) >= 15

    os.kill(node.pid(), signal.SIGSTOP)  # a hung node: the worker's batch cannot finish
    try:
        project.start_worker()
        running = wait_for(
            lambda: [t for t in project.tasks() if t["status"] == "RUNNING" and page_ids <= set(t["args"][0])],
            20,
            "the worker to gather the waiting updates into one batch",
            interval=0.1,
        )
        project.kill_worker()  # mid-batch, like a power cut
    finally:
        os.kill(node.pid(), signal.SIGCONT)

    (batch,) = running
    merged = [t for t in project.tasks() if t["status"] == "SUCCESSFUL"]
    assert len(merged) >= 14, "the other waiting tasks were folded into the running batch"
    time.sleep(2)
    assert not page_ids & set(project.indexed()), "the killed batch must not have been applied"
    assert [t["status"] for t in project.tasks() if t["id"] == batch["id"]] == ["RUNNING"]

    project.start_worker()
    wait_for(lambda: page_ids <= set(project.indexed()), 60, "the batch to complete after the worker restart")
    assert [t["status"] for t in project.tasks() if t["id"] == batch["id"]] == ["SUCCESSFUL"]
    assert "requeued 1 task(s) whose worker stopped renewing its lease" in project.worker_log.read_text()


@pytest.fixture
def on_spare_node(node, db):
    """The portal in this process pointed at the spare node, with a one-second request timeout."""
    with using_cluster(URL=node.url):
        ensure_index()  # loading the dictionaries for a new index takes longer than the short timeout
        with using_cluster(TIMEOUT=1):
            yield node


def test_search_degrades_while_the_node_hangs_and_recovers_by_itself(on_spare_node, make_paper, client):
    paper = make_paper(title="Street lighting review")
    assert f'href="{paper.url}"' in client.get("/search/", {"q": "street lighting"}).text

    os.kill(on_spare_node.pid(), signal.SIGSTOP)
    try:
        started = time.monotonic()
        response = client.get("/search/", {"q": "street lighting"})
        assert time.monotonic() - started < 5, "a hung node must not hang the search page"
        assert response.status_code == 503
        assert response["Retry-After"].isdigit()
        assert "Search is temporarily unavailable" in response.text
        api = client.get("/search/", {"q": "street lighting"}, headers={"accept": "application/json"})
        assert api.status_code == 503
        assert api.json()["error"]["code"] == "search_unavailable"
        assert client.get(paper.url).status_code == 200, "pages render without the index"
        assert "Street lighting review" in client.get(paper.url).text
        during = make_paper(title="Published while the node hung")  # must not raise
        assert during.live
    finally:
        os.kill(on_spare_node.pid(), signal.SIGCONT)

    wait_for(lambda: client.get("/search/", {"q": "street"}).status_code == 200, 15, "search to come back")
    call_command("search_index", "verify", "--fix", stdout=io.StringIO())
    assert f'href="{during.url}"' in client.get("/search/", {"q": "hung"}).text
