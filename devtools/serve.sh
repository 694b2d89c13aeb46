#!/usr/bin/env bash
# `make serve`: the production processes side by side on this machine, until Ctrl-C or SIGTERM.
#   web:        gunicorn with the production settings on $SERVE_BIND (127.0.0.1 only)
#   worker(s):  $SERVE_WORKERS index workers (manage.py search_worker)
#   scheduler:  manage.py publish_scheduled once a minute (cron or a systemd timer in production)
# The caller (the Makefile) exports the production environment; see README "Production".
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
pids=()
stop() {
    trap - EXIT INT TERM
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
    wait
}
trap stop EXIT INT TERM

for n in $(seq 1 "${SERVE_WORKERS:-2}"); do
    $PY manage.py search_worker --no-reload &
    pids+=($!)
done
( while sleep 60; do $PY manage.py publish_scheduled >/dev/null; done ) &
pids+=($!)
GUNICORN_BIND="${SERVE_BIND:-127.0.0.1:8001}" .venv/bin/gunicorn --config portal/gunicorn.py portal.wsgi &
pids+=($!)
echo "Serving http://${SERVE_BIND:-127.0.0.1:8001}/ with gunicorn (production settings), ${SERVE_WORKERS:-2} index worker(s)."
wait -n
