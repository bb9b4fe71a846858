"""The offline vector basemap: countries, governorates, rivers and towns, shipped as data.

``maps/data/basemap.json`` is built by ``tools/build_basemap.py`` from Natural Earth
(public domain), GSHHG rivers (LGPL) and GeoNames towns (CC BY 4.0), each obtained through
a package registry; ``maps/data/README.md`` states the sources and licences. Nothing is
downloaded when a map is made or viewed.

Examples
--------
>>> data = basemap_data()
>>> sorted(data)[:4]
['admin1', 'countries', 'fields', 'region']
>>> {"IQ", "SY", "JO"} <= {c["code"] for c in data["countries"]}
True
>>> any(a["name_ar"] == "محافظة الأنبار" for a in data["admin1"])
True
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from geoincidents.errors import RenderError
from geoincidents.maps.escape import json_for_script

__all__ = ["BASEMAP_ATTRIBUTION", "basemap_data", "basemap_json"]

#: Credit line shown in the map's attribution when the offline basemap is drawn.
BASEMAP_ATTRIBUTION = "Borders: Natural Earth · Rivers: GSHHG (LGPL) · Towns: GeoNames (CC BY)"


@cache
def basemap_json() -> str:
    """The basemap data as JSON safe inside a ``<script>`` element (read once)."""
    return json_for_script(basemap_data())


@cache
def basemap_data() -> dict[str, Any]:
    """The basemap data (see the module docstring).

    Raises
    ------
    RenderError
        When the data file is missing or malformed (a broken installation).
    """
    node = resources.files("geoincidents.maps").joinpath("data").joinpath("basemap.json")
    try:
        data = json.loads(node.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise RenderError(f"maps/data/basemap.json cannot be read: {exc}") from None
    for key in ("countries", "admin1", "rivers", "towns", "fields"):
        if key not in data:
            raise RenderError(f"maps/data/basemap.json has no {key!r}")
    return dict(data)
