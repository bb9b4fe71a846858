"""Values of the places wing: :class:`Place`, :class:`Candidate`, :class:`Resolution`.

Frozen dataclasses only; the logic that builds them lives in ``gazetteer.py`` and
``resolve.py``.

Examples
--------
>>> p = Place(id="ain-al-asad", name="Ain al-Asad Air Base", lat=33.80, lon=42.44,
...           kind="air_base", country="IQ", precision_m=2000, source="example")
>>> p.names
('Ain al-Asad Air Base',)
>>> r = Resolution(query="Ain al-Asad", place=p, score=1.0, method="exact")
>>> r.found
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from geoincidents.errors import GeoincidentsError, PlaceNotFoundError

__all__ = [
    "AMBIGUITY_MARGIN",
    "METHODS",
    "Candidate",
    "Place",
    "PlaceTypeError",
    "PlaceValueError",
    "Resolution",
    "UnknownPlaceIdError",
    "is_ambiguous",
    "place_label",
]


class PlaceValueError(GeoincidentsError, ValueError):
    """A value given to the places wing is not valid (a point off the globe, a bearing
    that is not a number, a role that does not exist)."""


class PlaceTypeError(GeoincidentsError, TypeError):
    """An argument given to the places wing has the wrong type (a geocoder without
    ``geocode``, an unknown setting)."""


class UnknownPlaceIdError(PlaceNotFoundError, KeyError):
    """No place of the gazetteer has this id (a :class:`KeyError` too, as for a mapping).

    Examples
    --------
    >>> err = UnknownPlaceIdError("nowhere")
    >>> isinstance(err, KeyError), isinstance(err, LookupError), str(err)
    (True, True, "'nowhere'")
    """


#: Methods a resolution can report, from the most to the least certain.
METHODS = (
    "exact",  # the query equals a name or alias as written
    "normalized",  # equal after names.normalize (script folding, articles, diacritics)
    "cross_script",  # equal after transliterating Arabic script to a Latin key
    "fuzzy",  # rapidfuzz similarity above the threshold
    "geonames",  # found in the offline GeoNames fallback index
    "online",  # found by an opt-in online geopy geocoder
    "none",  # nothing found
)


@dataclass(frozen=True)
class Place:
    """A named place with coordinates and their provenance.

    Parameters
    ----------
    id
        Stable slug (``ain-al-asad``). GeoNames places use ``geonames:<id>``.
    name
        English name.
    lat, lon
        WGS 84 degrees.
    kind
        ``air_base``, ``military_base``, ``oil_field``, ``city``, ... (see gazetteer/README.md).
    country
        ISO 3166-1 alpha-2 code (``IQ``, ``SY``, ``JO``, ...).
    precision_m
        Radius in metres within which the true point lies.
    source
        URL or citation of the coordinates.
    origin
        Where the row came from: ``"bundled"``, a user CSV path, ``"geonames"`` or ``"online"``.
    """

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str
    precision_m: float
    source: str
    name_ar: str = ""
    name_fa: str = ""
    aliases: tuple[str, ...] = ()
    admin1: str = ""
    notes: str = ""
    origin: str = "bundled"
    population: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the place: English, Arabic, Persian, then aliases (no empties)."""
        seen: dict[str, None] = {}
        for n in (self.name, self.name_ar, self.name_fa, *self.aliases):
            if n:
                seen.setdefault(n, None)
        return tuple(seen)


@dataclass(frozen=True)
class Candidate:
    """A place weighed by the resolver, with its score in [0, 1] and how it matched."""

    place: Place
    score: float
    method: str


@dataclass(frozen=True)
class Resolution:
    """The answer to "where is this name?".

    ``place`` is ``None`` when nothing was found. ``candidates`` are ranked best first and
    include the chosen place. ``kind_hint`` is the kind implied by words such as
    ``قاعدة`` or ``air base`` in the query; ``context`` holds trailing qualifiers
    (``", Iraq"``) that narrowed the search.
    """

    query: str
    place: Place | None
    score: float
    method: str
    candidates: tuple[Candidate, ...] = ()
    kind_hint: str | None = None
    context: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    matched_name: str = ""

    @property
    def alias(self) -> str:
        """The name matched when it is not the place's English name (``""`` otherwise).

        Examples
        --------
        >>> p = Place("hit", "Hit", 33.6, 42.8, "town", "IQ", 2000, "s", name_ar="هيت")
        >>> Resolution("هیت", p, 0.97, "normalized", matched_name="هيت").alias
        'هيت'
        """
        if self.place is None or self.matched_name == self.place.name:
            return ""
        return self.matched_name

    @property
    def suggestions(self) -> tuple[str, ...]:
        """Names of the candidates other than the chosen place, best first (when nothing
        was found: every candidate)."""
        chosen = self.place.id if self.place else None
        return tuple(dict.fromkeys(c.place.name for c in self.candidates if c.place.id != chosen))

    @property
    def found(self) -> bool:
        """Whether a place was chosen."""
        return self.place is not None

    @property
    def ambiguous(self) -> bool:
        """True when another candidate, not the chosen place, scored within 0.05 of it."""
        return is_ambiguous(self.place, self.score, self.candidates)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``geoincidents resolve --json``."""
        p = self.place
        return {
            "query": self.query,
            "found": p is not None,
            "id": p.id if p else None,
            "name": p.name if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "country": p.country if p else None,
            "kind": p.kind if p else None,
            "precision_m": p.precision_m if p else None,
            "score": round(self.score, 4),
            "method": self.method,
            "alias": self.alias,
            "ambiguous": self.ambiguous,
            "candidates": [
                {"id": c.place.id, "name": c.place.name, "score": round(c.score, 4)}
                for c in self.candidates
            ],
            # "Name (id)", like the gazetteer's own suggestions (places.suggest)
            "suggestions": [
                place_label(c.place.name, c.place.id)
                for c in self.candidates
                if self.place is None or c.place.id != self.place.id
            ],
        }


#: Another candidate scoring within this of the chosen place makes the answer ambiguous.
AMBIGUITY_MARGIN = 0.05


def place_label(name: str, place_id: str) -> str:
    """How a place is offered as a suggestion: ``"Name (id)"`` (one format everywhere).

    >>> place_label("Ain al-Asad Air Base", "ain-al-asad")
    'Ain al-Asad Air Base (ain-al-asad)'
    """
    return f"{name} ({place_id})"


def is_ambiguous(place: Place | None, score: float, candidates: Iterable[Candidate]) -> bool:
    """Whether another candidate scored within :data:`AMBIGUITY_MARGIN` of the chosen
    ``place`` (the rule of :attr:`Resolution.ambiguous`, for any ranked answer).

    >>> a = Place("a", "A", 0, 0, "town", "IQ", 1000, "s")
    >>> b = Place("b", "A", 1, 1, "town", "YE", 1000, "s")
    >>> is_ambiguous(a, 0.9, [Candidate(a, 0.9, "exact"), Candidate(b, 0.88, "exact")])
    True
    """
    if place is None:
        return False
    return any(c.place.id != place.id and c.score >= score - AMBIGUITY_MARGIN for c in candidates)
