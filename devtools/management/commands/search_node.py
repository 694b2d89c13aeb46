from django.core.management.base import BaseCommand, CommandError

from devtools.node import LocalNode, NodeError
from search.client import uses_local_node


class Command(BaseCommand):
    help = "Fetch, start, stop or describe the local Elasticsearch node (not used when ELASTICSEARCH_URL is set)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["fetch", "start", "stop", "status"])

    def handle(self, action, **options):
        if not uses_local_node():
            from django.conf import settings

            self.stdout.write(
                f"ELASTICSEARCH_URL is set ({settings.ELASTICSEARCH['URL']}): the project uses that "
                "cluster and manages no local node."
            )
            return
        node = LocalNode(say=self.stdout.write)
        try:
            if action == "fetch":
                node.fetch()
            elif action == "start":
                node.start()
            elif action == "stop":
                node.stop()
            else:
                for line in node.describe():
                    self.stdout.write(line)
        except NodeError as error:
            raise CommandError(str(error)) from error
