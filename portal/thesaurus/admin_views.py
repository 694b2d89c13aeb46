"""Admin views: the whole tree on one page, and "add this query as a label" from the search report."""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import LANGUAGES, Concept, label_index, normalise_label

KAZAKH_LETTERS = set("әғқңөұүһі")


def guess_language(text: str) -> str:
    """Kazakh when a letter only Kazakh uses appears, Russian for other Cyrillic, English otherwise."""
    letters = set(text.lower())
    if letters & KAZAKH_LETTERS:
        return "kk"
    if any("а" <= ch <= "я" or ch == "ё" for ch in letters):
        return "ru"
    return "en"


def add_label_action(query: str) -> dict:
    return {
        "label": _("Add to thesaurus"),
        "url": reverse("thesaurus_add_label") + "?" + urlencode({"q": query}),
        "classname": "button button-small button-secondary",
    }


class ChangeConceptRequired:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("thesaurus.change_concept"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ConceptTree(ChangeConceptRequired, WagtailAdminTemplateMixin, TemplateView):
    template_name = "thesaurus/admin/tree.html"
    page_title = _("Thesaurus tree")
    header_icon = "tag"

    def get_context_data(self, **kwargs):
        concepts = list(Concept.objects.in_tree_order())
        return super().get_context_data(concepts=concepts, **kwargs)


class AddLabelForm(forms.Form):
    label = forms.CharField(label=_("Label"), max_length=255)
    language = forms.ChoiceField(label=_("Language of the label"), choices=[(c, c) for c in LANGUAGES])
    concept = forms.ModelChoiceField(label=_("Concept"), queryset=Concept.objects.none())
    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        concepts = Concept.objects.order_by("pref_label_en")
        self.fields["concept"].queryset = concepts
        self.fields["concept"].label_from_instance = lambda c: f"{c.label} · {c.pref_label_ru} · {c.pref_label_en}"

    def clean(self):
        data = super().clean()
        label, language, concept = data.get("label"), data.get("language"), data.get("concept")
        if label and language and concept:
            owner = label_index(Concept.objects.exclude(pk=concept.pk)).get((language, normalise_label(label)))
            if owner:
                raise forms.ValidationError(
                    _("“%(label)s” is already a label of the concept %(owner)s.") % {"label": label, "owner": owner}
                )
        return data


class AddLabel(ChangeConceptRequired, WagtailAdminTemplateMixin, FormView):
    """Make a query that found nothing an alternative label of a concept (saved as a new revision)."""

    template_name = "thesaurus/admin/add_label.html"
    form_class = AddLabelForm
    page_title = _("Add a query to the thesaurus")
    header_icon = "tag"

    def get_initial(self):
        query = " ".join(self.request.GET.get("q", "").split())[:255]
        return {
            "label": query,
            "language": guess_language(query),
            "next": self.request.GET.get("next") or reverse("search_terms_report"),
        }

    def form_valid(self, form):
        data = form.cleaned_data
        with transaction.atomic():
            concept = Concept.objects.select_for_update().get(pk=data["concept"].pk)
            if concept.add_alt_label(data["label"], data["language"]):
                concept.save()
                concept.save_revision(user=self.request.user, log_action=True)
                messages.success(
                    self.request,
                    _("“%(label)s” is now a label of “%(concept)s”.") % {"label": data["label"], "concept": concept},
                )
            else:
                messages.info(self.request, _("The concept already had this label."))
        target = data.get("next") or ""
        return redirect(target if target.startswith("/") and not target.startswith("//") else "search_terms_report")
