from django.apps import AppConfig


class MethodologiesConfig(AppConfig):
    name = "portal.methodologies"
    label = "methodologies"
