"""The editorial workflow: Authors draft and submit, Editors approve (publishing) or reject.

``ensure_editorial_setup`` is idempotent; ``setup_editorial`` and ``load_demo``
run it, so every database gets the same groups, permissions and workflow.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

AUTHORS = "Authors"
EDITORS = "Editors"
WORKFLOW = "Editorial review"
TASK = "Editors' approval"

PAGE_PERMISSIONS = {AUTHORS: ("add", "change"), EDITORS: ("add", "change", "publish", "lock", "unlock")}
DOCUMENT_PERMISSIONS = {AUTHORS: ("add", "choose"), EDITORS: ("add", "change", "choose", "delete")}
SNIPPET_MODELS = (
    ("taxonomy", "topic"),
    ("taxonomy", "region"),
    ("taxonomy", "organisation"),
    ("people", "person"),
    ("thesaurus", "concept"),
)


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_editorial_setup() -> Workflow:
    root = Page.get_first_root_node()
    page_type = ContentType.objects.get_for_model(Page)
    root_collection = Collection.get_first_root_node()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in (AUTHORS, EDITORS)}
    for name, group in groups.items():
        group.permissions.add(
            _permission("wagtailadmin", "access_admin"), _permission("simple_translation", "submit_translation")
        )
        for action in PAGE_PERMISSIONS[name]:
            permission = Permission.objects.get(content_type=page_type, codename=f"{action}_page")
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        for action in DOCUMENT_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission("pdfs", f"{action}_pdfdocument")
            )
    # Authors name themselves and colleagues; editors keep the whole taxonomy clean.
    groups[AUTHORS].permissions.add(_permission("people", "add_person"), _permission("people", "change_person"))
    for app_label, model in SNIPPET_MODELS:
        for action in ("add", "change", "delete"):
            groups[EDITORS].permissions.add(_permission(app_label, f"{action}_{model}"))

    task, _ = GroupApprovalTask.objects.get_or_create(name=TASK)
    task.groups.set([groups[EDITORS]])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
