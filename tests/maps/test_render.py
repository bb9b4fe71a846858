"""incident_map: the HTML holds the expected elements, once, escaped, deterministic."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from geoincidents.errors import RenderError
from geoincidents.incidents.model import Incident
from geoincidents.maps.escape import html_text
from geoincidents.maps.payload import build_payload
from geoincidents.maps.render import (
    DEFAULT_TILES,
    incident_map,
    tile_attribution,
    tile_provider,
)

from .conftest import HOSTILE_STRINGS, SAMPLE, hostile_incidents

ROOT = Path(__file__).resolve().parents[2]


def _html(incidents: Sequence[Incident] = SAMPLE, **kw: Any) -> str:
    return str(incident_map(incidents, **kw).get_root().render())


def _embedded_data(html: str) -> dict[str, Any]:
    """The incidents' embedded data (the basemap's data is embedded on its own), with the
    incidents, sent column by column, as rows (as the browser code reads them)."""
    for found in re.finditer(
        r'<script type="application/json" id="[^"]+_data">(.*?)</script>', html, re.S
    ):
        data: dict[str, Any] = json.loads(found.group(1))
        if "incident_columns" in data:
            columns = data["incident_columns"]
            assert len(columns) == len(data["fields"]["incident"])
            data["incidents"] = [list(row) for row in zip(*columns, strict=True)]
            return data
    raise AssertionError("no embedded incident data")


def test_incidents_are_embedded_once_as_data_not_as_folium_objects() -> None:
    html = _html()
    assert html.count('type="application/json"') == 2  # the incidents, the basemap
    assert html.count("GeoIncidents.incidentLayer(") == 1
    assert html.count("GeoIncidents.basemap(") == 1
    from geoincidents.maps.elements import library_js

    page = html.replace(library_js(), "")  # the shared code, not per-incident objects
    assert "L.marker(" not in page and "L.circleMarker(" not in page
    data = _embedded_data(html)
    assert data["incidents"] == json.loads(json.dumps(build_payload(SAMPLE).data["incidents"]))


def test_basemaps_come_from_xyzservices() -> None:
    html = _html()
    for name in DEFAULT_TILES:
        provider = tile_provider(name)
        url = provider.build_url(fill_subdomain=False, scale_factor="{r}")
        assert json.dumps(url) in html
    assert html.count("L.tileLayer(") == 3
    assert html.count(".addTo(map_") >= 1


def test_legend_layer_control_and_time_control() -> None:
    html = _html(title="Attacks and answers, 2022–2024")
    for label in (
        "Attack",
        "Interception",
        "Explosion",
        "Pre-emptive strike",
        "Retaliatory strike",
        "Rocket",
        "Drone",
        "Ballistic missile",
        "Airstrike",
        "Launched from → target",
        "Attack → response",
        "Location uncertainty",
    ):
        assert label in html, label
    assert "L.control.layers(" in html
    assert "Wave: 2022-01" in html and "Wave: 2024-04" in html
    assert "GeoIncidents.timeControl(" in html
    assert '"min":"2022-01-04","max":"2024-04-22","total":17' in html
    assert "<title>Attacks and answers, 2022–2024</title>" in html


def test_without_time_control_or_tiles() -> None:
    html = _html(time_control=False, tiles=())
    assert "GeoIncidents.timeControl(" not in html
    assert "L.tileLayer(" not in html


def test_only_leaflet_is_linked() -> None:
    html = _html()
    links = re.findall(r'<script src="([^"]+)"', html) + re.findall(
        r'<link[^>]+href="([^"]+)"', html
    )
    assert sorted(links) == sorted(
        [
            "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
            "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
        ]
    )


def test_hostile_text_is_escaped_in_the_page_source() -> None:
    title = "<script>window.__pwned=1</script>{{ 7*7 }}"
    html = _html(hostile_incidents(), title=title)
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html and "<svg onload" not in html
    data = _embedded_data(html)
    # in the data (never parsed as a template) it stays literal; elsewhere it is entities
    outside = re.sub(r'<script type="application/json".*?</script>', "", html, flags=re.S)
    assert "{{" not in outside.replace("{{ this", "")
    assert "&#123;&#123; 7*7 &#125;&#125;" in outside
    fi = {name: n for n, name in enumerate(data["fields"]["incident"])}
    fs = {name: n for n, name in enumerate(data["fields"]["source"])}
    assert data["incidents"][4][fi["actor"]] == f"{HOSTILE_STRINGS[4]} actor"  # as text
    assert all(
        s[fs["url"]] in ("", "https://example.org/a?q=0&x=<b>")
        or s[fs["url"]].startswith("https://")
        for row in data["incidents"]
        for s in row[fi["sources"]]
    )
    assert (
        "<title>&lt;script&gt;window.__pwned=1&lt;/script&gt;&#123;&#123; 7*7 &#125;&#125;</title>"
        in html
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tiles": ("No Such Tiles",)}, "unknown basemap"),
        ({"cluster_threshold": 0}, "cluster_threshold"),
    ],
)
def test_bad_arguments_are_render_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(RenderError, match=message):
        incident_map(SAMPLE, **kwargs)


def test_items_that_are_not_incidents_are_refused() -> None:
    with pytest.raises(RenderError, match="item 1 is a dict"):
        incident_map([SAMPLE[0], {"id": "x"}])


def test_empty_map_still_renders() -> None:
    html = _html([])
    assert "GeoIncidents.incidentLayer(" in html and "GeoIncidents.timeControl(" not in html


def test_same_input_same_html_in_one_process() -> None:
    assert _html() == _html()
    assert _html() != _html(SAMPLE[:-1])


def test_same_input_same_html_across_processes() -> None:
    code = (
        "import sys; sys.path[:0] = [sys.argv[1]]\n"
        "from tests.maps.conftest import SAMPLE\n"
        "from geoincidents.maps.render import incident_map\n"
        "import hashlib\n"
        "html = incident_map(SAMPLE, title='t').get_root().render()\n"
        "print(hashlib.sha256(html.encode()).hexdigest())\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    }
    assert len(runs) == 1


def test_accepts_a_geodataframe_of_incidents() -> None:
    from geoincidents.incidents.frame import to_geodataframe

    from_frame = incident_map(to_geodataframe(SAMPLE), title="t").get_root().render()
    assert from_frame == incident_map(SAMPLE, title="t").get_root().render()


def _provider(**kw: Any) -> Any:
    import xyzservices

    fields = {"name": "own", "url": "https://t.example/{z}/{x}/{y}.png", "attribution": "own"}
    return xyzservices.TileProvider(**{**fields, **kw})


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_a_hand_made_basemap_shows_its_name_and_attribution_as_text(text: str) -> None:
    from folium import TileLayer

    provider = _provider(name=text, attribution=text, html_attribution=text)
    m = incident_map(SAMPLE[:2], tiles=(provider,))
    (layer,) = [c for c in m._children.values() if isinstance(c, TileLayer)]
    assert layer.options["attribution"] == html_text(text) == tile_attribution(provider)
    assert html_text(text) in layer.layer_name  # the layer switch label, escaped


def test_shipped_basemaps_keep_their_attribution_links() -> None:
    assert 'href="https://www.openstreetmap.org/copyright"' in tile_attribution(
        tile_provider("OpenStreetMap")
    )
    changed = _provider(**{**tile_provider("OpenStreetMap"), "url": "https://t.example/{z}"})
    assert "<a" not in tile_attribution(changed)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)//{z}/{x}/{y}", "data:image/png,{z}", "//t.example/{z}", ""]
)
def test_a_basemap_must_load_tiles_over_http(url: str) -> None:
    with pytest.raises(RenderError, match="tile URL must be http"):
        incident_map(SAMPLE[:1], tiles=(_provider(url=url),))


def test_layer_switches_with_equal_labels_all_stay(tmp_path: Path) -> None:
    # "car_bomb" and "car-bomb" are both labelled "Car bomb": one switch each, not one
    incidents = [
        Incident("k1", SAMPLE[0].date, "car_bomb", SAMPLE[0].target),
        Incident("k2", SAMPLE[0].date, "car-bomb", SAMPLE[1].target),
        Incident("w1", SAMPLE[0].date, "attack", SAMPLE[2].target, wave=""),
        Incident("w2", SAMPLE[0].date, "attack", SAMPLE[3].target, wave="(none)"),
    ]
    m = incident_map(incidents, tiles=("OpenStreetMap", "OpenStreetMap"))
    from folium import LayerControl

    control = next(c for c in m._children.values() if isinstance(c, LayerControl))
    control.render()
    assert len(control.base_layers) == 2
    # two kinds + attack, two waves, three countries (Iraq, Syria, Unknown), and the
    # basemap's four layers (borders, governorates, rivers, towns)
    assert len(control.overlays) == 8 + 4
