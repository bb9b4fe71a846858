"""The map's own elements, folium style: each a small ``MacroElement`` with its own template.

* :class:`IncidentLayer` embeds the incidents once, as JSON in a
  ``<script type="application/json">`` element, and draws them with the shared browser code
  in ``templates/js/*.js`` (canvas markers, lines, arrowheads, popups built with
  ``textContent``, clustering beyond a threshold, labels, filters, the table);
* :class:`Basemap` embeds the offline vector basemap (countries, governorates, rivers,
  towns; see :mod:`geoincidents.maps.basemap`) and draws it under the incidents;
* :class:`TimeControl` adds the date-range control that hides incidents outside the range;
* :class:`Legend` and :class:`Title` are HTML built here, every text escaped by
  :mod:`geoincidents.maps.escape`.

The browser code and CSS ship as package data (``maps/templates``) and are always inlined
into the page header, once per page; nothing is fetched.

This module imports branca/folium at import time: import it only from inside functions
(``render.py`` does) so ``import geoincidents`` stays light.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from branca.element import Element, Figure, MacroElement
from folium.template import Template

from geoincidents.errors import RenderError
from geoincidents.maps.escape import html_text, js_string, json_for_script
from geoincidents.maps.payload import US_SUFFIX, MapPayload, style_of_key
from geoincidents.maps.styles import LINE_STYLES, shape_svg, weapon_style

__all__ = [
    "Basemap",
    "IncidentLayer",
    "Legend",
    "RawHtml",
    "TimeControl",
    "Title",
    "legend_html",
    "library_css",
    "library_js",
    "toggle_label",
]


@cache
def _asset(name: str) -> str:
    node = resources.files("geoincidents.maps").joinpath("templates")
    for part in name.split("/"):
        node = node.joinpath(part)
    text = node.read_text("utf-8")
    # "</script" would end the element early; "<!--" followed by "<script" would make the
    # parser swallow the rest of the page
    for forbidden in ("</script" if name.endswith(".js") else "</style", "<!--"):
        if forbidden in text.lower():
            raise RenderError(f"maps/templates/{name}: must not contain {forbidden!r}")
    return text


def _js_parts() -> list[str]:
    folder = resources.files("geoincidents.maps").joinpath("templates").joinpath("js")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".js"))


@cache
def library_js() -> str:
    """The browser code shared by every incident map: the parts in ``templates/js``
    (by job: core, data and filters, popups, drawing, basemap, timeline, table, panels),
    joined in file-name order inside one function scope, as one inline script.

    Examples
    --------
    >>> js = library_js()
    >>> js.startswith("(function () {") and "window.GeoIncidents = {" in js
    True
    """
    parts = [_asset(f"js/{name}") for name in _js_parts()]
    return (
        '(function () {\n"use strict";\nif (window.GeoIncidents) {\n  return;\n}\n'
        + "\n".join(parts)
        + "\n})();\n"
    )


def library_css() -> str:
    """The stylesheet shared by every incident map (``templates/geoincidents.css``)."""
    return _asset("geoincidents.css")


class RawHtml(Element):
    """A piece of finished HTML that folium outputs as is.

    branca's ``Element(text)`` compiles *text* as a Jinja template, so data containing
    ``{{ ... }}`` would be evaluated; and compiling megabytes of JSON is slow. Everything
    this wing puts into a page that carries data or library code goes through this class.
    """

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "RawHtml"
        self.html = html

    def render(self, **kwargs: Any) -> str:
        return self.html


#: While :func:`geoincidents.maps.standalone.render_html` renders a page, the elements
#: that carry data (``data_pieces``, joined as ``data_json``) put a marker in the page
#: instead of megabytes of JSON:
#: the template engine then joins only small strings, and the data is spliced in once.
DATA_MARKER = "\x00gi-data:{}\x00"


def _add_data(element: Any) -> None:
    """Put *element*'s JSON (or, while a page is rendered, its marker) in the page body."""
    marker = getattr(element, "_gi_marker", None)
    data = element.data_json if marker is None else marker
    _figure_of(element).html.add_child(
        RawHtml(f'<script type="application/json" id="{element.get_name()}_data">{data}</script>'),
        name=element.get_name() + "_data",
    )


def _figure_of(element: MacroElement) -> Figure:
    figure = element.get_root()
    if not isinstance(figure, Figure):
        raise RenderError(f"{type(element).__name__} must be on a map inside a folium Figure")
    return figure


class _WithLibrary(MacroElement):
    """A MacroElement that puts the shared JS and CSS into the page header (once)."""

    def render(self, **kwargs: Any) -> Any:
        figure = _figure_of(self)
        figure.header.add_child(RawHtml(f"<style>{library_css()}</style>"), name="gi_css")
        figure.header.add_child(RawHtml(f"<script>{library_js()}</script>"), name="gi_js")
        return super().render(**kwargs)


class IncidentLayer(_WithLibrary):
    """All incidents of a map: one JSON payload and one call into the browser code.

    Parameters
    ----------
    payload
        What :func:`geoincidents.maps.payload.build_payload` returns (embedded as its
        :meth:`~geoincidents.maps.payload.MapPayload.json_pieces`), or its ``data``.
    kind_toggles, wave_toggles, country_toggles
        One folium layer per kind / wave / country (same order as the payload's lists), or
        ``None``: switching a layer off in the layer control hides that kind / wave /
        country (its markers and their lines).
    cluster_threshold
        When more markers than this would be drawn, only markers in view are drawn and
        markers sharing a screen cell are gathered into a cluster showing their count.
    cluster_max_zoom, cluster_cell_px
        Zoom level from which nothing is clustered; size of a cluster cell in pixels.
    labels, label_min_zoom
        Label the targeted places (decluttered) from this zoom level on.
    filters, table
        Add the filter panel (weapon, actor, claim, placement; label language) and the
        table of the incidents shown (sortable, "Export CSV").
    consume
        Empty the payload's incident columns as they are written (see
        :meth:`~geoincidents.maps.payload.MapPayload.json_pieces`): for a payload made
        only for this layer.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = GeoIncidents.incidentLayer(
    {{ this._parent.get_name() }},
    JSON.parse(document.getElementById("{{ this.get_name() }}_data").textContent),
    {{ this.options_json }},
    {
{%- for key, layers in this.toggles %}
        {{ key }}: [{% for t in layers %}{{ t.get_name() if t else "null" }},{% endfor %}],
{%- endfor %}
    }
);
{% endmacro %}
"""
    )

    def __init__(
        self,
        payload: MapPayload | Mapping[str, Any],
        *,
        kind_toggles: Sequence[MacroElement | None] = (),
        wave_toggles: Sequence[MacroElement | None] = (),
        country_toggles: Sequence[MacroElement | None] = (),
        cluster_threshold: int = 2000,
        cluster_max_zoom: int = 15,
        cluster_cell_px: int = 64,
        labels: bool = True,
        label_min_zoom: int = 5,
        filters: bool = True,
        table: bool = True,
        consume: bool = False,
    ) -> None:
        super().__init__()
        self._name = "IncidentLayer"
        #: the JSON of the data, in pieces to be joined in order (never joined when the
        #: page is written by geoincidents.maps.standalone)
        self.data_pieces = (
            payload.json_pieces(consume=consume)
            if isinstance(payload, MapPayload)
            else [json_for_script(payload)]
        )
        # keys are the constant names the browser code (templates/js) reads, never data
        self.toggles = (
            ("kinds", list(kind_toggles)),
            ("waves", list(wave_toggles)),
            ("countries", list(country_toggles)),
        )
        lines = {
            key: {"color": s.color, "weight": s.weight, "dash": s.dash}
            for key, s in LINE_STYLES.items()
        }
        self.options_json = json_for_script(
            {
                "clusterThreshold": int(cluster_threshold),
                "clusterMaxZoom": int(cluster_max_zoom),
                "clusterCellPx": int(cluster_cell_px),
                "labels": bool(labels),
                "labelMinZoom": int(label_min_zoom),
                "filters": bool(filters),
                "table": bool(table),
                "lines": lines,
            }
        )

    @property
    def data_json(self) -> str:
        """The JSON of the data as one string."""
        return "".join(self.data_pieces)

    def render(self, **kwargs: Any) -> Any:
        # the data, once, in a JSON script element the browser never executes
        _add_data(self)
        return super().render(**kwargs)


class Basemap(_WithLibrary):
    """The offline vector basemap, embedded once as JSON, drawn under the incidents.

    Parameters
    ----------
    data
        The basemap data (:func:`geoincidents.maps.basemap.basemap_data`).
    switches
        folium layers (``countries``, ``admin1``, ``rivers``, ``towns``) that hold the
        vector layers, so the layer control turns each on and off.
    fill
        Fill the land (used when no tiles are drawn under it).
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = GeoIncidents.basemap(
    {{ this._parent.get_name() }},
    JSON.parse(document.getElementById("{{ this.get_name() }}_data").textContent),
    {{ this.options_json }},
    {
{%- for key, layer in this.switches %}
        {{ key }}: {{ layer.get_name() }},
{%- endfor %}
    }
);
{% endmacro %}
"""
    )

    def __init__(
        self,
        data_json: str,
        *,
        switches: Sequence[tuple[str, MacroElement]] = (),
        fill: bool = False,
        attribution: str = "",
    ) -> None:
        super().__init__()
        self._name = "Basemap"
        self.data_json = data_json
        for key, _ in switches:
            if key not in ("countries", "admin1", "rivers", "towns"):
                raise RenderError(f"unknown basemap layer {key!r}")
        self.switches = tuple(switches)
        # Leaflet shows attributions as HTML: escaped here
        self.options_json = json_for_script(
            {"fill": bool(fill), "attribution": html_text(attribution)}
        )

    def render(self, **kwargs: Any) -> Any:
        _add_data(self)
        return super().render(**kwargs)


class TimeControl(_WithLibrary):
    """The dates: "from / until" inputs in ISO form (``2024-01-20``, whatever the browser's
    locale; an impossible range is flagged, not applied) and a histogram of incidents per
    day, week or month, stacked by kind, with a brush that sets the range."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
GeoIncidents.timeControl({{ this._parent.get_name() }}, {{ this.layer.get_name() }},
    {{ this.options_json }});
{% endmacro %}
"""
    )

    def __init__(
        self,
        layer: IncidentLayer,
        *,
        date_min: str,
        date_max: str,
        total: int,
        position: str = "bottomright",
    ) -> None:
        super().__init__()
        self._name = "TimeControl"
        self.layer = layer
        self.options_json = json_for_script(
            {"min": date_min, "max": date_max, "total": int(total), "position": position}
        )


_CONTROL_TEMPLATE = """
{% macro script(this, kwargs) %}
GeoIncidents.control({{ this._parent.get_name() }},
    document.getElementById("{{ this.get_name() }}"), {{ this.position_js }});
{% endmacro %}
"""


class _HtmlControl(_WithLibrary):
    """An HTML block (already escaped) shown as a Leaflet control."""

    _template = Template(_CONTROL_TEMPLATE)

    def __init__(self, body_html: str, *, css_class: str, position: str) -> None:
        super().__init__()
        self.body = body_html
        self.css_class = css_class
        self.position_js = js_string(position)

    def render(self, **kwargs: Any) -> Any:
        _figure_of(self).html.add_child(
            RawHtml(
                f'<div id="{self.get_name()}" class="{self.css_class} leaflet-control" hidden>'
                f"{self.body}</div>"
            ),
            name=self.get_name() + "_html",
        )
        return super().render(**kwargs)


class Legend(_HtmlControl):
    """The legend: kinds (shape and fill), weapons (outline) and line types."""

    def __init__(
        self,
        kinds: Sequence[str],
        weapons: Sequence[str],
        *,
        has_origins: bool = True,
        has_links: bool = True,
        has_areas: bool = True,
        position: str = "bottomleft",
    ) -> None:
        super().__init__(
            legend_html(
                kinds, weapons, has_origins=has_origins, has_links=has_links, has_areas=has_areas
            ),
            css_class="gi-legend",
            position=position,
        )
        self._name = "Legend"


class Title(_HtmlControl):
    """The map's title, shown at the top and used as the page title."""

    def __init__(self, text: str, *, position: str = "topright") -> None:
        escaped = html_text(text)
        super().__init__(
            f'<span dir="auto">{escaped}</span>', css_class="gi-title", position=position
        )
        self._name = "Title"
        self.text = escaped

    def render(self, **kwargs: Any) -> Any:
        _figure_of(self).header.add_child(RawHtml(f"<title>{self.text}</title>"), name="gi_title")
        return super().render(**kwargs)


def toggle_label(
    text: str, *, shape: str | None = None, fill: str = "", count: int | None = None
) -> str:
    """HTML label of a layer-control entry (Leaflet inserts labels as HTML): escaped text,
    an optional shape swatch and a count.

    Examples
    --------
    >>> toggle_label("<b>", count=3)
    '<span class="gi-toggle"><span dir="auto">&lt;b&gt;</span> (3)</span>'
    """
    swatch = shape_svg(shape, fill, "#333333", size=14) if shape else ""
    suffix = f" ({count})" if count is not None else ""
    return (
        f'<span class="gi-toggle">{swatch}<span dir="auto">{html_text(text)}</span>{suffix}</span>'
    )


def legend_html(
    kinds: Sequence[str],
    weapons: Sequence[str],
    *,
    has_origins: bool = True,
    has_links: bool = True,
    has_areas: bool = True,
) -> str:
    """The legend's HTML: one entry per kind and weapon, then the line types.

    Examples
    --------
    >>> html = legend_html(["attack", "retaliatory_strike"], ["rocket"])
    >>> "Attack" in html and "Retaliatory strike" in html and "Rocket" in html
    True
    >>> "&lt;x&gt;" in legend_html(["<x>"], [])
    True
    """
    items: list[str] = ['<details class="gi-accordion" open><summary>Legend</summary>']
    items.append("<h4>Kind</h4><ul>")
    for kind in kinds:
        s = style_of_key(kind)
        side = "US / coalition" if s.strike else ""
        note = f" <small>({side})</small>" if side else ""
        items.append(
            f'<li data-kind="{html_text(kind.replace(US_SUFFIX, ":us"))}">'
            f"{shape_svg(s.shape, s.fill, '#333333')}"
            f'<span dir="auto">{html_text(s.label)}</span>{note}</li>'
        )
    items.append("</ul>")
    if weapons:
        items.append("<h4>Weapon (outline)</h4><ul>")
        for weapon in weapons:
            w = weapon_style(weapon)
            items.append(
                f'<li data-weapon="{html_text(weapon)}">'
                f"{shape_svg('circle', '#eeeeee', w.stroke, stroke_width=3)}"
                f'<span dir="auto">{html_text(w.label)}</span></li>'
            )
        items.append("</ul>")
    items.append("<h4>Lines and areas</h4><ul>")
    for key, present in (("origin", has_origins), ("response", has_links), ("area", has_areas)):
        if not present:
            continue
        line = LINE_STYLES[key]
        svg = _line_svg(line.color, line.weight, line.dash, line.curved, line.arrow, key == "area")
        items.append(f'<li data-line="{key}">{svg}<span>{html_text(line.label)}</span></li>')
    items.append(
        f'<li data-line="group">{shape_svg("circle", "#d62728", "#000000", size=18)}'
        "<span>Number = incidents at one place (click for the list)</span></li>"
    )
    items.append("</ul></details>")
    return "".join(items)


def _line_svg(color: str, weight: float, dash: str, curved: bool, arrow: bool, area: bool) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    if area:
        body = (
            f'<circle cx="14" cy="8" r="6" fill="{color}" fill-opacity="0.1" stroke="{color}" '
            f'stroke-width="{weight:g}"{dash_attr}/>'
        )
    else:
        path = "M2 12 Q14 0 24 8" if curved else "M2 8 L24 8"
        body = (
            f'<path d="{path}" fill="none" stroke="{color}" stroke-width="{weight:g}"{dash_attr}/>'
        )
        if arrow:
            tip = "M28 10 L21 11 L24 5 Z" if curved else "M28 8 L21 4 L21 12 Z"
            body += f'<path d="{tip}" fill="{color}"/>'
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="16" viewBox="0 0 30 16" '
        f'aria-hidden="true">{body}</svg>'
    )
