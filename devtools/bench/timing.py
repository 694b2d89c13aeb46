"""Timing helpers: Elasticsearch ``took`` per request body, and the JSON API over HTTP in a real web process."""

import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from django.conf import settings

from search.client import get_client
from search.index.mapping import alias_name


def took_ms(body: dict) -> float:
    return took_and_total(body)[0]


def took_and_total(body: dict) -> tuple[float, int]:
    response = get_client().options(request_timeout=60).search(index=alias_name(), body=body)
    total = response["hits"]["total"]
    return float(response["took"]), total["value"] if isinstance(total, dict) else int(total)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summary(samples: list[float]) -> dict:
    return {"p50_ms": round(statistics.median(samples), 2), "p95_ms": round(percentile(samples, 0.95), 2)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class WebProcess:
    """The portal itself (manage.py runserver, no reloader) with the bench settings, on a free local port."""

    def __init__(self):
        self.port = _free_port()
        base = Path(settings.BASE_DIR)
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "devtools.bench.settings", "PYTHONPATH": str(base)}
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py
            [sys.executable, str(base / "manage.py"), "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=base,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if self.get({"q": ""})[0] == 200:
                    return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError("the web process did not start")

    def get(self, query: dict) -> tuple[int, float, dict]:
        """Status, wall time in ms and the JSON of GET /api/search/ with ``query``."""
        path = "/api/search/?" + urllib.parse.urlencode(query, doseq=True)
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        started = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        connection.close()
        return response.status, elapsed, json.loads(body) if response.status == 200 else {}

    def memory_kb(self) -> dict:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        found = {}
        for line in status.splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0])
        return {"rss_kb": found.get("VmRSS"), "peak_rss_kb": found.get("VmHWM")}

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
