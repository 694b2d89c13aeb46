"""Every page type in Kazakh, Russian and English: axe-core's WCAG 2.2 AA rules, a 375 px phone, valid HTML."""

import json
import subprocess
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser.pages import LANGUAGES, page_types

pytestmark = pytest.mark.browser

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}
VNU = Path(".cache/vnu-20.7.2/lib")
AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + ": " + (n.failureSummary || "").split("\\n")[1])}));
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_serious_or_critical_wcag_22_violations(open_tab, language):
    tab = open_tab(language)
    blocking, minor = [], []
    for name, path in page_types(language).items():
        tab.goto(path)
        assert tab.evaluate("typeof axe") == "object", "axe-core is loaded"
        for violation in tab.evaluate(AXE_RUN, WCAG_22_AA):
            impact, rule = violation["impact"], violation["id"]
            line = f"{language} {name} {path}: {impact} {rule} ({violation['help']}) {violation['nodes']}"
            (blocking if violation["impact"] in BLOCKING else minor).append(line)
    print("\n".join(["axe, neither serious nor critical:", *minor]) if minor else "axe: no other violations")
    assert not blocking, "\n".join(blocking)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_scrolls_sideways_on_a_375px_phone(open_tab, language):
    tab = open_tab(language, width=375, height=740)
    wide = {}
    for name, path in page_types(language).items():
        tab.goto(path)
        width, viewport = tab.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        if width > viewport:
            wide[f"{name} {path}"] = width
    assert not wide, f"wider than 375 px: {wide}"


def test_results_come_before_the_filters_on_a_phone(open_tab):
    tab = open_tab("en", width=375, height=740)
    tab.goto("/search/?q=prevention")
    first_hit = tab.locator("article.hit").first.bounding_box()
    filters = tab.locator("aside.facets").bounding_box()
    assert first_hit["y"] < filters["y"]


def test_every_page_type_is_valid_html(site, tmp_path):
    """Nu HTML Checker (nu.validator 20.7.2 from Maven Central) over the HTML the server sends, in one JVM."""
    if not VNU.is_dir():
        pytest.fail(f"No Nu HTML Checker in {VNU}: `make setup` fetches it with Maven.")
    files = {}
    for language in LANGUAGES:
        for name, path in page_types(language).items():
            cookie = {"Cookie": f"django_language={language}"}
            request = urllib.request.Request(site + quote(path, safe="/?=&"), headers=cookie)  # noqa: S310
            try:
                with urllib.request.urlopen(request) as response:  # noqa: S310 (the live test server)
                    html = response.read()
            except urllib.error.HTTPError as error:
                html = error.read()
            target = tmp_path / f"{language}-{name.replace(' ', '-')}.html"
            target.write_bytes(html)
            files[target.name] = f"{language} {name} {path}"
    # A control document the checker must fault: proof that it ran and that its report is read.
    control = tmp_path / "control.html"
    control.write_text('<!DOCTYPE html><html lang="en"><title>x</title><form action=""></form></html>')
    files[control.name] = "control"
    result = subprocess.run(
        ["java", "-cp", f"{VNU}/*", "nu.validator.client.SimpleCommandLineValidator"]
        + ["--format", "json", "--no-langdetect"]
        + sorted(str(tmp_path / name) for name in files),
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr[result.stderr.index('{"messages"') :])["messages"]
    errors = [
        f"{files[Path(m['url']).name]} line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    warnings = [f"{files[Path(m['url']).name]}: {m['message']}" for m in messages if m["type"] != "error"]
    print("\n".join(["Nu warnings:", *warnings]) if warnings else "Nu: no warnings")
    assert [e for e in errors if e.startswith("control ")], f"the checker did not run: {result.stderr[-2000:]}"
    errors = [e for e in errors if not e.startswith("control ")]
    assert not errors, "\n".join(errors)
