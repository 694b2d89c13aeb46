from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site (``manage.py load_demo``) and the development accounts (``create_dev_admin``).

    Installed by the dev and test settings only; production never loads it.
    """

    name = "portal.demo"
    label = "demo"
    verbose_name = "Demo content"
