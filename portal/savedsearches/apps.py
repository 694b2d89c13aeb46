from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SavedSearchesConfig(AppConfig):
    name = "portal.savedsearches"
    label = "savedsearches"
    verbose_name = _("Saved searches")
