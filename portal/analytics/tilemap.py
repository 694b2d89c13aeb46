"""Kazakhstan's 17 regions and 3 cities as a tile map: one square per region, placed roughly where it lies.

A tile map needs no boundary file (and no licence for one); every tile is a
link to the region's page and carries its value as text, so the map reads
without colour too.
"""

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .charts import _svg

# code: (column, row), west to east and north to south
TILES = {
    "KZ-27": (0, 0), "KZ-39": (1, 0), "KZ-59": (2, 0), "KZ-55": (3, 0), "KZ-63": (4, 0),
    "KZ-23": (0, 1), "KZ-15": (1, 1), "KZ-11": (2, 1), "KZ-71": (3, 1), "KZ-10": (4, 1),
    "KZ-47": (0, 2), "KZ-43": (1, 2), "KZ-62": (2, 2), "KZ-35": (3, 2), "KZ-33": (4, 2),
    "KZ-61": (1, 3), "KZ-79": (2, 3), "KZ-31": (3, 3), "KZ-19": (4, 3), "KZ-75": (5, 3),
}  # fmt: skip
SIZE, GAP = 104, 6
SHADES = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"]


REGION_WORDS = {"область", "облысы", "region", "области"}


def label_lines(name: str, keep_region_word: bool = False) -> list[str]:
    """The name without the word "region" (unless that makes it ambiguous), on one or two lines of 14 characters."""
    words = name.split()
    if not keep_region_word:
        words = [w for w in words if w.lower() not in REGION_WORDS] or words
    text = " ".join(words)
    if len(text) <= 14:
        return [text]
    if "-" in text:
        first, rest = text.split("-", 1)
        return [first + "-", rest[:14]]
    if len(words) > 1:
        return [words[0][:14], " ".join(words[1:])[:14]]
    return [text[:13] + "…"]


def shade(value: float | None, top: float) -> tuple[str, str]:
    """Fill and text colour for ``value`` on a five-step scale up to ``top`` (no data: hatched grey)."""
    if value is None:
        return "#e0e0e0", "#222"
    step = 0 if top <= 0 or value <= 0 else min(4, 1 + int(value / top * 3.999))
    return SHADES[step], "#fff" if step >= 3 else "#111"


def tile_map(title: str, desc: str, tiles: list[dict]) -> str:
    """``tiles``: dicts with code, name, value (number or None), text (shown) and url."""
    shortened = [" ".join(label_lines(t["name"])) for t in tiles]
    ambiguous = {s for s in shortened if shortened.count(s) > 1}
    top = max((t["value"] for t in tiles if t["value"] is not None), default=0)
    body = []
    for tile in tiles:
        if tile["code"] not in TILES:
            continue
        col, row = TILES[tile["code"]]
        x, y = col * (SIZE + GAP), row * (SIZE * 0.72 + GAP)
        fill, ink = shade(tile["value"], top)
        lines = "".join(
            format_html('<tspan x="{}" dy="{}">{}</tspan>', x + SIZE / 2, 0 if i == 0 else 12, line)
            for i, line in enumerate(label_lines(tile["name"], " ".join(label_lines(tile["name"])) in ambiguous))
        )
        body.append(
            format_html(
                '<a href="{}"><title>{}: {}</title>'
                '<rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="{}" stroke="#555"/>'
                '<text x="{}" y="{}" text-anchor="middle" font-size="10.5" fill="{}">{}</text>'
                '<text x="{}" y="{}" text-anchor="middle" font-size="18" font-weight="bold" fill="{}">{}</text></a>',
                tile["url"], tile["name"], tile["text"],
                x, y, SIZE, SIZE * 0.72, fill,
                x + SIZE / 2, y + 16, ink, mark_safe(lines),  # noqa: S308 - built by format_html above
                x + SIZE / 2, y + 56, ink, tile["text"],
            )
        )  # fmt: skip
    width = 6 * (SIZE + GAP)
    height = 4 * (SIZE * 0.72 + GAP)
    return _svg(title, desc, body, height=round(height), width=width, cls="tile-map", role=None)
