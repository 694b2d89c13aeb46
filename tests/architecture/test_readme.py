"""The README's architecture drawing names modules that exist, so it cannot drift from the code unnoticed."""

import re
from pathlib import Path

from django.conf import settings

MODULE = re.compile(r"\b((?:portal|search|devtools)/[\w/]*?\w+\.py)\b")
GROUP = re.compile(r"\b((?:portal|search)/[\w/]+)/\{([\w,]+)\}\.py")


def drawing() -> str:
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    section = readme.split("### Architecture", 1)[1]
    return section.split("```", 2)[1]


def named_modules(text: str) -> set[str]:
    names = set(MODULE.findall(text))
    for folder, group in GROUP.findall(text):
        names |= {f"{folder}/{name}.py" for name in group.split(",")}
    return names


def test_the_architecture_drawing_names_existing_modules():
    names = named_modules(drawing())
    assert len(names) > 20
    missing = sorted(name for name in names if not (Path(settings.BASE_DIR) / name).is_file())
    assert missing == []


def test_a_renamed_module_would_be_noticed():
    assert named_modules("a ─> search/sync/indexer.py and portal/scholarly/{oai,harvest}.py") == {
        "search/sync/indexer.py",
        "portal/scholarly/oai.py",
        "portal/scholarly/harvest.py",
    }
