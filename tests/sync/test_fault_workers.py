"""Several index workers, killed, frozen, stopped and racing each other: counted, nothing lost and nothing stale.

Each test runs the project in real processes (``tests.support.fault``) on a
database of the run's kind, with leases of 3 s (``SEARCH_WORKER_LEASE``).
"""

import os
import signal
import time

import pytest

from tests.support.fault import SETUP_SITE, Databases, Project, publish_code, spare_node, stop_quietly, wait_for

pytestmark = pytest.mark.fault

SPARE_PORT = 9251
LEASE = 3


@pytest.fixture(scope="module")
def node():
    node = spare_node("workers", SPARE_PORT)
    node.start()
    yield node
    stop_quietly(node)


@pytest.fixture(scope="module")
def databases(tmp_path_factory, node):
    databases = Databases(tmp_path_factory.mktemp("template"), node)
    yield databases
    databases.drop_all()


@pytest.fixture
def make_project(tmp_path, node, databases):
    made = []

    def make(**env) -> Project:
        project = Project(tmp_path, node, databases.new(tmp_path), **env)
        project.python(SETUP_SITE)
        project.manage("search_index", "create")
        made.append(project)
        return project

    yield make
    for project in made:
        project.kill_workers()
        print(project.worker_log.read_text()[-6000:] if project.worker_log.exists() else "")  # shown on failure
    if node.pid():
        os.kill(node.pid(), signal.SIGCONT)
    else:
        node.start()


def published_ids(output: str) -> set[int]:
    """The page ids a publishing process printed."""
    return {int(line.split('"pk": ')[1].split(",")[0]) for line in output.splitlines() if '"pk"' in line}


def publish(project: Project, count: int, label: str) -> set[int]:
    return published_ids(project.manage("shell", "-c", publish_code(count, label)).stdout)


def running_batch(project: Project, page_ids: set[int]) -> dict:
    return wait_for(
        lambda: next((t for t in project.tasks() if t["status"] == "RUNNING" and page_ids <= set(t["args"][0])), None),
        30,
        "a worker to take the waiting updates as one batch",
        interval=0.1,
    )


def assert_nothing_lost_or_stale(project: Project, page_ids: set[int]) -> None:
    missing = page_ids - set(project.indexed())
    verify = project.verify()
    failed = [t for t in project.tasks() if t["status"] == "FAILED"]
    print(f"counted: {len(page_ids)} pages, {len(missing)} lost, verify exit {verify.returncode}, failed {len(failed)}")
    why = "".join(f"\nfailed {t['path']} {t['args']}:\n{t['traceback']}" for t in failed)
    assert not missing, f"{len(missing)} pages lost (ids {sorted(missing)}){why}"
    assert verify.returncode == 0 and "agrees with the database" in verify.stdout, verify.stdout + verify.stderr + why
    assert not failed, why


def test_a_live_worker_takes_over_a_killed_workers_batch_without_any_restart(make_project, node):
    project = make_project(ELASTICSEARCH_TIMEOUT="30")  # a hung node keeps the batch running
    page_ids = publish(project, 40, "Takeover")
    os.kill(node.pid(), signal.SIGSTOP)
    try:
        first = project.start_worker("first")
        batch = running_batch(project, page_ids)
        assert batch["workers"] == [first]
        project.start_worker("second")
        project.kill_worker(name="first")  # SIGKILL mid-batch; nobody restarts it
        killed_at = time.monotonic()
    finally:
        os.kill(node.pid(), signal.SIGCONT)
    wait_for(lambda: page_ids <= set(project.indexed()), 30, "the second worker to finish the dead worker's batch")
    took_over = time.monotonic() - killed_at
    print(f"takeover: all {len(page_ids)} pages indexed {took_over:.1f}s after the kill")
    assert took_over < 30
    assert [t["workers"][-1].startswith("second") for t in project.tasks() if t["id"] == batch["id"]] == [True]
    assert_nothing_lost_or_stale(project, page_ids)


def test_a_batch_whose_worker_is_alive_is_never_taken_however_long_it_runs(make_project, node):
    project = make_project(ELASTICSEARCH_TIMEOUT="30")
    page_ids = publish(project, 20, "Long batch")
    os.kill(node.pid(), signal.SIGSTOP)
    try:
        first = project.start_worker("first")
        batch = running_batch(project, page_ids)
        project.start_worker("second")
        time.sleep(4 * LEASE)  # the batch runs four leases long; its worker keeps renewing
        (row,) = [t for t in project.tasks() if t["id"] == batch["id"]]
        assert row["status"] == "RUNNING" and row["workers"] == [first], "the live worker's batch was taken"
    finally:
        os.kill(node.pid(), signal.SIGCONT)
    wait_for(lambda: page_ids <= set(project.indexed()), 60, "the batch to finish")
    (row,) = [t for t in project.tasks() if t["id"] == batch["id"]]
    assert row["workers"] == [first]
    assert_nothing_lost_or_stale(project, page_ids)


def test_sigterm_hands_the_batch_back_and_another_worker_finishes_it(make_project, node):
    project = make_project(ELASTICSEARCH_TIMEOUT="30")
    page_ids = publish(project, 20, "Stopped")
    os.kill(node.pid(), signal.SIGSTOP)
    try:
        project.start_worker("first")
        batch = running_batch(project, page_ids)
        started = time.monotonic()
        assert project.kill_worker(signal.SIGTERM, name="first") == 0
        assert time.monotonic() - started < 3 + 5, "the worker waits at most STOP_GRACE for its batch"
        (row,) = [t for t in project.tasks() if t["id"] == batch["id"]]
        assert row["status"] == "READY", "the batch was handed back, not left running"
    finally:
        os.kill(node.pid(), signal.SIGCONT)
    project.start_worker("second")
    wait_for(lambda: page_ids <= set(project.indexed()), 30, "the next worker to apply the handed-back batch")
    assert "handed task" in project.worker_log.read_text()
    assert_nothing_lost_or_stale(project, page_ids)


def test_the_index_catches_up_within_ten_seconds_of_the_cluster_returning(make_project, node):
    project = make_project(SEARCH_WORKER_RETRY_BASE="2", SEARCH_WORKER_RETRY_MAX="300")
    project.start_worker()
    node.stop()
    page_ids = publish(project, 30, "Outage")
    time.sleep(20)  # the retries back off: 2, 4, 8, 16 s ...
    node.start()
    back = time.monotonic()
    wait_for(lambda: page_ids <= set(project.indexed()), 30, "the index to catch up")
    recovered = time.monotonic() - back
    print(f"recovery: {len(page_ids)} pages indexed {recovered:.1f}s after the node answered again")
    assert recovered < 10
    assert_nothing_lost_or_stale(project, page_ids)


EDIT_LOOP = """
import json, time
from portal.research.models import ResearchPaper
ids = {ids}
for round in range(5):
    for pk in ids:
        page = ResearchPaper.objects.get(pk=pk)
        page.title = f"Edited round {{round}} of {{pk}}"
        page.save_revision().publish()
    time.sleep(0.5)
print(json.dumps({{"done": True}}))
"""


def test_two_workers_with_edits_racing_a_big_batch_leave_nothing_stale(make_project, node):
    project = make_project()
    first_ids = publish(project, 40, "Racing")
    project.start_worker("first")
    project.start_worker("second")
    more = project.start_python(publish_code(150, "Big batch"))
    editor = project.start_python(EDIT_LOOP.format(ids=sorted(first_ids)[:15]))
    outputs = []
    for process in (more, editor):
        out, errors = process.communicate(timeout=600)
        assert process.returncode == 0, errors
        outputs.append(out)
    page_ids = first_ids | published_ids(outputs[0])
    assert len(page_ids) == 190
    wait_for(lambda: not [t for t in project.tasks() if t["status"] in ("READY", "RUNNING")], 120, "the queue to drain")
    indexed = project.indexed()
    assert all(indexed[pk]["title"].startswith("Edited round 4") for pk in sorted(first_ids)[:15])
    wagtail_tasks = [t for t in project.tasks() if t["path"].startswith("wagtail.")]
    print(f"wagtail tasks run by two workers: {len(wagtail_tasks)}")
    assert_nothing_lost_or_stale(project, page_ids)
