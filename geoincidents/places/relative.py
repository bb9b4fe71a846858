"""Relative locations: "15 km north-west of X" → point, radius and polygon (geodesic).

News places things relative to a known place: *a village 15 km from Ain al-Asad*,
*north-west of Mosul*, ``جنوب بغداد``, ``على بعد نحو كيلومترين``, ``در ۱۵ کیلومتری``,
``شرق فرات``. This module reads such phrases in English, Arabic and Persian
(:func:`parse_direction`, :func:`parse_distance`, :func:`find_relative_cues`,
:func:`relative_cue_before`, :func:`parse_relative`), turns them into a
:class:`RelativeLocation` and estimates where the place is (:func:`estimate`): a point,
an uncertainty radius and a polygon (disc, annulus, sector or band), all computed
geodesically on the WGS 84 ellipsoid with :class:`pyproj.Geod`.

The rules of :func:`estimate`
-----------------------------
``P`` is the anchor's ``precision_m``; ``d`` the distance; ``tol`` the distance
tolerance: the given one, else ``max(0.2 d, P)``, or ``max(0.35 d, P)`` when the text
hedges ("about", ``نحو``, ``حوالي``, ``حدود``, ``حدوداً``).

* **Nothing but the anchor** ("near X", ``قرب``, ``نزدیک``): a *disc* of radius
  ``max(5 km, 2 P)`` around the anchor; the point is the anchor.
* **Distance, no direction**: an *annulus* from ``max(0, d - tol)`` to ``d + tol``
  around the anchor (a *disc* when the inner radius is 0). The point is the anchor
  itself and ``radius_m`` the outer radius. The anchor is not a plausible position (it
  lies in the hole), but it is the point that minimises the worst-case error: every
  point of the annulus is within the outer radius of it. Draw the polygon, not the dot.
* **Direction, no distance**: a *sector* of the compass direction (half-width 22.5° for
  the eight points, 11.25° for the sixteen) between an inner and an outer radius that
  depend on what the anchor is:

  ==============================  =====================  ======================
  anchor kind                      inner radius           outer radius
  ==============================  =====================  ======================
  city                             ``max(5 km, P)``       ``max(40 km, 3 P)``
  town                             ``max(2 km, P)``       ``max(20 km, 3 P)``
  base, village, field, other      ``max(1 km, P)``       ``max(15 km, 3 P)``
  area, *beyond* ("west of Anbar")  ``P``                  ``2 P``
  area, *part of* ("western Anbar") ``P / 3``              ``P`` (half-width 45°)
  ==============================  =====================  ======================

  Areas are governorates, provinces, regions, districts and countries. "Part of" is
  chosen for an area when the phrase is an English adjective (*western*, *in the north
  of*) or an Arabic/Persian construct with no preposition (``غربي الأنبار``,
  ``شمال العراق``, ``در شمال عراق``): in those languages that form names the region's
  part far more often than the land beyond it. The point is the sector's centroid and
  ``radius_m`` the geodesic distance from it to the farthest polygon vertex.
* **Distance and direction**: the point is the geodesic destination from the anchor;
  the polygon is the annular sector ``d ± tol`` × ``bearing ± half-width``; the radius
  reaches its farthest vertex.
* **Lines** (anchor kind ``river``, ``canal``, ``road``): "east of the Euphrates" is a
  half-plane, not a wedge. The anchor point stands for a straight stretch of length
  ``2 L`` (``L = max(P, 50 km)``) running across the direction; the polygon is a *band*
  on the named side, from the line out to ``L`` (or ``d ± tol`` when a distance is
  given; for a line ``tol`` defaults to ``max(0.2 d, 1 km)``, because its ``P`` is
  its half-length, not how far off its course it may be). The point is the middle
  of the band. Rivers bend; the band says so by its size. A line whose point stands
  for all of it (``P`` > 200 km, e.g. a river given by its mouth) cannot say which
  stretch is meant: the estimate is then an honest *disc* of radius ``P + 50 km``
  around its point, unless the caller passes a ``context`` place of the same text
  (:func:`relative_location`, :func:`line_stretch`) that fixes the stretch.

Examples
--------
>>> from geoincidents.places.model import Place
>>> mosul = Place(id="mosul", name="Mosul", lat=36.34, lon=43.13, kind="city",
...               country="IQ", precision_m=8000, source="example")
>>> cue = find_relative_cues("rockets were fired from 15 km north-west of Mosul")[0]
>>> cue.distance_m, cue.bearing_deg, cue.expects_anchor
(15000.0, 315.0, True)
>>> est = estimate(relative_location(cue, mosul))
>>> est.shape, round(est.lat, 3), round(est.lon, 3)
('sector', 36.436, 43.012)
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geoincidents.places.folding import fold_chars_back
from geoincidents.places.kinds import AREA_KINDS
from geoincidents.places.model import Place, PlaceValueError
from geoincidents.places.numbers import NUMBER_WORDS, fold_with_index, match_number

if TYPE_CHECKING:
    from pyproj import Geod
    from shapely.geometry import Polygon

    from geoincidents.places.gazetteer import Gazetteer

__all__ = [
    "AREA_KINDS",
    "LINE_KINDS",
    "Estimate",
    "RelativeCue",
    "RelativeLocation",
    "estimate",
    "find_relative_cues",
    "line_stretch",
    "parse_direction",
    "parse_distance",
    "parse_relative",
    "relative_cue_before",
    "relative_location",
]

#: Anchor kinds that are lines: a direction names a side of them.
LINE_KINDS = frozenset({"river", "canal", "road", "highway"})

_KM = 1000.0
_MILE = 1609.344
_NEAR_MIN_M = 5 * _KM
_LINE_MIN_HALF_LENGTH_M = 50 * _KM
_LINE_MIN_TOLERANCE_M = 1 * _KM
_MAX_LINE_STRETCH_M = 200 * _KM
_TOLERANCE_FRACTION = 0.2
_APPROXIMATE_TOLERANCE_FRACTION = 0.35
_ARC_STEP_DEG = 2.0


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class RelativeLocation:
    """A place described relative to an anchor.

    ``distance_m`` None means "near" / unspecified; ``bearing_deg`` is the compass
    direction from the anchor (0 = north, 90 = east), None when no direction is given;
    ``sector_half_width_deg`` is the half-width of the direction's sector.
    ``approximate`` records a hedge ("about", ``نحو``) that widens the default
    tolerance; ``within`` means the direction names a part of the anchor area
    ("western Anbar") rather than the land beyond it.
    """

    anchor: Place
    distance_m: float | None = None
    bearing_deg: float | None = None
    distance_tolerance_m: float | None = None
    sector_half_width_deg: float = 22.5
    phrase: str = ""
    approximate: bool = False
    within: bool = False


@dataclass(frozen=True)
class Estimate:
    """A point estimate, its uncertainty radius (m) and the uncertainty polygon (WKT).

    ``shape`` is ``"disc"``, ``"annulus"``, ``"sector"`` or ``"band"`` (the side of a
    river or road). ``polygon_wkt`` is in lon/lat order (WGS 84). ``inner_radius_m`` and
    ``outer_radius_m`` are the radial limits measured from the anchor; ``rule`` says in
    words which rule of :func:`estimate` produced it.
    """

    lat: float
    lon: float
    radius_m: float
    polygon_wkt: str
    shape: str  # "disc", "annulus", "sector" or "band"
    anchor_id: str = ""
    inner_radius_m: float = 0.0
    outer_radius_m: float = 0.0
    rule: str = ""

    def geometry(self) -> Polygon:
        """The polygon as a shapely :class:`~shapely.geometry.Polygon` (imports shapely)."""
        from shapely import wkt
        from shapely.geometry import Polygon

        polygon = wkt.loads(self.polygon_wkt)
        assert isinstance(polygon, Polygon)
        return polygon


@dataclass(frozen=True)
class RelativeCue:
    """Words that place something relative to an anchor, found in running text.

    ``start``/``end`` index the original text (``text[start:end]`` is the cue).
    ``form`` is how the anchor attaches: ``"of"`` (a preposition: of, from, من, عن, از,
    ``در … کیلومتری``), ``"construct"`` (an Arabic/Persian direction directly before
    the name: ``جنوب بغداد``), ``"adjective"`` (*western*, *in the north of*, ``در
    شمال``), ``"near"`` (near, ``قرب``, ``نزدیک``) or ``"distance"`` (a distance with no
    anchor after it: *2 km away*, ``على بعد نحو كيلومترين``). ``expects_anchor`` is
    true for every form but ``"distance"``: the anchor's name should start at ``end``.
    """

    start: int
    end: int
    text: str
    distance_m: float | None
    approximate: bool
    bearing_deg: float | None
    sector_half_width_deg: float
    form: str

    @property
    def expects_anchor(self) -> bool:
        """Whether the anchor's name should follow the cue."""
        return self.form != "distance"


# --------------------------------------------------------------------------- words

_F = re.IGNORECASE


def _alt(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


_END = r"(?![^\W_])"  # no letter or digit follows
_START = r"(?<![^\W_])"  # no letter or digit precedes


def _trie(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex matching any of ``words``, as a character trie (fast on long lists).

    Examples
    --------
    >>> _trie(["ten", "tenth", "two"])
    't(?:en(?:th)?|wo)'
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) > 1 else f"(?:{body})?"
        return body

    return emit(tree)


_NUMWORD = _trie([w for w in NUMBER_WORDS if w.isalpha()])
_NUMBER = (
    rf"(?:\d+(?:[.,٫]\d+)?|(?:{_NUMWORD}){_END}"
    rf"(?:(?:\s*-\s*|\s+and\s+|\s+و\s*|\s+)(?:{_NUMWORD}){_END})*)"
)
# Units after folding (ى ی → ي, ک → ك, ة → ه).
_KM_UNITS = r"km|kms|kilomet(?:er|re)s?|klicks?|كم|كلم|كيلو\s?متر(?:ات|ا|ي)?"
_M_UNITS = r"m|metres?|meters?|متر(?:ات|ا|ي)?|امتار"
_MILE_UNITS = r"mi|miles?|ميل|اميال|مايل(?:ي)?"
_DUAL = r"(?P<dual>كيلو\s?متر(?:ين|ان)|متر(?:ين|ان)|ميل(?:ين|ان))"
# A singular unit word means one of it: كيلومتر واحد, على بعد كيلومتر من.
_SINGLE = r"(?P<single>كيلو\s?مترا?|مترا?|ميلا?)(?:\s+واحد(?:ا|ه)?)?"
_APPROX_WORDS = (
    r"about|around|approximately|approx\.?|roughly|some|nearly|almost|circa|an estimated|~"
    r"|نحو|حوالي|قرابه|زهاء|ما\s+يقارب|ما\s+يقرب\s+من|تقريبا|في\s+حدود|در\s+حدود|حدودا|حدود"
    r"|نزديك\s+به|قريب\s+به"
)
_DISTANCE = re.compile(
    rf"(?:(?P<approx>{_APPROX_WORDS})\s*)?"
    rf"(?:{_DUAL}|{_SINGLE}"
    rf"|(?:(?P<one>a|an|one)\s+(?=kilo|mile|met|كيلو|ميل|متر)|(?P<half>half\s+a|نصف|نيم)\s+"
    rf"|(?P<num>{_NUMBER})\s?)"
    rf"(?:(?P<km>{_KM_UNITS})|(?P<m>{_M_UNITS})|(?P<mi>{_MILE_UNITS})))"
    rf"{_END}(?P<approx_after>\s+تقريبا{_END})?",
    _F,
)
_LEAD = re.compile(
    r"(?:علي\s+بعد(?:\s+مسافه)?|علي\s+مسافه|بمسافه|على\s+بعد|at\s+a\s+distance\s+of"
    r"|(?:در|به)\s+فاصله(?:\s*ي)?|در)\s+",
    _F,
)
_AWAY = re.compile(r"\s+away" + _END, _F)
_LINK = re.compile(
    r"\s*(?:(?:away\s+)?from|of|outside|off|من|عن|از)" + _END + r"(?:\s+the" + _END + ")?",
    _F,
)
_EN_DIR = r"(?:north|south|east|west)(?:[\s-]?(?:north|south|east|west)){0,2}"
_EN_ABBR = r"(?:[ns][ns]?[ew]?|[ew])"
_AR_DIR_BASE = r"(?:شمال|جنوب|شرق|غرب)"
_AR_DIR = rf"{_AR_DIR_BASE}ي?(?:\s?(?:ال)?(?:شرق|غرب)ي?)?"
_DIRECTION = re.compile(
    rf"(?P<prep_en>(?:to|in)\s+the\s+)?(?P<en>{_EN_DIR}){_END}(?P<of>\s+of{_END}(?:\s+the{_END})?)?"
    rf"|(?P<adj>(?:north|south)(?:[\s-]?(?:east|west))?ern|eastern|western){_END}"
    rf"|(?P<abbr>{_EN_ABBR})\s+of{_END}(?:\s+the{_END})?"
    rf"|(?P<prep_ar>(?:الي|الى)\s+)ال(?P<ar_art>{_AR_DIR_BASE}(?:\s+ال(?:شرقي|غربي))?)"
    rf"{_END}(?:\s+(?:من|ل){_END})?"
    rf"|(?P<in_ar>(?:في|در)\s+)?[وفبل]{{0,2}}(?P<ar>{_AR_DIR}){_END}",
    _F,
)
_NEAR = re.compile(
    r"(?:near(?:\s+to)?|close\s+to|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of"
    r"|outside(?:\s+of)?|[وفب]?(?:بالقرب\s+من|قرب|على\s+مقربه\s+من|علي\s+مقربه\s+من|بمقربه\s+من"
    r"|ضواحي|اطراف|في\s+محيط|محيط)"
    r"|(?:در\s+)?(?:نزديكي|نزديك)(?:\s+به)?|(?:در\s+)?اطراف|حومه|حوالي(?!\s*(?:\d|"
    + _NUMWORD
    + r")))"
    + _END
    + r"(?:\s+the"
    + _END
    + ")?",
    _F,
)
# Where a cue can start: a lead word, a hedge, a number, a dual, a direction, "near".
_TRIGGER = re.compile(
    rf"{_START}(?:(?:علي|على|at|در|به|a|an|one|half|نصف|نيم|to|in|on|near|close|outside|الي|الى|في"
    rf"|حومه|حوالي|{_APPROX_WORDS}){_END}|\d|~|(?:{_NUMWORD}){_END}|كيلو|متر|ميل"
    rf"|north|south|east|west|{_EN_ABBR}\s+of|[وفبل]{{0,2}}{_AR_DIR_BASE}"
    r"|[وفب]?(?:بالقرب|قرب|علي|على|ضواحي|اطراف|محيط|بمسافه)|نزديك)",
    _F,
)

# How every cue that expects an anchor ends (folded): a link word, a direction, a
# near-word, an adjective or a Persian distance in ezafe. A cheap pre-check.
_CUE_END = re.compile(
    r"(?:of|from|outside|off|the|near|to|ern|من|عن|از|به|ل|قرب|نزديك|نزديكي|اطراف|حومه|حوالي"
    r"|ضواحي|محيط|شمال|جنوب|شرق|غرب|شرقي|غربي|شمالي|جنوبي|خاور|باختر|متري|مايلي)[\s\u200c]*$",
    _F,
)

_CARDINALS = {
    "north": 0.0,
    "east": 90.0,
    "south": 180.0,
    "west": 270.0,
    "شمال": 0.0,
    "شرق": 90.0,
    "جنوب": 180.0,
    "غرب": 270.0,
    "خاور": 90.0,
    "باختر": 270.0,
}
_ABBREVIATIONS = {"n": "north", "e": "east", "s": "south", "w": "west"}
_CARDINAL_WORD = re.compile("north|south|east|west|شمال|جنوب|شرق|غرب|خاور|باختر")


def _mean_bearing(a: float, b: float) -> float:
    """The bisector of two bearings less than 180° apart."""
    diff = (b - a + 540.0) % 360.0 - 180.0
    return (a + diff / 2.0) % 360.0


def _direction(word: str) -> tuple[float, float] | None:
    """``(bearing, half-width)`` of a direction word, or ``None``."""
    folded = fold_with_index(word)[0].strip()
    folded = re.sub(r"^(?:to|in)\s+the\s+|\s+of$", "", folded)
    folded = re.sub(r"(?:ern|erly)$", "", folded)
    if re.fullmatch(r"[nsew]{1,3}", folded):
        names = [_ABBREVIATIONS[c] for c in folded]
    else:
        tokens = re.split(r"[\s\-]+", folded)
        names = []
        for token in tokens:
            token = re.sub(r"^ال", "", token)
            parts = _CARDINAL_WORD.findall(token)
            rest = _CARDINAL_WORD.sub("", token)
            if not parts or rest not in ("", "ي"):
                return None
            names.extend(parts)
    bearings = [_CARDINALS[n] for n in names]
    if len(bearings) == 1:
        return bearings[0], 22.5
    first_axis = {0.0, 180.0}
    if len(bearings) == 2:
        a, b = bearings
        if a in first_axis and b not in first_axis:
            return _mean_bearing(a, b), 22.5
        return None
    if len(bearings) == 3:
        a, b, c = bearings
        if b in first_axis and c not in first_axis and a in (b, c):
            return _mean_bearing(a, _mean_bearing(b, c)), 11.25
    return None


def parse_direction(word: str) -> float | None:
    """The compass bearing (degrees clockwise from north) a direction word names.

    English (*north-west*, *northwest*, *north west*, *NW*, *north-western*,
    *north-north-west*, *NNW*), Arabic (``شمال غرب``, ``شمال غربي``, ``شمالي غربي``,
    ``الشمال الغربي``, ``غربي``) and Persian (``شمال غرب``, ``شمال‌غربی``, ``شمالغرب``,
    ``جنوب شرقی``, ``خاور``). ``None`` when the word names no direction.

    Examples
    --------
    >>> parse_direction("north-west"), parse_direction("NW"), parse_direction("شمال غرب")
    (315.0, 315.0, 315.0)
    >>> parse_direction("جنوب شرقی"), parse_direction("غربي"), parse_direction("NNE")
    (135.0, 270.0, 22.5)
    >>> parse_direction("rocket") is None, parse_direction("east-north") is None
    (True, True)
    """
    found = _direction(word)
    return None if found is None else found[0]


def _distance_value(match: re.Match[str]) -> tuple[float, bool] | None:
    """Metres and hedge flag of a :data:`_DISTANCE` match."""
    approximate = bool(match.group("approx") or match.group("approx_after"))
    for group, count in (("dual", 2.0), ("single", 1.0)):
        unit = match.group(group)
        if unit:
            factor = _KM if unit.startswith("كيلو") else _MILE if unit.startswith("ميل") else 1.0
            return count * factor, approximate
    if match.group("one"):
        value = 1.0
    elif match.group("half"):
        value = 0.5
    else:
        raw = match.group("num")
        if raw[0].isdigit():
            if re.fullmatch(r"\d{1,3},\d{3}", raw):
                raw = raw.replace(",", "")
            value = float(raw.replace(",", ".").replace("٫", "."))
        else:
            found = match_number(raw)
            if found is None or found[1] != len(raw):
                return None
            value = float(found[0])
    if match.group("km"):
        factor = _KM
    elif match.group("mi"):
        factor = _MILE
    else:
        factor = 1.0
    return value * factor, approximate


def parse_distance(text: str) -> tuple[float, bool] | None:
    """The first distance in ``text`` as ``(metres, approximate)``, or ``None``.

    Digits of any script, number words of the three languages and the Arabic dual
    (``كيلومترين`` = two kilometres) are read; kilometres, metres and miles are
    understood. ``approximate`` is true when a hedge comes with it (*about*,
    ``نحو``, ``حوالي``, ``حدود``, ``تقريباً``).

    Examples
    --------
    >>> parse_distance("15 km"), parse_distance("در ۱۵ کیلومتری"), parse_distance("١٥ كم")
    ((15000.0, False), (15000.0, False), (15000.0, False))
    >>> parse_distance("على بعد نحو كيلومترين"), parse_distance("about two kilometres")
    ((2000.0, True), (2000.0, True))
    >>> parse_distance("دو کیلومتری"), parse_distance("500 متر")
    ((2000.0, False), (500.0, False))
    >>> parse_distance("five rockets") is None
    True
    """
    view, _ = fold_with_index(text)
    for start in _TRIGGER.finditer(view):
        match = _DISTANCE.match(view, start.start())
        if match:
            value = _distance_value(match)
            if value is not None:
                return value
    return None


# --------------------------------------------------------------------------- cues


def _skip_spaces(view: str, p: int) -> int:
    while p < len(view) and view[p].isspace():
        p += 1
    return p


def _direction_at(view: str, p: int) -> tuple[int, tuple[float, float], str] | None:
    """A direction at ``p``: ``(end, (bearing, half-width), form)`` or ``None``."""
    direction = _DIRECTION.match(view, p)
    if not direction:
        return None
    word = direction.group("en") or direction.group("adj") or direction.group("abbr")
    word = word or direction.group("ar_art") or direction.group("ar")
    bearing = _direction(word)
    if bearing is None:
        return None
    if direction.group("adj") or (direction.group("prep_en") or "").startswith("in"):
        form = "adjective"  # western Anbar, in the north of Iraq
    elif direction.group("en") and not direction.group("of"):
        return None  # "the convoy drove north" places nothing
    elif direction.group("in_ar"):
        form = "adjective"  # في شمال العراق, در شمال عراق
    elif direction.group("ar"):
        form = "construct"  # جنوب بغداد, شمال غرب موصل
    else:
        form = "of"  # north-west of, إلى الشمال الغربي من
    return direction.end(), bearing, form


def _cue_at(view: str, pos: int) -> tuple[int, dict[str, Any]] | None:
    """Parse a cue starting at ``pos`` of the folded text: ``(end, parts)`` or ``None``.

    Grammar: ``[lead] distance [away] [direction | link]`` or ``direction`` or a
    *near* word; a distance needs a lead, *away*, a link, a direction or the Persian
    ezafe (``کیلومتری``) to count as a cue.
    """
    lead = _LEAD.match(view, pos)
    match = _DISTANCE.match(view, lead.end() if lead else pos)
    distance = _distance_value(match) if match else None
    if match is None or distance is None:
        found = _direction_at(view, pos)
        if found is not None:
            end, bearing, form = found
            return end, {"distance": None, "bearing": bearing, "form": form}
        near = _NEAR.match(view, pos)
        if near:
            return near.end(), {"distance": None, "bearing": None, "form": "near"}
        return None
    p = match.end()
    unit = match.group("km") or match.group("m") or match.group("mi") or ""
    ezafe = unit.endswith("ي")  # Persian کیلومتری: "at 15 km of ..."
    away = _AWAY.match(view, p)
    if away:
        p = away.end()
    found = _direction_at(view, _skip_spaces(view, p))
    if found is not None:
        end, bearing, _ = found
        return end, {"distance": distance, "bearing": bearing, "form": "of"}
    link = _LINK.match(view, p)
    if link:
        return link.end(), {"distance": distance, "bearing": None, "form": "of"}
    if ezafe:
        return p, {"distance": distance, "bearing": None, "form": "of"}
    if lead or away:
        return p, {"distance": distance, "bearing": None, "form": "distance"}
    return None  # a bare measurement ("a 15 km road") places nothing


# A cheap prefilter. Every cue holds a *core* word: a unit of a distance, a direction or a
# near-word; whatever comes before the core within the cue (a lead such as ``على بعد``,
# a hedge, a number, ``to the``, ``در``, clitics glued to it) is made of the words of
# :data:`_PREFIX_WORDS`. So a cue's trigger lies at most that run of words before a
# core, and the trigger scan (the costly part: most triggers, ``در``, ``to``, ``a``,
# ``في``, start no cue) runs only there. The views are folded (lower case, every white
# space one " "), so the core words are matched as written, without IGNORECASE.
_CORE_WORDS = (
    *("km", "kilomet", "klick", "met", "mile", "كيلو", "متر", "امتار", "ميل", "اميال", "مايل"),
    *("north", "south", "east", "west", "شمال", "جنوب", "شرق", "غرب"),
    *("near", "close", "vicinity", "outskirts", "outside", "قرب", "ضواحي", "اطراف", "محيط"),
    *("نزديك", "حومه", "حوالي"),
)
#: the short units, a core only as a whole word after a digit or a space ("5 m", "3mi")
#: (the first letter before the look-behind: the regex engine then skips to the letters)
_SHORT_UNIT = re.compile(r"m(?<![^\d ]m)i?(?![^\W_])|ك(?<![^\d ]ك)ل?م(?![^\W_])")
#: an abbreviated direction before "of" ("NW of"): the letters it may hold
_ABBREVIATION_LETTERS = frozenset("nsew")
_EN_ABBR_WORD = re.compile(_EN_ABBR)
#: the one folded letter that IGNORECASE matches to an ASCII letter of a cue (dotless ı
#: matches i): a view holding it is scanned whole, as the core words are matched as
#: written
_CASE_ODD = "\u0131"
_PREFIX_WORDS = (
    *("علي", "على", "بعد", "مسافه", "بمسافه", "at", "a", "distance", "of", "در", "به"),
    *("فاصله", "فاصلهي", "ي", "about", "around", "approximately", "approx", "roughly"),
    *("some", "nearly", "almost", "circa", "an", "estimated", "نحو", "حوالي", "قرابه"),
    *("زهاء", "ما", "يقارب", "يقرب", "من", "تقريبا", "في", "حدود", "حدودا", "نزديك", "قريب"),
    *("one", "half", "نصف", "نيم", "and", "و", "to", "in", "on", "the", "الي", "الى"),
    *(w for w in NUMBER_WORDS if w.isalpha()),
    # the abbreviated directions ("NW of"), which start triggers of two words
    *("n", "s", "e", "w", "nn", "ns", "sn", "ss", "ne", "nw", "se", "sw"),
    *(a + b + c for a in "ns" for b in "ns" for c in "ew"),
)
#: the run of prefix words (clitics glued in front), numbers and spaces that ends at a
#: position, matched on the *reversed* view from that position backwards
_PREFIX_RUN_REVERSED = re.compile(
    r"(?:\s+|[\d.,٫~\-]+|(?:"
    + _trie([w[::-1] for w in _PREFIX_WORDS])
    + r")[وفبل]{0,2}(?![^\W_]))*"
)


@lru_cache(maxsize=1)
def _core_automaton() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for word in (*_CORE_WORDS, " of"):
        automaton.add_word(word)
    automaton.make_automaton()
    return automaton


def _core_starts(view: str) -> list[int]:
    """Where the core words of :data:`_CORE_WORDS` (and short units, and abbreviated
    directions before "of") start in ``view``, sorted (a superset of the cues' cores)."""
    starts = [m.start() for m in _SHORT_UNIT.finditer(view)]
    for end, length in _core_automaton().iter(view):
        start = end - length + 1
        if length != 3 or view[start] != " ":
            starts.append(start)
            continue
        # " of": a core when an abbreviation of one to three letters stands before it
        j = start
        while j > 0 and view[j - 1] == " ":
            j -= 1
        i = j
        while i > 0 and j - i < 3 and view[i - 1] in _ABBREVIATION_LETTERS:
            i -= 1
        if i < j and (i == 0 or not view[i - 1].isalnum()) and _EN_ABBR_WORD.fullmatch(view, i, j):
            starts.append(i)
    starts.sort()
    return starts


def _cue(text: str, view: str, back: Callable[[int], int], at: int, offset: int) -> Any:
    """The cue whose trigger is at ``at`` of the folded view, as ``(cue, folded end)``,
    or ``None``."""
    parsed = _cue_at(view, at)
    if parsed is None:
        return None
    end, parts = parsed
    while end > at and view[end - 1].isspace():
        end -= 1
    first = back(at)
    stop = back(end - 1) + 1
    distance = parts["distance"]
    bearing = parts["bearing"]
    cue = RelativeCue(
        start=offset + first,
        end=offset + stop,
        text=text[first:stop],
        distance_m=distance[0] if distance else None,
        approximate=bool(distance and distance[1]),
        bearing_deg=bearing[0] if bearing else None,
        sector_half_width_deg=bearing[1] if bearing else 22.5,
        form=parts["form"],
    )
    return cue, end


def _cues_at_every_trigger(text: str, offset: int = 0) -> list[RelativeCue]:
    """:func:`_cues_in` by parsing at every trigger of the view (no prefilter): the
    reference the prefiltered scan must equal, and the path for a view holding
    :data:`_CASE_ODD`."""
    view, back = fold_chars_back(text)
    cues: list[RelativeCue] = []
    next_free = 0
    for trigger in _TRIGGER.finditer(view):
        if trigger.start() >= next_free:
            found = _cue(text, view, back, trigger.start(), offset)
            if found is not None:
                cues.append(found[0])
                next_free = found[1]
    return cues


def _cues_in(text: str, offset: int = 0) -> list[RelativeCue]:
    """The cues of ``text`` (spans offset by ``offset``): those that one trigger scan of
    the folded view, left to right, parses, each trigger at or after the end of the cue
    before it."""
    view, back = fold_chars_back(text)
    if _CASE_ODD in view:
        return _cues_at_every_trigger(text, offset)
    cues: list[RelativeCue] = []
    cores = _core_starts(view)
    if not cores:
        return cues
    n = len(view)
    reversed_view = view[::-1]
    next_free = 0
    # Only the triggers at most a prefix run before a core can start a cue: the scan runs
    # from each run's start up to its core, and it finds the very triggers of one scan of
    # the whole view (the first words of the triggers of two words, ``ما يقارب``, ``نزديك
    # به``, ``NW of``, are prefix words too, so a run never starts inside a trigger).
    # ``pos`` is where the scan goes on, ``trigger`` the first trigger from ``pos``. Each
    # stretch of the view is searched, and walked back over, once: the cost stays linear.
    pos = 0
    trigger: re.Match[str] | None = None
    searched = False
    last_core = last_word = -1  # the previous core and the start of the word holding it
    for core in cores:
        if core < pos:
            continue  # this core's triggers were scanned already
        space = view.rfind(" ", max(pos, last_core), core)
        if space == -1:
            # the word of the previous core (or one that starts before ``pos``): the scan
            # has reached its start already
            start = pos
            word = last_word if last_core >= pos else pos
        else:
            word = space + 1  # the word holding the core
            # the run of prefix words ending there, walked back no further than where the
            # scan stands or the previous core's word (whose run was walked already)
            bound = max(pos, last_word)
            run = _PREFIX_RUN_REVERSED.match(reversed_view, n - word, n - bound)
            start = word - (run.end() - (n - word)) if run else word
            if start <= bound:
                start = pos
        last_core, last_word = core, word
        if start > pos and (not searched or (trigger is not None and trigger.start() < start)):
            pos, searched = start, False  # a trigger before ``start`` starts no cue
        if not searched:
            trigger, searched = _TRIGGER.search(view, pos), True
        while trigger is not None and trigger.start() <= core:
            at = trigger.start()
            pos = trigger.end()
            trigger = _TRIGGER.search(view, pos)
            if at < next_free:
                continue
            found = _cue(text, view, back, at, offset)
            if found is not None:
                cues.append(found[0])
                next_free = found[1]
        if trigger is None:
            break  # no trigger is left in the view
    return cues


def find_relative_cues(text: str) -> list[RelativeCue]:
    """Every relative-location cue in running text, left to right, without overlaps.

    A cue is a distance (with a lead such as ``على بعد``/``در``, *away*, or a link word),
    a direction (*north-west of*, ``شمال غرب``, *western*), or *near*-words. Cues whose
    ``expects_anchor`` is true should be followed by the anchor's name; the caller
    checks that a place mention starts at ``cue.end`` (see :func:`relative_cue_before`).

    Examples
    --------
    >>> [(c.text, c.distance_m, c.form) for c in find_relative_cues(
    ...     "انفجرت قذيفة على بعد نحو كيلومترين من المطار")]
    [('على بعد نحو كيلومترين من', 2000.0, 'of')]
    >>> [(c.text, c.bearing_deg, c.form) for c in find_relative_cues("انفجار در شرق دیرالزور")]
    [('در شرق', 90.0, 'adjective')]
    >>> [(c.text, c.distance_m, c.form) for c in find_relative_cues("a 15 km road")]
    []
    """
    return _cues_in(text)


def relative_cue_before(text: str, anchor_start: int, window: int = 120) -> RelativeCue | None:
    """The cue that ends right before ``anchor_start`` (spaces allowed), if any.

    The text wing calls this for each place mention: when it returns a cue, the mention
    is the anchor of a relative location, not the place itself.

    Examples
    --------
    >>> text = "راکت‌ها از روستایی در ۱۲ کیلومتری پایگاه عین الاسد پرتاب شدند"
    >>> cue = relative_cue_before(text, text.index("پایگاه"))
    >>> cue.text, cue.distance_m, cue.form
    ('در ۱۲ کیلومتری', 12000.0, 'of')
    >>> relative_cue_before("rockets hit Mosul", 12) is None
    True
    """
    tail = fold_with_index(text[max(0, anchor_start - 16) : anchor_start])[0]
    if not _CUE_END.search(tail):
        return None  # fast path: no cue that wants an anchor can end like this
    begin = max(0, anchor_start - window)
    for cue in reversed(_cues_in(text[begin:anchor_start], begin)):
        gap = text[cue.end : anchor_start]
        if cue.expects_anchor and (not gap or gap.isspace() or gap == "\u200c"):
            return cue
        if cue.end < anchor_start - 1:
            break
    return None


def relative_location(
    cue: RelativeCue, anchor: Place, phrase: str = "", *, context: Place | None = None
) -> RelativeLocation:
    """Combine a cue and its resolved anchor into a :class:`RelativeLocation`.

    ``within`` is set when the cue is an adjective or an Arabic/Persian construct and
    the anchor is an area (see the module docstring); a part-of sector is 45° wide each
    side. When the anchor is a line (a river) and ``context`` is given — a place of the
    same text that lies on the line, such as Deir ez-Zor for the Syrian Euphrates — the
    anchor becomes the stretch of the line at that place (:func:`line_stretch`).

    Examples
    --------
    >>> anbar = Place(id="anbar", name="Anbar", lat=33.0, lon=42.0, kind="governorate",
    ...               country="IQ", precision_m=250_000, source="example")
    >>> cue = find_relative_cues("غربي الأنبار")[0]
    >>> rel = relative_location(cue, anbar)
    >>> rel.bearing_deg, rel.within, rel.sector_half_width_deg
    (270.0, True, 45.0)
    """
    if context is not None and anchor.kind in LINE_KINDS:
        anchor = line_stretch(anchor, context)
    within = (
        cue.bearing_deg is not None
        and cue.distance_m is None
        and cue.form in ("adjective", "construct")
        and anchor.kind in AREA_KINDS
    )
    half_width = 45.0 if within else cue.sector_half_width_deg
    return RelativeLocation(
        anchor=anchor,
        distance_m=cue.distance_m,
        bearing_deg=cue.bearing_deg,
        sector_half_width_deg=half_width,
        phrase=phrase or cue.text,
        approximate=cue.approximate,
        within=within,
    )


def parse_relative(
    phrase: str,
    gazetteer: Gazetteer | None = None,
    *,
    country: str | None = None,
    resolve_anchor: Callable[[str], Place | None] | None = None,
    context: Place | None = None,
) -> RelativeLocation | None:
    """Read a whole phrase such as ``"15 km north-west of Mosul"`` or ``"جنوب بغداد"``.

    The first cue that expects an anchor is used; the rest of the phrase after it is the
    anchor's name, resolved with ``resolve_anchor`` (default:
    :func:`geoincidents.places.resolve.resolve` with ``gazetteer`` and ``country``).
    ``None`` when there is no such cue or the anchor is not found.

    Examples
    --------
    >>> mosul = Place(id="mosul", name="Mosul", lat=36.34, lon=43.13, kind="city",
    ...               country="IQ", precision_m=8000, source="example")
    >>> rel = parse_relative("شمال غرب موصل", resolve_anchor={"موصل": mosul}.get)
    >>> rel.anchor.id, rel.bearing_deg, rel.distance_m
    ('mosul', 315.0, None)
    """
    if resolve_anchor is None:

        def resolve_anchor(name: str) -> Place | None:
            from geoincidents.places.resolve import resolve

            return resolve(name, gazetteer, country=country).place

    for cue in _cues_in(phrase):
        if not cue.expects_anchor:
            continue
        name = phrase[cue.end :].strip(" \u200c\t\n,.،:;")
        if not name:
            continue
        anchor = resolve_anchor(name)
        if anchor is not None:
            return relative_location(cue, anchor, phrase, context=context)
    return None


def line_stretch(line: Place, near: Place) -> Place:
    """The stretch of a line (river, road) at a place of the same text, as an anchor.

    The gazetteer knows a river as one point (often its mouth) with the river's whole
    extent as ``precision_m``; "east of the Euphrates" in an article about Deir ez-Zor
    means the stretch there. This returns a line place at ``near``'s position whose
    ``precision_m`` (the stretch's half-length) is ``max(50 km, near.precision_m)``.
    ``near`` must lie on or by the line — the caller's judgement; the course of the line
    itself is not known here.

    Examples
    --------
    >>> river = Place(id="euphrates", name="Euphrates", lat=31.0, lon=47.44, kind="river",
    ...               country="IQ", precision_m=1_300_000, source="example")
    >>> town = Place(id="deir-ez-zor", name="Deir ez-Zor", lat=35.34, lon=40.14,
    ...              kind="city", country="SY", precision_m=6000, source="example")
    >>> stretch = line_stretch(river, town)
    >>> stretch.id, stretch.lat, stretch.kind, stretch.precision_m
    ('euphrates@deir-ez-zor', 35.34, 'river', 50000.0)
    """
    return Place(
        id=f"{line.id}@{near.id}",
        name=f"{line.name} near {near.name}",
        lat=near.lat,
        lon=near.lon,
        kind=line.kind,
        country=near.country,
        precision_m=max(_LINE_MIN_HALF_LENGTH_M, near.precision_m),
        source=f"{line.source}; stretch placed at {near.id}: {near.source}",
        notes=f"the stretch of {line.id} at {near.id}; position from the context place",
        origin=line.origin,
    )


# --------------------------------------------------------------------------- geometry


@lru_cache(maxsize=1)
def _geod() -> Geod:
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _tolerance(rel: RelativeLocation, distance: float) -> float:
    """The given tolerance, else a fraction of the distance, at least the anchor's precision.

    A line's ``precision_m`` is its half-length, not how far off its course may be, so
    for lines the floor is :data:`_LINE_MIN_TOLERANCE_M` instead.
    """
    if rel.distance_tolerance_m is not None:
        return rel.distance_tolerance_m
    fraction = _APPROXIMATE_TOLERANCE_FRACTION if rel.approximate else _TOLERANCE_FRACTION
    if rel.anchor.kind in LINE_KINDS:
        return max(fraction * distance, _LINE_MIN_TOLERANCE_M)
    return max(fraction * distance, rel.anchor.precision_m)


def _sector_extent(rel: RelativeLocation) -> tuple[float, float]:
    """Inner and outer radius of a direction-only sector (see the module docstring)."""
    p = rel.anchor.precision_m
    kind = rel.anchor.kind
    if kind in AREA_KINDS:
        return (p / 3, p) if rel.within else (p, 2 * p)
    if kind == "city":
        return max(5 * _KM, p), max(40 * _KM, 3 * p)
    if kind == "town":
        return max(2 * _KM, p), max(20 * _KM, 3 * p)
    return max(1 * _KM, p), max(15 * _KM, 3 * p)


def _arc(lat: float, lon: float, radius: float, az_from: float, az_to: float) -> list[tuple]:
    """Points (lon, lat) at ``radius`` from the centre, azimuth ``az_from`` → ``az_to``."""
    steps = max(2, math.ceil(abs(az_to - az_from) / _ARC_STEP_DEG))
    azimuths = [az_from + (az_to - az_from) * k / steps for k in range(steps + 1)]
    lons, lats, _ = _geod().fwd(
        [lon] * len(azimuths), [lat] * len(azimuths), azimuths, [radius] * len(azimuths)
    )
    return [(float(x), float(y)) for x, y in zip(lons, lats, strict=True)]


def _ring_wkt(points: list[tuple]) -> str:
    if points[0] != points[-1]:
        points = [*points, points[0]]
    # one %-format over every coordinate: the same text as an f-string per point, faster
    return "(" + ("%.7f %.7f, " * len(points) % tuple(c for xy in points for c in xy))[:-2] + ")"


@lru_cache(maxsize=1024)
def _circle_wkt(lat: float, lon: float, radius: float, clockwise: bool) -> str:
    """:func:`_ring_wkt` of :func:`_circle` (the same anchors and distances recur)."""
    return _ring_wkt(_circle(lat, lon, radius, clockwise))


def _circle(lat: float, lon: float, radius: float, clockwise: bool) -> list[tuple]:
    ring = _arc(lat, lon, radius, 0.0, 360.0)[:-1]
    # Compass azimuths grow clockwise, so the ring as generated runs clockwise.
    return ring if clockwise else ring[::-1]


def _farthest(lat: float, lon: float, points: list[tuple]) -> float:
    lons = [x for x, _ in points]
    lats = [y for _, y in points]
    _, _, dist = _geod().inv([lon] * len(points), [lat] * len(points), lons, lats)
    return float(max(dist))


def _sector_centroid_distance(inner: float, outer: float, half_width_deg: float) -> float:
    """Distance from the apex to the centroid of a plane annular sector."""
    alpha = math.radians(half_width_deg)
    shape = math.sin(alpha) / alpha if alpha else 1.0
    return (2.0 / 3.0) * (outer**3 - inner**3) / (outer**2 - inner**2) * shape


def _disc_or_annulus(rel: RelativeLocation, inner: float, outer: float, rule: str) -> Estimate:
    a = rel.anchor
    rings = [_circle_wkt(a.lat, a.lon, outer, False)]
    if inner > 0:
        rings.append(_circle_wkt(a.lat, a.lon, inner, True))
    return Estimate(
        lat=a.lat,
        lon=a.lon,
        radius_m=outer,
        polygon_wkt="POLYGON (" + ", ".join(rings) + ")",
        shape="annulus" if inner > 0 else "disc",
        anchor_id=a.id,
        inner_radius_m=inner,
        outer_radius_m=outer,
        rule=rule,
    )


def _sector(rel: RelativeLocation, inner: float, outer: float, rule: str) -> Estimate:
    a = rel.anchor
    assert rel.bearing_deg is not None
    half = rel.sector_half_width_deg
    az0, az1 = rel.bearing_deg - half, rel.bearing_deg + half
    outer_arc = _arc(a.lat, a.lon, outer, az1, az0)  # counter-clockwise
    inner_arc = _arc(a.lat, a.lon, inner, az0, az1) if inner > 0 else [(a.lon, a.lat)]
    ring = outer_arc + inner_arc
    if rel.distance_m is not None:
        lon, lat, _ = _geod().fwd(a.lon, a.lat, rel.bearing_deg, rel.distance_m)
    else:
        centre = _sector_centroid_distance(inner, outer, half)
        lon, lat, _ = _geod().fwd(a.lon, a.lat, rel.bearing_deg, centre)
    return Estimate(
        lat=float(lat),
        lon=float(lon),
        radius_m=_farthest(lat, lon, ring),
        polygon_wkt="POLYGON (" + _ring_wkt(ring) + ")",
        shape="sector",
        anchor_id=a.id,
        inner_radius_m=inner,
        outer_radius_m=outer,
        rule=rule,
    )


def _band(rel: RelativeLocation, inner: float, outer: float, half_length: float) -> Estimate:
    a = rel.anchor
    assert rel.bearing_deg is not None
    geod = _geod()
    bearing = rel.bearing_deg
    corners: list[tuple] = []
    # Walk the near edge left → right, then the far edge right → left (counter-clockwise
    # seen with the band in front of the viewer).
    for side, radial in ((-1, inner), (1, inner), (1, outer), (-1, outer)):
        x, y, _ = geod.fwd(a.lon, a.lat, bearing + side * 90.0, half_length)
        if radial > 0:
            x, y, _ = geod.fwd(x, y, bearing, radial)
        corners.append((float(x), float(y)))
    middle = rel.distance_m if rel.distance_m is not None else (inner + outer) / 2
    lon, lat, _ = geod.fwd(a.lon, a.lat, bearing, middle)
    ring = corners if _signed_area(corners) > 0 else corners[::-1]
    return Estimate(
        lat=float(lat),
        lon=float(lon),
        radius_m=_farthest(lat, lon, ring),
        polygon_wkt="POLYGON (" + _ring_wkt(ring) + ")",
        shape="band",
        anchor_id=a.id,
        inner_radius_m=inner,
        outer_radius_m=outer,
        rule=f"side of a line: band {inner:.0f}-{outer:.0f} m from the line through the "
        f"anchor, {2 * half_length:.0f} m long",
    )


def _signed_area(points: list[tuple]) -> float:
    """Shoelace area in degrees², positive when counter-clockwise."""
    return (
        sum(
            x0 * y1 - x1 * y0
            for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)
        )
        / 2.0
    )


def _check(rel: RelativeLocation) -> None:
    """Raise :class:`PlaceValueError` for numbers no relative location can have."""
    checks = [
        ("distance_m", rel.distance_m, 0.0, 20_000_000.0),
        ("distance_tolerance_m", rel.distance_tolerance_m, 0.0, 20_000_000.0),
        ("sector_half_width_deg", rel.sector_half_width_deg, 0.0, 180.0),
        ("anchor.precision_m", rel.anchor.precision_m, 0.0, 20_000_000.0),
    ]
    for name, value, low, high in checks:
        if value is not None and not (math.isfinite(value) and low <= value <= high):
            raise PlaceValueError(f"{name} must lie in [{low:g}, {high:g}], not {value!r}")
    if rel.bearing_deg is not None and not math.isfinite(rel.bearing_deg):
        raise PlaceValueError(f"bearing_deg must be a finite number, not {rel.bearing_deg!r}")
    if not (-90.0 <= rel.anchor.lat <= 90.0 and -180.0 <= rel.anchor.lon <= 180.0):
        raise PlaceValueError(
            f"anchor {rel.anchor.id!r} is not a point: {rel.anchor.lat}, {rel.anchor.lon}"
        )


def estimate(rel: RelativeLocation) -> Estimate:
    """Point, uncertainty radius and polygon of a relative location, geodesically.

    The rules are those of the module docstring: *near* → disc; distance only →
    annulus (point = anchor, radius = outer radius); direction only → sector (point =
    centroid); both → destination point inside an annular sector; a line anchor
    (river, road) → a band on the named side.

    Raises
    ------
    PlaceValueError
        (a ``ValueError``) For a negative or non-finite distance or tolerance, a
        non-finite bearing, a half-width outside [0, 180] or an anchor that is not a
        point.

    Examples
    --------
    >>> base = Place(id="ain-al-asad", name="Ain al-Asad", lat=33.80, lon=42.44,
    ...              kind="air_base", country="IQ", precision_m=2000, source="example")
    >>> est = estimate(RelativeLocation(anchor=base, distance_m=15_000))
    >>> est.shape, est.inner_radius_m, est.outer_radius_m, est.radius_m
    ('annulus', 12000.0, 18000.0, 18000.0)
    >>> estimate(RelativeLocation(anchor=base)).shape
    'disc'
    """
    a = rel.anchor
    _check(rel)
    if a.kind in LINE_KINDS and a.precision_m > _MAX_LINE_STRETCH_M:
        radius = a.precision_m + _LINE_MIN_HALF_LENGTH_M
        return _disc_or_annulus(
            rel,
            0.0,
            radius,
            f"the anchor point stands for a whole line ({a.precision_m:.0f} m); which stretch "
            "is unknown (give a context place): disc of the line's extent plus 50 km",
        )
    if a.kind in LINE_KINDS and rel.bearing_deg is not None:
        half_length = max(a.precision_m, _LINE_MIN_HALF_LENGTH_M)
        if rel.distance_m is not None:
            tol = _tolerance(rel, rel.distance_m)
            return _band(rel, max(0.0, rel.distance_m - tol), rel.distance_m + tol, half_length)
        return _band(rel, 0.0, half_length, half_length)
    if rel.distance_m is None and rel.bearing_deg is None:
        radius = max(_NEAR_MIN_M, 2 * a.precision_m)
        return _disc_or_annulus(rel, 0.0, radius, f"near: disc of {radius:.0f} m")
    if rel.bearing_deg is None:
        assert rel.distance_m is not None
        tol = _tolerance(rel, rel.distance_m)
        inner, outer = max(0.0, rel.distance_m - tol), rel.distance_m + tol
        return _disc_or_annulus(
            rel, inner, outer, f"distance only: {rel.distance_m:.0f} ± {tol:.0f} m, any direction"
        )
    if rel.distance_m is None:
        inner, outer = _sector_extent(rel)
        part = "part of the area" if rel.within else "beyond the anchor"
        return _sector(
            rel,
            inner,
            outer,
            f"direction only ({part}): {inner:.0f}-{outer:.0f} m, "
            f"bearing {rel.bearing_deg:.1f} ± {rel.sector_half_width_deg:g}°",
        )
    tol = _tolerance(rel, rel.distance_m)
    return _sector(
        rel,
        max(0.0, rel.distance_m - tol),
        rel.distance_m + tol,
        f"distance and direction: {rel.distance_m:.0f} ± {tol:.0f} m, "
        f"bearing {rel.bearing_deg:.1f} ± {rel.sector_half_width_deg:g}°",
    )
