"""The alias readers use, the versioned indices behind it, and where writes go while a rebuild runs."""

from django.conf import settings
from django.utils import timezone
from elasticsearch import NotFoundError

from search.client import get_client
from search.index.mapping import PublicationDocument, alias_name


def building_alias_name() -> str:
    return f"{alias_name()}-building"


def new_index_name() -> str:
    return f"{alias_name()}-{timezone.now():%Y%m%d%H%M%S%f}"


def create_index(name: str) -> None:
    """A new index with the current replica setting (a cluster of several nodes keeps a copy on each)."""
    new = PublicationDocument._index.clone(name=name)
    new.settings(number_of_replicas=settings.ELASTICSEARCH["REPLICAS"])
    new.create(using=get_client())


def indices_behind(alias: str) -> list[str]:
    try:
        return sorted(get_client().indices.get_alias(name=alias))
    except NotFoundError:
        return []


def ensure_index() -> bool:
    """Create an empty index behind the alias if there is none; True when created."""
    client = get_client()
    alias = alias_name()
    if client.indices.exists_alias(name=alias):
        return False
    if client.indices.exists(index=alias):
        raise RuntimeError(
            f"'{alias}' is a concrete index, not an alias: run `manage.py search_index rebuild`, "
            "which replaces it with a versioned index behind the alias."
        )
    name = new_index_name()
    create_index(name)
    client.indices.put_alias(index=name, name=alias)
    return True


def write_targets() -> list[str]:
    """The live alias, plus the index being built by a running rebuild."""
    client = get_client()
    targets = [alias_name()]
    if client.indices.exists_alias(name=building_alias_name()):
        targets.append(building_alias_name())
    return targets
