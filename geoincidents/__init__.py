"""geoincidents: map militia attacks and the strikes that answer them.

Text → mentions → places → incidents → GeoDataFrame → map, offline by default.

The public API is re-exported here and loaded lazily, so ``import geoincidents`` stays
fast: geopandas, folium and the GeoNames index load only when first needed.

Examples
--------
>>> import geoincidents as gi
>>> r = gi.resolve("پایگاه هوایی عین‌الاسد")
>>> r.place.id, r.method
('ain-al-asad', 'normalized')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # errors
    "GeoincidentsError": "geoincidents.errors",
    "GazetteerError": "geoincidents.errors",
    "IncidentFileError": "geoincidents.errors",
    "IncidentValueError": "geoincidents.errors",
    "GeoincidentsWarning": "geoincidents.errors",
    "PlacementWarning": "geoincidents.errors",
    "PlaceNotFoundError": "geoincidents.errors",
    "GeoparseError": "geoincidents.errors",
    "RenderError": "geoincidents.errors",
    "StyleError": "geoincidents.errors",
    "Problem": "geoincidents.errors",
    # places
    "Place": "geoincidents.places.model",
    "Candidate": "geoincidents.places.model",
    "Resolution": "geoincidents.places.model",
    "normalize": "geoincidents.places.names",
    "Gazetteer": "geoincidents.places.gazetteer",
    "load_gazetteer": "geoincidents.places.gazetteer",
    "default_gazetteer": "geoincidents.places.gazetteer",
    "Hints": "geoincidents.places.resolve",
    "rank_places": "geoincidents.places.resolve",
    "resolve": "geoincidents.places.resolve",
    "resolve_many": "geoincidents.places.resolve",
    "reverse": "geoincidents.places.resolve",
    "RelativeLocation": "geoincidents.places.relative",
    "Estimate": "geoincidents.places.relative",
    "estimate": "geoincidents.places.relative",
    "GazetteerGeocoder": "geoincidents.places.geocoder",
    "OnlineGeocoderFallback": "geoincidents.places.online",
    # incidents
    "Incident": "geoincidents.incidents.model",
    "Location": "geoincidents.incidents.model",
    "Source": "geoincidents.incidents.model",
    "read_incidents": "geoincidents.incidents.io",
    "read_incidents_report": "geoincidents.incidents.io",
    "ReadReport": "geoincidents.incidents.report",
    "convert_incidents": "geoincidents.incidents.io",
    "write_incidents": "geoincidents.incidents.io",
    "to_geodataframe": "geoincidents.incidents.frame",
    # text
    "find_mentions": "geoincidents.text.mentions",
    "geoparse": "geoincidents.text.geoparse",
    "draft_incidents": "geoincidents.text.drafting",
    # maps
    "incident_map": "geoincidents.maps.render",
    "save_map": "geoincidents.maps.standalone",
}
# public name -> submodule
_SUBMODULES = {"datasets": "geoincidents.incidents.datasets"}

__all__ = sorted([*_EXPORTS, *_SUBMODULES, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(_SUBMODULES[name])
    else:
        raise AttributeError(f"module 'geoincidents' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from geoincidents.errors import (
        GazetteerError,
        GeoincidentsError,
        GeoincidentsWarning,
        GeoparseError,
        IncidentFileError,
        IncidentValueError,
        PlacementWarning,
        PlaceNotFoundError,
        Problem,
        RenderError,
        StyleError,
    )
    from geoincidents.incidents import datasets
    from geoincidents.incidents.frame import to_geodataframe
    from geoincidents.incidents.io import (
        convert_incidents,
        read_incidents,
        read_incidents_report,
        write_incidents,
    )
    from geoincidents.incidents.model import Incident, Location, Source
    from geoincidents.incidents.report import ReadReport
    from geoincidents.maps.render import incident_map
    from geoincidents.maps.standalone import save_map
    from geoincidents.places.gazetteer import Gazetteer, default_gazetteer, load_gazetteer
    from geoincidents.places.geocoder import GazetteerGeocoder
    from geoincidents.places.model import Candidate, Place, Resolution
    from geoincidents.places.names import normalize
    from geoincidents.places.online import OnlineGeocoderFallback
    from geoincidents.places.relative import Estimate, RelativeLocation, estimate
    from geoincidents.places.resolve import Hints, rank_places, resolve, resolve_many, reverse
    from geoincidents.text.drafting import draft_incidents
    from geoincidents.text.geoparse import geoparse
    from geoincidents.text.mentions import find_mentions
