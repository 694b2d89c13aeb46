"""Under each language prefix: /<lang>/saved-searches/…"""

from django.contrib.auth.views import LogoutView
from django.urls import path

from . import views

urlpatterns = [
    path("", views.saved_search_list, name="saved-searches"),
    path("save/", views.save, name="saved-search-save"),
    path("<int:pk>/delete/", views.delete, name="saved-search-delete"),
    path("<int:pk>/digest/", views.set_digest, name="saved-search-digest"),
    path("sign-out/", LogoutView.as_view(next_page="search"), name="sign-out"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="saved-search-unsubscribe"),
]
