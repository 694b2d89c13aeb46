"""One real Elasticsearch node for the whole run; a fresh, empty index for every test.

The node is the project's local one (started if needed) or the cluster named by
ELASTICSEARCH_URL. Index names carry a per-run prefix (portal.settings.test),
and everything under it is deleted when the run ends.
"""

import datetime
import fcntl
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from devtools.node import LocalNode, NodeError
from portal.home.locales import localized
from portal.home.models import HomePage
from portal.methodologies.models import Methodology, MethodologyAuthor, MethodologyIndexPage
from portal.people.models import Person
from portal.practices.models import PracticeIndexPage, PracticeReview
from portal.projects.models import RegionalProject, RegionalProjectIndexPage
from portal.research.models import PaperAuthor, ResearchPaper, ResearchPaperIndexPage
from search.client import cluster_url, get_client, is_reachable, uses_local_node
from search.index import alias
from search.index.mapping import alias_name

# The modules of the fault tests (marker ``fault``): they stop and start Elasticsearch nodes of their
# own, on ports and homes they share (tests.support.fault), so under pytest-xdist one worker runs them.
FAULT_MODULES = (
    "tests/sync/test_fault_cluster.py",
    "tests/sync/test_fault_queue.py",
    "tests/sync/test_fault_workers.py",
)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """The fault tests first: they take a third of the run, mostly waiting on the spare nodes they start
    and stop, so with two workers (``make test``) one of them is busy with those from the start."""
    strays = [
        item.nodeid for item in items if item.get_closest_marker("fault") and not item.nodeid.startswith(FAULT_MODULES)
    ]
    if strays:
        raise pytest.UsageError(f"{strays[0]} is a fault test: add its module to FAULT_MODULES (tests/conftest.py)")
    items.sort(key=lambda item: item.get_closest_marker("fault") is None)


def pytest_xdist_make_scheduler(config, log):
    """Under pytest-xdist (``-n 2``): each worker takes tests in the order collected, one at a time, so it
    keeps pytest-django's order (tests that empty the database after the ones that need its contents);
    the fault tests go together to one worker."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class FaultTestsTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return "fault" if nodeid.startswith(FAULT_MODULES) else nodeid

    return FaultTestsTogether(config, log)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language, whichever one the test before it left active
    (requests activate the reader's): split over workers, tests meet in other orders."""
    yield
    translation.deactivate()


def pytest_report_header(config):
    """Name the database and the Elasticsearch version the run is proving things against."""
    return [f"database: {database_description()}", f"elasticsearch: {elasticsearch_description()}"]


def database_description() -> str:
    conf = settings.DATABASES["default"]
    if conf["ENGINE"] == "django.db.backends.sqlite3":
        import sqlite3

        return f"sqlite {sqlite3.sqlite_version} (in memory)"
    import psycopg

    try:
        with psycopg.connect(
            host=conf["HOST"],
            port=conf["PORT"] or None,
            user=conf["USER"],
            password=conf["PASSWORD"],
            dbname=conf["NAME"],
        ) as connection:
            version = connection.execute("SHOW server_version").fetchone()[0]
    except psycopg.Error as error:
        return f"postgresql at {conf['HOST']}:{conf['PORT']} (unreachable: {error})"
    return f"postgresql {version.split()[0]} at {conf['HOST']}:{conf['PORT']}"


def elasticsearch_description() -> str:
    if uses_local_node() and not is_reachable():
        return f"{settings.SEARCH_NODE['VERSION']} (local node, starting)"
    try:
        nodes = get_client().nodes.info(filter_path="nodes.*.version")["nodes"]
        versions = sorted({node["version"] for node in nodes.values()})
        return f"{', '.join(versions)} at {cluster_url()}"  # (the test distribution has no GET /)
    except Exception as error:  # the session fixture stops the run with the reason
        return f"unreachable at {cluster_url()} ({type(error).__name__})"


@pytest.fixture(scope="session", autouse=True)
def elasticsearch_node():
    if uses_local_node():
        try:
            with one_process_at_a_time("elasticsearch-node"):  # pytest-xdist workers start together
                LocalNode(say=lambda message: None).start()
        except NodeError as error:
            pytest.exit(f"The local Elasticsearch node could not start:\n{error}", returncode=3)
    if not is_reachable():
        pytest.exit(f"Elasticsearch does not answer at {cluster_url()}", returncode=3)
    client = get_client()
    yield client
    delete_indices(client, f"{settings.ELASTICSEARCH['INDEX_PREFIX']}-*")


@contextmanager
def one_process_at_a_time(name: str):
    """A lock held across processes (a file under var/), for what only one test process may do at once."""
    lock = settings.VAR_DIR / f".{name}.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # given up when the file closes, however the block ends
        yield


def delete_indices(client, pattern: str) -> None:
    """Delete by name: clusters refuse wildcard deletes by default."""
    names = list(client.indices.get(index=pattern))
    if names:
        client.indices.delete(index=",".join(names))


@pytest.fixture
def es(elasticsearch_node, db):
    """An empty publications index behind the alias, for this test alone."""
    delete_indices(elasticsearch_node, f"{alias_name()}*")
    alias.ensure_index()
    return elasticsearch_node


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run page operations as if their transaction committed, so index updates fire."""

    @contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return run


@pytest.fixture
def papers_index(db):
    root = Page.get_first_root_node()
    home = HomePage(title="Home", slug="home-test")
    root.add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    listing = ResearchPaperIndexPage(title="Research", slug="research")
    home.add_child(instance=listing)
    listing.save_revision().publish()
    return listing


@pytest.fixture
def make_paper(papers_index, committed):
    """Create a paper under the listing of its language; published unless ``publish=False``.

    ``authors`` is a semicolon-separated string; unknown names become people.
    """

    def make(title="A paper", abstract="An abstract.", publish=True, language="en", parent=None, **fields):
        authors = fields.pop("authors", "Tester, Ann")
        parent = parent or localized(papers_index, language)
        paper = ResearchPaper(
            title=title,
            abstract=abstract,
            publication_date=fields.pop("publication_date", datetime.date(2025, 1, 1)),
            locale=parent.locale,
            live=False,
            **fields,
        )
        names = [name for name in authors.split(";") if name.strip()]
        # sort_order given: authors are listed in citation order, which the database must not guess
        paper.paper_authors = [PaperAuthor(person=Person.for_name(name), sort_order=i) for i, name in enumerate(names)]
        return add_page(parent, paper, publish, committed)

    return make


def add_page(parent, page, publish: bool, committed):
    """Add ``page`` under ``parent`` with a revision, published unless ``publish`` is false; index updates fire."""
    with committed():
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def sections(papers_index):
    """The four listing pages under the test home page (English tree), keyed by kind."""
    home = papers_index.get_parent().specific
    listings = {"paper": papers_index}
    for kind, model, slug in (
        ("practice", PracticeIndexPage, "practices"),
        ("methodology", MethodologyIndexPage, "methodologies"),
        ("project", RegionalProjectIndexPage, "projects"),
    ):
        listing = model(title=slug.title(), slug=slug)
        home.add_child(instance=listing)
        listing.save_revision().publish()
        listings[kind] = listing
    return listings


REQUIRED_FIELDS = {
    "practice": lambda: {
        "summary": "A practice.",
        "problem": "A problem.",
        "target_group": "Teenagers",
        "setting": "Schools",
        "mechanism": "<p>Mentors.</p>",
        "implementation": "<ol><li>Start.</li></ol>",
        "outcomes": "Fewer offences.",
        "evidence_rating": "promising",
        "evidence_strength": "single_study",
    },
    "methodology": lambda: {
        "purpose": "Measure the crime situation.",
        "stages": [("stage", {"title": "Collect data", "description": "Five years of records."})],
    },
    "project": lambda: {
        "summary": "A regional project.",
        "start_date": datetime.date(2024, 1, 1),
        "status": "pilot",
        "goals": "Fewer street crimes.",
    },
}
ITEM_MODELS = {"practice": PracticeReview, "methodology": Methodology, "project": RegionalProject}


@pytest.fixture
def make_item(sections, make_paper, committed):
    """Create a page of any kind in the listing of its language; published unless ``publish=False``.

    ``topics``, ``regions``, ``organisations``, ``authors`` (Person objects) and
    ``keywords`` (names) are related objects; other keyword arguments are fields.
    """

    def make(kind, title="An item", language="en", publish=True, translation_of=None, **fields):
        if kind == "paper" and not ({"topics", "regions", "keywords", "translation_of"} & set(fields)):
            return make_paper(title=title, language=language, publish=publish, **fields)
        model = ResearchPaper if kind == "paper" else ITEM_MODELS[kind]
        relations = {name: fields.pop(name) for name in ("topics", "regions", "organisations") if name in fields}
        people = fields.pop("authors", [])
        keywords = fields.pop("keywords", [])
        parent = localized(sections[kind], language)
        values = {} if kind == "paper" else REQUIRED_FIELDS[kind]()
        if kind == "paper":
            values["abstract"] = "An abstract."
        values.update(fields)
        page = model(
            title=title,
            locale=parent.locale,
            live=False,
            publication_date=values.pop("publication_date", datetime.date(2025, 1, 1)),
            **values,
        )
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        for name, objects in relations.items():
            setattr(page, name, objects)
        if people:
            link = PaperAuthor if kind == "paper" else MethodologyAuthor
            setattr(
                page, "paper_authors" if kind == "paper" else "methodology_authors", [link(person=p) for p in people]
            )
        page.keywords.add(*keywords)
        return add_page(parent, page, publish, committed)

    return make


@pytest.fixture
def cluster_down(es):
    """Search traffic goes to a port where nothing answers, as when the cluster is down."""
    from elasticsearch import Elasticsearch
    from elasticsearch.dsl import connections

    connections.add_connection("default", Elasticsearch("http://127.0.0.1:9", max_retries=0, request_timeout=2))
    yield
    connections.add_connection("default", es)


@pytest.fixture(autouse=True)
def fresh_thesaurus():
    """Each test's database has its own concepts: searches must not reuse the previous test's lexicon."""
    from portal.thesaurus import lexicon

    lexicon.forget()
