"""Incidents → an interactive folium map.

:func:`incident_map` draws attacks, interceptions and the strikes that answered them:
markers by kind (shape, fill) and weapon (outline), origin → target lines with
arrowheads, dashed curved attack → response links (hovering or opening an incident
highlights its own chain and dims the rest; "Responds to" / "Answered by" entries fly to
the other incident), uncertainty circles and areas, popups (with the resolver's verdict for
doubtful placements) and tooltips, decluttered labels of the places hit (English, Arabic or
Persian), an offline vector basemap (borders, governorates, rivers, towns), a legend, a
layer control (basemaps, kinds, waves, countries, basemap layers), a timeline (ISO dates,
histogram stacked by kind, brush), a filter panel (weapon, actor, claim, doubtful
placements, with counts), a table of the incidents shown with "Export CSV", a panel of the
incidents that could not be placed, and clustering beyond a threshold so 100,000 incidents
stay usable.

The incidents are embedded once as JSON and drawn by one small script (see
:mod:`geoincidents.maps.elements`), not as one folium object per incident. Element ids are
derived from the content, so the same incidents give the same HTML bytes.

Examples
--------
>>> import datetime as dt
>>> from geoincidents.incidents.model import Incident, Location
>>> inc = Incident("a1", dt.date(2024, 1, 20), "attack",
...                Location(33.80, 42.44, name="Ain al-Asad"), weapon="ballistic_missile")
>>> m = incident_map([inc], tiles=(), title="One attack")
>>> html = m.get_root().render()
>>> "GeoIncidents.incidentLayer" in html and "Ain al-Asad" in html
True
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from geoincidents.errors import Problem, RenderError
from geoincidents.incidents.model import Incident

if TYPE_CHECKING:  # pragma: no cover
    import folium
    import geopandas
    import xyzservices
    from branca.element import Element

    from geoincidents.places.gazetteer import Gazetteer

__all__ = ["DEFAULT_TILES", "incident_map", "stabilize_ids", "tile_attribution", "tile_provider"]

#: Basemaps offered by default (xyzservices provider names, none needs an API key); the
#: first is shown. The offline vector basemap is drawn on top of them.
DEFAULT_TILES = ("OpenStreetMap", "Esri WorldGrayCanvas", "Esri WorldImagery")
#: Names of the offline basemap's switches in the layer control.
BASEMAP_LAYERS = (
    ("countries", "Borders"),
    ("admin1", "Governorates / provinces"),
    ("rivers", "Rivers"),
    ("towns", "Towns"),
)
#: Where the map looks when there is nothing to draw: Iraq and Syria.
_REGION = ((29.0, 35.5), (37.5, 48.5))


def tile_provider(name: str | xyzservices.TileProvider) -> xyzservices.TileProvider:
    """The xyzservices provider for *name* ("OpenStreetMap", "CartoDB Positron", ...).

    A provider family ("OpenStreetMap") means its first provider ("OpenStreetMap.Mapnik").

    Raises
    ------
    RenderError
        When xyzservices knows no such provider.

    Examples
    --------
    >>> tile_provider("Esri WorldImagery").name
    'Esri.WorldImagery'
    >>> tile_provider("OpenStreetMap").name
    'OpenStreetMap.Mapnik'
    """
    import xyzservices

    if isinstance(name, xyzservices.TileProvider):
        return name
    try:
        return xyzservices.providers.query_name(name)
    except ValueError:
        pass
    family = xyzservices.providers.get(name)
    if family is not None:
        for value in family.values():
            if isinstance(value, xyzservices.TileProvider):
                return value
    raise RenderError(f"unknown basemap {name!r} (field: tiles): not an xyzservices provider")


def tile_attribution(provider: xyzservices.TileProvider) -> str:
    """The attribution HTML of a basemap, safe to show: Leaflet inserts it as HTML.

    A provider exactly as xyzservices ships it keeps its own HTML attribution (with links);
    any other provider (built by hand, or changed) gets its attribution as escaped text.

    Raises
    ------
    RenderError
        When the provider's tile URL is not an http(s) URL.

    Examples
    --------
    >>> import xyzservices
    >>> "openstreetmap.org" in tile_attribution(tile_provider("OpenStreetMap"))
    True
    >>> own = xyzservices.TileProvider(name="own", url="https://t.example/{z}/{x}/{y}.png",
    ...                                attribution="<img src=x onerror=alert(1)>")
    >>> tile_attribution(own)
    '&lt;img src=x onerror=alert(1)&gt;'
    """
    import xyzservices

    from geoincidents.maps.escape import html_text

    url = str(provider.get("url", ""))
    if not re.match(r"https?://[^\s/?#]", url, re.IGNORECASE):
        raise RenderError(
            f"basemap {provider.get('name')!r} (field: tiles): tile URL must be http(s) "
            f"(value: {url!r:.80})"
        )
    try:
        shipped: xyzservices.TileProvider | None = xyzservices.providers.query_name(
            str(provider.get("name", ""))
        )
    except ValueError:
        shipped = None
    if shipped is not None and dict(shipped) == dict(provider):
        return str(provider.html_attribution)
    return html_text(provider.get("attribution") or provider.get("name") or "")


def _unique_label(label: str, used: set[str]) -> str:
    """*label*, made distinct from the labels in *used* (Leaflet's layer control keys
    layers by label, so two equal labels would hide one layer's switch)."""
    candidate, n = label, 1
    while candidate in used:
        n += 1
        candidate = f"{label} #{n}"
    used.add(candidate)
    return candidate


def _walk(element: Element) -> Iterable[Element]:
    yield element
    for child in list(element._children.values()):
        yield from _walk(child)


def stabilize_ids(root: Element, prefix: str) -> None:
    """Replace folium's random element ids under *root* by ``prefix`` + a counter.

    Elements that already carry an id with *prefix* keep it; the others are numbered after
    them, in tree order. So ids do not drift when a map is rendered or saved again, and
    elements added later get new, still deterministic ids. Children keyed by their
    generated name are re-keyed so the tree stays consistent. Run it after the last
    element is added and before rendering; the same tree then renders to the same bytes.
    """
    elements = list(_walk(root))
    pattern = re.compile(rf"{re.escape(prefix)}(\d{{4,}})\Z")
    taken = [int(m.group(1)) for e in elements if (m := pattern.match(str(e._id)))]
    counter = max(taken, default=-1) + 1
    keyed_by_name = [
        (parent, [(key, child, key == child.get_name()) for key, child in parent._children.items()])
        for parent in elements
    ]
    for element in elements:
        if not pattern.match(str(element._id)):
            element._id = f"{prefix}{counter:04d}"
            counter += 1
    for parent, entries in keyed_by_name:
        parent._children.clear()
        for key, child, by_name in entries:
            parent._children[child.get_name() if by_name else key] = child


def _is_geodataframe(value: object) -> bool:
    """True for a GeoDataFrame, without importing geopandas when it was never loaded."""
    import sys

    geopandas = sys.modules.get("geopandas")
    return geopandas is not None and isinstance(value, geopandas.GeoDataFrame)


def incident_map(
    incidents: Iterable[Incident] | geopandas.GeoDataFrame,
    *,
    tiles: Sequence[str | xyzservices.TileProvider] = DEFAULT_TILES,
    time_control: bool = True,
    cluster_threshold: int = 2000,
    title: str | None = None,
    width: str | int = "100%",
    height: str | int = "100%",
    gazetteer: Gazetteer | None = None,
    unplaced: Sequence[Problem] = (),
    basemap: str | Sequence[str | xyzservices.TileProvider] | None = None,
    labels: bool = True,
    table: bool = True,
    filters: bool = True,
) -> folium.Map:
    """Draw *incidents* on an interactive map.

    Parameters
    ----------
    incidents
        The incidents: any iterable of :class:`~geoincidents.incidents.model.Incident`, or a
        GeoDataFrame made by :func:`geoincidents.incidents.frame.to_geodataframe` (read back
        with :func:`~geoincidents.incidents.frame.from_geodataframe`).
    tiles
        Basemaps, as xyzservices provider names or providers; the first is shown, the
        others are in the layer control. ``()`` draws no basemap (nothing is requested).
    time_control
        Add a from/until date control that hides incidents outside the range.
    cluster_threshold
        Above this many markers, only markers in view are drawn and nearby markers are
        gathered into clusters showing their count (click to zoom in). Incidents of one
        kind at the same point always share one marker whose popup lists them all.
    title
        Shown at the top of the map and used as the page title.
    width, height
        Size of the map (CSS length or pixels).
    gazetteer
        Gives the country of each target's ``place_id`` (one layer switch per country);
        ``None`` means :func:`geoincidents.places.gazetteer.default_gazetteer`. Targets
        without a known id take the country whose bounding box alone holds the point,
        else "Unknown" (see :func:`geoincidents.maps.payload.location_country`).
    unplaced
        Incidents that could not be placed, as :class:`~geoincidents.errors.Problem`
        values (what :func:`~geoincidents.incidents.io.read_incidents` reports): listed in
        a panel with their file, line, column, value and suggestions.
    basemap
        ``None`` (default): *tiles*, with the offline vector basemap (borders,
        governorates, rivers, towns) on top, so the map reads with or without network.
        ``"offline"``: the vector basemap alone, on a land fill; no tile is requested.
        ``"none"``: *tiles* alone. A provider name or a sequence of them: those tiles
        (instead of *tiles*) with the vector basemap on top.
    labels
        Label the targeted places (decluttered; English, Arabic or Persian, chosen in the
        filter panel).
    table, filters
        Add the table of the incidents shown (sortable, click to fly there, "Export CSV")
        and the filter panel (weapon, actor, claim status, doubtful placements, with
        counts; kinds, waves and countries are switches of the layer control).

    Returns
    -------
    folium.Map
        Loads only Leaflet (no jQuery/Bootstrap/icon fonts); save it with
        :func:`geoincidents.maps.standalone.save_map`.

    Raises
    ------
    RenderError
        For an unknown basemap, a bad coordinate or polygon, or duplicate incident ids.

    Examples
    --------
    >>> import datetime as dt
    >>> from geoincidents.errors import Problem
    >>> from geoincidents.incidents.model import Incident, Location
    >>> inc = Incident("a1", dt.date(2024, 1, 20), "attack", Location(33.8, 42.4, name="x"))
    >>> row = Problem("sheet.csv", 46, "target", "Al-Asadd", "unknown place", "warning",
    ...               suggestions=("Ain al-Asad Air Base",), incident_id="a46")
    >>> m = incident_map([inc], basemap="offline", unplaced=[row])
    >>> html = m.get_root().render()
    >>> "Al-Asadd" in html and "GeoIncidents.basemap(" in html and "tile.openstreetmap" not in html
    True
    """
    import folium

    from geoincidents._gc import gc_paused
    from geoincidents.maps.elements import (
        Basemap,
        IncidentLayer,
        Legend,
        TimeControl,
        Title,
        toggle_label,
    )
    from geoincidents.maps.payload import build_payload, style_of_key

    if cluster_threshold < 1:
        raise RenderError(f"cluster_threshold must be at least 1 (value: {cluster_threshold!r})")
    if _is_geodataframe(incidents):
        from geoincidents.incidents.frame import from_geodataframe

        items: list[Incident] = from_geodataframe(incidents)
    else:
        items = list(incidents)
    for n, inc in enumerate(items):
        if not isinstance(inc, Incident):
            raise RenderError(
                f"item {n} is a {type(inc).__name__}, not an Incident (value: {inc!r:.80})"
            )
    unplaced = list(unplaced)
    for n, problem in enumerate(unplaced):
        if not isinstance(problem, Problem):
            raise RenderError(
                f"unplaced item {n} is a {type(problem).__name__}, not a Problem "
                f"(value: {problem!r:.80})"
            )
    vector = basemap != "none"
    if basemap == "offline":
        tiles = ()
    elif isinstance(basemap, str) and basemap != "none":
        tiles = (basemap,)
    elif basemap is not None and not isinstance(basemap, str):
        tiles = tuple(basemap)
    with gc_paused():  # the payload is acyclic lists; the collector's passes over them
        payload = build_payload(items, gazetteer=gazetteer, unplaced=unplaced)
    bounds = payload.bounds or _REGION
    center = ((bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2)

    m = folium.Map(
        location=center, zoom_start=6, tiles=None, width=width, height=height, control_scale=True
    )
    # this map needs Leaflet only (markers are drawn on canvas, no icon fonts or Bootstrap)
    m.default_js = [(n, u) for n, u in folium.Map.default_js if n == "leaflet"]
    m.default_css = [(n, u) for n, u in folium.Map.default_css if n == "leaflet_css"]

    used_labels: set[str] = set()
    for i, name in enumerate(tiles):
        provider = tile_provider(name)
        label = name if isinstance(name, str) else str(provider.name)
        attribution = tile_attribution(provider)
        with warnings.catch_warnings():
            # xyzservices warns that CartoDB wants an API key; the basemap is optional
            warnings.simplefilter("ignore", UserWarning)
            tile_layer = folium.TileLayer(
                provider,
                name=_unique_label(toggle_label(label), used_labels),
                attr=attribution,
                overlay=False,
                control=True,
                show=i == 0,
            )
        tile_layer.add_to(m)

    if vector:
        from geoincidents.maps.basemap import BASEMAP_ATTRIBUTION, basemap_json

        switches = []
        for key, label in BASEMAP_LAYERS:
            fg = folium.FeatureGroup(
                name=_unique_label(toggle_label(label), used_labels), overlay=True, show=True
            )
            fg.add_to(m)
            switches.append((key, fg))
        Basemap(
            basemap_json(), switches=switches, fill=not tiles, attribution=BASEMAP_ATTRIBUTION
        ).add_to(m)

    kind_toggles = []
    for kind, count in zip(payload.kinds, payload.kind_counts, strict=True):
        style = style_of_key(kind)
        label = toggle_label(style.label, shape=style.shape, fill=style.fill, count=count)
        fg = folium.FeatureGroup(
            name=_unique_label(label, used_labels),
            overlay=True,
            control=True,
            show=True,
        )
        fg.add_to(m)
        kind_toggles.append(fg)
    wave_toggles: list[Any] = []
    if any(payload.waves):
        for wave, count in zip(payload.waves, payload.wave_counts, strict=True):
            label = toggle_label(f"Wave: {wave or '(none)'}", count=count)
            fg = folium.FeatureGroup(name=_unique_label(label, used_labels), show=True)
            fg.add_to(m)
            wave_toggles.append(fg)
    country_toggles: list[Any] = []
    tables = payload.tables
    for (_, name), count in zip(tables["countries"], payload.country_counts, strict=True):
        label = toggle_label(f"Country: {name}", count=count)
        fg = folium.FeatureGroup(name=_unique_label(label, used_labels), show=True)
        fg.add_to(m)
        country_toggles.append(fg)

    layer = IncidentLayer(
        payload,
        kind_toggles=kind_toggles,
        wave_toggles=wave_toggles,
        country_toggles=country_toggles,
        cluster_threshold=cluster_threshold,
        labels=labels,
        table=table,
        filters=filters,
        consume=True,  # this payload is only for the layer (its summaries stay)
    )
    layer.add_to(m)
    Legend(
        payload.kinds,
        payload.weapons,
        has_origins=bool(tables["origins"]),
        has_links=bool(tables["links"]),
        has_areas=any(p[3] or p[5] for p in tables["places"]),
    ).add_to(m)
    if title:
        Title(title).add_to(m)
    if time_control and payload.date_min and payload.date_max:
        TimeControl(
            layer, date_min=payload.date_min, date_max=payload.date_max, total=len(items)
        ).add_to(m)
    folium.LayerControl(collapsed=True, position="topright").add_to(m)

    digest = hashlib.sha256()
    for piece in layer.data_pieces:
        digest.update(piece.encode("utf-8"))
    digest.update(
        repr(
            (tuple(map(str, tiles)), time_control, cluster_threshold, title, basemap, labels)
        ).encode()
    )
    prefix = digest.hexdigest()[:10]
    m._gi_id_prefix = prefix  # type: ignore[attr-defined]  # save_map keeps ids stable
    stabilize_ids(m.get_root(), prefix)
    return m
