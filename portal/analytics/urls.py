from django.urls import path

from . import views

app_name = "analytics"
urlpatterns = [
    path("", views.index, name="index"),
    path("evidence/", views.evidence, name="evidence"),
    path("region/<slug:code>/", views.region, name="region"),
    path("indicator/<int:pk>.csv", views.indicator_csv, name="indicator_csv"),
]
