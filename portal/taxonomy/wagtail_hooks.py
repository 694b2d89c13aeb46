"""The taxonomy and people as snippets, editable under "Snippets" in the admin."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.people.models import Person

from .models import Organisation, Region, Topic


class TaxonomyViewSet(SnippetViewSet):
    search_backend_name = None  # filter the admin listing in the database; these tables are small


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "parent"]
    search_fields = ["name_kk", "name_ru", "name_en", "slug"]


class RegionViewSet(TaxonomyViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "code", "kind"]
    list_filter = ["kind"]
    search_fields = ["name_kk", "name_ru", "name_en", "code"]


class OrganisationViewSet(TaxonomyViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "acronym", "region"]
    search_fields = ["name_kk", "name_ru", "name_en", "acronym"]


class PersonViewSet(TaxonomyViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "orcid", "affiliation"]
    search_fields = ["name_kk", "name_ru", "name_en", "orcid"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "tag"
    menu_order = 250
    items = (TopicViewSet, RegionViewSet, OrganisationViewSet, PersonViewSet)


register_snippet(TaxonomyGroup)
