"""Every string the analytics app shows has a Kazakh and a Russian translation."""

import ast
import re
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.translation.template import templatize

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*(ROOT / "portal" / "analytics").rglob("*.py"), *(ROOT / "templates" / "analytics").glob("*")]
SOURCES = [p for p in SOURCES if "migrations" not in p.parts and p.name not in {"demo_data.py", "demo.py"}]
LITERAL = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
CALL = re.compile(rf"\b(?:_|gettext|gettext_lazy|ngettext)\(\s*((?:{LITERAL}\s*)+)")


def msgids() -> set[str]:
    found = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            text = templatize(text)
        for match in CALL.finditer(text):
            parts = re.findall(LITERAL, match.group(1))
            found.add("".join(ast.literal_eval(part.lstrip("u")) for part in parts))
    return {m for m in found if m.strip()}


def test_the_strings_are_found():
    found = msgids()
    assert "Evidence gap map" in found and "on track" in found and len(found) > 60


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_string_is_translated(language):
    missing = []
    with translation.override(language):
        for msgid in sorted(msgids()):
            if translation.gettext(msgid) == msgid:
                missing.append(msgid)
    assert not missing, f"{len(missing)} untranslated in {language}: {missing[:10]}"
