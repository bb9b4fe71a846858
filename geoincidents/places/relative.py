"""Relative locations: "15 km north-west of X" → point, radius and polygon (geodesic).

CONTRACT (implementation pending): see RelativeLocation and estimate().
"""

from __future__ import annotations

from dataclasses import dataclass

from geoincidents.places.model import Place

__all__ = ["Estimate", "RelativeLocation", "estimate"]


@dataclass(frozen=True)
class RelativeLocation:
    """A place described relative to an anchor.

    ``distance_m`` None means "near" / unspecified; ``bearing_deg`` is the compass
    direction from the anchor (0 = north, 90 = east), None when no direction is given;
    ``sector_half_width_deg`` is the half-width of the direction's sector.
    """

    anchor: Place
    distance_m: float | None = None
    bearing_deg: float | None = None
    distance_tolerance_m: float | None = None
    sector_half_width_deg: float = 22.5
    phrase: str = ""


@dataclass(frozen=True)
class Estimate:
    """A point estimate, its uncertainty radius (m) and the uncertainty polygon (WKT)."""

    lat: float
    lon: float
    radius_m: float
    polygon_wkt: str
    shape: str  # "disc", "annulus" or "sector"


def estimate(rel: RelativeLocation) -> Estimate:
    raise NotImplementedError
