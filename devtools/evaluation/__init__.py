"""`make search-eval`: relevance measured over query sets, one module per set in ``devtools.evaluation.sets``.

A set is a module with ``NAME`` (short, for ``--set``), ``TITLE`` and
``evaluate(write) -> dict``: it runs its queries against the current index,
writes its own table through ``write`` and returns its headline figures
(e.g. ``success_at_3``, ``mrr``, ``recall``). Adding a set is adding a module.
"""

import importlib
import pkgutil
from types import ModuleType

from . import sets


def available() -> dict[str, ModuleType]:
    """Every set module, by name, in file order."""
    found = {}
    for info in sorted(pkgutil.iter_modules(sets.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{sets.__name__}.{info.name}")
        if hasattr(module, "evaluate"):
            found[getattr(module, "NAME", info.name)] = module
    return found
