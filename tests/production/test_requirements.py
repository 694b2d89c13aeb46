"""A production install carries what the site runs on and no test or lint tools; every version is pinned."""

import re

from django.conf import settings

DEV_TOOLS = {"pytest", "pytest-django", "hypothesis", "ruff", "bibtexparser", "rispy", "sickle", "feedparser", "lxml"}
DEV_TOOLS |= {"locust", "iniconfig", "pluggy", "pygments", "sortedcontainers", "pytest-xdist", "execnet"}


def requirements(name: str) -> dict[str, str]:
    """Package name (lower case, extras dropped) -> the whole line, for one requirements file."""
    lines = (settings.BASE_DIR / name).read_text().splitlines()
    found = {}
    for line in lines:
        line = line.split("#")[0].strip()
        if line and not line.startswith("-r"):
            found[re.split(r"[\[=<>~!]", line)[0].lower()] = line
    return found


def test_runtime_requirements_name_no_test_or_lint_tool():
    runtime = requirements("requirements.txt")
    assert {"django", "wagtail", "elasticsearch", "gunicorn", "whitenoise", "psycopg"} <= set(runtime)
    assert not DEV_TOOLS & set(runtime)


def test_development_requirements_add_the_tools_on_top_of_the_runtime_ones():
    dev_file = (settings.BASE_DIR / "requirements-dev.txt").read_text()
    assert "-r requirements.txt" in dev_file.splitlines()
    assert {"pytest", "pytest-django", "hypothesis", "ruff"} <= set(requirements("requirements-dev.txt"))


def test_every_requirement_is_pinned_exactly():
    for name in ("requirements.txt", "requirements-dev.txt", "requirements-loadtest.txt"):
        loose = [line for line in requirements(name).values() if not re.search(r"==\d", line)]
        assert not loose, f"{name}: {loose}"


def test_the_elasticsearch_client_matches_the_server_line():
    client = requirements("requirements.txt")["elasticsearch"].split("==")[1]
    assert client.split(".")[:2] == settings.SEARCH_NODE["VERSION"].split(".")[:2]
