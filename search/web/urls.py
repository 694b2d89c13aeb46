"""The search page and its feed, served under each language prefix (/kk/search/, /ru/search/, /en/search/)."""

from django.urls import path

from search.web import feeds, views

urlpatterns = [
    path("", views.search_page, name="search"),
    path("feed/", feeds.search_feed, name="search-feed"),
]
