"""Relevance over every query set of ``devtools.evaluation`` (or the ones named), figures saved for comparison."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from devtools import evaluation


class Command(BaseCommand):
    help = "Measure relevance over the query sets (devtools/evaluation/sets); writes var/eval/latest.json."

    def add_arguments(self, parser):
        parser.add_argument("--set", action="append", dest="names", help="Only this set (repeatable).")
        parser.add_argument("--out", default=str(Path(settings.VAR_DIR) / "eval" / "latest.json"))

    def handle(self, *args, names, out, **options):
        sets = evaluation.available()
        unknown = sorted(set(names or []) - set(sets))
        if unknown:
            raise CommandError(f"Unknown set {unknown[0]!r}; known: {', '.join(sets)}.")
        figures = {}
        for name, module in sets.items():
            if names and name not in names:
                continue
            self.stdout.write(f"\n== {name}: {module.TITLE}")
            figures[name] = module.evaluate(self.stdout.write)
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
        self.stdout.write(f"\n{json.dumps(figures, ensure_ascii=False)}\nsaved to {path}")
