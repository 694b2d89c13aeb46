"""Snippet edits reach the index: renaming a person, topic, region or organisation, or replacing
a PDF, re-syncs every page whose document shows it.

The sync itself (search.sync.signals.schedule_sync) runs after the transaction
commits and rebuilds the documents from the database.
"""

from django.db.models.signals import post_save, pre_delete

from search.sync.signals import schedule_sync


def _pages_with_topics(topic) -> set[int]:
    from portal.publications.kinds import publication_models

    topics = topic.descendants()  # a topic's slug and title are part of its subtopics' paths and titles
    return {
        pk
        for model in publication_models()
        for pk in model.objects.filter(topics__in=topics).values_list("pk", flat=True)
    }


def _pages_linking(field: str, instance) -> set[int]:
    from portal.publications.kinds import publication_models

    ids = set()
    for model in publication_models():
        if any(f.name == field for f in model._meta.get_fields()):
            ids.update(model.objects.filter(**{field: instance}).values_list("pk", flat=True))
    return ids


def affected_pages(instance) -> set[int]:
    from portal.methodologies.models import MethodologyAuthor
    from portal.pdfs.models import PdfDocument
    from portal.people.models import Person
    from portal.research.models import PaperAuthor

    from .models import Organisation, Region, Topic

    if isinstance(instance, Topic):
        return _pages_with_topics(instance)
    if isinstance(instance, Region):
        return _pages_linking("regions", instance)
    if isinstance(instance, Organisation):
        # Papers show their authors' affiliations as their organisations.
        affiliated = PaperAuthor.objects.filter(person__affiliation=instance).values_list("page_id", flat=True)
        return _pages_linking("organisations", instance) | set(affiliated)
    if isinstance(instance, Person):
        return set(PaperAuthor.objects.filter(person=instance).values_list("page_id", flat=True)) | set(
            MethodologyAuthor.objects.filter(person=instance).values_list("page_id", flat=True)
        )
    if isinstance(instance, PdfDocument):
        return _pages_linking("pdf", instance) | _pages_linking("document", instance)
    return set()


def on_snippet_change(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk:
        schedule_sync(affected_pages(instance))


def connect() -> None:
    from portal.pdfs.models import PdfDocument
    from portal.people.models import Person

    from .models import Organisation, Region, Topic

    for model in (Topic, Region, Organisation, Person, PdfDocument):
        uid = f"related-{model._meta.label_lower}"
        post_save.connect(on_snippet_change, sender=model, dispatch_uid=f"{uid}-save")
        pre_delete.connect(on_snippet_change, sender=model, dispatch_uid=f"{uid}-delete")
