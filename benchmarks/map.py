"""Benchmark: geoincidents' incident_map against the naive folium loop.

For 1,000, 10,000 and 100,000 synthetic incidents (seeded; spread over Iraq and Syria,
half of them at a couple of dozen bases, so many share a point) it measures, side by side
in one run:

* build-and-save time (build the map, write one offline HTML file with every asset
  inlined from folium-offline — both maps are saved the same way, with ``save_map``);
* file size;
* peak memory: the rise of the process' peak RSS during build-and-save (each case runs in
  a fresh subprocess);
* draw time in Chromium: from navigation start to two animation frames after
  ``DOMContentLoaded`` (every inline script has run by then; the next frames paint), and
  for geoincidents also after its layer reports ``ready``; every network request is
  blocked (tiles too, so the time does not depend on them). For geoincidents also: how
  long a date-range change, a brush on the timeline, opening the table (and its CSV
  export) and a click → popup take; "interactive" is the draw time plus the slowest of
  these.

geoincidents runs with everything on: tiles with the offline vector basemap on top
(borders, governorates, rivers, towns), labels, the timeline, the filter panel and the
table.

The naive map is one ``folium.Marker`` with a ``folium.Popup`` (and tooltip) per incident.
By default it is skipped above 10,000 incidents (``--naive-max``): at 100,000 it takes
minutes to build and its page does not finish drawing in a useful time.

Usage::

    .venv/bin/python benchmarks/map.py                 # 1,000 / 10,000 / 100,000
    .venv/bin/python benchmarks/map.py --sizes 1000 5000 --naive-max 5000
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from geoincidents.incidents.model import WEAPONS, Incident, Location, Source

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

# Approximate positions of bases and militia sites: synthetic data, not a gazetteer.
BASES = [
    ("Ain al-Asad", 33.80, 42.44),
    ("Erbil airport", 36.24, 43.96),
    ("Harir", 36.54, 44.35),
    ("Victory base", 33.29, 44.22),
    ("Balad", 33.94, 44.36),
    ("Qayyarah", 35.77, 43.13),
    ("Green Village", 35.05, 40.53),
    ("al-Omar oil field", 35.07, 40.57),
    ("Conoco gas field", 35.36, 40.30),
    ("al-Tanf", 33.50, 38.63),
    ("al-Shaddadi", 36.06, 40.73),
    ("Rumeilan", 36.85, 42.03),
    ("Kharab al-Jir", 36.72, 41.92),
    ("Tower 22", 33.32, 38.70),
    ("Baghdad embassy", 33.30, 44.38),
    ("Taji", 33.52, 44.26),
    ("al-Mayadin", 35.02, 40.45),
    ("Albu Kamal", 34.45, 40.92),
    ("al-Qaim", 34.38, 41.09),
    ("Jurf al-Sakhar", 32.91, 44.10),
    ("Hit", 33.64, 42.83),
    ("Zummar", 36.63, 42.53),
    ("Mosul", 36.34, 43.13),
    ("Deir ez-Zor", 35.33, 40.14),
]
KIND_WEIGHTS = [
    ("attack", 55),
    ("interception", 20),
    ("explosion", 5),
    ("preemptive_strike", 8),
    ("retaliatory_strike", 12),
]
ACTORS = ["Islamic Resistance in Iraq", "المقاومة الإسلامية في العراق", "Kataib Hezbollah", ""]
NOTES = [
    "Synthetic incident for the benchmark.",
    "حادثة مصطنعة لاختبار الأداء.",
    "رویداد ساختگی برای سنجش کارایی.",
]


def synthetic_incidents(n: int, seed: int = 20240120) -> list[Incident]:
    """*n* random incidents (seeded): half at the bases above, half scattered."""
    rng = random.Random(seed)
    kinds = [k for k, _ in KIND_WEIGHTS]
    weights = [w for _, w in KIND_WEIGHTS]
    start = dt.date(2022, 1, 1)
    out: list[Incident] = []
    attacks: list[str] = []
    for i in range(n):
        kind = rng.choices(kinds, weights)[0]
        if rng.random() < 0.5:
            name, lat, lon = rng.choice(BASES)
            target = Location(lat, lon, name=name, radius_m=rng.choice([0, 0, 500, 2000]))
        else:
            lat, lon = rng.uniform(30.0, 37.2), rng.uniform(36.0, 47.5)
            target = Location(round(lat, 5), round(lon, 5), name=f"Site {i}", radius_m=5000)
        origin = None
        if kind in ("attack", "interception") and rng.random() < 0.3:
            origin = Location(
                round(target.lat + rng.uniform(-0.5, 0.5), 5),
                round(target.lon + rng.uniform(-0.5, 0.5), 5),
                name=f"Launch site {i}",
                radius_m=10_000,
                relation="about 30 km from the target",
            )
        responds: tuple[str, ...] = ()
        if kind == "retaliatory_strike" and attacks and rng.random() < 0.5:
            responds = (rng.choice(attacks[-50:]),)
        incident_id = f"syn-{i:06d}"
        if kind == "attack":
            attacks.append(incident_id)
        out.append(
            Incident(
                id=incident_id,
                date=start + dt.timedelta(days=rng.randrange(3 * 365)),
                kind=kind,
                target=target,
                weapon=rng.choice(WEAPONS),
                count=rng.choice([None, 1, 2, 4, 8]),
                origin=origin,
                actor=rng.choice(ACTORS),
                claim_status=rng.choice(["claimed", "attributed", "unknown"]),
                killed=rng.choice([None, 0, 0, 1]),
                wounded=rng.choice([None, 0, 2]),
                responds_to=responds,
                sources=(Source("Example News", f"https://news.example.org/{i}", None, "en"),),
                notes=rng.choice(NOTES),
                wave=f"{2022 + i * 3 // max(n, 1)}",
            )
        )
    return out


def naive_map(incidents: list[Incident]) -> Any:
    """The baseline: one folium.Marker with a Popup (and tooltip) per incident."""
    import folium

    m = folium.Map(location=[34.0, 42.0], zoom_start=6)
    for inc in incidents:
        sources = "".join(
            f'<li><a href="{html.escape(s.url)}" target="_blank" rel="noopener noreferrer">'
            f"{html.escape(s.outlet)}</a></li>"
            for s in inc.sources
        )
        body = (
            f"<b>{inc.date.isoformat()}</b> {html.escape(inc.kind)}<br>"
            f"{html.escape(inc.weapon)} × {inc.count}<br>"
            f'<span dir="auto">{html.escape(inc.target.name)}</span><br>'
            f'<span dir="auto">{html.escape(inc.actor)}</span> ({inc.claim_status})<br>'
            f"killed {inc.killed}, wounded {inc.wounded}<ul>{sources}</ul>"
            f'<div dir="auto">{html.escape(inc.notes)}</div>'
        )
        folium.Marker(
            [inc.target.lat, inc.target.lon],
            popup=folium.Popup(body, max_width=300),
            tooltip=html.escape(f"{inc.date} {inc.kind}"),
        ).add_to(m)
    return m


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(impl: str, n: int, out: Path) -> dict[str, Any]:
    """Build and save one map in this process; report time, size and peak memory."""
    import folium  # noqa: F401  (imports are not part of the measurement)
    import offlinefolium.elements  # noqa: F401

    from geoincidents.maps.render import incident_map
    from geoincidents.maps.standalone import save_map

    incidents = synthetic_incidents(n)
    before = _maxrss_mb()
    t0 = time.perf_counter()
    m = (
        incident_map(
            incidents,
            title=f"{n} synthetic incidents",
            basemap=None,  # tiles, with the vector basemap on top
            time_control=True,
            table=True,
            filters=True,
            labels=True,
        )
        if impl == "geoincidents"
        else naive_map(incidents)
    )
    save_map(m, out, offline=True)
    elapsed = time.perf_counter() - t0
    return {
        "build_save_s": elapsed,
        "size_mb": out.stat().st_size / 1e6,
        "peak_mem_mb": _maxrss_mb() - before,
    }


_TIMING_SCRIPT = """
window.__bench = {};
document.addEventListener("DOMContentLoaded", function () {
  window.__bench.scripts_done = performance.now();
  requestAnimationFrame(function () { requestAnimationFrame(function () {
    window.__bench.drawn = performance.now();
  }); });
});
"""


def draw_in_chromium(path: Path, impl: str, timeout_s: float) -> dict[str, Any]:
    """Open *path* in headless Chromium (network blocked) and time drawing and interaction."""
    from playwright.sync_api import sync_playwright

    result: dict[str, Any] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith("file://") else route.abort()
            ),
        )
        page.add_init_script(_TIMING_SCRIPT)
        page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
        ready = "window.__bench.drawn"
        if impl == "geoincidents":
            ready += " && window.GeoIncidents && GeoIncidents.maps.every(m => m.ready)"
        try:
            page.wait_for_function(ready, timeout=timeout_s * 1000, polling=50)
        except Exception:  # report a timeout as a figure, not a crash
            result["draw_s"] = None
            result["note"] = f"not drawn within {timeout_s:.0f} s"
            browser.close()
            return result
        result["draw_s"] = page.evaluate("window.__bench.drawn") / 1000
        if impl == "geoincidents":
            result["stats"] = page.evaluate("GeoIncidents.maps[0].stats()")
            result["filter_ms"] = page.evaluate(
                """() => { const m = GeoIncidents.maps[0], t = performance.now();
                m.setRange("2023-01-01", "2023-06-30"); const d = performance.now() - t;
                m.setRange("", ""); return d; }"""
            )
            assert page.evaluate("GeoIncidents.basemaps[0].stats.countries") > 0
            # the brush: a drag over the timeline (events dispatched in the page), timed
            # until the map has redrawn (the next animation frame)
            result["brush_ms"] = page.evaluate(
                """() => new Promise(done => {
                const svg = document.querySelector(".gi-timeline"), r = svg.getBoundingClientRect();
                const ev = (type, f, target) => target.dispatchEvent(new MouseEvent(type,
                    {bubbles: true, clientX: r.left + r.width * f, clientY: r.top + 20}));
                const t = performance.now();
                ev("mousedown", 0.3, svg); ev("mousemove", 0.45, window);
                ev("mousemove", 0.6, window); ev("mouseup", 0.6, window);
                requestAnimationFrame(() => done(performance.now() - t)); })"""
            )
            assert result["brush_ms"] and page.input_value(".gi-from") > "2022-01-01"
            page.click(".gi-reset")
            result["table_ms"] = page.evaluate(
                """() => { const t = performance.now();
                document.querySelector(".gi-table-box").open = true;
                GeoIncidents.maps[0].table.draw(); return performance.now() - t; }"""
            )
            page.wait_for_selector(".gi-table tbody tr")
            result["csv_ms"], rows = page.evaluate(
                """() => { const t = performance.now(), csv = GeoIncidents.maps[0].table.csv();
                return [performance.now() - t, csv.split("\\r\\n").length - 2]; }"""
            )
            assert rows == result["stats"]["incidents"], (rows, result["stats"])
            page.locator(".gi-table-box summary").click()
            # interactive: click clusters (each zooms in) until a marker is in view, then
            # click the marker and wait for its popup
            t0 = time.perf_counter()
            clicks = 0
            for clicks in range(1, 12):
                target = page.evaluate(
                    """() => { const m = GeoIncidents.maps[0];
                    const r = m.map.getContainer().getBoundingClientRect();
                    const at = (mk) => { const p = m.markerPoint(mk);
                        return [r.left + p.x, r.top + p.y, mk.giCluster ? 1 : 0]; };
                    const free = (mk) => { const [x, y] = at(mk);
                        const e = document.elementFromPoint(x, y);
                        return e && e.tagName === "CANVAS"; };
                    const mk = m.markers().find(free) || m.clusters().find(free);
                    return mk ? at(mk) : null; }"""
                )
                if target is None:
                    break
                page.mouse.click(target[0], target[1])
                if not target[2]:
                    page.wait_for_selector(".leaflet-popup .gi-incident", timeout=10_000)
                    result["click_popup_ms"] = (time.perf_counter() - t0) * 1000
                    result["clicks"] = clicks
                    break
                page.wait_for_function(
                    "!GeoIncidents.maps[0].map._animatingZoom", timeout=10_000, polling=20
                )
                page.wait_for_timeout(50)
        if impl == "geoincidents":
            slowest = max(
                result.get(k) or 0 for k in ("filter_ms", "brush_ms", "table_ms", "csv_ms")
            )
            result["interactive_s"] = result["draw_s"] + slowest / 1000
        result["page_errors"] = errors
        browser.close()
    return result


def run_case(impl: str, n: int, workdir: Path, timeout_s: float) -> dict[str, Any]:
    out = workdir / f"{impl}-{n}.html"
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", impl, str(n), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed"}
    row: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if Path(CHROMIUM).exists():
        row.update(draw_in_chromium(out, impl, timeout_s))
    else:
        row["note"] = f"{CHROMIUM} missing: draw time not measured"
    out.unlink(missing_ok=True)
    return row


def _fmt(value: Any, spec: str) -> str:
    return "—" if value is None else format(value, spec)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument(
        "--naive-max",
        type=int,
        default=10_000,
        help="skip the naive folium loop above this many incidents (default 10,000)",
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="draw timeout, seconds")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--worker", nargs=3, metavar=("IMPL", "N", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        impl, n, out = args.worker
        print(json.dumps(worker(impl, int(n), Path(out))))
        return 0

    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="gi-bench-") as tmp:
        for n in args.sizes:
            for impl in ("geoincidents", "naive"):
                if impl == "naive" and n > args.naive_max:
                    results.append(
                        {
                            "impl": impl,
                            "n": n,
                            "note": f"skipped (above --naive-max {args.naive_max})",
                        }
                    )
                    continue
                print(f"running {impl} n={n:,} ...", file=sys.stderr, flush=True)
                row = run_case(impl, n, Path(tmp), args.timeout)
                results.append({"impl": impl, "n": n, **row})

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"{'n':>8} {'impl':<13} {'build+save s':>12} {'size MB':>8} {'peak MB':>8} "
        f"{'draw s':>7} {'filter ms':>9} {'brush ms':>8} {'table ms':>8} {'csv ms':>7} "
        f"{'click ms':>8} {'interactive s':>13}  note"
    )
    for r in results:
        print(
            f"{r['n']:>8,} {r['impl']:<13} {_fmt(r.get('build_save_s'), '12.2f')} "
            f"{_fmt(r.get('size_mb'), '8.1f')} {_fmt(r.get('peak_mem_mb'), '8.0f')} "
            f"{_fmt(r.get('draw_s'), '7.2f')} {_fmt(r.get('filter_ms'), '9.0f')} "
            f"{_fmt(r.get('brush_ms'), '8.0f')} {_fmt(r.get('table_ms'), '8.0f')} "
            f"{_fmt(r.get('csv_ms'), '7.0f')} "
            f"{_fmt(r.get('click_popup_ms'), '8.0f')} {_fmt(r.get('interactive_s'), '13.2f')}  "
            f"{r.get('note', '')}{r.get('error', '')}"
            + (f" ({r['clicks']} clicks to a popup)" if r.get("clicks", 1) > 1 else "")
            + (f" page errors: {r['page_errors']}" if r.get("page_errors") else "")
        )
    by = {(r["impl"], r["n"]): r for r in results}
    for n in args.sizes:
        g, v = by.get(("geoincidents", n), {}), by.get(("naive", n), {})
        if g.get("build_save_s") and v.get("build_save_s"):
            print(
                f"n={n:,}: geoincidents/naive = "
                f"build {g['build_save_s'] / v['build_save_s']:.2f}×, "
                f"size {g['size_mb'] / v['size_mb']:.2f}×"
                + (
                    f", draw {g['draw_s'] / v['draw_s']:.2f}×"
                    if g.get("draw_s") and v.get("draw_s")
                    else ""
                )
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
