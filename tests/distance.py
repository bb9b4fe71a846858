"""The one distance the tests measure with: geodesic kilometres on WGS 84 (geopy), computed
apart from the library's own haversine so a test checks it rather than repeats it."""

from __future__ import annotations

from geopy.distance import geodesic


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in km between two points given as latitude, longitude.

    >>> round(km(33.3, 44.4, 33.3, 44.4), 3), 110 < km(33.0, 44.0, 34.0, 44.0) < 112
    (0.0, True)
    """
    return float(geodesic((lat1, lon1), (lat2, lon2)).km)
