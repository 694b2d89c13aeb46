from django.apps import AppConfig


class ScholarlyConfig(AppConfig):
    name = "portal.scholarly"
    label = "scholarly"
    verbose_name = "Scholarly interoperability"

    def ready(self):
        from . import signals

        signals.connect()
