"""The scheduled job's part in the index: documents past their expiry date leave it.

Searches already leave them out from the instant of expiry (a filter on
``expires_at``); removing them as well means that no reader of the raw index
(the term suggester behind did-you-mean, more-like-this, an operator's query)
meets them. Run ``manage.py search_index drop-expired`` with ``publish_scheduled``.
"""

from search.client import get_client
from search.index.mapping import alias_name


def drop_expired(batch: int = 1000) -> int:
    """Delete every document whose ``expires_at`` has passed; returns how many went.

    A search for the ids and a bulk delete, batch by batch (the cluster's core
    has no delete-by-query).
    """
    client, index = get_client(), alias_name()
    dropped = 0
    while True:
        found = client.search(index=index, query={"range": {"expires_at": {"lte": "now"}}}, size=batch, source=False)[
            "hits"
        ]["hits"]
        if not found:
            return dropped
        operations = [{"delete": {"_index": hit["_index"], "_id": hit["_id"]}} for hit in found]
        client.bulk(operations=operations, refresh=True)
        dropped += len(found)
