"""The index worker: django-tasks-db's ``db_worker`` with leases, outage recovery and a clean stop.

See ``search.sync.worker``. Options are db_worker's (``--queue-name``,
``--interval``, ``--batch``, ``--max-tasks``, ``--worker-id``, ``--reload``);
run one or several per deployment.
"""

import os

from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand

from search.sync.worker import LeasedWorker


class Command(DBWorkerCommand):
    help = "Apply queued index updates (db_worker with leases, outage recovery and a clean stop); run one or several."

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay, reload, max_tasks,
               worker_id, **options):  # fmt: skip
        self.configure_logging(verbosity)
        worker = LeasedWorker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()  # only the reloaded child runs tasks
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
