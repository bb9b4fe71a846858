"""How incidents look on a map: shape and fill by kind, outline by weapon, line types.

Militia attacks, interceptions and explosions are round or square warm-coloured markers;
strikes by the US or the coalition (:attr:`Incident.is_strike`) are blue triangles, so the
two sides are told apart by shape *and* colour (readable in greyscale and by colour-blind
readers). The weapon is the marker's outline colour. Kinds and weapons outside the known
lists get a clear style of their own: a custom kind is a square in a colour of its own
(chosen from its name, the same on every map), or a blue triangle when a US/coalition
actor carried it out (:func:`is_us_actor`); a custom weapon gets an outline colour of its
own.

Examples
--------
>>> kind_style("attack").shape, kind_style("retaliatory_strike").shape
('circle', 'triangle')
>>> kind_style("retaliatory_strike").strike
True
>>> kind_style("sabotage").label, kind_style("sabotage").shape
('Sabotage', 'square')
>>> kind_style("raid", by_us=True).shape, kind_style("raid", by_us=True).strike
('triangle', True)
>>> weapon_style("drone").stroke
'#7b3294'
>>> marker_radius(1), marker_radius(40)
(7.0, 17.0)
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from geoincidents.errors import StyleError
from geoincidents.incidents.model import STRIKE_KINDS

__all__ = [
    "KIND_STYLES",
    "LINE_STYLES",
    "SHAPES",
    "WEAPON_STYLES",
    "KindStyle",
    "LineStyle",
    "WeaponStyle",
    "is_us_actor",
    "kind_style",
    "marker_radius",
    "shape_svg",
    "weapon_style",
]

#: Marker shapes the browser code knows how to draw.
SHAPES = ("circle", "square", "diamond", "triangle")


@dataclass(frozen=True)
class KindStyle:
    """Marker shape and fill colour of one incident kind; ``strike`` marks US/coalition."""

    kind: str
    label: str
    shape: str
    fill: str
    strike: bool


@dataclass(frozen=True)
class WeaponStyle:
    """Outline colour of markers for one weapon."""

    weapon: str
    label: str
    stroke: str


@dataclass(frozen=True)
class LineStyle:
    """A line type of the legend: colour, weight, dash pattern (``""`` = solid)."""

    key: str
    label: str
    color: str
    weight: float
    dash: str
    curved: bool
    arrow: bool


_KINDS = (
    KindStyle("attack", "Attack", "circle", "#d62728", strike=False),
    KindStyle("interception", "Interception", "diamond", "#ff9f1c", strike=False),
    KindStyle("explosion", "Explosion", "square", "#8c564b", strike=False),
    KindStyle("preemptive_strike", "Pre-emptive strike", "triangle", "#4c9be8", strike=True),
    KindStyle("retaliatory_strike", "Retaliatory strike", "triangle", "#0b3d91", strike=True),
)
KIND_STYLES: Mapping[str, KindStyle] = MappingProxyType({s.kind: s for s in _KINDS})

_WEAPONS = (
    WeaponStyle("rocket", "Rocket", "#000000"),
    WeaponStyle("drone", "Drone", "#7b3294"),
    WeaponStyle("ballistic_missile", "Ballistic missile", "#e7298a"),
    WeaponStyle("cruise_missile", "Cruise missile", "#1b9e77"),
    WeaponStyle("ied", "IED", "#a6761d"),
    WeaponStyle("artillery", "Artillery", "#5f5f5f"),
    WeaponStyle("airstrike", "Airstrike", "#00a6c8"),
    WeaponStyle("unknown", "Unknown weapon", "#ffffff"),
)
WEAPON_STYLES: Mapping[str, WeaponStyle] = MappingProxyType({s.weapon: s for s in _WEAPONS})

_LINES = (
    LineStyle("origin", "Launched from → target", "#444444", 2.0, "", curved=False, arrow=True),
    LineStyle("response", "Attack → response", "#6a3d9a", 2.5, "8 6", curved=True, arrow=True),
    LineStyle("area", "Location uncertainty", "#555555", 1.0, "4 4", curved=False, arrow=False),
)
LINE_STYLES: Mapping[str, LineStyle] = MappingProxyType({s.key: s for s in _LINES})

# colours for custom kinds and weapons: distinct from the known ones, readable on a map
_CUSTOM_FILLS = ("#17becf", "#bcbd22", "#e377c2", "#9467bd", "#8c8c00", "#ff7f0e", "#2ca02c")
_CUSTOM_STRIKE_FILLS = ("#2f6eb5", "#5a4fcf", "#1f8fa8")
_CUSTOM_STROKES = ("#d95f02", "#66a61e", "#e6ab02", "#386cb0", "#f0027f")

_US_ACTOR_RE = re.compile(
    r"(?<![\w])(?:u\.?s\.?a?|united\s+states|american|america|coalition|us-led|"
    r"centcom|pentagon|الولايات\s+المتحدة|أمريك|امريك|الأمريك|الامريك|التحالف|"
    r"آمریکا|امریکا|آمريكا|ائتلاف)",
    re.IGNORECASE,
)


def is_us_actor(actor: str | None) -> bool:
    """True when *actor* names the US or the coalition (English, Arabic or Persian).

    Examples
    --------
    >>> [is_us_actor(a) for a in ("United States", "US-led coalition", "القوات الأمريكية",
    ...                            "آمریکا", "Kataib Hezbollah", "", "Russia")]
    [True, True, True, True, False, False, False]
    """
    return bool(actor) and _US_ACTOR_RE.search(str(actor)) is not None


def _label(slug: str) -> str:
    words = slug.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else "(none)"


def _pick(palette: tuple[str, ...], name: str) -> str:
    return palette[zlib.crc32(name.encode("utf-8")) % len(palette)]


def kind_style(kind: str, *, by_us: bool = False) -> KindStyle:
    """The style of *kind*.

    A custom kind is a coloured square (its colour chosen from its name), or a blue
    triangle when it is a strike kind or *by_us* (acted by the US or the coalition).

    Examples
    --------
    >>> kind_style("preemptive_strike").label
    'Pre-emptive strike'
    >>> kind_style("sabotage", by_us=True).label
    'Sabotage (US / coalition)'
    """
    known = KIND_STYLES.get(kind)
    if known is not None:
        return known
    if kind in STRIKE_KINDS:
        return KindStyle(kind, _label(kind), "triangle", _pick(_CUSTOM_STRIKE_FILLS, kind), True)
    if by_us:
        label = f"{_label(kind)} (US / coalition)"
        return KindStyle(kind, label, "triangle", _pick(_CUSTOM_STRIKE_FILLS, kind), True)
    return KindStyle(kind, _label(kind), "square", _pick(_CUSTOM_FILLS, kind), strike=False)


def weapon_style(weapon: str) -> WeaponStyle:
    """The style of *weapon*; a custom weapon gets an outline colour of its own.

    Examples
    --------
    >>> weapon_style("ied").label, weapon_style("laser").label
    ('IED', 'Laser')
    """
    known = WEAPON_STYLES.get(weapon)
    if known is not None:
        return known
    return WeaponStyle(weapon, _label(weapon), _pick(_CUSTOM_STROKES, weapon))


def marker_radius(incident_count: int) -> float:
    """Marker radius in pixels for a marker standing for *incident_count* incidents.

    Grows with the logarithm of the count, from 7 px for one incident to 18 px.

    Examples
    --------
    >>> [marker_radius(n) for n in (1, 2, 8, 10_000)]
    [7.0, 9.0, 13.0, 18.0]
    """
    if incident_count <= 1:
        return 7.0
    return float(min(18.0, 7.0 + 2.0 * math.floor(math.log2(incident_count))))


def shape_svg(
    shape: str, fill: str, stroke: str, *, size: int = 16, stroke_width: float = 2
) -> str:
    """A small inline SVG drawing *shape* (for the legend). Colours must be ``#rrggbb``.

    Raises
    ------
    ValueError
        For an unknown shape or a colour that is not ``#rrggbb``.

    Examples
    --------
    >>> shape_svg("square", "#ff0000", "#000000", size=10)[:40]
    '<svg xmlns="http://www.w3.org/2000/svg" '
    """
    for colour in (fill, stroke):
        if not (len(colour) == 7 and colour[0] == "#" and _is_hex(colour[1:])):
            raise StyleError(f"colour must be #rrggbb, got {colour!r}")
    h = size / 2
    r = h - stroke_width
    if shape == "circle":
        body = f'<circle cx="{h:g}" cy="{h:g}" r="{r:g}"/>'
    elif shape == "square":
        body = f'<rect x="{h - r:g}" y="{h - r:g}" width="{2 * r:g}" height="{2 * r:g}"/>'
    elif shape == "diamond":
        body = (
            f'<polygon points="{h:g},{h - r:g} {h + r:g},{h:g} {h:g},{h + r:g} {h - r:g},{h:g}"/>'
        )
    elif shape == "triangle":
        body = (
            f'<polygon points="{h:g},{h - r:g} {h + r * 0.9:g},{h + r * 0.75:g} '
            f'{h - r * 0.9:g},{h + r * 0.75:g}"/>'
        )
    else:
        raise StyleError(f"unknown shape {shape!r}; expected one of {SHAPES}")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 {size} {size}" aria-hidden="true">'
        f'<g fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width:g}">{body}</g></svg>'
    )


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)
