"""What a reader sees on /search/."""

import re

import pytest


def test_hits_show_highlighted_snippets_and_the_total(es, make_paper, client):
    make_paper(title="Truancy and mentoring", abstract="Mentoring halves truancy among pupils.")
    make_paper(title="Unrelated", abstract="Street lighting.")
    response = client.get("/search/", {"q": "truancy"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 result for" in html
    assert "<mark>truancy</mark>" in html.lower()


def test_highlights_never_carry_markup_from_the_content(es, make_paper, client):
    make_paper(
        title="<img src=x onerror=alert(1)> Fraud",
        abstract='<script>alert("x")</script> telephone fraud <b>bold</b> &amp; more',
    )
    html = client.get("/search/", {"q": "fraud"}).content.decode()
    body = html.split('id="main"', 1)[1]
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    assert "<b>bold</b>" not in body
    assert "&lt;script&gt;" in body
    hits = "".join(re.findall(r'<article class="hit".*?</article>', body, flags=re.S))
    tags = set(re.findall(r"<(/?[a-z][a-z0-9]*)", hits))
    assert tags <= {"p", "/p", "article", "/article", "h2", "/h2", "a", "/a", "mark", "/mark"}
    assert "<mark>" in body


def test_empty_query_lists_everything_newest_first(es, make_paper, client):
    import datetime

    make_paper(title="Older", publication_date=datetime.date(2020, 1, 1))
    make_paper(title="Newer", publication_date=datetime.date(2024, 1, 1))
    html = client.get("/search/").content.decode()
    assert "2 publications, newest first" in html
    assert html.index("Newer") < html.index("Older")


def test_no_results_page_helps(es, make_paper, client):
    make_paper(title="Anything")
    html = client.get("/search/", {"q": "zzzyx"}).content.decode()
    assert "Nothing matches" in html


@pytest.mark.parametrize("page", ["abc", "0", "-3", "1.5"])
def test_bad_page_numbers_get_a_clear_400(es, client, page):
    response = client.get("/search/", {"q": "x", "page": page})
    assert response.status_code == 400
    assert "page number" in response.content.decode()


def test_overlong_query_gets_a_clear_400(es, client):
    response = client.get("/search/", {"q": "a" * 501})
    assert response.status_code == 400
    assert "too long" in response.content.decode()
