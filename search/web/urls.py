from django.urls import path

from search.web import views

urlpatterns = [path("", views.search_page, name="search")]
