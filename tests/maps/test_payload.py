"""Incidents → the compact data the map embeds: groups, lines, curves, polygons, errors."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import pytest

from geoincidents.errors import IncidentValueError, RenderError
from geoincidents.incidents.model import KINDS, Incident, Location, Source
from geoincidents.maps.payload import (
    INCIDENT_FIELDS,
    bezier_curve,
    build_payload,
    polygon_rings,
    screen_angle,
)
from geoincidents.places.gazetteer import Gazetteer

from .conftest import (
    AIN_AL_ASAD,
    AL_QAIM,
    HARIR,
    SAMPLE,
    SAMPLE_COUNTRIES,
    SOUTH_OF_BAGHDAD,
    sample_gazetteer,
)

F = {name: n for n, name in enumerate(INCIDENT_FIELDS)}


def _inc(id: str, kind: str = "attack", target: Location = AIN_AL_ASAD, **kw: Any) -> Incident:
    return Incident(
        id=id, date=kw.pop("date", dt.date(2024, 1, 20)), kind=kind, target=target, **kw
    )


def test_one_marker_per_kind_and_point_listing_every_incident() -> None:
    incs = [_inc(f"a{n}", date=dt.date(2024, 1, 20) - dt.timedelta(days=n)) for n in range(30)]
    incs += [_inc("i1", "interception"), _inc("s1", "retaliatory_strike", AL_QAIM)]
    data = build_payload(incs).data
    assert len(data["groups"]) == 3
    attacks = next(g for g in data["groups"] if data["kinds"][g[2]]["key"] == "attack")
    assert len(attacks[6]) == 30
    dates = [data["incidents"][n][F["date"]] for n in attacks[6]]
    assert dates == sorted(dates)  # listed by date
    # attack and interception share the point: offset apart so both stay clickable
    same_point = [g for g in data["groups"] if (g[0], g[1]) == (attacks[0], attacks[1])]
    offsets = {(g[4], g[5]) for g in same_point}
    assert len(offsets) == 2
    (x0, y0), (x1, y1) = offsets
    assert math.hypot(x1 - x0, y1 - y0) >= 14  # two 7 px markers do not cover each other


def test_sample_payload_counts() -> None:
    p = build_payload(SAMPLE)
    assert len(p.data["incidents"]) == len(SAMPLE)
    assert p.kinds == KINDS  # every kind present, in the model's order
    assert sum(p.kind_counts) == len(SAMPLE) == sum(p.wave_counts)
    assert p.date_min == "2022-01-04" and p.date_max == "2024-04-22"
    # origin lines: near-Ain al-Asad -> Ain al-Asad, Green Village -> al-Mayadin,
    # Zummar -> Kharab al-Jir (Zummar -> Zummar is a point, not a line)
    assert len(p.data["origins"]) == 3
    # links: GV -> Mayadin, Ain al-Asad -> al-Qaim, -> Jurf, al-Qaim -> Conoco, Jurf -> Conoco
    assert len(p.data["links"]) == 5


def test_relative_location_polygon_is_parsed() -> None:
    p = build_payload(SAMPLE)
    polys = [pl for pl in p.data["places"] if pl[5]]
    assert len(polys) == 1
    ring = polys[0][5][0][0]
    assert ring[0] == [33.72, 42.5]  # [lat, lon]


def test_sources_keep_only_http_links_but_keep_the_outlet() -> None:
    inc = _inc("x", sources=(Source("Evil", "javascript:alert(1)"), Source("Ok", "https://a.org/")))
    sources = build_payload([inc]).data["incidents"][0][F["sources"]]
    assert sources[0][:2] == ["Evil", ""]
    assert sources[1][:2] == ["Ok", "https://a.org/"]


def test_response_to_an_incident_not_on_the_map_keeps_the_id_but_draws_no_link() -> None:
    data = build_payload([_inc("s", "retaliatory_strike", AL_QAIM, responds_to=("gone",))]).data
    assert data["links"] == []
    assert data["incidents"][0][F["responds_to"]] == ["gone"]


@pytest.mark.parametrize(
    ("field", "loc"),
    [
        ("target.lat", Location(float("nan"), 42.0)),
        ("target.lat", Location(91.0, 42.0)),
        ("target.lon", Location(33.0, float("inf"))),
        ("target.lon", Location(33.0, -181.0)),
    ],
)
def test_bad_coordinates_are_errors_naming_incident_field_and_value(
    field: str, loc: Location
) -> None:
    with pytest.raises(IncidentValueError, match=rf"'bad-1'.*{field.replace('.', '[.]')}.*value"):
        build_payload([_inc("bad-1", target=loc)])


def test_duplicate_ids_and_bad_polygons_are_errors() -> None:
    with pytest.raises(RenderError, match=r"'dup'.*more than once"):
        build_payload([_inc("dup"), _inc("dup")])
    bad = Location(33.0, 42.0, polygon_wkt="POINT (42 33)")
    with pytest.raises(RenderError, match=r"'p1'.*polygon_wkt.*Polygon"):
        build_payload([_inc("p1", target=bad)])
    with pytest.raises(RenderError, match="not WKT"):
        build_payload([_inc("p2", target=Location(33.0, 42.0, polygon_wkt="POLYGON ((oops"))])


def test_empty_input_gives_an_empty_payload() -> None:
    p = build_payload([])
    assert p.bounds is None and p.date_min is None and p.data["incidents"] == []


@pytest.mark.parametrize(
    ("start", "end", "angle"),
    [
        ((33, 40), (33, 41), 0.0),
        ((33, 41), (33, 40), 180.0),
        ((33, 40), (34, 40), -90.0),
        ((34, 40), (33, 40), 90.0),
    ],
)
def test_screen_angle_compass(start: tuple, end: tuple, angle: float) -> None:
    assert screen_angle(start, end) == angle


def test_bezier_curve_starts_and_ends_at_its_points_and_bends() -> None:
    start, end = (33.79, 42.44), (34.37, 41.10)
    points, angle = bezier_curve(start, end, segments=20)
    assert len(points) == 21
    assert points[0] == [33.79, 42.44] and points[-1] == [34.37, 41.1]
    # the middle point lies off the straight chord
    mid = points[10]
    chord_mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    assert math.dist(mid, chord_mid) > 0.1
    # arriving direction differs from the chord's (it is a curve) but points the same way
    chord = screen_angle(start, end)
    assert 5 < abs(angle - chord) < 60


def test_polygon_rings_multipolygon_with_hole() -> None:
    rings = polygon_rings(
        "MULTIPOLYGON (((0 0, 4 0, 4 4, 0 0), (1 1, 2 1, 2 2, 1 1)), "
        "((10 10, 11 10, 11 11, 10 10)))"
    )
    assert len(rings) == 2 and len(rings[0]) == 2 and rings[1][0][1] == [10.0, 11.0]


def _with(field: str, value: object) -> Incident:
    """An incident whose *field* (``origin.name``, ``sources[0].date``) holds *value*."""
    import dataclasses

    base = _inc("typed", origin=Location(32.0, 41.0), sources=(Source("outlet"),))
    head, _, rest = field.partition(".")
    change: dict[str, Any] = {rest or head: value}
    if not rest:
        return dataclasses.replace(base, **change)
    if head.startswith("sources"):
        return dataclasses.replace(base, sources=(dataclasses.replace(base.sources[0], **change),))
    return dataclasses.replace(base, **{head: dataclasses.replace(getattr(base, head), **change)})


# An Incident built by hand may hold anything; nothing of the wrong type reaches the page.
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", None),
        ("kind", ["<script>"]),
        ("weapon", 3),
        ("actor", {"nodeType": 1}),
        ("notes", b"<script>"),
        ("wave", None),
        ("claim_status", 1.5),
        ("date", "2024-01-01</script>"),
        ("end_date", "2024-01-02"),
        ("count", "5<img>"),
        ("killed", float("inf")),
        ("wounded", 2.5),
        ("responds_to", "a1"),
        ("responds_to", (1,)),
        ("sources", Source("x")),
        ("sources", ("https://example.org",)),
        ("target.name", ["<b>"]),
        ("target.relation", 7),
        ("target.place_id", 7),
        ("target.radius_m", float("inf")),
        ("target.radius_m", "1000"),
        ("target.geo_precision", None),
        ("target.lat", "33"),
        ("origin.name", object()),
        ("origin.polygon_wkt", 5),
        ("sources[0].outlet", 42),
        ("sources[0].url", ["javascript:x"]),
        ("sources[0].date", "2024"),
        ("sources[0].language", 1),
    ],
)
def test_values_of_the_wrong_type_are_errors_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(IncidentValueError, match=rf"'typed'.*{re.escape(field)}"):
        build_payload([_with(field, value)])


@pytest.mark.parametrize(
    "wkt",
    [
        "POLYGON ((42 33, nan 33, 43 34, 42 33))",
        "POLYGON ((42 33, inf 33, 43 34, 42 33))",
    ],
)
def test_polygons_with_non_finite_coordinates_are_errors(wkt: str) -> None:
    with pytest.raises(RenderError, match=r"'w1'.*polygon_wkt.*finite"):
        build_payload([_inc("w1", target=Location(33.0, 42.0, polygon_wkt=wkt))])


def test_a_datetime_counts_as_its_day() -> None:

    p = build_payload([_inc("t1", date=dt.datetime(2024, 1, 20, 23, 59))])
    assert p.data["incidents"][0][1] == "2024-01-20"


def test_sample_countries_come_from_the_gazetteer_then_the_point() -> None:
    p = build_payload(SAMPLE, gazetteer=sample_gazetteer(SAMPLE_COUNTRIES))
    assert p.data["countries"] == [
        ["IQ", "Iraq"],
        ["JO", "Jordan"],
        ["SY", "Syria"],
        ["", "Unknown"],
    ]
    assert p.countries == ("IQ", "JO", "SY", "")
    names = {code: name for code, name in p.data["countries"]}
    shown = {row[F["id"]]: p.data["countries"][row[F["country"]]][0] for row in p.data["incidents"]}
    for inc in SAMPLE:
        # harir (unknown id) and "south of Baghdad" (no id) lie in Iraq's and Iran's boxes
        expected = SAMPLE_COUNTRIES.get(inc.target.place_id or "", "")
        assert shown[inc.id] == expected, (inc.id, names[shown[inc.id]])
    assert {i.target for i in SAMPLE if shown[i.id] == ""} == {HARIR, SOUTH_OF_BAGHDAD}
    counts = dict(zip(p.countries, p.country_counts, strict=True))
    assert counts == {"IQ": 8, "JO": 1, "SY": 6, "": 2}


def test_the_gazetteer_country_wins_over_the_point() -> None:
    # Tower 22 lies in Jordan's, Syria's and Iraq's boxes; the gazetteer says Jordan.
    # With the country changed there, the map follows the gazetteer.
    p = build_payload(SAMPLE, gazetteer=sample_gazetteer({**SAMPLE_COUNTRIES, "tower-22": "SY"}))
    assert [c for c, _ in p.data["countries"]] == ["IQ", "SY", ""]


@pytest.mark.parametrize(
    ("target", "country"),
    [
        (Location(34.56, 38.27, name="Palmyra"), "Syria"),  # raw point, Syria's box only
        (Location(34.61, 43.68, name="تكريت", place_id="geonames:99072"), "Iraq"),
        (Location(35.7, 51.4, name="تهران", place_id="not-in-gazetteer"), "Iran"),
        (Location(33.0, 40.3, name="Rutba road"), "Unknown"),  # Iraq's and Syria's boxes
        (Location(0.0, -160.0, name="open ocean"), "Unknown"),  # no box at all
    ],
)
def test_a_target_without_a_gazetteer_id_takes_the_one_country_box_holding_it(
    target: Location, country: str
) -> None:
    p = build_payload([_inc("c1", target=target)], gazetteer=Gazetteer(()))
    assert [name for _, name in p.data["countries"]] == [country]
    assert p.data["incidents"][0][F["country"]] == 0


def test_countries_default_to_the_bundled_gazetteer() -> None:
    from geoincidents.places.gazetteer import default_gazetteer

    known = [i for i in SAMPLE if i.target.place_id in default_gazetteer()]
    assert known  # the bundled gazetteer knows the seed places
    p = build_payload(known)
    for row, inc in zip(p.data["incidents"], known, strict=True):
        code = p.data["countries"][row[F["country"]]][0]
        assert code == default_gazetteer().get(inc.target.place_id or "").country


# ---------------------------------------------------------------- named fields, verdicts


def test_fields_are_named_once_and_rows_follow_them() -> None:
    from geoincidents.maps.payload import GROUP_FIELDS, PLACE_FIELDS, SOURCE_FIELDS

    data = build_payload(SAMPLE).data
    assert data["fields"]["incident"] == list(INCIDENT_FIELDS)
    assert data["fields"]["place"] == list(PLACE_FIELDS)
    assert data["fields"]["source"] == list(SOURCE_FIELDS)
    assert all(len(r) == len(INCIDENT_FIELDS) for r in data["incidents"])
    assert all(len(p) == len(PLACE_FIELDS) for p in data["places"])
    assert all(len(g) == len(GROUP_FIELDS) for g in data["groups"])


def test_the_verdict_of_a_place_travels_to_the_map() -> None:
    from geoincidents.incidents.model import Alternative
    from geoincidents.maps.payload import PLACE_FIELDS

    fp = {name: n for n, name in enumerate(PLACE_FIELDS)}
    doubtful = Location(
        34.37, 41.10, name="Akashat", query="عكاشات", method="fuzzy", score=0.82,
        alias="Akaşat", alternatives=(Alternative("geonames:2", "Akçakale", "TR", 0.8),),
    )  # fmt: skip
    sure = Location(33.3, 44.4, name="Baghdad", query="Baghdad", method="exact", score=1.0)
    data = build_payload([_inc("d", target=doubtful), _inc("s", target=sure)]).data
    d, s = data["places"][data["incidents"][0][F["target"]]], data["places"][1]
    assert (d[fp["query"]], d[fp["method"]], d[fp["score"]], d[fp["alias"]]) == (
        "عكاشات", "fuzzy", 0.82, "Akaşat",
    )  # fmt: skip
    assert d[fp["alternatives"]] == [["Akçakale", "TR", 0.8]] and d[fp["doubtful"]] == 1
    assert s[fp["doubtful"]] == 0 and s[fp["method"]] == "exact"


def test_gazetteer_names_in_arabic_and_persian_are_sent() -> None:
    from geoincidents.maps.payload import PLACE_FIELDS

    fp = {name: n for n, name in enumerate(PLACE_FIELDS)}
    base = Location(33.7856, 42.4412, name="Ain al-Asad Air Base", place_id="ain-al-asad")
    (place,) = build_payload([_inc("a", target=base)]).data["places"]
    assert place[fp["name_ar"]] == "قاعدة عين الأسد الجوية"
    assert place[fp["name_fa"]] == "پایگاه هوایی عین الاسد"


@pytest.mark.parametrize(
    ("url", "link", "text"),
    [
        ("https://example.org/a", "https://example.org/a", ""),
        ("www.example.org/x", "https://www.example.org/x", ""),
        ("WWW.Example.org", "https://WWW.Example.org", ""),
        ("Reuters, 21 Jan 2024", "", "Reuters, 21 Jan 2024"),
        ("الجزيرة، ٢١ يناير", "", "الجزيرة، ٢١ يناير"),
        ("javascript:alert(1)", "", "javascript:alert(1)"),
        ("www.javascript:alert(1)", "", "www.javascript:alert(1)"),
        ("data:text/html,<b>", "", "data:text/html,<b>"),
        ("", "", ""),
    ],
)
def test_source_urls_that_are_not_links_are_kept_as_text(url: str, link: str, text: str) -> None:
    from geoincidents.maps.payload import SOURCE_FIELDS, source_link

    assert source_link(url) == (link, text)
    fs = {name: n for n, name in enumerate(SOURCE_FIELDS)}
    inc = _inc("u", sources=(Source("Outlet", url),))
    (src,) = build_payload([inc]).data["incidents"][0][F["sources"]]
    assert (src[fs["url"]], src[fs["url_text"]]) == (link, text)


def test_unplaced_rows_are_sent_by_name_and_must_be_problems() -> None:
    from geoincidents.errors import Problem, RenderError
    from geoincidents.maps.payload import UNPLACED_FIELDS

    row = Problem("s.csv", 46, "target", "Al-Asadd", "unknown place", "warning", ("Ain",), "r46")
    data = build_payload([], unplaced=[row]).data
    assert data["fields"]["unplaced"] == list(UNPLACED_FIELDS)
    assert data["unplaced"] == [
        ["s.csv", 46, "target", "Al-Asadd", "unknown place", "warning", ["Ain"], "r46"]
    ]
    with pytest.raises(RenderError, match="Problem"):
        build_payload([], unplaced=["not a problem"])  # type: ignore[list-item]


def test_a_custom_kind_by_the_us_is_styled_as_a_strike() -> None:
    a = _inc("a", "sabotage")
    b = Incident("b", dt.date(2024, 1, 21), "sabotage", AL_QAIM, actor="US forces")
    data = build_payload([a, b]).data
    kinds = {k["label"]: k for k in data["kinds"]}
    assert kinds["Sabotage"]["shape"] == "square" and not kinds["Sabotage"]["strike"]
    us = kinds["Sabotage (US / coalition)"]
    assert us["shape"] == "triangle" and us["strike"]


def test_json_pieces_send_the_incidents_by_column_and_consume_empties_them() -> None:
    import json

    p = build_payload(SAMPLE)
    rows = p.data["incidents"]
    sent = json.loads("".join(p.json_pieces()))
    assert "incidents" not in sent and len(sent["incident_columns"]) == len(INCIDENT_FIELDS)
    assert [list(r) for r in zip(*sent["incident_columns"], strict=True)] == json.loads(
        json.dumps(rows)
    )
    assert {k: v for k, v in sent.items() if k != "incident_columns"} == json.loads(
        json.dumps(p.tables)
    )
    again = build_payload(SAMPLE)
    assert again.json_pieces(consume=True) == p.json_pieces()
    assert again.data["incidents"] == [] and again.tables == p.tables


def test_wrong_types_are_refused_in_the_incidents_wing_as_value_errors() -> None:
    from geoincidents.errors import GeoincidentsError
    from geoincidents.incidents.schema import check_incident_types

    bad = _inc("typed", count="3")
    with pytest.raises(IncidentValueError, match=r"'typed'.*count") as caught:
        check_incident_types(bad)
    assert isinstance(caught.value, GeoincidentsError) and isinstance(caught.value, ValueError)
    with pytest.raises(IncidentValueError, match=r"'typed'.*count"):
        build_payload([bad])  # the map calls the same check
    check_incident_types(_inc("fine"))
