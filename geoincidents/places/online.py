"""Opt-in online fallback through any geopy geocoder: :class:`OnlineGeocoderFallback`.

Nothing in the library goes online by default. When a user wants the resolver to ask an
online service about names the gazetteer and GeoNames do not know, they wrap a geopy
geocoder and pass it as ``resolve(..., online=fallback)``::

    from geopy.geocoders import Nominatim
    fallback = OnlineGeocoderFallback(Nominatim(user_agent="my-project"),
                                      cache_path="~/.cache/geoincidents/online.json")
    resolve("Tell Abyad", online=fallback)

The fallback is

* **rate limited** through :class:`geopy.extra.rate_limiter.RateLimiter`
  (``min_delay_seconds`` between calls, ``max_retries`` retries on service errors);
* **cached on disk** in one JSON file keyed by geocoder class, country and the
  normalised name (:func:`geoincidents.places.names.normalize`), written atomically;
  answers "not found" are cached too, failures are not;
* **bounded in time**: ``timeout`` is passed to every ``geocode`` call;
* **never fatal**: timeouts and service errors become ``None`` plus an
  :class:`OnlineGeocoderWarning`.

The :class:`~geoincidents.places.model.Place` it returns has ``origin="online"``,
``source`` naming the geocoder class and the query, and ``precision_m`` taken from the
result's bounding box (distance from the point to the box's farthest corner, at least
100 m) when the service reports one (Nominatim, Photon, Google, OpenCage, ArcGIS,
Mapbox, Bing and Pelias shapes are recognised), else ``default_precision_m`` (25 km: a
result with no extent may be the centroid of a town or of a whole district, and the
honest radius is a large one).

Examples
--------
>>> class Fake:
...     def geocode(self, query, exactly_one=True, timeout=None):
...         from geopy.location import Location
...         return Location("Tikrit, Iraq", (34.6, 43.68, 0), {})
>>> lookup = OnlineGeocoderFallback(Fake(), min_delay_seconds=0)
>>> place = lookup("Tikrit")
>>> place.origin, place.lat, place.precision_m
('online', 34.6, 25000.0)
"""

from __future__ import annotations

import inspect
import json
import os
import threading
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from geopy.distance import geodesic
from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location

from geoincidents._files import atomic_write_text
from geoincidents.places.model import Place, PlaceTypeError
from geoincidents.places.names import normalize

__all__ = ["DEFAULT_PRECISION_M", "OnlineGeocoderFallback", "OnlineGeocoderWarning"]

#: Precision given to a result whose service reports no bounding box.
DEFAULT_PRECISION_M = 25_000.0
_MIN_PRECISION_M = 100.0
_CACHE_VERSION = 1
#: Place kinds a service's own type word may map to (anything else becomes "place").
_KNOWN_KINDS = {
    "city": "city",
    "town": "town",
    "village": "village",
    "hamlet": "village",
    "aerodrome": "airport",
    "airport": "airport",
    "country": "country",
    "state": "governorate",
    "province": "governorate",
    "county": "district",
    "district": "district",
}


class OnlineGeocoderWarning(UserWarning):
    """An online geocoder failed (timeout, service error); the lookup returned ``None``."""


class _RateLimiter(RateLimiter):
    """geopy's RateLimiter with an injectable clock and sleep (tests never really sleep)."""

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        **options: Any,
    ) -> None:
        super().__init__(func, **options)
        self._clock_function = clock
        self._sleep_function = sleep

    def _clock(self) -> float:
        return self._clock_function()

    def _sleep(self, seconds: float) -> None:
        self._sleep_function(seconds)


class OnlineGeocoderFallback:
    """Look names up with an online geopy geocoder: rate limited, cached, never fatal.

    Parameters
    ----------
    geocoder
        Any object with a geopy-style ``geocode(query, exactly_one=True, timeout=...)``
        method, e.g. ``geopy.geocoders.Nominatim(user_agent=...)``.
    cache_path
        JSON file for the cache (created with its directory; ``~`` expanded). ``None``
        keeps the cache in memory only.
    min_delay_seconds
        Minimum delay between two calls to the service.
    timeout
        Seconds passed as ``timeout`` to every ``geocode`` call.
    max_retries
        Retries after a service error (``GeocoderServiceError`` and its subclasses, such
        as ``GeocoderTimedOut``) before giving up with a warning.
    error_wait_seconds
        Wait before a retry.
    default_precision_m
        Precision of a result without a bounding box (see the module docstring).
    clock, sleep
        Time source and sleep function of the rate limiter (inject fakes in tests).
    """

    def __init__(
        self,
        geocoder: Any,
        *,
        cache_path: str | os.PathLike[str] | None = None,
        min_delay_seconds: float = 1.0,
        timeout: float = 10.0,
        max_retries: int = 2,
        error_wait_seconds: float = 5.0,
        default_precision_m: float = DEFAULT_PRECISION_M,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not callable(getattr(geocoder, "geocode", None)):
            raise PlaceTypeError(f"{geocoder!r} has no geocode() method")
        self.geocoder = geocoder
        self.cache_path = Path(cache_path).expanduser() if cache_path is not None else None
        self.timeout = timeout
        self.default_precision_m = default_precision_m
        self._limited = _RateLimiter(
            geocoder.geocode,
            clock=clock,
            sleep=sleep,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            error_wait_seconds=error_wait_seconds,
            swallow_exceptions=False,
        )
        self._cache: dict[str, dict[str, Any] | None] | None = None
        self._lock = threading.Lock()
        self._country_parameter = _country_parameter(geocoder.geocode)

    @property
    def service(self) -> str:
        """The geocoder's class name, as written in ``source`` and the cache keys."""
        return type(self.geocoder).__name__

    def __repr__(self) -> str:
        return f"OnlineGeocoderFallback({self.service}, cache_path={self.cache_path!r})"

    def __call__(self, name: str, *, country: str | None = None) -> Place | None:
        """The place the online service finds for ``name``, or ``None``.

        ``country`` (ISO alpha-2) is passed as ``country_codes=`` or ``country=`` when the
        geocoder's ``geocode`` accepts one of them, and becomes the place's country.
        """
        key_name = normalize(name) if isinstance(name, str) else ""
        if not key_name:
            return None
        country = country.upper() if country else None
        key = f"{self.service}|{country or ''}|{key_name}"
        with self._lock:
            cache = self._load()
            if key in cache:
                entry = cache[key]
                return None if entry is None else _place_from_json(entry)
        location = self._ask(name, country)
        if location is _FAILED:
            return None
        place = None if location is None else self._place(name, country, location)
        with self._lock:
            cache = self._load()
            cache[key] = None if place is None else _place_to_json(place)
            self._save(cache)
        return place

    # ------------------------------------------------------------------ service

    def _ask(self, name: str, country: str | None) -> Any:
        kwargs: dict[str, Any] = {"exactly_one": True, "timeout": self.timeout}
        if country and self._country_parameter == "country_codes":
            kwargs["country_codes"] = country.lower()
        elif country and self._country_parameter == "country":
            kwargs["country"] = country
        try:
            result = self._limited(name, **kwargs)
        except GeopyError as error:
            warnings.warn(
                f"{self.service} failed on {name!r} ({type(error).__name__}: {error}); "
                "treated as not found, not cached",
                OnlineGeocoderWarning,
                stacklevel=3,
            )
            return _FAILED
        if isinstance(result, list):
            result = result[0] if result else None
        return result

    def _place(self, name: str, country: str | None, location: Location) -> Place:
        raw = location.raw if isinstance(location.raw, Mapping) else {}
        lat, lon = float(location.latitude), float(location.longitude)
        box = _bounding_box(raw, lat, lon)
        precision = self.default_precision_m
        if box is not None:
            south, west, north, east = box
            corners = [(south, west), (south, east), (north, west), (north, east)]
            precision = max(_MIN_PRECISION_M, max(geodesic((lat, lon), c).m for c in corners))
        address = str(location.address or "")
        label = address.split(",")[0].strip() or name
        query = f"{name!r}" + (f", country={country!r}" if country else "")
        return Place(
            id=f"online:{normalize(name)}" + (f":{country.lower()}" if country else ""),
            name=label,
            lat=lat,
            lon=lon,
            kind=_kind(raw),
            country=country or _country(raw),
            precision_m=float(precision),
            source=f"{self.service}.geocode({query})",
            aliases=(name,) if name != label else (),
            notes=f"address: {address}" if address else "",
            origin="online",
        )

    # ------------------------------------------------------------------ cache

    def _load(self) -> dict[str, dict[str, Any] | None]:
        if self._cache is not None:
            return self._cache
        self._cache = {}
        if self.cache_path is not None and self.cache_path.exists():
            try:
                data = json.loads(self.cache_path.read_text(encoding="utf-8"))
                if data.get("version") == _CACHE_VERSION and isinstance(data["entries"], dict):
                    self._cache = dict(data["entries"])
                else:
                    raise ValueError("unknown cache version")
            except (OSError, ValueError, KeyError, AttributeError) as error:
                warnings.warn(
                    f"{self.cache_path}: online cache unreadable ({error}); starting empty",
                    OnlineGeocoderWarning,
                    stacklevel=4,
                )
        return self._cache

    def _save(self, cache: dict[str, dict[str, Any] | None]) -> None:
        if self.cache_path is None:
            return
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"version": _CACHE_VERSION, "entries": cache}
        text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True)
        atomic_write_text(self.cache_path, text)


_FAILED = object()


def _country_parameter(geocode: Callable[..., Any]) -> str | None:
    """Which country keyword ``geocode`` accepts: ``country_codes``, ``country`` or none."""
    try:
        parameters = inspect.signature(geocode).parameters
    except (TypeError, ValueError):
        return None
    for name in ("country_codes", "country"):
        if name in parameters:
            return name
    return None


def _place_to_json(place: Place) -> dict[str, Any]:
    data = asdict(place)
    data["aliases"] = list(place.aliases)
    return data


def _place_from_json(data: Mapping[str, Any]) -> Place:
    fields = dict(data)
    fields["aliases"] = tuple(fields.get("aliases", ()))
    return Place(**fields)


def _numbers(values: Any) -> list[float] | None:
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return None
    return numbers if len(numbers) == 4 else None


def _box_from_corners(northeast: Any, southwest: Any) -> tuple[float, ...] | None:
    try:
        return (
            float(southwest["lat"]),
            float(southwest["lng"]),
            float(northeast["lat"]),
            float(northeast["lng"]),
        )
    except (TypeError, KeyError, ValueError):
        return None


def _bounding_box(raw: Mapping[str, Any], lat: float, lon: float) -> tuple[float, ...] | None:
    """``(south, west, north, east)`` from the raw answer of a known service, or ``None``.

    Flat 4-number boxes come in several orders (Nominatim ``[s, n, w, e]``, Photon
    ``[w, n, e, s]``, GeoJSON/Mapbox/Pelias ``[w, s, e, n]``, Bing ``[s, w, n, e]``); the
    order whose box contains the result point is taken.

    Examples
    --------
    >>> _bounding_box({"boundingbox": ["33.0", "34.0", "42.0", "43.0"]}, 33.5, 42.5)
    (33.0, 42.0, 34.0, 43.0)
    >>> _bounding_box({}, 33.5, 42.5) is None
    True
    """
    boxes: list[tuple[float, ...]] = []
    properties = raw.get("properties")
    flat: list[tuple[Any, tuple[int, int, int, int]]] = [
        (raw.get("boundingbox"), (0, 2, 1, 3)),  # Nominatim [s, n, w, e]
        (raw.get("bbox"), (1, 0, 3, 2)),  # GeoJSON [w, s, e, n]
        (raw.get("bbox"), (0, 1, 2, 3)),  # Bing [s, w, n, e]
    ]
    if isinstance(properties, Mapping):
        flat.append((properties.get("extent"), (3, 0, 1, 2)))  # Photon [w, n, e, s]
    for values, order in flat:
        numbers = _numbers(values) if values is not None else None
        if numbers is not None:
            boxes.append(tuple(numbers[i] for i in order))
    geometry = raw.get("geometry")
    if isinstance(geometry, Mapping) and isinstance(geometry.get("viewport"), Mapping):
        viewport = geometry["viewport"]
        box = _box_from_corners(viewport.get("northeast"), viewport.get("southwest"))
        if box:
            boxes.append(box)
    bounds = raw.get("bounds")
    if isinstance(bounds, Mapping):
        box = _box_from_corners(bounds.get("northeast"), bounds.get("southwest"))
        if box:
            boxes.append(box)
    extent = raw.get("extent")
    if isinstance(extent, Mapping):
        numbers = _numbers([extent.get(k) for k in ("ymin", "xmin", "ymax", "xmax")])
        if numbers is not None:
            boxes.append(tuple(numbers))
    for south, west, north, east in boxes:
        if south <= lat <= north and west <= lon <= east:
            return (south, west, north, east)
    return None


def _kind(raw: Mapping[str, Any]) -> str:
    properties = raw.get("properties")
    words = [raw.get("addresstype"), raw.get("type")]
    if isinstance(properties, Mapping):
        words += [properties.get("osm_value"), properties.get("type")]
    for word in words:
        if isinstance(word, str) and word.lower() in _KNOWN_KINDS:
            return _KNOWN_KINDS[word.lower()]
    return "place"


def _country(raw: Mapping[str, Any]) -> str:
    address = raw.get("address")
    properties = raw.get("properties")
    for holder, key in ((address, "country_code"), (properties, "countrycode")):
        if isinstance(holder, Mapping) and isinstance(holder.get(key), str):
            return str(holder[key]).upper()
    return ""
