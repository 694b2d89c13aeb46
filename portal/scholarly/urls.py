from django.urls import path, re_path
from wagtail.contrib.sitemaps.views import sitemap

from . import oai, views
from .sitemaps import TrilingualSitemap

urlpatterns = [
    path("oai/", oai.endpoint, name="oai"),
    path("cite/<int:page_id>.<str:fmt>", views.cite, name="cite"),
    path("search/export.<str:fmt>", views.export_results, name="export-results"),
    path("feeds/rss/", views.NewItemsFeed(), name="feed-rss"),
    path("feeds/atom/", views.NewItemsAtomFeed(), name="feed-atom"),
    re_path(r"^feeds/(?P<kind>[a-z]+)/rss/$", views.NewItemsFeed(), name="feed-kind-rss"),
    re_path(r"^feeds/(?P<kind>[a-z]+)/atom/$", views.NewItemsAtomFeed(), name="feed-kind-atom"),
    re_path(r"^feeds/topic/(?P<topic>[-\w]+)/rss/$", views.NewItemsFeed(), name="feed-topic-rss"),
    re_path(r"^feeds/topic/(?P<topic>[-\w]+)/atom/$", views.NewItemsAtomFeed(), name="feed-topic-atom"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TrilingualSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
