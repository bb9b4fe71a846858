"""The briefing map in Chromium with the network cut (issue 9, and the map parts of
issues 7 and 8): the offline basemap, labels, timeline and brush, filters, the table and its
CSV export, response chains, popups clear of controls, unplaced rows, doubtful placements.

Expected values are computed here from the incidents, independently of the map code.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from geoincidents.errors import Problem
from geoincidents.incidents.model import Alternative, Incident, Location, Source
from geoincidents.maps.render import incident_map
from geoincidents.maps.standalone import save_map

from .conftest import HOSTILE_STRINGS, SAMPLE, SETTLE_MS, PageLog, settle, wait_popups_closed

pytestmark = pytest.mark.browser

OpenMap = Callable[[Path], tuple[Any, PageLog]]


def _save(tmp_path: Path, incidents: Sequence[Incident], **kw: Any) -> Path:
    kw.setdefault("basemap", "offline")
    return save_map(incident_map(incidents, **kw), tmp_path / "map.html", offline=True)


def _stats(page: Any) -> dict[str, Any]:
    stats: dict[str, Any] = page.evaluate("GeoIncidents.maps[0].stats()")
    return stats


def _shown_ids(page: Any) -> list[str]:
    ids: list[str] = page.evaluate(
        "() => { const a = GeoIncidents.maps[0], F = a.ctx.FI;"
        " return a.visibleIndices().map(n => a.data.incidents[n][F.id]); }"
    )
    return sorted(ids)


# ---------------------------------------------------------------- basemap

# colour of the borders (40-basemap.js), searched for on the basemap's canvas at a
# vertex shared by Iraq's and Syria's outlines (a point of their border)


def _border_vertex(a: str, b: str) -> tuple[float, float]:
    """A point of the border of countries *a* and *b* in the shipped basemap data."""
    from geoincidents.maps.basemap import basemap_data

    def points(code: str) -> set[tuple[int, int]]:
        (country,) = [c for c in basemap_data()["countries"] if c["code"] == code]
        out = set()
        for ring in country["rings"]:
            lat = lon = 0
            for i in range(0, len(ring), 2):
                lat += ring[i]
                lon += ring[i + 1]
                out.add((lat, lon))
        return out

    shared = sorted(points(a) & points(b))
    assert shared, f"no shared border vertex of {a} and {b}"
    lat, lon = shared[len(shared) // 2]
    return lat / 1000, lon / 1000


PIXELS_NEAR_JS = """([lat, lon]) => {
  const map = GeoIncidents.basemaps[0].map;
  const canvas = map.getPane('giBase').querySelector('canvas');
  const p = map.latLngToContainerPoint([lat, lon]);
  const mr = map.getContainer().getBoundingClientRect(), cr = canvas.getBoundingClientRect();
  const x = Math.round(mr.left + p.x - cr.left), y = Math.round(mr.top + p.y - cr.top);
  const img = canvas.getContext('2d').getImageData(x - 2, y - 2, 5, 5).data;
  let dark = 0;
  for (let i = 0; i < img.length; i += 4) {
    // the border colour #5b4a3f, drawn at 0.9 opacity
    if (Math.abs(img[i] - 0x5b) < 40 && Math.abs(img[i + 1] - 0x4a) < 40 &&
        Math.abs(img[i + 2] - 0x3f) < 40 && img[i + 3] > 150) dark++;
  }
  return dark;
}"""


def test_offline_basemap_is_drawn_under_the_incidents(tmp_path: Path, open_map: OpenMap) -> None:
    page, log = open_map(_save(tmp_path, SAMPLE))
    assert log.requests == [] and log.errors == []
    base = page.evaluate("GeoIncidents.basemaps[0].stats")
    assert base["countries"] >= 10 and base["admin1"] >= 40 and base["rivers"] >= 50
    assert base["towns"] > 0 and base["labels"] > 0
    # border pixels where Iraq and Syria meet, and where Jordan meets Syria
    for a, b in (("IQ", "SY"), ("JO", "SY")):
        point = _border_vertex(a, b)
        page.evaluate(
            "(p) => GeoIncidents.maps[0].map.setView(p, 8, {animate: false}) && null", list(point)
        )
        settle(page)
        assert page.evaluate(PIXELS_NEAR_JS, list(point)) > 0, f"no border pixels at {a}–{b}"
    # the layer control turns the borders off
    point = _border_vertex("IQ", "SY")
    page.hover(".leaflet-control-layers")
    page.locator(".leaflet-control-layers-overlays label", has_text="Borders").locator(
        "input"
    ).set_checked(False)
    settle(page)
    assert page.evaluate(PIXELS_NEAR_JS, list(point)) == 0
    # under the incidents: its pane is below the markers'
    z = page.evaluate(
        "() => [GeoIncidents.maps[0].map.getPane('giBase').style.zIndex,"
        " GeoIncidents.maps[0].map.getPane('giMarkers').style.zIndex].map(Number)"
    )
    assert z[0] < z[1]


def test_basemap_is_drawn_over_tiles_and_can_be_left_out(tmp_path: Path, open_map: OpenMap) -> None:
    page, log = open_map(_save(tmp_path, SAMPLE, basemap="OpenStreetMap"))
    assert page.evaluate("GeoIncidents.basemaps[0].stats.countries") >= 10
    assert all(t == "image" for t, _ in log.requests)  # only tiles were asked for
    html = save_map(incident_map(SAMPLE, basemap="none"), tmp_path / "b.html").read_text()
    assert "GeoIncidents.basemap(" not in html


def test_basemap_adds_at_most_1_5_mb(tmp_path: Path) -> None:
    with_base = _save(tmp_path, SAMPLE).stat().st_size
    without = save_map(incident_map(SAMPLE, basemap="none"), tmp_path / "n.html").stat().st_size
    assert 0 < with_base - without <= 1_500_000


# ---------------------------------------------------------------- labels


def test_labels_of_targets_and_towns_in_three_languages(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE))  # the bundled gazetteer's names
    labels = lambda: page.evaluate(  # noqa: E731
        "() => GeoIncidents.maps[0].labels().map(e => e.textContent)"
    )
    towns = lambda: page.evaluate(  # noqa: E731
        "() => GeoIncidents.basemaps[0].labels().map(e => e.textContent)"
    )
    assert "Ain al-Asad Air Base" in labels() and "Tower 22" in labels()
    assert {"Euphrates", "Tigris"} <= set(towns())  # the rivers' names
    assert len(labels()) == len(set(labels()))  # one label per place
    page.locator(".gi-filters summary").click()
    page.select_option(".gi-lang", "ar")
    settle(page)
    assert "قاعدة عين الأسد الجوية" in labels() and "البرج 22" in labels()
    arabic = towns()
    assert "حلب" in arabic and "الموصل" in " ".join(arabic)  # Aleppo, Mosul
    assert {"الفرات", "دجلة"} <= set(arabic)
    page.select_option(".gi-lang", "fa")
    settle(page)
    assert "پایگاه هوایی عین الاسد" in labels()
    # decluttered: no two labels overlap on screen
    boxes = page.evaluate(
        "() => [...document.querySelectorAll('.gi-label span')].map(e => {"
        " const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"
    )
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] - 1 and a[2] > b[0] + 1 and a[1] < b[3] - 1 and a[3] > b[1] + 1)


# ---------------------------------------------------------------- timeline


def test_brush_on_the_timeline_sets_the_dates(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE))
    chart = page.locator(".gi-timeline").bounding_box()
    assert chart is not None
    y = chart["y"] + chart["height"] / 3
    page.mouse.move(chart["x"] + chart["width"] * 0.7, y)
    page.mouse.down()
    page.mouse.move(chart["x"] + chart["width"] * 0.99, y, steps=5)
    page.mouse.up()
    start = page.input_value(".gi-from")
    end = page.input_value(".gi-to")
    assert start > "2022-01-05" and end <= "2024-04-22"
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    expected = sorted(i.id for i in SAMPLE if i.date <= last and (i.end_date or i.date) >= first)
    assert 0 < len(expected) < len(SAMPLE)
    assert _shown_ids(page) == expected
    assert _stats(page)["incidents"] == len(expected)
    # the bars outside the range are dimmed
    assert page.locator(".gi-bar[fill-opacity='0.25']").count() > 0


def test_dates_are_iso_whatever_the_locale_and_an_impossible_range_is_flagged(
    tmp_path: Path, browser: Any
) -> None:
    path = _save(tmp_path, SAMPLE)
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(path.as_uri())
    page.wait_for_function("window.GeoIncidents && GeoIncidents.maps[0].ready")
    assert page.input_value(".gi-from") == "2022-01-04"
    assert page.input_value(".gi-to") == "2024-04-22"
    page.fill(".gi-from", "2024-05-01")
    page.fill(".gi-to", "2024-01-01")
    warning = page.locator(".gi-time-warning")
    assert warning.is_visible() and "after" in warning.inner_text()
    assert _stats(page)["incidents"] != 0  # not applied: no silent empty map
    page.fill(".gi-from", "2024-02-30")
    assert "not a date" in warning.inner_text()
    page.click(".gi-reset")
    assert not warning.is_visible() and _stats(page)["incidents"] == len(SAMPLE)
    context.close()


# ---------------------------------------------------------------- filters, table, CSV


def _uncheck(page: Any, dim: str, label: str) -> None:
    if not page.locator(".gi-filters").get_attribute("open") is not None:
        page.locator(".gi-filters summary").click()
    page.locator(f".gi-filter[data-dim='{dim}'] label", has_text=label).locator("input").uncheck()
    # a kind or country value is a layer switch: the map refreshes on the next frame
    settle(page)


def _csv_ids(text: str) -> list[str]:
    return sorted(row["id"] for row in csv.DictReader(io.StringIO(text)))


def test_filters_table_and_csv_agree_with_the_data(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE))
    page.locator(".gi-filters summary").click()
    rockets = sum(1 for i in SAMPLE if i.weapon == "rocket")
    assert (
        page.locator(".gi-filter[data-dim='weapon'] label", has_text="Rocket")
        .inner_text()
        .endswith(f"({rockets} / {rockets})")
    )
    _uncheck(page, "weapon", "Rocket")
    expected = [i for i in SAMPLE if i.weapon != "rocket"]
    assert _shown_ids(page) == sorted(i.id for i in expected)
    _uncheck(page, "claim", "claimed")  # combinable
    expected = [i for i in expected if i.claim_status != "claimed"]
    assert _shown_ids(page) == sorted(i.id for i in expected)
    # the table lists exactly these, and its export holds exactly these rows
    page.locator(".gi-table-box summary").click()
    # the table draws when its panel has opened (the toggle event comes after the click)
    expect(page.locator(".gi-table tbody tr")).to_have_count(len(expected), timeout=SETTLE_MS)
    with page.expect_download(timeout=SETTLE_MS) as info:
        page.click(".gi-export")
    download = info.value
    assert download.failure() is None and download.suggested_filename == "incidents.csv"
    text = Path(download.path()).read_text("utf-8")
    assert _csv_ids(text) == sorted(i.id for i in expected)
    # sorting by date orders the rows
    page.click(".gi-table th[data-col='date']")  # sorted by date already: now descending
    date_header = page.locator(".gi-table th[data-col='date']")
    expect(date_header).to_have_attribute("aria-sort", "descending", timeout=SETTLE_MS)
    dates = page.locator(".gi-table tbody tr td:first-child").all_inner_texts()
    assert len(dates) == len(expected)
    assert dates == sorted(dates, reverse=True)


def test_kind_and_country_filters_are_the_layer_switches(tmp_path: Path, open_map: OpenMap) -> None:
    from .conftest import SAMPLE_COUNTRIES, sample_gazetteer

    page, _ = open_map(_save(tmp_path, SAMPLE, gazetteer=sample_gazetteer()))
    _uncheck(page, "kind", "Attack")
    expected = [i for i in SAMPLE if i.kind != "attack"]
    assert _shown_ids(page) == sorted(i.id for i in expected)
    page.hover(".leaflet-control-layers")
    switch = page.locator(".leaflet-control-layers-overlays label", has_text="Attack (")
    assert not switch.locator("input").is_checked()  # the layer control follows
    # and the panel follows the layer control, with its counts
    page.locator(".leaflet-control-layers-overlays label", has_text="Country: Syria").locator(
        "input"
    ).set_checked(False)
    settle(page)
    syria = {pid for pid, cc in SAMPLE_COUNTRIES.items() if cc == "SY"}
    expected = [i for i in expected if i.target.place_id not in syria]
    assert _shown_ids(page) == sorted(i.id for i in expected)
    row = page.locator(".gi-filter[data-dim='country'] label", has_text="Syria")
    assert not row.locator("input").is_checked()
    n_syria = sum(1 for i in SAMPLE if i.target.place_id in syria)
    assert row.inner_text().endswith(f"(0 / {n_syria})")
    iraq = page.locator(".gi-filter[data-dim='country'] label", has_text="Iraq").inner_text()
    n_iraq = sum(1 for i in SAMPLE if SAMPLE_COUNTRIES.get(i.target.place_id or "") == "IQ")
    shown_iraq = sum(1 for i in expected if SAMPLE_COUNTRIES.get(i.target.place_id or "") == "IQ")
    assert iraq.endswith(f"({shown_iraq} / {n_iraq})")


def test_table_row_flies_to_its_incident_and_opens_it(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE))
    page.locator(".gi-table-box summary").click()
    page.wait_for_selector(".gi-table tbody tr")
    row = page.locator(".gi-table tbody tr", has_text="Tower 22")
    row.click()
    page.wait_for_selector(".gi-popup", timeout=SETTLE_MS)  # after the flight
    assert "2024-01-28-tower-22-drone" in page.locator(".gi-popup").inner_text()


# ---------------------------------------------------------------- chains and popups


def test_response_links_fly_to_the_other_incident(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE))
    page.evaluate("GeoIncidents.maps[0].show('2024-01-24-al-qaim-strike')")
    page.wait_for_selector(".gi-popup")
    page.locator(".gi-popup .gi-jump").first.click()
    page.wait_for_function(
        "() => { const p = document.querySelector('.gi-popup .gi-id');"
        " return p && p.textContent === '2024-01-20-ain-al-asad-missiles'; }",
        timeout=SETTLE_MS,
    )
    settle(page)  # the flight is over
    # selecting it highlights its chain: the attack, both strikes, and what answered them
    chain = {
        "2024-01-20-ain-al-asad-missiles",
        "2024-01-24-al-qaim-strike",
        "2024-01-24-jurf-al-sakhar-strike",
        "2024-01-25-conoco-attack",
    }
    ids = page.evaluate(
        "() => { const a = GeoIncidents.maps[0], F = a.ctx.FI;"
        " return a.highlighted().map(n => a.data.incidents[n][F.id]); }"
    )
    assert set(ids) == chain
    links = page.evaluate("GeoIncidents.maps[0].drawnLinks()")
    bright = [x for x in links if x["opacity"] == 1]
    dim = [x for x in links if x["opacity"] < 0.5]
    # Jan 2024: the attack -> both strikes -> the attack that answered them both
    assert len(bright) == 4 and len(dim) == len(links) - 4 == 1
    page.evaluate("GeoIncidents.maps[0].map.closePopup() && null")
    assert all(x["opacity"] == 0.9 for x in page.evaluate("GeoIncidents.maps[0].drawnLinks()"))


def test_hovering_a_marker_highlights_its_chain(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE))
    where = page.evaluate(
        """(id) => { const api = GeoIncidents.maps[0], mk = api.markerOf(id);
        const p = api.markerPoint(mk), r = api.map.getContainer().getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y}; }""",
        "2022-01-05-mayadin-artillery",
    )
    page.mouse.move(where["x"], where["y"])
    settle(page)
    assert len(page.evaluate("GeoIncidents.maps[0].highlighted()")) == 2


def _overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return bool(
        a["left"] < b["right"] - 1
        and a["right"] > b["left"] + 1
        and a["top"] < b["bottom"] - 1
        and a["bottom"] > b["top"] + 1
    )


RECTS_JS = """() => {
  const r = e => { const b = e.getBoundingClientRect();
    return {left: b.left, right: b.right, top: b.top, bottom: b.bottom, w: b.width}; };
  const popup = document.querySelector('.leaflet-popup');
  return {popup: popup && r(popup), controls: [...document.querySelectorAll(
    '.leaflet-control')].map(r).filter(x => x.w > 0)};
}"""


def test_popups_are_not_covered_by_controls(tmp_path: Path, open_map: OpenMap) -> None:
    page, _ = open_map(_save(tmp_path, SAMPLE, title="Briefing"))
    ids = [i.id for i in SAMPLE]
    for incident_id in ids:
        page.evaluate("(id) => GeoIncidents.maps[0].markerOf(id).openPopup() && null", incident_id)
        settle(page)  # the popup pans clear of the controls on the next frame
        rects = page.evaluate(RECTS_JS)
        assert rects["popup"], incident_id
        covered = [c for c in rects["controls"] if _overlaps(rects["popup"], c)]
        assert covered == [], f"popup of {incident_id} covered by {covered}"
        page.evaluate("GeoIncidents.maps[0].map.closePopup() && null")
        wait_popups_closed(page)


# ---------------------------------------------------------------- unplaced, doubtful


def test_unplaced_rows_are_listed_with_file_row_value_and_suggestions(
    tmp_path: Path, open_map: OpenMap
) -> None:
    rows = [
        Problem("sheet.csv", 46, "target", "Al-Asadd", "unknown place", "warning",
                ("Ain al-Asad Air Base", "Al-Asad"), "row-46"),
        Problem("sheet.csv", 71, "target", "عين الاسدد", "unknown place", "warning", (), "row-71"),
    ]  # fmt: skip
    page, _ = open_map(_save(tmp_path, SAMPLE, unplaced=rows))
    panel = page.locator(".gi-unplaced")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "2 incidents not placed" in text
    assert "sheet.csv:46 column target" in text and "Al-Asadd" in text
    assert "Ain al-Asad Air Base, Al-Asad" in text and "row-46" in text
    assert "sheet.csv:71" in text and "عين الاسدد" in text
    assert page.locator(".gi-unplaced-row").count() == 2


DOUBTFUL = Location(
    34.37, 41.10, name="Akashat", place_id="geonames:1", query="Akashat", method="fuzzy",
    score=0.82, alias="Akaşat", alternatives=(Alternative("geonames:2", "Akçakale", "TR", 0.8),),
)  # fmt: skip


def test_doubtful_placement_is_told_in_the_popup_and_can_be_filtered(
    tmp_path: Path, open_map: OpenMap
) -> None:
    sure = Incident("s", dt.date(2024, 2, 2), "attack", Location(33.3, 44.4, name="Baghdad"))
    doubt = Incident("d", dt.date(2024, 2, 2), "retaliatory_strike", DOUBTFUL)
    page, _ = open_map(_save(tmp_path, [sure, doubt]))
    page.evaluate("GeoIncidents.maps[0].markerOf('d').openPopup() && null")
    verdict = page.locator(".gi-popup .gi-verdict").inner_text()
    assert "placed from ‘Akashat’ by fuzzy match (0.82)" in verdict
    assert "also: Akçakale (TR) (0.80)" in verdict
    page.evaluate("GeoIncidents.maps[0].map.closePopup() && null")
    wait_popups_closed(page)  # Leaflet fades the closed popup out
    page.evaluate("GeoIncidents.maps[0].markerOf('s').openPopup() && null")
    assert page.locator(".gi-popup .gi-verdict").count() == 0
    _uncheck(page, "placement", "Doubtful")
    assert _shown_ids(page) == ["s"]


def test_citations_and_schemeless_addresses_in_sources(tmp_path: Path, open_map: OpenMap) -> None:
    sources = (
        Source("Reuters", "Reuters, 21 Jan 2024"),
        Source("Example", "www.example.org/x"),
        Source("Bad", "javascript:window.__pwned=1"),
    )
    inc = Incident(
        "c", dt.date(2024, 1, 21), "attack", Location(33.3, 44.4, name="x"), sources=sources
    )
    page, _ = open_map(_save(tmp_path, [inc]))
    page.evaluate("GeoIncidents.maps[0].markerOf('c').openPopup() && null")
    hrefs = page.evaluate("() => [...document.querySelectorAll('.gi-sources a')].map(a => a.href)")
    assert hrefs == ["https://www.example.org/x"]
    text = page.locator(".gi-sources").inner_text()
    assert "Reuters, 21 Jan 2024" in text and "javascript:window.__pwned=1" in text


# ---------------------------------------------------------------- hostile text everywhere new


def test_hostile_text_in_every_new_field_and_control_stays_text(
    tmp_path: Path, open_map: OpenMap
) -> None:
    incidents = []
    for n, text in enumerate(HOSTILE_STRINGS):
        where = Location(
            33.0 + n * 0.4, 40.0 + n * 0.4, name=f"{text} label", query=f"{text} query",
            method="fuzzy", score=0.5, alias=f"{text} alias",
            alternatives=(Alternative("x", f"{text} alt", "TR", 0.4),),
        )  # fmt: skip
        incidents.append(
            Incident(
                f"{text} id{n}", dt.date(2024, 1, 1 + n), "attack", where,
                actor=f"{text} actor", claim_status=f"{text} claim",
                sources=(Source(f"{text} outlet", f"{text} url"),),
            )
        )  # fmt: skip
    rows = [
        Problem(f"{t} file", n, f"{t} column", f"{t} value", f"{t} message", "warning",
                (f"{t} suggestion",), f"{t} incident")
        for n, t in enumerate(HOSTILE_STRINGS)
    ]  # fmt: skip
    page, log = open_map(_save(tmp_path, incidents, unplaced=rows))
    page.evaluate("GeoIncidents.maps[0].map.setView([35.4, 42.4], 7, {animate: false}) && null")
    settle(page)
    shown = ""
    for panel in (".gi-filters", ".gi-table-box"):  # one open at a time (one corner)
        page.locator(f"{panel} summary").click()
        shown += page.evaluate("() => document.body.innerText")
    labels = " ".join(page.evaluate("() => GeoIncidents.maps[0].labels().map(e => e.textContent)"))
    for text in HOSTILE_STRINGS:
        for name in ("actor", "claim", "file", "column", "value", "message", "suggestion",
                     "incident"):  # fmt: skip
            assert f"{text} {name}" in shown, f"{text} {name!r} not shown as text"
        assert f"{text} label" in labels or f"{text} label" in shown
    # the verdict text of every doubtful popup
    for inc in incidents:
        page.evaluate("(id) => GeoIncidents.maps[0].markerOf(id).openPopup() && null", inc.id)
        verdict = page.locator(".gi-popup .gi-verdict").inner_text()
        text = inc.id.rsplit(" id", 1)[0]
        for name in ("query", "alias", "alt"):
            assert f"{text} {name}" in verdict
        assert f"{text} url" in page.locator(".gi-popup .gi-sources").inner_text()
        page.evaluate("GeoIncidents.maps[0].map.closePopup() && null")
        wait_popups_closed(page)  # Leaflet fades the closed popup out
    # CSV cells keep the text (and defuse formulas)
    csv_text = page.evaluate("GeoIncidents.maps[0].table.csv()")
    assert len(_csv_ids(csv_text)) == len(incidents)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert log.errors == []
    from .test_browser import INJECTED_JS

    assert page.evaluate(INJECTED_JS) == []


@pytest.mark.parametrize("output", ["offline", "notebook"])
def test_unplaced_panel_is_in_the_saved_file_and_the_notebook_output(
    tmp_path: Path, open_any: Callable[[Path], tuple[Any, Any, PageLog]], output: str
) -> None:
    row = Problem("sheet.csv", 46, "target", "Al-Asadd", "unknown place", "warning",
                  ("Ain al-Asad Air Base",), "row-46")  # fmt: skip
    m = incident_map(SAMPLE, basemap="offline", unplaced=[row])
    path = tmp_path / "map.html"
    if output == "notebook":
        path.write_text(f"<!doctype html><html><body>{m._repr_html_()}</body></html>", "utf-8")
    else:
        save_map(m, path)
    frame, _, log = open_any(path)
    text = frame.locator(".gi-unplaced").inner_text()
    assert "sheet.csv:46" in text and "Al-Asadd" in text and "Ain al-Asad Air Base" in text
    assert frame.evaluate("GeoIncidents.basemaps[0].stats.countries") >= 10
    assert log.requests == []
