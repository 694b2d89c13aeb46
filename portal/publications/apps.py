from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    """What every kind of publication shares: page bases, the registry of kinds, the visibility rule."""

    name = "portal.publications"
    label = "publications"
    verbose_name = "Publications"

    def ready(self):
        from search.query.facets import register_kinds

        from . import kinds

        # Search learns the kinds from here (it imports nothing from the portal): codes in listing
        # order, checked as facet values, and shown in the reader's language.
        register_kinds(
            {kind.code: kind.label_in("en") for kind in kinds.KINDS},
            lambda codes: {code: kinds.get(code).label_in() for code in codes if code in kinds.BY_CODE},
        )
