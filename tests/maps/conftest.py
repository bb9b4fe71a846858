"""Shared fixtures of the maps tests: realistic incidents, hostile incidents, a browser.

Browser rule: the ``browser`` tests drive Debian's Chromium at /usr/bin/chromium through
Playwright. When it is missing they skip locally, but when the environment variable CI
is "true" they never skip: a missing browser is a failure there.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from geoincidents.incidents.model import Incident, Location, Source

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

D = dt.date

# Places (coordinates approximate; these are test values, not the gazetteer).
AIN_AL_ASAD = Location(
    33.7856, 42.4412, name="Ain al-Asad Air Base", place_id="ain-al-asad", radius_m=2000
)
NEAR_AIN_AL_ASAD = Location(
    33.80,
    42.60,
    name="village near Ain al-Asad",
    radius_m=5000,
    geo_precision=2,
    relation="15 km from Ain al-Asad Air Base",
    polygon_wkt="POLYGON ((42.50 33.72, 42.70 33.72, 42.70 33.88, 42.50 33.88, 42.50 33.72))",
)
GREEN_VILLAGE = Location(
    35.0537, 40.5326, name="القرية الخضراء", place_id="green-village", radius_m=1500
)
AL_OMAR = Location(
    35.0740, 40.5660, name="al-Omar oil field", place_id="al-omar-oil-field", radius_m=3000
)
CONOCO = Location(35.3560, 40.2990, name="Conoco gas field", place_id="conoco-gas-field")
AL_MAYADIN = Location(35.0196, 40.4510, name="الميادين", place_id="al-mayadin", radius_m=4000)
AL_QAIM = Location(34.3690, 41.0950, name="al-Qaim", place_id="al-qaim", radius_m=3000)
JURF_AL_SAKHAR = Location(
    32.9110, 44.1030, name="جرف الصخر", place_id="jurf-al-sakhar", radius_m=3000
)
VICTORY = Location(33.2640, 44.2330, name="Victory Base Complex", place_id="victory-base-complex")
SOUTH_OF_BAGHDAD = Location(
    32.95,
    44.35,
    name="south of Baghdad",
    radius_m=25000,
    geo_precision=3,
    relation="south of Baghdad",
)
ZUMMAR = Location(36.6350, 42.5410, name="زمار", place_id="zummar", radius_m=5000)
HARIR = Location(36.5500, 44.3500, name="Harir Air Base", place_id="harir")
TOWER_22 = Location(33.3230, 38.7060, name="Tower 22", place_id="tower-22")
KHARAB_AL_JIR = Location(36.7240, 41.9210, name="Kharab al-Jir", place_id="kharab-al-jir")

AJ = Source("Al Jazeera", "https://www.aljazeera.net/news/2024/1/20/example", D(2024, 1, 20), "ar")
IRNA = Source("IRNA", "https://www.irna.ir/news/85000000/example", D(2024, 1, 24), "fa")
TASNIM = Source(
    "Tasnim",
    "http://www.tasnimnews.com/fa/news/1400/10/15/example",
    D(2022, 1, 5),
    "fa",
    claim="at least five rockets fell inside the base",
)
LOCAL = Source(
    "Local reporter",
    "",
    D(2022, 1, 5),
    "ar",
    claim="the rockets fell about two kilometres from the base",
)


def _inc(id: str, date: dt.date, kind: str, target: Location, **kw: Any) -> Incident:
    return Incident(id=id, date=date, kind=kind, target=target, **kw)


SAMPLE = (
    _inc(
        "2022-01-04-green-village-strike",
        D(2022, 1, 4),
        "preemptive_strike",
        GREEN_VILLAGE,
        weapon="artillery",
        actor="US-led coalition",
        claim_status="claimed",
        targeted_party="rocket launch sites",
        sources=(TASNIM,),
        wave="2022-01",
    ),
    _inc(
        "2022-01-04-al-omar-rockets",
        D(2022, 1, 4),
        "attack",
        AL_OMAR,
        weapon="rocket",
        count=8,
        actor="",
        claim_status="unknown",
        targeted_party="US forces",
        sources=(TASNIM,),
        wave="2022-01",
    ),
    _inc(
        "2022-01-04-ain-al-asad-drones",
        D(2022, 1, 4),
        "interception",
        AIN_AL_ASAD,
        weapon="drone",
        count=2,
        targeted_party="US forces",
        sources=(TASNIM,),
        notes="أسقطت الدفاعات طائرتين مسيرتين",
        wave="2022-01",
    ),
    _inc(
        "2022-01-04-convoy-ied",
        D(2022, 1, 4),
        "explosion",
        SOUTH_OF_BAGHDAD,
        weapon="ied",
        targeted_party="coalition logistics convoy",
        sources=(TASNIM,),
        wave="2022-01",
    ),
    _inc(
        "2022-01-05-green-village-rockets",
        D(2022, 1, 5),
        "attack",
        GREEN_VILLAGE,
        weapon="rocket",
        count=8,
        killed=0,
        wounded=0,
        damage="minor damage",
        targeted_party="SDF base with US advisers",
        sources=(TASNIM,),
        wave="2022-01",
    ),
    _inc(
        "2022-01-05-mayadin-artillery",
        D(2022, 1, 5),
        "retaliatory_strike",
        AL_MAYADIN,
        weapon="artillery",
        origin=GREEN_VILLAGE,
        actor="US-led coalition",
        claim_status="claimed",
        responds_to=("2022-01-05-green-village-rockets",),
        sources=(TASNIM,),
        wave="2022-01",
    ),
    _inc(
        "2022-01-05-ain-al-asad-rockets",
        D(2022, 1, 5),
        "attack",
        AIN_AL_ASAD,
        weapon="rocket",
        count=5,
        origin=NEAR_AIN_AL_ASAD,
        actor="قاسم الجبارين",
        claim_status="claimed",
        sources=(TASNIM, LOCAL),
        notes="Sources disagree: inside the base, or two kilometres away.",
        wave="2022-01",
    ),
    _inc(
        "2022-01-04-victory-rockets",
        D(2022, 1, 4),
        "attack",
        VICTORY,
        weapon="rocket",
        count=4,
        sources=(TASNIM,),
        wave="2022-01",
    ),
    _inc(
        "2024-01-20-ain-al-asad-missiles",
        D(2024, 1, 20),
        "attack",
        AIN_AL_ASAD,
        weapon="ballistic_missile",
        count=17,
        actor="المقاومة الإسلامية في العراق",
        claim_status="claimed",
        wounded=4,
        targeted_party="US forces",
        sources=(AJ, IRNA),
        wave="2024-01",
    ),
    _inc(
        "2024-01-20-ain-al-asad-intercepted",
        D(2024, 1, 20),
        "interception",
        AIN_AL_ASAD,
        weapon="ballistic_missile",
        count=15,
        sources=(AJ,),
        wave="2024-01",
    ),
    _inc(
        "2024-01-24-al-qaim-strike",
        D(2024, 1, 24),
        "retaliatory_strike",
        AL_QAIM,
        weapon="airstrike",
        actor="United States",
        claim_status="claimed",
        targeted_party="Kataib Hezbollah",
        responds_to=("2024-01-20-ain-al-asad-missiles",),
        sources=(IRNA,),
        wave="2024-01",
    ),
    _inc(
        "2024-01-24-jurf-al-sakhar-strike",
        D(2024, 1, 24),
        "retaliatory_strike",
        JURF_AL_SAKHAR,
        weapon="airstrike",
        actor="United States",
        claim_status="claimed",
        killed=2,
        responds_to=("2024-01-20-ain-al-asad-missiles",),
        sources=(IRNA,),
        wave="2024-01",
    ),
    _inc(
        "2024-01-25-conoco-attack",
        D(2024, 1, 25),
        "attack",
        CONOCO,
        weapon="rocket",
        count=6,
        responds_to=("2024-01-24-al-qaim-strike", "2024-01-24-jurf-al-sakhar-strike"),
        actor="المقاومة الإسلامية في العراق",
        claim_status="attributed",
        sources=(IRNA,),
        wave="2024-01",
    ),
    _inc(
        "2024-01-28-tower-22-drone",
        D(2024, 1, 28),
        "attack",
        TOWER_22,
        weapon="drone",
        count=1,
        killed=3,
        wounded=40,
        targeted_party="US forces",
        wave="2024-01",
        date_precision="day",
    ),
    _inc(
        "2024-04-21-zummar-rockets",
        D(2024, 4, 21),
        "attack",
        ZUMMAR,
        weapon="rocket",
        count=5,
        origin=ZUMMAR,
        actor="",
        targeted_party="Rumeilan base in Syria",
        end_date=D(2024, 4, 22),
        wave="2024-04",
        notes="صواريخ من زمار باتجاه سوريا",
    ),
    _inc(
        "2024-04-22-harir-drone",
        D(2024, 4, 22),
        "interception",
        HARIR,
        weapon="drone",
        wave="2024-04",
        date_precision="week",
    ),
    _inc(
        "2024-04-22-kharab-al-jir-rockets",
        D(2024, 4, 22),
        "attack",
        KHARAB_AL_JIR,
        weapon="rocket",
        count=5,
        origin=ZUMMAR,
        actor="",
        claim_status="unknown",
        wave="2024-04",
    ),
)

# The country of each sample target, as a gazetteer would record it (ISO code).
SAMPLE_COUNTRIES = {
    "ain-al-asad": "IQ",
    "green-village": "SY",
    "al-omar-oil-field": "SY",
    "conoco-gas-field": "SY",
    "al-mayadin": "SY",
    "al-qaim": "IQ",
    "jurf-al-sakhar": "IQ",
    "victory-base-complex": "IQ",
    "zummar": "IQ",
    "tower-22": "JO",
    "kharab-al-jir": "SY",
}  # "harir" is left out on purpose: an id the gazetteer does not know


def sample_gazetteer(countries: dict[str, str] = SAMPLE_COUNTRIES) -> Gazetteer:
    """A gazetteer of the sample targets with these countries (place id → ISO code)."""
    from geoincidents.places.gazetteer import Gazetteer
    from geoincidents.places.model import Place

    targets = {i.target.place_id: i.target for i in SAMPLE if i.target.place_id}
    return Gazetteer(
        tuple(
            Place(pid, pid, targets[pid].lat, targets[pid].lon, "site", cc, 1000, "test")
            for pid, cc in countries.items()
        )
    )


# Text that tries to become markup, script or template code wherever it lands. Each shows
# unchanged as text (innerText), so the browser tests can look for it verbatim.
HOSTILE_STRINGS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    "${window.__pwned=1}",
    "{{ 7*7 }}</script><script>window.__pwned=1</script>",
    "'><svg onload=window.__pwned=1>`${window.__pwned=1}`",
    "<!--<script>window.__pwned=1</script>",
    "]]><script>window.__pwned=1</script>",
    "</style></title></textarea><script>window.__pwned=1</script>",
    "{% if 1 %}X{% endif %}{# c #}{{ cycler.__init__.__globals__ }}",
    "<iframe srcdoc='<script>parent.__pwned=1</script>'></iframe>",
    "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
    "red;background:url(javascript:window.__pwned=1)",
)
HOSTILE_URL = "javascript:window.__pwned=1"
# URLs that must never become links (every incident carries one, plus a good one).
HOSTILE_URLS = (
    HOSTILE_URL,
    "JaVaScRiPt:window.__pwned=1",
    " \x01javascript:window.__pwned=1",
    "\u00a0javascript:window.__pwned=1",
    "java\nscript:window.__pwned=1",
    "data:text/html,<script>window.__pwned=1</script>",
    "vbscript:msgbox(1)",
    "https://evil.example\\@example.org/",
    "https://example.org/\u202egnp.exe",
)
#: Incidents from this index on also carry hostile kind, weapon, claim status and
#: date precision (kinds and weapons are extensible slugs; nothing stops a caller).
HOSTILE_SLUGS_FROM = 5


def hostile_incidents() -> tuple[Incident, ...]:
    """Incidents whose every text field holds markup, template or script-URL payloads."""
    out = []
    for n, text in enumerate(HOSTILE_STRINGS):
        where = Location(
            33.0 + n * 0.5,
            41.0 + n * 0.5,
            name=f"{text} place",
            radius_m=1000,
            relation=f"{text} relation",
            place_id=text,
        )
        origin = Location(32.5 + n * 0.5, 40.5 + n * 0.5, name=f"{text} origin")
        slugs = n >= HOSTILE_SLUGS_FROM
        out.append(
            Incident(
                id=f"{text} id{n}",
                date=D(2024, 1, 10 + n),
                kind=text if slugs else ("attack" if n % 2 == 0 else "retaliatory_strike"),
                target=where,
                origin=origin,
                weapon=text if slugs else "rocket",
                date_precision=text if slugs else "day",
                count=n,
                actor=f"{text} actor",
                claim_status=text if slugs else "claimed",
                targeted_party=f"{text} party",
                damage=f"{text} damage",
                responds_to=(f"{HOSTILE_STRINGS[n - 1]} id{n - 1}",) if n else (),
                sources=(
                    Source(
                        f"{text} outlet",
                        HOSTILE_URLS[n % len(HOSTILE_URLS)],
                        D(2024, 1, 11),
                        text if slugs else "ar",
                        f"{text} claim",
                    ),
                    Source(f"{text} outlet2", "data:text/html,<script>window.__pwned=1</script>"),
                    Source("ok outlet", f"https://example.org/a?q={n}&x=<b>"),
                ),
                notes=f"{text} notes",
                wave=f"{text} wave",
            )
        )
    return tuple(out)


@pytest.fixture
def sample() -> tuple[Incident, ...]:
    return SAMPLE


@pytest.fixture
def hostile() -> tuple[Incident, ...]:
    return hostile_incidents()


# ---------------------------------------------------------------- browser


def chromium_or_skip() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing and CI=true: browser tests must run in CI")
    pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium); set CI=true to fail instead")


@dataclass
class PageLog:
    """What a page did: page errors, and every request other than the page itself."""

    errors: list[str] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)

    def of_type(self, *types: str) -> list[tuple[str, str]]:
        return [r for r in self.requests if r[0] in types]


#: How long a page may take to draw or settle. Waits are on the page's state (a
#: condition), never a fixed time: this is a ceiling for a loaded machine, not a delay.
SETTLE_MS = 60_000

READY_JS = (
    "() => !!(window.GeoIncidents && GeoIncidents.maps.length > 0 && "
    "GeoIncidents.maps.every(m => m.ready))"
)


def settle(page: Any) -> None:
    """Wait until the map in *page* (a page or a frame) is still and has painted.

    ``GeoIncidents.maps[0].settled()`` resolves when no refresh is pending, no pan, zoom
    or flight is under way, and two animation frames have been drawn since.
    """
    page.evaluate("() => GeoIncidents.maps[0].settled()")


def wait_popups_closed(page: Any) -> None:
    """Wait until Leaflet has taken every closed popup out of the page (it fades them)."""
    page.wait_for_function(
        "() => document.querySelectorAll('.leaflet-popup').length === 0", timeout=SETTLE_MS
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def open_map(browser: Any) -> Iterator[Callable[[Path], tuple[Any, PageLog]]]:
    """Open a saved map with every network request blocked; wait until it has drawn."""
    contexts = []

    def _open(path: Path) -> tuple[Any, PageLog]:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        log = PageLog()
        page.on("pageerror", lambda e: log.errors.append(str(e)))
        page_url = path.resolve().as_uri()

        def route(r: Any) -> None:
            if r.request.url == page_url:
                r.continue_()
            else:
                log.requests.append((r.request.resource_type, r.request.url))
                r.abort()

        page.route("**/*", route)
        page.goto(page_url)
        page.wait_for_function(READY_JS, timeout=SETTLE_MS)
        settle(page)
        return page, log

    yield _open
    for c in contexts:
        c.close()


@pytest.fixture
def open_any(browser: Any) -> Iterator[Callable[[Path], tuple[Any, Any, PageLog]]]:
    """Open any page holding a map (a CDN-linked page, or a notebook's iframe) offline.

    Requests for CDN assets are answered from folium-offline's table (the same files,
    nothing fetched); every other request is blocked and logged. Returns the frame that
    holds the map (the page itself, or the iframe of a notebook output), the page, and
    the log.
    """
    from geoincidents.maps.standalone import offline_resources

    table = offline_resources()
    contexts = []

    def _open(path: Path) -> tuple[Any, Any, PageLog]:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        log = PageLog()
        page.on("pageerror", lambda e: log.errors.append(str(e)))

        def dialog(d: Any) -> None:  # alert(), confirm(): script ran
            log.errors.append(f"dialog: {d.message}")
            d.dismiss()

        page.on("dialog", dialog)
        page_url = path.resolve().as_uri()

        def route(r: Any) -> None:
            url = r.request.url
            if url == page_url:
                r.continue_()
            elif url in table:
                css = r.request.resource_type == "stylesheet"
                kind = "text/css" if css else "application/javascript"
                r.fulfill(status=200, body=table[url], content_type=kind)
            else:
                log.requests.append((r.request.resource_type, url))
                r.abort()

        page.route("**/*", route)
        page.goto(page_url)  # waits for the load event, the iframe's document included
        # the map is in the page itself, or in the iframe of a notebook output
        iframe = page.query_selector("iframe")
        frame = iframe.content_frame() if iframe is not None else page.main_frame
        assert frame is not None, f"the iframe of {path} holds no document"
        try:
            frame.wait_for_function(READY_JS, timeout=SETTLE_MS)
        except Exception as e:
            raise AssertionError(f"no map became ready in {path}; errors: {log.errors}") from e
        settle(frame)
        return frame, page, log

    yield _open
    for c in contexts:
        c.close()
