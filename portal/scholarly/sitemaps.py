"""A sitemap of every visible page in every language (portal.publications.visibility).

Wagtail's own sitemap walks the site's root page only, and each content
language has a tree of its own beside it; this one walks the root page and all
its translations.
"""

import functools
import operator

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.publications.visibility import visible_pages


class TrilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        trees = functools.reduce(operator.or_, (Q(path__startswith=r.path) for r in [root, *root.get_translations()]))
        return visible_pages(Page.objects.filter(trees)).order_by("path").defer_streamfields().specific()
