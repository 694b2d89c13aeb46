"""Signed tokens for the unsubscribe link of a digest: they name a saved search and nothing else."""

from django.core import signing

from .models import SavedSearch

SALT = "savedsearches.unsubscribe"


def token_for(saved: SavedSearch) -> str:
    return signing.dumps(saved.pk, salt=SALT, compress=True)


def saved_search_for_token(token: str) -> SavedSearch | None:
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return SavedSearch.objects.filter(pk=pk).first() if isinstance(pk, int) else None
