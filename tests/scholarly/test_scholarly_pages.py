"""Feeds, sitemap, robots.txt and the metadata that indexers read from detail pages."""

import json
import re

import feedparser
import pytest


@pytest.fixture
def papers(es, make_paper):
    public = make_paper(
        title="Reducing recidivism through probation", authors="Okafor, Daniel; Ахметова Гүлнар", language="en"
    )
    draft = make_paper(title="Unfinished draft on informants", publish=False)
    return public, draft


@pytest.mark.parametrize("url", ["/feeds/atom/", "/feeds/rss/", "/feeds/paper/atom/", "/feeds/paper/rss/"])
def test_feeds_list_public_items_only(client, papers, url):
    public, draft = papers
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    titles = [entry.title for entry in feed.entries]
    assert public.title in titles
    assert draft.title not in titles


def test_feed_of_an_empty_kind_is_valid_and_of_an_unknown_kind_is_404(client, papers):
    assert feedparser.parse(client.get("/feeds/project/atom/").content).entries == []
    assert client.get("/feeds/nonsense/atom/", follow=True).status_code == 404


def test_sitemap_and_robots(client, papers):
    public, draft = papers
    sitemap = client.get("/sitemap.xml").content.decode()
    assert public.url in sitemap
    assert draft.slug not in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots
    assert re.search(r"^Sitemap: http://testserver/sitemap\.xml$", robots, re.M)


def meta(html: str, name: str) -> list[str]:
    return re.findall(rf'<meta name="{name}" content="([^"]*)">', html)


def test_detail_page_carries_highwire_tags_json_ld_and_open_graph(client, papers):
    public, _ = papers
    html = client.get(public.url).content.decode()
    assert meta(html, "citation_title") == [public.title]
    assert meta(html, "citation_author") == ["Okafor, Daniel", "Ахметова, Гүлнар"]
    assert meta(html, "citation_publication_date") == ["2025/01/01"]
    assert meta(html, "citation_language") == ["en"]
    assert f'<link rel="canonical" href="http://testserver{public.url}">' in html
    assert f'<meta property="og:title" content="{public.title}">' in html
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block)
    assert data["@type"] == "ScholarlyArticle"
    assert [a["name"] for a in data["author"]] == ["Daniel Okafor", "Гүлнар Ахметова"]
    assert data["datePublished"] == "2025-01-01"


def test_json_ld_cannot_be_broken_out_of(client, es, make_paper):
    paper = make_paper(title="</script><script>alert(1)</script>", abstract="x")
    html = client.get(paper.url).content.decode()
    assert "<script>alert(1)" not in html
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(block)["name"] == paper.title


def test_every_kind_has_indexer_metadata(client, sections, make_item):
    for kind, schema_type in [("practice", "Article"), ("methodology", "HowTo"), ("project", "ResearchProject")]:
        item = make_item(kind)
        html = client.get(item.url).content.decode()
        (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert json.loads(block)["@type"] == schema_type
        assert meta(html, "citation_title") == [item.title]


def test_topic_feed_lists_items_under_its_topic(client, sections, make_item):
    from portal.taxonomy.models import Topic

    parent = Topic.objects.create(slug="prevention", name_kk="Алдын алу", name_ru="Профилактика", name_en="Prevention")
    child = Topic.objects.create(
        slug="juvenile", parent=parent, name_kk="Жасөспірімдер", name_ru="Подростки", name_en="Juveniles"
    )
    tagged = make_item("practice", title="Mentoring in schools", topics=[child])
    untagged = make_item("project", title="Street lighting pilot")
    feed = feedparser.parse(client.get("/feeds/topic/prevention/atom/").content)
    titles = [entry.title for entry in feed.entries]
    assert tagged.title in titles and untagged.title not in titles


def test_every_detail_page_has_a_cite_box_and_related_items(client, sections, make_item):
    for kind in ("paper", "practice", "methodology", "project"):
        make_item(kind, title=f"Mentoring of juvenile offenders ({kind})")
    for kind in ("paper", "practice", "methodology", "project"):
        item = make_item(kind, title=f"Juvenile offenders and mentoring, {kind} two")
        html = client.get(item.url).content.decode()
        assert "GOST R 7.0.5-2008" in html and f"/cite/{item.pk}.bibtex" in html, kind
        assert "Mentoring of juvenile offenders" in html, kind  # a related item


def test_related_items_leave_out_translations_of_the_item(client, sections, make_item):
    original = make_item("practice", title="Mentoring juvenile offenders in schools")
    make_item("practice", title="Mentoring juvenile offenders: Kazakh edition", language="kk", translation_of=original)
    make_item("practice", title="Mentoring juvenile offenders in towns")
    html = client.get(original.url).content.decode()
    related = html.split('id="related-heading"', 1)[1]
    assert "Mentoring juvenile offenders in towns" in related
    assert "Kazakh edition" not in related


def test_cite_box_and_related_items_speak_the_readers_language(client, sections, make_item):
    make_item("practice", title="Наставничество для подростков", language="ru")
    item = make_item("practice", title="Наставничество для подростков в школах", language="ru")
    html = client.get(item.url).content.decode()
    assert item.url.startswith("/ru/")
    assert "Цитировать" in html and "ГОСТ Р 7.0.5-2008" in html and "Похожие материалы" in html


def test_sitemap_lists_every_language(client, sections, make_item):
    english = make_item("practice", title="Street lighting", language="en")
    kazakh = make_item("practice", title="Көшелерді жарықтандыру", language="kk", translation_of=english)
    russian = make_item("project", title="Освещение улиц", language="ru")
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in (english, kazakh, russian):
        assert f"{page.url}</loc>" in sitemap, page.url
    for home in ("/kk/", "/ru/", "/en/"):
        assert f"{home}</loc>" in sitemap
