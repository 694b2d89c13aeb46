"""Print the recall of inflected Kazakh forms: hunspell alone, then with the app stemmer."""

from django.core.management.base import BaseCommand

from devtools import kazakh_eval
from search.index.alias import ensure_index


class Command(BaseCommand):
    help = "Measure how often a Kazakh search finds the other forms of a word, before and after the app stemmer."

    def handle(self, *args, **options):
        ensure_index()
        report = kazakh_eval.measure()
        self.stdout.write(f"{'word family':32} {'pairs':>5} {'hunspell':>9} {'+stemmer':>9}")
        for family in report.families:
            before, after = family.before / family.pairs, family.after / family.pairs
            self.stdout.write(f"{family.name:32} {family.pairs:5} {before:9.0%} {after:9.0%}")
        self.stdout.write(
            f"{'all':32} {report.pairs:5} {report.recall_before:9.1%} {report.recall_after:9.1%}\n"
            f"False merges between families: {len(report.false_merges)}"
            + "".join(f"\n  {a} ~ {b}" for a, b in report.false_merges)
        )
