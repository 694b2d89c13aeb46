"""The bad-input catalogue: hostile input to every public endpoint gets a 2xx/3xx/4xx, never a 500, never an echo.

To cover a new endpoint, append an ``Endpoint`` to ``ENDPOINTS``: every payload
is then sent to each of its parameters, and every OAI-PMH-style query string to
its path. Paths may name the pages made by the ``site`` fixture, e.g. "{paper}".
"""

import datetime
from dataclasses import dataclass

import pytest
from wagtail.models import PageViewRestriction

from portal.research.models import ResearchPaper


@dataclass(frozen=True)
class Endpoint:
    name: str
    path: str  # may contain {home}, {listing}, {paper} or {paper_id}
    params: tuple[str, ...] = ("q",)
    method: str = "GET"


ENDPOINTS = [
    Endpoint("home page", "{home}", params=("q", "page")),
    Endpoint("search page", "/search/", params=("q", "page")),
    Endpoint("research listing", "{listing}", params=("page", "q", "topic", "region", "year", "language")),
    Endpoint("paper page", "{paper}", params=("q", "page")),
    Endpoint("admin login form", "/admin/login/", params=("username", "password"), method="POST"),
    Endpoint("admin login page", "/admin/login/", params=("next",)),
    Endpoint("search API", "/api/search/", params=("q", "page", "page_size", "kind", "sort", "topic")),
    Endpoint("suggest API", "/api/suggest/", params=("q",)),
    Endpoint("OAI-PMH", "/oai/", params=("verb", "identifier", "from", "resumptionToken")),
    Endpoint("OAI-PMH by POST", "/oai/", params=("verb", "metadataPrefix"), method="POST"),
    Endpoint("citation download", "/cite/{paper_id}.bibtex", params=("q",)),
    Endpoint("kind feed", "/feeds/paper/atom/", params=("q",)),
]

XSS = [
    "<script>alert(1)</script>",
    '"><script>alert(document.cookie)</script>',
    "'><img src=x onerror=alert(1)>",
    "<img src=x onerror=alert('x')>",
    "<svg/onload=alert(1)>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">click</a>',
    "</mark><script>alert(1)</script><mark>",
    "<mark onclick=alert(1)>prevention</mark>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "<style>body{display:none}</style>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<<script>script>alert(1)<</script>/script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<scr\x00ipt>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "{{ 7*7 }}",
    "{% debug %}",
    "${7*7}",
    '<!--#exec cmd="ls"-->',
    "<meta http-equiv=refresh content=0;url=https://evil.example>",
]
SQL = [
    "' OR '1'='1",
    "' OR 1=1 --",
    '" OR ""="',
    "1; DROP TABLE wagtailcore_page; --",
    "'; DELETE FROM auth_user; --",
    "' UNION SELECT username, password FROM auth_user --",
    "1' AND SLEEP(5) --",
    "admin'--",
    "%' AND 1=0 UNION SELECT NULL --",
    "\\'; SELECT pg_sleep(5); --",
]
ELASTICSEARCH_SYNTAX = [
    "*",
    "?",
    "title:*",
    "_exists_:title",
    "status:draft OR live:false",
    "field:[* TO *]",
    "a AND (b OR",
    '"unterminated phrase',
    "((((((((((((((((((((",
    "))))]]]]}}}}",
    "/regex.*/",
    "/[/",
    "prevention~99999",
    "prevention^1000000",
    '+-=&&||><!(){}[]^"~*?:\\/',
    "\\",
    '{"query": {"match_all": {}}}',
    '{"script": {"source": "System.exit(0)"}}',
    "_all:*",
    "NOT NOT NOT",
    "AND OR NOT",
    "title.raw:/.*/",
]
HUGE_AND_MALFORMED = [
    "a" * 501,
    "x" * 10_000,
    "word " * 2_000,
    "€" * 1_000,
    "-1",
    "0",
    "1e9",
    "99999999999999999999",
    "1001",
    "1.5",
    "NaN",
    "0x10",
    "",
    " ",
    "\t\r\n",
    "null",
    "undefined",
    "[]",
    "{}",
    "../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "https://evil.example/",
    "//evil.example",
    "\x00",
    "prevention\x00<script>",
]
UNICODE = [
    "\u202eevil\u202c",
    "zero\u200bwidth\u200djoiner",
    "\ufeffbom",
    "e\u0301" * 200,
    "🔍" * 100,
    "👨‍👩‍👧‍👦",
    "әңғүұқөһі",
    "ҚҰҚЫҚ ҚОРҒАУ",
    "профилактика правонарушений",
    "مكافحة الجريمة",
    "犯罪预防",
    "\U0010ffff",
    "\ud7ff\ue000",
    "ﬁ ligature ﬀ",
    "Ⅻ ½ ²",
    "İstanbul ı",
    "ß ẞ",
    "\u0085next line",
    "\u2028line\u2029paragraph",
    "control \x07\x08\x1b[31m",
]
PAYLOADS = XSS + SQL + ELASTICSEARCH_SYNTAX + HUGE_AND_MALFORMED + UNICODE

# Raw query strings: OAI-PMH requests, malformed, or with invalid UTF-8 and repeated keys.
RAW_QUERIES = [
    "verb=Identify",
    "verb=ListRecords&metadataPrefix=oai_dc",
    "verb=ListRecords&metadataPrefix=oai_dc&from=2020-13-45&until=yesterday",
    "verb=GetRecord&identifier=oai:zertteushi:99999999999&metadataPrefix=oai_dc",
    "verb=GetRecord&identifier=%3Cscript%3E&metadataPrefix=%3Cscript%3E",
    "verb=ListIdentifiers&resumptionToken=!!!%00%ff",
    "verb=BadVerb",
    "verb=Identify&verb=ListSets",
    "verb=ListSets&set=../../etc",
    "q=%ff%fe%fd",
    "q=%E0%A4%A",
    "q=a&q=b&q=c&page=1&page=2",
    "page[]=1&q[$ne]=x",
    "q",
    "=&&==&",
    "%00=%00",
]


SECRETS = ("zqxjv", "wkfgh", "plmrt")  # words that only unpublished, draft or private content contains


@pytest.fixture
def site(es, papers_index, make_paper, committed):
    """Published papers (one with hostile content), plus content that must never show."""
    paper = make_paper(title="Crime prevention in rural districts", abstract="A review of pilot projects.")
    make_paper(
        title='<script>alert("xss-title")</script> Hostile title survey',
        abstract="<img src=x onerror=alert('xss-abstract')> community policing",
        authors="<b>Bold</b>, Author",
    )
    make_paper(title="Classified draft zqxjv", abstract="Never published.", publish=False)
    draft = make_paper(title="Prevention survey", abstract="Published version.")
    draft.title = "Prevention survey wkfgh draft"
    draft.save_revision()  # a newer draft that must not be served or indexed
    private = make_paper(title="Private prevention memo plmrt", abstract="Restricted to staff.")
    with committed():
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {
        "home": papers_index.get_parent().url,
        "listing": papers_index.url,
        "paper": paper.url,
        "paper_id": paper.pk,
    }


def send(client, endpoint: Endpoint, site: dict, param: str | None, payload: str):
    path = endpoint.path.format(**site)
    if param is None:
        return client.get(f"{path}?{payload}")
    if endpoint.method == "POST":
        return client.post(path, {param: payload})
    return client.get(path, {param: payload})


def problems_with(response, payload: str) -> list[str]:
    found = []
    if not 200 <= response.status_code < 500:
        found.append(f"status {response.status_code}")
    body = response.content.decode("utf-8", errors="replace")
    if "<" in payload and payload in body:
        found.append("echoed unescaped")
    # The stored markup itself; escaped forms (HTML or XML) never contain its opening "<".
    for word in ('<script>alert("xss-title")', "<img src=x onerror=alert('xss-abstract')"):
        if word in body:
            found.append(f"stored content unescaped: {word}")
    found += [f"leaked unpublished content '{word}'" for word in SECRETS if word in body and word not in payload]
    if "Traceback" in body:
        found.append("stack trace")
    return found


def test_the_catalogue_has_at_least_100_hostile_inputs():
    assert len(PAYLOADS) + len(RAW_QUERIES) >= 100


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_hostile_input_never_breaks_an_endpoint(endpoint, site, client):
    failures = []
    cases = [(param, payload) for payload in PAYLOADS for param in endpoint.params]
    if endpoint.method == "GET":
        cases += [(None, raw) for raw in RAW_QUERIES]
    for param, payload in cases:
        response = send(client, endpoint, site, param, payload)
        failures += [f"{param}={payload[:60]!r}: {problem}" for problem in problems_with(response, payload)]
    assert not failures, f"{endpoint.name}: {len(failures)} problems\n" + "\n".join(failures[:40])


def test_searches_aimed_at_hidden_content_find_nothing_hidden(site, client):
    for query in ("classified draft", "prevention survey draft", "private memo", "*", "prevention"):
        body = client.get("/search/", {"q": query}).text
        assert not [word for word in SECRETS if word in body], query


def test_hostile_content_is_shown_escaped_everywhere(site, client):
    pages = [site["listing"], site["home"], "/search/?q=hostile+title+survey", "/search/?q=community+policing"]
    paper = ResearchPaper.objects.get(title__startswith="<script>")
    for url in [*pages, paper.url]:
        body = client.get(url).text
        assert "Hostile title survey" in body or "Hostile</mark>" in body or "<mark>Hostile" in body, url
        assert "<script>alert(" not in body, url
        assert "<img src=x" not in body, url
        assert "&lt;script&gt;" in body or "&lt;img" in body, url


def test_publication_dates_far_from_now_are_handled(make_paper, es, client):
    paper = make_paper(title="Ancient statute", publication_date=datetime.date(1, 1, 1))
    assert client.get(paper.url).status_code == 200
    assert client.get("/search/", {"q": "ancient statute"}).status_code == 200
