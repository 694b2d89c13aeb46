"""The seed vocabulary, loaded by ``manage.py load_demo``."""

from pathlib import Path

from . import skos

SEED = Path(__file__).resolve().parent / "data" / "seed.ttl"


def load_seed() -> int:
    """Add the seed concepts that are missing; concepts that exist keep their (possibly edited) labels."""
    return skos.import_data(SEED.read_bytes(), "turtle", only_new=True).created
