"""The benchmark behind `make bench`: a generated 100,000-item corpus, the production indexing path, timings.

Run as ``python -m devtools.bench`` with ``DJANGO_SETTINGS_MODULE=devtools.bench.settings`` (the Makefile does).
"""
