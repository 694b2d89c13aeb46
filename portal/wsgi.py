import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

from portal import garbage

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
# The URLs import the views: loaded now, they are frozen with the rest of what the process holds.
import_module(settings.ROOT_URLCONF)
garbage.install()
