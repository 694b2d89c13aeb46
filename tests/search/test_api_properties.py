"""Whatever arrives in the query string, the answer is a result or a clear 400, never a crash."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.query.facets import FACETS
from tests.support.corpus import doc, write

NAMES = ["q", "page", "page_size", "sort", *FACETS, "size", "colour"]
NASTY = [
    '"',
    "-",
    "OR",
    "AND",
    "*",
    "?",
    "\\",
    "/",
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "~",
    "^",
    "&&",
    "||",
    "!",
    "\x00",
]
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(NASTY + ["fraud", "құқық", "преступность", " "]), max_size=12).map("".join),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(["", "x" * 501, "10", "20", "50", "paper", "kk", "prevention/juvenile", "last-5", "2024"]),
)
queries = st.lists(st.tuples(st.sampled_from(NAMES), texts), max_size=6)

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.fixture
def some_items(es):
    write(
        doc("Mentoring against juvenile offending", abstract="Mentors and teenagers.", topics=["prevention"]),
        doc("Құқық бұзушылықтың алдын алу", language="kk", kind="paper"),
        doc("Профилактика преступности", language="ru", kind="methodology"),
    )


@SETTINGS
@given(params=queries)
def test_search_api_answers_200_or_a_clear_400(client, some_items, params):
    response = client.get("/api/search/", params)
    assert response.status_code in (200, 400), response.content
    body = response.json()
    if response.status_code == 400:
        assert body["error"]["code"] == "invalid_parameter" and body["error"]["message"]
    else:
        assert body["total"] >= len(body["hits"])


@SETTINGS
@given(params=queries)
def test_search_page_answers_200_or_a_friendly_400(client, some_items, params):
    response = client.get("/search/", params)
    assert response.status_code in (200, 400), response.content
    if response.status_code == 400:
        assert 'class="notice" role="alert"' in response.content.decode()


@SETTINGS
@given(q=texts, size=st.one_of(st.none(), texts))
def test_suggest_answers_200_or_a_clear_400(client, some_items, q, size):
    params = {"q": q} if size is None else {"q": q, "size": size}
    response = client.get("/api/suggest/", params)
    assert response.status_code in (200, 400), response.content
    body = response.json()
    assert body["error"]["message"] if response.status_code == 400 else isinstance(body["suggestions"], list)
