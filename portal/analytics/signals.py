"""Keeping stored forecasts in step with the values, and counting PDF downloads.

Downloads are counted from Wagtail's ``document_served`` signal (sent by the
document view with ``instance`` and ``request``), whichever view serves them.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents.models import document_served

from . import items, usage
from .models import Indicator, IndicatorValue
from .tasks import schedule


@receiver(post_save, sender=IndicatorValue)
@receiver(post_delete, sender=IndicatorValue)
def value_changed(sender, instance, **kwargs):
    if instance.indicator_id and Indicator.objects.filter(pk=instance.indicator_id).exists():
        schedule(instance.indicator_id)


@receiver(post_save, sender=Indicator)
def indicator_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule(instance.pk)


@receiver(document_served)
def document_downloaded(sender, instance, request, **kwargs):
    for page in items.pages_for_document(instance)[:1]:
        usage.record_request(request, page.pk, usage.DOWNLOAD)
