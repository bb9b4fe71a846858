"""A geopy geocoder backed by the offline gazetteer: :class:`GazetteerGeocoder`.

It plugs the resolver into the geopy ecosystem: ``geocode()`` and ``reverse()`` return
:class:`geopy.location.Location` objects, so it works wherever a geopy geocoder does —
with :func:`geopandas.tools.geocode`, :func:`geopandas.tools.reverse_geocode` and
:class:`geopy.extra.rate_limiter.RateLimiter`. It never touches the network: its HTTP
adapter refuses every request.

The provenance of each answer sits in ``Location.raw``: ``id``, ``name``, ``kind``,
``country``, ``method``, ``score``, ``source``, ``origin``, ``precision_m``,
``candidates`` (a list of ``{id, name, score, method}``) and, for ``reverse()``,
``distance_m``.

geopandas builds its geocoder as ``provider(**kwargs)``; pass either the class (keyword
arguments of ``geopandas.tools.geocode`` go to its constructor) or an instance (calling
an instance with keyword arguments returns a copy with those settings changed).

Examples
--------
>>> from geoincidents.places.geocoder import GazetteerGeocoder
>>> coder = GazetteerGeocoder(country="IQ")
>>> coder(kind="city").kind
'city'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderServiceError
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geoincidents.errors import GeoincidentsError
from geoincidents.places.model import PlaceTypeError

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer
    from geoincidents.places.model import Place, Resolution

__all__ = ["GazetteerGeocoder", "OfflineGeocoderError"]


class OfflineGeocoderError(GeoincidentsError, GeocoderServiceError):
    """The offline geocoder was asked to go online (a geopy ``GeocoderServiceError``)."""


class _OfflineAdapter(BaseSyncAdapter):
    """An HTTP adapter that refuses every request: this geocoder never goes online."""

    def __init__(self, *, proxies: Any = None, ssl_context: Any = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        raise OfflineGeocoderError(f"GazetteerGeocoder is offline; refused {url!r}")

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        raise OfflineGeocoderError(f"GazetteerGeocoder is offline; refused {url!r}")


@dataclasses.dataclass(frozen=True)
class _Settings:
    gazetteer: Gazetteer | None
    country: str | None
    kind: str | None
    use_geonames: bool
    limit: int
    reverse_radius_m: float


class GazetteerGeocoder(Geocoder):
    """A :class:`geopy.geocoders.base.Geocoder` that answers from the gazetteer, offline.

    Parameters
    ----------
    gazetteer
        The gazetteer to search; ``None`` uses
        :func:`geoincidents.places.gazetteer.default_gazetteer`.
    country, kind
        Default hints for every ``geocode()`` call (ISO country code, place kind).
    use_geonames
        Whether the resolver may fall back to the offline GeoNames index.
    limit
        How many candidates to weigh and, with ``exactly_one=False``, to return.
    reverse_radius_m
        Default search radius of ``reverse()``.
    timeout
        Accepted for geopy compatibility and ignored: nothing here waits on a network.

    Examples
    --------
    >>> coder = GazetteerGeocoder(use_geonames=False)
    >>> coder.geocode("")
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        country: str | None = None,
        kind: str | None = None,
        use_geonames: bool = True,
        limit: int = 5,
        reverse_radius_m: float = 50_000,
        timeout: float | None = None,
    ) -> None:
        super().__init__(timeout=timeout, adapter_factory=_OfflineAdapter)
        self._settings = _Settings(gazetteer, country, kind, use_geonames, limit, reverse_radius_m)

    @property
    def country(self) -> str | None:
        """The default country hint."""
        return self._settings.country

    @property
    def kind(self) -> str | None:
        """The default kind hint."""
        return self._settings.kind

    def __call__(self, **changes: Any) -> GazetteerGeocoder:
        """A copy with some settings changed (this is how geopandas builds its provider).

        ``geopandas.tools.geocode(names, provider=coder, country="IQ")`` calls
        ``coder(country="IQ")``.
        """
        timeout = changes.pop("timeout", self.timeout)
        names = {f.name for f in dataclasses.fields(_Settings)}
        unknown = set(changes) - names
        if unknown:
            raise PlaceTypeError(f"GazetteerGeocoder got unexpected settings: {sorted(unknown)}")
        new = GazetteerGeocoder(timeout=timeout)
        new._settings = dataclasses.replace(self._settings, **changes)
        return new

    def __repr__(self) -> str:
        s = self._settings
        return (
            f"GazetteerGeocoder(country={s.country!r}, kind={s.kind!r}, "
            f"use_geonames={s.use_geonames!r})"
        )

    # ------------------------------------------------------------------ forward

    def geocode(
        self,
        query: str,
        exactly_one: bool = True,
        *,
        country: str | None = None,
        kind: str | None = None,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """Resolve a place name in any script to a :class:`~geopy.location.Location`.

        Parameters
        ----------
        query
            A name such as ``"Ain al-Asad"``, ``"عين الأسد"`` or ``"پایگاه هوایی الاسد"``.
        exactly_one
            ``True``: the best place or ``None``. ``False``: every candidate the resolver
            weighed, best first, or ``None`` when nothing was found (geopy's convention).
        country, kind
            Hints overriding the geocoder's defaults.
        timeout
            Ignored (offline); accepted for geopy compatibility.

        Examples
        --------
        >>> GazetteerGeocoder(use_geonames=False).geocode("   ") is None
        True
        """
        if not isinstance(query, str) or not query.strip():
            return None
        from geoincidents.places.resolve import resolve

        s = self._settings
        resolution = resolve(
            query,
            s.gazetteer,
            country=country or s.country,
            kind=kind or s.kind,
            use_geonames=s.use_geonames,
            limit=s.limit,
        )
        if resolution.place is None:
            return None
        if exactly_one:
            return _location(resolution.place, _forward_raw(resolution, resolution.place))
        places: dict[str, Place] = {resolution.place.id: resolution.place}
        for candidate in resolution.candidates:
            places.setdefault(candidate.place.id, candidate.place)
        return [_location(p, _forward_raw(resolution, p)) for p in places.values()]

    # ------------------------------------------------------------------ reverse

    def reverse(
        self,
        query: Point | Sequence[float] | str,
        exactly_one: bool = True,
        *,
        radius_m: float | None = None,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """The nearest gazetteer places to a point, within ``radius_m``.

        ``query`` is anything :class:`geopy.point.Point` accepts: ``(lat, lon)``,
        ``"lat, lon"`` or a ``Point``. ``raw["distance_m"]`` is the distance from the
        query point. ``None`` when no place lies within the radius. GeoNames places are
        included when the geocoder was built with ``use_geonames=True``.

        Examples
        --------
        >>> GazetteerGeocoder(use_geonames=False).reverse((0.0, -150.0), radius_m=1000)
        """
        from geoincidents.places.resolve import reverse

        point = query if isinstance(query, Point) else Point(query)
        radius = self._settings.reverse_radius_m if radius_m is None else radius_m
        found = reverse(
            point.latitude,
            point.longitude,
            radius_m=radius,
            gazetteer=self._settings.gazetteer,
            limit=1 if exactly_one else self._settings.limit,
            use_geonames=self._settings.use_geonames,
        )
        if not found:
            return None
        locations = [
            _location(place, _place_raw(place) | {"method": "reverse", "distance_m": distance})
            for place, distance in found
        ]
        return locations[0] if exactly_one else locations


def _address(place: Place) -> str:
    parts = [place.name]
    if place.admin1 and place.admin1 != place.name:
        parts.append(place.admin1)
    if place.country:
        parts.append(place.country)
    return ", ".join(parts)


def _place_raw(place: Place) -> dict[str, Any]:
    return {
        "id": place.id,
        "name": place.name,
        "name_ar": place.name_ar,
        "name_fa": place.name_fa,
        "kind": place.kind,
        "country": place.country,
        "admin1": place.admin1,
        "precision_m": place.precision_m,
        "source": place.source,
        "origin": place.origin,
    }


def _forward_raw(resolution: Resolution, place: Place) -> dict[str, Any]:
    score, method = resolution.score, resolution.method
    for candidate in resolution.candidates:
        if candidate.place.id == place.id:
            score, method = candidate.score, candidate.method
            break
    if resolution.place is not None and place.id == resolution.place.id:
        score, method = resolution.score, resolution.method
    return _place_raw(place) | {
        "query": resolution.query,
        "method": method,
        "score": score,
        "ambiguous": resolution.ambiguous,
        "kind_hint": resolution.kind_hint,
        "candidates": [
            {
                "id": c.place.id,
                "name": c.place.name,
                "score": c.score,
                "method": c.method,
            }
            for c in resolution.candidates
        ],
    }


def _location(place: Place, raw: dict[str, Any]) -> Location:
    return Location(_address(place), (place.lat, place.lon, 0.0), raw)
