"""Values of the incidents wing: :class:`Incident`, :class:`Location`, :class:`Source`.

Frozen dataclasses only; the columns are in ``schema.py``, row parsing in ``rows.py``, the
formats in ``csvfile.py``, ``acled.py``, ``geojson.py`` and ``tables.py`` (``io.py``
dispatches) and GeoDataFrames in ``frame.py``.

Examples
--------
>>> import datetime as dt
>>> target = Location(lat=33.80, lon=42.44, name="Ain al-Asad", place_id="ain-al-asad",
...                   radius_m=2000)
>>> inc = Incident(id="x1", date=dt.date(2024, 1, 20), kind="attack", target=target,
...                weapon="ballistic_missile", count=17)
>>> inc.is_strike
False

Several weapons in one incident: ``weapons`` holds them all, ``weapon`` is the first.

>>> Incident(id="x2", date=dt.date(2024, 1, 20), kind="attack", target=target,
...          weapons=("rocket", "drone")).weapon
'rocket'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from geoincidents.errors import IncidentValueError

__all__ = [
    "CLAIM_STATUSES",
    "DATE_PRECISIONS",
    "DOUBTFUL_METHODS",
    "KINDS",
    "STRIKE_KINDS",
    "WEAPONS",
    "Alternative",
    "Incident",
    "Location",
    "Source",
]

#: Known incident kinds. The model accepts other lower-case slugs too (extensible).
KINDS = ("attack", "interception", "preemptive_strike", "retaliatory_strike", "explosion")
#: Kinds that are strikes by the US or the coalition rather than militia attacks.
STRIKE_KINDS = frozenset({"preemptive_strike", "retaliatory_strike"})
WEAPONS = (
    "rocket",
    "drone",
    "ballistic_missile",
    "cruise_missile",
    "ied",
    "artillery",
    "airstrike",
    "unknown",
)
#: What the sources say about who did it. ``unclaimed``: nobody claimed it; ``denied``: the
#: accused party denied it; ``disputed``: sources disagree. Other lower-case slugs are
#: accepted too (extensible, like kinds and weapons).
CLAIM_STATUSES = ("claimed", "attributed", "unclaimed", "denied", "disputed", "unknown")
DATE_PRECISIONS = ("day", "week", "month")


#: Resolution methods whose answer an analyst should check before briefing it.
DOUBTFUL_METHODS = frozenset({"fuzzy", "geonames", "online"})


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another place a name could have meant (a runner-up candidate of the resolver)."""

    place_id: str
    name: str
    country: str = ""
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """Where something was, and how sure we are.

    ``place_id`` is the gazetteer id when the location came from a named place;
    ``radius_m`` is the uncertainty radius; ``geo_precision`` is ACLED's code
    (1 = the place itself, 2 = near it / part of a region, 3 = a larger region).
    ``relation`` describes a relative location in words ("15 km from Ain al-Asad Air
    Base") and ``polygon_wkt`` its uncertainty area (disc, annulus or sector) in WKT.
    """

    lat: float
    lon: float
    name: str = ""
    place_id: str | None = None
    radius_m: float = 0.0
    geo_precision: int = 1
    relation: str = ""
    polygon_wkt: str | None = None
    # -- the verdict: how the place was found (empty for raw coordinates) --
    #: the name as written in the source (a sheet cell, an article span)
    query: str = ""
    #: how it was found: a resolver method (exact, normalized, cross_script, fuzzy,
    #: geonames, online), or "coordinates" when given as lat/lon
    method: str = ""
    #: the resolver's score in [0, 1]
    score: float | None = None
    #: ISO 3166-1 alpha-2 code and first-level division, from the gazetteer
    country: str = ""
    admin1: str = ""
    #: the name or alias of the place that matched the query
    alias: str = ""
    #: another candidate scored within a hair of the chosen place
    ambiguous: bool = False
    #: runner-up candidates, best first
    alternatives: tuple[Alternative, ...] = ()

    @property
    def doubtful(self) -> bool:
        """True when an analyst should check this placement before briefing it.

        >>> Location(lat=0, lon=0, method="fuzzy", score=0.82).doubtful
        True
        >>> Location(lat=0, lon=0, method="exact", score=1.0).doubtful
        False
        """
        return (
            self.ambiguous
            or self.method in DOUBTFUL_METHODS
            or (self.score is not None and self.score < 0.8)
        )


@dataclass(frozen=True, slots=True)
class Source:
    """One report of an incident: outlet, URL, publication date, language (ISO 639-1).

    ``claim`` summarises, in our own words, what this source says where sources disagree
    (e.g. "five rockets fell inside the base"). Never article text.

    ``url`` is the text as given: an http(s) address, or a citation kept as text
    (``Reuters, 21 Jan 2024``); the map shows only http(s) addresses as links.
    A source must say something: a Source with every field empty is refused.

    >>> Source("")
    Traceback (most recent call last):
    ...
    geoincidents.errors.IncidentValueError: a Source needs an outlet, url, date, language or claim
    """

    outlet: str
    url: str = ""
    date: dt.date | None = None
    language: str = ""
    claim: str = ""

    def __post_init__(self) -> None:
        if not (self.outlet or self.url or self.date or self.language or self.claim):
            raise IncidentValueError("a Source needs an outlet, url, date, language or claim")


@dataclass(frozen=True, slots=True)
class Incident:
    """One attack, interception, strike or explosion.

    ``responds_to`` holds the ids of the incidents this one answered (a retaliatory
    strike answers an attack; an attack may answer a strike). ``count`` is the number of
    munitions (rockets, drones, missiles) where known.

    ``weapons`` lists every weapon used (``("rocket", "drone")``), the primary first;
    ``weapon`` is always ``weapons[0]``. Give either: ``weapon="rocket"`` alone gives
    ``weapons=("rocket",)``; ``weapons=`` alone sets ``weapon`` to its first item; a
    ``weapon`` given with ``weapons`` that do not start with it is put first.
    """

    id: str
    date: dt.date
    kind: str
    target: Location
    date_precision: str = "day"
    end_date: dt.date | None = None
    weapon: str = "unknown"
    count: int | None = None
    origin: Location | None = None
    actor: str = ""
    claim_status: str = "unknown"
    targeted_party: str = ""
    killed: int | None = None
    wounded: int | None = None
    damage: str = ""
    responds_to: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    notes: str = ""
    wave: str = ""
    weapons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        weapons = tuple(self.weapons)
        if not weapons:
            weapons = (self.weapon,)
        elif self.weapon != weapons[0]:
            if self.weapon == "unknown":
                object.__setattr__(self, "weapon", weapons[0])
            else:
                weapons = (self.weapon, *(w for w in weapons if w != self.weapon))
        object.__setattr__(self, "weapons", weapons)

    @property
    def is_strike(self) -> bool:
        """True for strikes by the US or the coalition (pre-emptive or retaliatory)."""
        return self.kind in STRIKE_KINDS
