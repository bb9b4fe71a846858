"""save_map: one self-contained offline file, written atomically, same bytes every time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import folium
import pytest

from geoincidents.errors import OutputError, RenderError
from geoincidents.maps.render import incident_map
from geoincidents.maps.standalone import inline_assets, offline_resources, render_html, save_map

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[2]
EXTERNAL = re.compile(r"<script\b[^>]*\bsrc=|<link\b[^>]*stylesheet", re.I)
LEAFLET_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"


def test_offline_file_inlines_every_asset(tmp_path: Path) -> None:
    path = save_map(incident_map(SAMPLE), tmp_path / "seed.html")
    html = path.read_text(encoding="utf-8")
    assert not EXTERNAL.search(html)
    assert offline_resources()[LEAFLET_JS][:200] in html
    assert "GeoIncidents" in html and "gi-legend" in html
    # Leaflet first, then the map's own code
    assert html.index(offline_resources()[LEAFLET_JS][:200]) < html.index("window.GeoIncidents")


def test_online_file_links_leaflet_from_its_cdn(tmp_path: Path) -> None:
    html = save_map(incident_map(SAMPLE), tmp_path / "m.html", offline=False).read_text()
    assert f'<script src="{LEAFLET_JS}"></script>' in html


def test_any_folium_map_is_inlined_the_same_way(tmp_path: Path) -> None:
    m = folium.Map(location=[33.8, 42.4], zoom_start=6)
    folium.Marker([33.8, 42.4], popup="Ain al-Asad").add_to(m)
    html = save_map(m, tmp_path / "naive.html").read_text(encoding="utf-8")
    assert not EXTERNAL.search(html)
    for _, url in folium.Map.default_js + folium.Map.default_css:
        assert offline_resources()[url][:100] in html


def test_a_missing_asset_fails_loudly_and_writes_nothing(tmp_path: Path) -> None:
    m = incident_map(SAMPLE)
    m.add_js_link("mystery", "https://cdn.example.org/mystery.js")
    with pytest.raises(RenderError, match=r"(?s)not available offline.*mystery\.js"):
        save_map(m, tmp_path / "x.html")
    assert list(tmp_path.iterdir()) == []


def test_script_end_tags_inside_an_asset_cannot_close_the_element() -> None:
    m = folium.Map()
    m.default_js = [("leaflet", LEAFLET_JS)]
    m.default_css = []
    table = {LEAFLET_JS: 'var s = "</script><script>alert(1)</SCRIPT>";'}
    changed = inline_assets(m, table)
    assert changed
    header = m.get_root().header.render()  # type: ignore[attr-defined]
    assert 'var s = "<\\/script><script>alert(1)<\\/SCRIPT>";' in header


def test_render_html_restores_the_map(tmp_path: Path) -> None:
    m = incident_map(SAMPLE)
    before = list(m.default_js)
    render_html(m, offline=True)
    assert m.default_js == before
    # and an online render after an offline one links again
    assert LEAFLET_JS in render_html(m, offline=False)
    assert LEAFLET_JS not in render_html(m, offline=True)


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.html"
    target.write_text("previous map", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="disk full"):
        save_map(incident_map(SAMPLE), target)
    assert target.read_text(encoding="utf-8") == "previous map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]  # no temporary file left


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        save_map(incident_map(SAMPLE), tmp_path / "nope" / "map.html")


def test_the_map_never_replaces_an_input_and_keeps_the_mode(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id\n", encoding="utf-8")
    (tmp_path / "link.html").symlink_to(sheet)
    with pytest.raises(OutputError, match="same file"):
        save_map(incident_map(SAMPLE), tmp_path / "link.html", inputs=[sheet])
    assert sheet.read_text(encoding="utf-8") == "id\n"
    out = tmp_path / "private.html"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o600)
    save_map(incident_map(SAMPLE), out)
    assert out.stat().st_mode & 0o777 == 0o600


def test_same_input_same_bytes(tmp_path: Path) -> None:
    a = save_map(incident_map(SAMPLE), tmp_path / "a.html").read_bytes()
    b = save_map(incident_map(SAMPLE), tmp_path / "b.html").read_bytes()
    m = incident_map(SAMPLE)
    c = save_map(m, tmp_path / "c.html").read_bytes()
    d = save_map(m, tmp_path / "d.html").read_bytes()  # saving twice does not drift
    assert a == b == c == d


def test_same_bytes_across_processes(tmp_path: Path) -> None:
    code = (
        "import sys; sys.path[:0] = [sys.argv[1]]\n"
        "from tests.maps.conftest import SAMPLE\n"
        "from geoincidents.maps.render import incident_map\n"
        "from geoincidents.maps.standalone import save_map\n"
        "save_map(incident_map(SAMPLE), sys.argv[2])\n"
    )
    outs = []
    for name in ("p1.html", "p2.html"):
        subprocess.run([sys.executable, "-c", code, str(ROOT), str(tmp_path / name)], check=True)
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]


def test_the_data_is_spliced_in_once_and_a_marker_in_the_text_stays_text() -> None:
    # render_html renders a marker where each data element's JSON goes, then splices the
    # JSON in once; a title or value spelling such a marker is text, never replaced
    from geoincidents.maps.elements import DATA_MARKER

    fake = DATA_MARKER.format(0)
    m = incident_map(SAMPLE, title=f"{fake} title", basemap="offline")
    html = render_html(m)
    (layer,) = [e for e in m._children.values() if type(e).__name__ == "IncidentLayer"]
    assert html.count(layer.data_json) == 1
    (base,) = [e for e in m._children.values() if type(e).__name__ == "Basemap"]
    assert html.count(base.data_json) == 1
    assert f"<title>{fake} title</title>" in html  # the title kept as written
    assert "gi-data:" not in html.replace(fake, "")  # no marker left
    assert render_html(m) == html
    # the page as folium renders it (a notebook) holds the same data element
    assert layer.data_json in m.get_root().render()


def test_write_html_writes_the_bytes_render_html_gives(tmp_path: Path) -> None:
    from geoincidents.maps.standalone import write_html

    m = incident_map(SAMPLE, tiles=())
    page = render_html(m)
    path = write_html(m, tmp_path / "map.html")
    assert path.read_bytes() == page.encode("utf-8")
    save_map(m, tmp_path / "again.html")
    assert (tmp_path / "again.html").read_bytes() == page.encode("utf-8")  # deterministic
