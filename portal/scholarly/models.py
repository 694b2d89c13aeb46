from django.db import models


class DeletedRecord(models.Model):
    """A harvestable item that left the public site (unpublished, deleted or made private).

    OAI-PMH promises ``deletedRecord = persistent``: harvesters that saw the item
    must learn that it went, so the record outlives the page.
    """

    page_id = models.PositiveBigIntegerField(unique=True)
    sets = models.TextField(help_text="The item's OAI-PMH setSpecs at deletion, as |spec|spec|.")
    deleted_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["deleted_at", "page_id"]

    def __str__(self):
        return f"page {self.page_id} deleted {self.deleted_at:%Y-%m-%d}"
