"""StreamField blocks shared by the content pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(form_classname="title", label=_("heading"))
    paragraph = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"], label=_("paragraph"))
    quote = blocks.BlockQuoteBlock(label=_("quote"))


class StageBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("stage"))
    description = blocks.TextBlock(label=_("what is done"))
    responsible = blocks.CharBlock(required=False, label=_("responsible"))
    duration = blocks.CharBlock(required=False, label=_("duration"))

    class Meta:
        icon = "list-ol"
        template = "blocks/stage.html"


class IndicatorBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("indicator"))
    definition = blocks.TextBlock(required=False, label=_("how it is calculated"))
    source = blocks.CharBlock(required=False, label=_("data source"))

    class Meta:
        icon = "table"
        template = "blocks/indicator.html"


class KpiBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("indicator"))
    unit = blocks.CharBlock(required=False, label=_("unit"))
    baseline = blocks.DecimalBlock(required=False, label=_("baseline"))
    target = blocks.DecimalBlock(label=_("target"))
    achieved = blocks.DecimalBlock(required=False, label=_("achieved"))

    class Meta:
        icon = "pick"
        template = "blocks/kpi.html"
