from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Development-only commands: the local Elasticsearch node, the benchmark, the Kazakh evaluation.

    Installed by the dev and test settings only; production never loads it.
    """

    name = "devtools"
    label = "devtools"
    verbose_name = "Development tools"
