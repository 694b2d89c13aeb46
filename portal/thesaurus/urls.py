from django.urls import path

from .views import ConceptDetail, ConceptIndex

urlpatterns = [
    path("", ConceptIndex.as_view(), name="concept_index"),
    path("<slug:slug>/", ConceptDetail.as_view(), name="concept_detail"),
]
