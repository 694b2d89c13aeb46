import json
from pathlib import Path
import pytest
from tests.browser.pages import LANGUAGES, page_types

pytestmark = pytest.mark.browser
AXE = Path(".cache/axe-core-4.14.1/axe.min.js").read_text()

def test_explore(browser, site):
    for lang in LANGUAGES:
        for width in (1280, 375):
            ctx = browser.new_context(viewport={"width": width, "height": 800}, base_url=site)
            ctx.add_cookies([{"name": "django_language", "value": lang, "url": site}])
            ctx.add_init_script(path=".cache/axe-core-4.14.1/axe.min.js")
            p = ctx.new_page()
            for name, path in page_types(lang).items():
                p.goto(path)
                if width == 375:
                    sw = p.evaluate("[document.documentElement.scrollWidth, innerWidth]")
                    if sw[0] > sw[1]:
                        print("OVERFLOW", lang, name, path, sw)
                    continue
                res = p.evaluate("""async () => (await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})).violations.map(v => [v.id, v.impact, v.nodes.length, v.nodes.slice(0,3).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary||'').slice(0,160))])""")
                for v in res:
                    print("AXE", lang, name, path, json.dumps(v, ensure_ascii=False))
            ctx.close()
