from django.apps import AppConfig


class ThesaurusConfig(AppConfig):
    name = "portal.thesaurus"
    label = "thesaurus"
    verbose_name = "Thesaurus"
