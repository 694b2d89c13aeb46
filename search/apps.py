from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = "Publication search"

    def ready(self):
        from search.sync import signals

        from .client import get_client

        get_client()  # registers the DSL's default connection; opens no socket yet
        signals.connect()
