"""The offline map in a real browser (Debian's Chromium via Playwright), network blocked.

Expected counts are computed here from the incidents, independently of the map code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from geoincidents.incidents.model import Incident, Location, Source
from geoincidents.maps.render import incident_map
from geoincidents.maps.standalone import save_map

from .conftest import (
    HOSTILE_STRINGS,
    HOSTILE_URL,
    HOSTILE_URLS,
    SAMPLE,
    SAMPLE_COUNTRIES,
    SETTLE_MS,
    PageLog,
    sample_gazetteer,
    settle,
    wait_popups_closed,
)

pytestmark = pytest.mark.browser

TILE_HOSTS = ("tile.openstreetmap.org", "basemaps.cartocdn.com", "server.arcgisonline.com")

OpenMap = Callable[[Path], tuple[Any, PageLog]]
OpenAny = Callable[[Path], tuple[Any, Any, PageLog]]


def expected_counts(incidents: Sequence[Incident]) -> dict[str, int]:
    """Markers, origin lines and response links a map of *incidents* must draw."""
    by_id = {i.id: i for i in incidents}
    point = lambda loc: (loc.lat, loc.lon)  # noqa: E731
    markers = {(*point(i.target), i.kind) for i in incidents}
    lines = {
        (point(i.origin), point(i.target))
        for i in incidents
        if i.origin is not None and point(i.origin) != point(i.target)
    }
    links = {
        (point(by_id[a].target), point(i.target))
        for i in incidents
        for a in i.responds_to
        if a in by_id and point(by_id[a].target) != point(i.target)
    }
    return {
        "incidents": len(incidents),
        "markers": len(markers),
        "lines": len(lines),
        "links": len(links),
        "arrows": len(lines) + len(links),
    }


LAYER_COUNTS_JS = """() => {
  const api = GeoIncidents.maps[0];
  // the offline basemap's own layers (pane giBase) are not counted here
  const layers = Object.values(api.map._layers).filter(
    l => !(l.options && (l.options.pane === "giBase" || l.options.pane === "giBaseLabels")));
  const shapes = layers.filter(l => l instanceof GeoIncidents.ShapeMarker);
  return {
    markers: shapes.filter(l => l.options.pane === "giMarkers").length,
    arrows: shapes.filter(l => l.options.shape === "arrow").length,
    polylines: layers.filter(l => l instanceof L.Polyline && !(l instanceof L.Polygon)).length,
    areas: layers.filter(l => l instanceof L.Polygon || l instanceof L.Circle).length,
  };
}"""

POINT_OF_JS = """(id) => {
  const api = GeoIncidents.maps[0], mk = api.markerOf(id);
  const p = api.markerPoint(mk), r = api.map.getContainer().getBoundingClientRect();
  const x = r.left + p.x, y = r.top + p.y, hit = document.elementFromPoint(x, y);
  return {x, y, free: !!hit && hit.tagName === "CANVAS"};
}"""


def _save(tmp_path: Path, incidents: Sequence[Incident], name: str = "map.html", **kw: Any) -> Path:
    return save_map(incident_map(incidents, **kw), tmp_path / name, offline=True)


def _visible_counts(page: Any) -> dict[str, int]:
    stats = page.evaluate("GeoIncidents.maps[0].stats()")
    return {k: stats[k] for k in ("incidents", "markers", "lines", "links", "arrows")}


def _click_marker(page: Any, incident_id: str) -> str:
    where = page.evaluate(POINT_OF_JS, incident_id)
    assert where["free"], f"marker of {incident_id} is covered by a control"
    page.mouse.click(where["x"], where["y"])
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible", timeout=SETTLE_MS)
    text: str = popup.inner_text()
    _close_popup(page)
    return text


def _close_popup(page: Any) -> None:
    page.evaluate("GeoIncidents.maps[0].map.closePopup() && null")
    wait_popups_closed(page)


def test_offline_map_draws_exactly_its_markers_and_lines(tmp_path: Path, open_map: OpenMap) -> None:
    page, log = open_map(_save(tmp_path, SAMPLE))
    expected = expected_counts(SAMPLE)
    assert _visible_counts(page) == expected
    layers = page.evaluate(LAYER_COUNTS_JS)
    assert layers["markers"] == expected["markers"]
    assert layers["arrows"] == expected["arrows"]
    assert layers["polylines"] == expected["lines"] + expected["links"]
    assert layers["areas"] >= 1  # uncertainty circles and the relative-location polygon
    assert log.errors == []
    assert log.of_type("script", "stylesheet", "font", "xhr", "fetch") == []
    # the only requests are basemap tiles (blocked here); markers draw without them
    assert all(t == "image" and any(h in u for h in TILE_HOSTS) for t, u in log.requests)


def test_markers_are_painted_on_the_canvas(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE, tiles=()))
    alpha = page.evaluate(
        """(id) => {
        const api = GeoIncidents.maps[0], mk = api.markerOf(id);
        const canvas = mk._renderer._container, p = mk._center();
        const ratio = canvas.width / canvas.getBoundingClientRect().width;
        return canvas.getContext("2d").getImageData(p.x * ratio - canvas._leaflet_pos.x * ratio,
            p.y * ratio - canvas._leaflet_pos.y * ratio, 1, 1).data[3];
        }""",
        "2024-01-28-tower-22-drone",
    )
    assert alpha > 0


def test_no_tiles_means_no_request_at_all(tmp_path: Path, open_map: OpenMap) -> None:
    page, log = open_map(_save(tmp_path, SAMPLE, tiles=()))
    assert _visible_counts(page)["markers"] == expected_counts(SAMPLE)["markers"]
    assert log.requests == []
    assert page.locator(".gi-legend").is_visible()


def test_click_opens_popup_with_date_and_place(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE, tiles=()))
    text = _click_marker(page, "2024-01-24-al-qaim-strike")
    assert "2024-01-24" in text
    assert "al-Qaim" in text
    assert "Retaliatory strike" in text
    assert "Airstrike" in text
    assert "2024-01-20 Attack" in text  # what it answered
    assert "IRNA" in text


def test_every_incident_at_one_place_stays_reachable(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE, tiles=()))
    page.evaluate("GeoIncidents.maps[0].map.setView([33.7856, 42.4412], 12) && null")
    settle(page)  # the zoom animates
    attacks = _click_marker(page, "2024-01-20-ain-al-asad-missiles")
    assert "2 incidents" in attacks
    assert "2022-01-05" in attacks and "2024-01-20" in attacks
    interceptions = _click_marker(page, "2024-01-20-ain-al-asad-intercepted")
    assert "Interception" in interceptions
    assert "2022-01-04" in interceptions and "2024-01-20" in interceptions


def test_arabic_text_is_right_to_left(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE, tiles=()))
    page.evaluate(
        "GeoIncidents.maps[0].markerOf('2022-01-05-mayadin-artillery').openPopup() && null"
    )
    direction = page.evaluate(
        """() => [...document.querySelectorAll('.leaflet-popup [dir=auto]')]
        .filter(e => e.textContent === 'الميادين')
        .map(e => getComputedStyle(e).direction)"""
    )
    assert direction and set(direction) == {"rtl"}
    latin = page.evaluate(
        """() => [...document.querySelectorAll('.leaflet-popup [dir=auto]')]
        .filter(e => e.textContent === 'US-led coalition')
        .map(e => getComputedStyle(e).direction)"""
    )
    assert latin == ["ltr"]


def test_time_control_hides_incidents_and_their_lines(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE, tiles=()))
    page.fill(".gi-from", "2024-01-01")
    later = [i for i in SAMPLE if i.date >= dt.date(2024, 1, 1)]
    assert _visible_counts(page) == expected_counts(later)
    assert (
        page.locator(".gi-time-status").inner_text()
        == f"{len(later)} of {len(SAMPLE)} incidents shown"
    )

    page.fill(".gi-to", "2024-01-22")
    window = [i for i in later if i.date <= dt.date(2024, 1, 22)]
    counts = _visible_counts(page)
    assert counts == expected_counts(window)
    assert counts["links"] == 0  # the strikes that answered Jan 20 fall outside the range

    page.click(".gi-reset")
    assert _visible_counts(page) == expected_counts(SAMPLE)


def _switch(page: Any, label: str, on: bool) -> None:
    page.hover(".leaflet-control-layers")
    box = page.locator(".leaflet-control-layers-overlays label", has_text=label).locator("input")
    box.set_checked(on)
    settle(page)  # the map refreshes on the next frame


def test_layer_control_hides_a_kind_and_a_country(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE, tiles=(), gazetteer=sample_gazetteer()))
    syria = {pid for pid, cc in SAMPLE_COUNTRIES.items() if cc == "SY"}
    in_syria = [i for i in SAMPLE if i.target.place_id in syria]
    assert in_syria and _visible_counts(page) == expected_counts(SAMPLE)

    _switch(page, "Attack (", on=False)
    rest = [i for i in SAMPLE if i.kind != "attack"]
    assert _visible_counts(page) == expected_counts(rest)
    layers = page.evaluate(LAYER_COUNTS_JS)
    assert layers["markers"] == expected_counts(rest)["markers"]

    _switch(page, f"Country: Syria ({len(in_syria)})", on=False)
    rest = [i for i in rest if i not in in_syria]
    counts = _visible_counts(page)
    assert counts == expected_counts(rest)
    layers = page.evaluate(LAYER_COUNTS_JS)
    assert layers["markers"] == counts["markers"]
    assert layers["polylines"] == counts["lines"] + counts["links"]

    _switch(page, "Attack (", on=True)
    outside_syria = [i for i in SAMPLE if i not in in_syria]
    counts = _visible_counts(page)
    assert counts == expected_counts(outside_syria)
    assert counts["lines"] < expected_counts(SAMPLE)["lines"]  # Green Village → al-Mayadin
    assert counts["links"] < expected_counts(SAMPLE)["links"]

    _switch(page, "Country: Syria (", on=True)
    assert _visible_counts(page) == expected_counts(SAMPLE)


def test_hostile_text_is_shown_as_text_and_never_runs(
    tmp_path: Path, open_map: OpenMap, hostile: tuple[Incident, ...]
) -> None:
    title = HOSTILE_STRINGS[0] + HOSTILE_STRINGS[4]
    page, log = open_map(_save(tmp_path, hostile, tiles=(), title=title))
    assert log.errors == []
    assert _visible_counts(page) == expected_counts(hostile)

    texts = []
    for inc in hostile:
        # hover the marker (tooltip) where it is not covered, then open its popup
        where = page.evaluate(POINT_OF_JS, inc.id)
        if where["free"]:
            page.mouse.move(where["x"], where["y"])
            page.locator(".leaflet-tooltip").first.wait_for(state="visible", timeout=SETTLE_MS)
            texts.append(page.locator(".leaflet-tooltip").first.inner_text())
        page.evaluate("(id) => GeoIncidents.maps[0].markerOf(id).openTooltip() && null", inc.id)
        page.evaluate("(id) => GeoIncidents.maps[0].markerOf(id).openPopup() && null", inc.id)
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for(state="visible")
        texts.append(popup.inner_text())
        bad = page.evaluate(
            """() => [...document.querySelectorAll('.leaflet-popup-content *')]
            .filter(e => /^(SCRIPT|IMG|SVG|IFRAME|OBJECT)$/i.test(e.tagName)
                         || [...e.attributes].some(a => /^on/i.test(a.name))).length"""
        )
        assert bad == 0
        hrefs = page.evaluate(
            "() => [...document.querySelectorAll('.leaflet-popup-content a')].map(a => a.href)"
        )
        assert hrefs and all(h.startswith("https://example.org/") for h in hrefs)
        rels = page.evaluate(
            "() => [...document.querySelectorAll('.leaflet-popup-content a')]"
            ".map(a => [a.rel, a.target])"
        )
        assert all(r == ["noopener noreferrer", "_blank"] for r in rels)
        _close_popup(page)

    page.hover(".leaflet-control-layers")
    texts.append(page.locator(".leaflet-control-layers").inner_text())
    texts.append(page.locator(".gi-title").inner_text())
    assert page.evaluate("typeof window.__pwned") == "undefined"

    shown = "\n".join(texts)
    fields = ("place", "relation", "actor", "party", "damage", "outlet", "claim", "notes", "wave")
    for text in HOSTILE_STRINGS:
        for name in fields:
            assert f"{text} {name}" in shown, f"{text} {name!r} not shown as text"
        assert text in shown
    links = "".join(page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.href)"))
    assert HOSTILE_URL not in links and "evil.example" not in links
    assert page.title() == title
    assert page.evaluate("typeof window.__pwned") == "undefined"


# ---------------------------------------------------------------- every output path

TEXT_FIELDS = (
    "place", "relation", "origin", "actor", "party", "damage", "outlet", "claim", "notes", "wave",
)  # fmt: skip

# Anything hostile text could have turned into: event-handler attributes, embedded
# documents and images, links that are not http(s) (Leaflet's own "#" links excepted).
INJECTED_JS = """() => {
  const bad = [];
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.attributes) {
      if (/^on/i.test(a.name) || /^\\s*(javascript|data|vbscript):/i.test(a.value)) {
        bad.push(e.tagName + ' ' + a.name + '=' + a.value.slice(0, 60));
      }
    }
    const tile = e.tagName === 'IMG' && e.classList.contains('leaflet-tile') &&
      /^https:[/][/]tiles[.]example[/]/.test(e.getAttribute('src') || '');
    if (/^(IMG|IFRAME|OBJECT|EMBED|FRAME|BASE|META)$/i.test(e.tagName) && e.closest('body')
        && !tile) {
      bad.push(e.tagName);
    }
    if (e.tagName === 'A' && e.hasAttribute('href') && e.getAttribute('href') !== '#'
        && !/^https?:$/.test(new URL(e.href).protocol)) {
      bad.push('a href=' + e.getAttribute('href'));
    }
  }
  const scripts = [...document.scripts].filter(s => s.type && s.type !== 'text/javascript');
  return bad.concat(scripts.filter(s => s.type !== 'application/json').map(s => s.type));
}"""

OPEN_ALL_JS = """() => {
  const api = GeoIncidents.maps[0], texts = [];
  for (const m of api.markers()) {
    m.openTooltip();
    texts.push(m.getTooltip().getElement().innerText);
    m.openPopup();
    texts.push(m.getPopup().getElement().querySelector('.leaflet-popup-content').innerText);
    api.map.closePopup();
  }
  return texts.join('\\n');
}"""


def _write_output(m: Any, path: Path, output: str) -> Path:
    if output == "notebook":
        # what Jupyter shows: folium's iframe (srcdoc) inside the notebook page
        page = f'<!doctype html><html><body><div style="width:1200px">{m._repr_html_()}</div>'
        path.write_text(page + "</body></html>", encoding="utf-8")
        return path
    return save_map(m, path, offline=output == "offline")


TILES_ANSWERED_JS = """() => {
  const tiles = [...document.querySelectorAll('img.leaflet-tile')];
  return tiles.length > 0 && tiles.every(t => t.complete);
}"""


@pytest.mark.parametrize("output", ["offline", "online", "notebook"])
def test_hostile_text_never_runs_in_any_output(
    tmp_path: Path, open_any: OpenAny, hostile: tuple[Incident, ...], output: str
) -> None:
    import xyzservices

    title = HOSTILE_STRINGS[0] + HOSTILE_STRINGS[9]
    tiles = xyzservices.TileProvider(
        name=HOSTILE_STRINGS[1],
        url="https://tiles.example/{z}/{x}/{y}.png",
        attribution=HOSTILE_STRINGS[2],
        html_attribution=HOSTILE_STRINGS[2],
    )
    m = incident_map(hostile, tiles=(tiles,), title=title)
    frame, page, log = open_any(_write_output(m, tmp_path / "map.html", output))
    assert (frame is page.main_frame) == (output != "notebook")
    shown = frame.evaluate(OPEN_ALL_JS)
    frame.hover(".leaflet-control-layers")
    shown += frame.evaluate("() => document.body.innerText")
    for text in HOSTILE_STRINGS:
        for name in TEXT_FIELDS:
            assert f"{text} {name}" in shown, f"{text} {name!r} not shown as text ({output})"
    assert frame.evaluate("() => document.title") == title
    assert HOSTILE_STRINGS[1] in shown  # the basemap's name in the layer control
    assert HOSTILE_STRINGS[2] in frame.locator(".leaflet-control-attribution").inner_text()
    # the popups OPEN_ALL_JS closed fade out for 200 ms, their close links ("#close") still
    # in the page: look for injected markup once Leaflet has taken them out
    wait_popups_closed(frame)
    assert frame.evaluate(INJECTED_JS) == []
    assert page.evaluate(INJECTED_JS) == ([] if output != "notebook" else ["IFRAME"])
    assert frame.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert log.errors == []
    # every asset inline or served from folium-offline's copy; only tiles were asked for.
    # A tile's request reaches the route (which logs and aborts it) some time after the
    # map is drawn: wait until every tile image has its answer (a broken image is complete)
    frame.wait_for_function(TILES_ANSWERED_JS, timeout=SETTLE_MS)
    assert log.requests and all(
        t == "image" and u.startswith("https://tiles.example/") for t, u in log.requests
    )


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_hostile_urls_never_become_links_in_the_browser(
    tmp_path: Path, open_map: OpenMap, url: str
) -> None:
    target = Location(33.0, 42.0, name="x")
    inc = Incident("u1", dt.date(2024, 1, 1), "attack", target, sources=(Source("outlet", url),))
    page, _ = open_map(_save(tmp_path, [inc], tiles=()))
    page.evaluate("GeoIncidents.maps[0].markerOf('u1').openPopup() && null")
    # kept and shown as text (a citation or a hostile value alike), never a link
    assert page.locator(".gi-sources li").inner_text().startswith("outlet")
    assert page.locator(".gi-sources .gi-urltext").text_content() == url.strip()
    assert page.locator(".gi-sources a").count() == 0
    # the browser-side check refuses it too, should the data be changed after Python
    assert page.evaluate("(u) => GeoIncidents.safeUrl(u)", url) is None


BIDI_CONTROLS = ("\u202e", "\u202d", "\u2067", "\u2066", "\u200f")

BIDI_ISOLATION_JS = """(controls) => {
  const roots = document.querySelectorAll('.leaflet-popup-content, .leaflet-tooltip');
  const out = [];
  for (const root of roots) {
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (![...controls].some(c => n.data.includes(c))) continue;
      // its own element with a dir attribute: an inline isolate, or a block (a block is
      // a bidi paragraph of its own, so an override inside ends with it)
      const parent = n.parentElement, css = getComputedStyle(parent);
      const own = parent.hasAttribute('dir') && parent.childNodes.length === 1;
      const bounded = css.unicodeBidi === 'isolate' ||
        (css.display !== 'inline' && /^(isolate|plaintext)$/.test(css.unicodeBidi));
      out.push({text: n.data, isolated: own && bounded});
    }
  }
  return out;
}"""


@pytest.mark.parametrize("control", BIDI_CONTROLS)
def test_bidi_overrides_in_any_field_stay_inside_their_own_text(
    tmp_path: Path, open_map: OpenMap, control: str
) -> None:
    t = f"{control}evil"
    where = Location(33.0, 42.0, name=t, relation=t)
    inc = Incident(
        "b1", dt.date(2024, 1, 1), t, where, date_precision=t, weapon=t, count=3,
        actor=t, claim_status=t, targeted_party=t, damage=t, notes=t, wave=t,
        origin=Location(32.0, 41.0, name=t), responds_to=(t,),
        sources=(Source(t, "https://example.org/", dt.date(2024, 1, 2), t, t),),
    )  # fmt: skip
    page, _ = open_map(_save(tmp_path, [inc], tiles=()))
    page.evaluate("GeoIncidents.maps[0].markerOf('b1').openTooltip() && null")
    page.evaluate("GeoIncidents.maps[0].markerOf('b1').openPopup() && null")
    found = page.evaluate(BIDI_ISOLATION_JS, list(BIDI_CONTROLS))
    # kind (popup, tooltip, "responds to"), weapon (popup, tooltip), precision (popup,
    # tooltip), claim, language, and the free-text fields: all of them isolated
    assert len(found) >= 20
    assert [f["text"] for f in found if not f["isolated"]] == []


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("#d62728", True),
        ("#D62728", True),
        ("red;background:url(javascript:window.__pwned=1)", False),
        ("#d62728;background-image:url(x)", False),
        ("expression(window.__pwned=1)", False),
        ("#12345g", False),
        ("", False),
    ],
)
def test_only_hex_colours_reach_a_style(
    tmp_path: Path, open_map: OpenMap, value: str, kept: bool
) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE[:1], tiles=()))
    assert page.evaluate("(v) => GeoIncidents.safeColor(v)", value) == (value if kept else None)
