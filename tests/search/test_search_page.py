"""What a reader sees on /search/."""

import re

import pytest


def test_hits_show_highlighted_snippets_and_the_total(es, make_paper, client):
    make_paper(title="Truancy and mentoring", abstract="Mentoring halves truancy among pupils.")
    make_paper(title="Unrelated", abstract="Street lighting.")
    response = client.get("/en/search/", {"q": "truancy"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 result for" in html
    assert "<mark>truancy</mark>" in html.lower()


def test_highlights_never_carry_markup_from_the_content(es, make_paper, client):
    make_paper(
        title="<img src=x onerror=alert(1)> Fraud",
        abstract='<script>alert("x")</script> telephone fraud <b>bold</b> &amp; more',
    )
    html = client.get("/en/search/", {"q": "fraud"}).content.decode()
    body = html.split('id="main"', 1)[1]
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    assert "<b>bold</b>" not in body
    assert "&lt;script&gt;" in body
    hits = "".join(re.findall(r'<article class="hit".*?</article>', body, flags=re.S))
    tags = set(re.findall(r"<(/?[a-z][a-z0-9]*)", hits))
    assert tags <= {"p", "/p", "article", "/article", "h2", "/h2", "a", "/a", "mark", "/mark", "span", "/span"}
    assert "<mark>" in body


def test_empty_query_lists_everything_newest_first(es, make_paper, client):
    import datetime

    make_paper(title="Older", publication_date=datetime.date(2020, 1, 1))
    make_paper(title="Newer", publication_date=datetime.date(2024, 1, 1))
    html = client.get("/en/search/").content.decode()
    assert "2 publications, newest first" in html
    assert html.index("Newer") < html.index("Older")


def test_no_results_page_helps(es, make_paper, client):
    make_paper(title="Anything")
    html = client.get("/en/search/", {"q": "zzzyx"}).content.decode()
    assert "Nothing matches" in html


@pytest.mark.parametrize("page", ["abc", "0", "-3", "1.5"])
def test_bad_page_numbers_get_a_clear_400(es, client, page):
    response = client.get("/en/search/", {"q": "x", "page": page})
    assert response.status_code == 400
    assert "page number" in response.content.decode()


def test_overlong_query_gets_a_clear_400(es, client):
    response = client.get("/en/search/", {"q": "a" * 501})
    assert response.status_code == 400
    assert "too long" in response.content.decode()


def _facet_links(html: str, facet: str) -> dict[str, str]:
    section = html.split(f'class="facet facet-{facet}"', 1)[1].split("</section>", 1)[0]
    return {
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", label)).strip(): href.replace("&amp;", "&")
        for href, label in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', section, flags=re.S)
    }


def test_facets_are_plain_links_that_work_without_javascript(es, client):
    from tests.support.corpus import doc, write

    write(
        doc("Mentoring young offenders", kind="practice", regions=["KZ-ALM"]),
        doc("Youth courts", kind="methodology", regions=["KZ-ALM"]),
        doc("Street lighting", kind="practice", regions=["KZ-AST"]),
    )
    html = client.get("/en/search/").content.decode()
    links = _facet_links(html, "kind")
    assert set(links) == {"☐ Best-practice review (2)", "☐ Methodology (1)"}
    html = client.get("/en/search/" + links["☐ Best-practice review (2)"]).content.decode()
    assert "2 publications" in html
    assert "Kind: Best-practice review ✕" in html
    region_links = _facet_links(html, "region")
    html = client.get("/en/search/" + region_links["☐ KZ-ALM (1)"]).content.decode()
    assert "1 publication" in html and "Mentoring young offenders" in html
    # the selected value links back to the page without it
    kind_links = _facet_links(html, "kind")
    assert "☑ Best-practice review (1)" in kind_links
    html = client.get("/en/search/" + kind_links["☑ Best-practice review (1)"]).content.decode()
    assert "2 publications" in html


def test_the_page_has_no_inline_script_and_enhances_with_a_static_file(es, client):
    html = client.get("/en/search/", {"q": "x"}).content.decode()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    assert scripts and all('src="/static/js/search.js"' in attrs and body.strip() == "" for attrs, body in scripts)
    assert " on" not in re.sub(r'"[^"]*"', "", " ".join(re.findall(r"<[a-z][^>]*>", html)))  # no onclick= etc.
    assert 'data-suggest-url="/api/suggest/"' in html


def test_sort_and_page_size(es, client):
    from tests.support.corpus import doc, write

    write(*(doc(f"Report number {i}", year=2000 + i) for i in range(25)))
    html = client.get("/en/search/", {"sort": "oldest", "page_size": "20"}).content.decode()
    assert html.count('class="hit"') == 20
    assert html.index("Report number 0<") < html.index("Report number 1<")
    assert 'rel="next"' in html
    html = client.get("/en/search/", {"sort": "oldest", "page_size": "20", "page": "2"}).content.decode()
    assert html.count('class="hit"') == 5
    assert 'rel="prev"' in html


def test_zero_results_offer_a_spelling_and_a_filter_to_remove(es, client):
    from tests.support.corpus import doc, write

    write(doc("Mentoring young offenders", kind="practice"), doc("Street lighting", kind="project"))
    html = client.get("/en/search/", {"q": "mentorng"}).content.decode()
    # One typo: the search runs again allowing it, and says so.
    assert "Nothing matched “mentorng” exactly: showing results for similar spellings." in html
    assert "Mentoring young offenders" in html
    html = client.get("/en/search/", {"q": "mentoring", "kind": "project"}).content.decode()
    assert "Nothing matches" in html
    assert re.search(
        r'Remove the filter <a href="\?q=mentoring">Kind: Regional prevention project</a> to see 1 result', html
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"kind": "poem"}, "is not a value of the filter “Kind”"),
        ({"colour": "red"}, "Unknown parameter"),
        ({"page_size": "15"}, "page size must be one of 10, 20, 50"),
        ({"page": "5000"}, "Only the first 10,000 results"),
        ({"q": "fraud\x00"}, "control characters"),
        ({"sort": "random"}, "Sort by one of"),
    ],
)
def test_bad_input_gets_a_friendly_message(es, client, params, message):
    response = client.get("/en/search/", params)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize("q", ['"unbalanced', "-", "OR", "fraud OR", "a:b (c", "[*]"])
def test_awkward_queries_still_answer(es, client, q):
    response = client.get("/en/search/", {"q": q})
    assert response.status_code == 200


def test_more_results_than_the_window_are_capped_with_a_message(es, client):
    from search.index.bulk import bulk_write
    from search.index.mapping import MAX_RESULT_WINDOW, alias_name

    bulk_write(
        (
            {"_index": alias_name(), "_id": i, "_source": {"kind": "paper", "title": "x", "url": "/", "language": "en"}}
            for i in range(1, MAX_RESULT_WINDOW + 51)
        ),
        refresh=True,
    )
    html = client.get("/en/search/").content.decode()
    assert "10050 publications" in html
    assert "Only the first 10,000 of these results can be paged through" in html
    assert "page=1000" in html and "page=1005" not in html
    assert client.get("/en/search/", {"page": "1000"}).status_code == 200
    assert client.get("/en/search/", {"page": "1001"}).status_code == 400


def test_a_per_kind_listing_uses_the_same_search_with_its_kind_fixed(es, rf):
    from search.web.views import search_context
    from tests.support.corpus import doc, write

    write(doc("Review of mentoring", kind="practice"), doc("Paper on mentoring", kind="paper"))
    context, status = search_context(rf.get("/practices/", {"q": "mentoring"}), kind="practice")
    assert status == 200
    assert [hit.title for hit in context["results"].hits] == ["Review of mentoring"]
    context, status = search_context(rf.get("/practices/", {"page": "x"}), kind="practice")
    assert status == 400 and "page number" in context["error"]
