"""Readers and writers: formats, round trips, and every validation problem with file and line."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from geoincidents.errors import IncidentFileError, OutputError, Problem
from geoincidents.incidents import io as incidents_io
from geoincidents.incidents.io import (
    acled_kind_weapon,
    convert_incidents,
    read_incidents,
    read_incidents_report,
    write_acled_csv,
    write_incidents,
)
from geoincidents.incidents.model import Incident, Location
from tests.incidents.samples import PLACES, fake_resolve, rich_incidents, write

HEADER = "id,date,kind,weapon,count,target,target_lat,target_lon,origin,actor,killed,responds_to\n"
GOOD = "ok1,2024-01-20,attack,rocket,5,Ain al-Asad,,,,,0,\n"


def problems_of(path_or_paths, **kwargs) -> list[Problem]:
    with pytest.raises(IncidentFileError) as info:
        read_incidents(path_or_paths, resolver=fake_resolve, **kwargs)
    assert isinstance(info.value, ValueError)
    return list(info.value.problems)


def where(problems: list[Problem]) -> set[tuple[int | None, str | None]]:
    return {(p.line, p.column) for p in problems}


# ---------------------------------------------------------------- our CSV


def test_minimal_csv_needs_only_id_date_kind_and_coordinates(tmp_path: Path) -> None:
    path = write(
        tmp_path / "min.csv", "id,date,kind,target_lat,target_lon\nm1,2022-01-05,attack,33.8,42.4\n"
    )
    (incident,) = read_incidents(path)
    target = Location(33.8, 42.4, method="coordinates")
    assert incident == Incident("m1", dt.date(2022, 1, 5), "attack", target)
    assert incident.weapon == "unknown" and incident.claim_status == "unknown"
    assert incident.origin is None and incident.sources == ()


def test_place_names_are_resolved_with_id_radius_and_coordinates(tmp_path: Path) -> None:
    path = write(
        tmp_path / "named.csv",
        "id,date,kind,target,origin\nn1,2024-01-24,retaliatory_strike,القائم,Ain al-Asad\n",
    )
    (incident,) = read_incidents(path, resolver=fake_resolve)
    qaim, asad = PLACES["al-qaim"], PLACES["ain-al-asad"]
    assert (incident.target.lat, incident.target.lon) == (qaim.lat, qaim.lon)
    assert incident.target.place_id == "al-qaim"
    assert incident.target.radius_m == qaim.precision_m
    assert incident.target.name == "القائم"
    assert incident.origin is not None and incident.origin.place_id == "ain-al-asad"
    assert incident.origin.radius_m == asad.precision_m


def test_coordinates_win_over_the_name_and_no_lookup_is_made(tmp_path: Path) -> None:
    def refuse(name: str):
        raise AssertionError(f"looked up {name}")

    path = write(
        tmp_path / "c.csv",
        "id,date,kind,target,target_lat,target_lon\nc1,2024-01-01,attack,Nowhere,1.5,2.5\n",
    )
    (incident,) = read_incidents(path, resolver=refuse)
    assert (incident.target.name, incident.target.lat, incident.target.lon) == ("Nowhere", 1.5, 2.5)


def test_every_column_and_multiple_sources_are_read(tmp_path: Path) -> None:
    text = (
        "id,date,date_precision,end_date,wave,kind,weapon,count,target,target_lat,target_lon,"
        "target_radius_m,geo_precision,actor,claim_status,targeted_party,killed,wounded,damage,"
        "source_outlet,source_url,source_date,source_language,source_claim,notes\n"
        "f1,2024-04,month,2024-04-30,2024-04,explosion,unknown,,Camp X,32.9,44.3,1500,2,,"
        "unknown,PMF,1,2,a depot burned,Outlet A|Outlet B,https://a.example/1|,2024-04-22,fa,"
        "claim one|claim two,my note\n"
    )
    (incident,) = read_incidents(write(tmp_path / "all.csv", text))
    assert incident.date == dt.date(2024, 4, 1) and incident.date_precision == "month"
    assert incident.end_date == dt.date(2024, 4, 30)
    assert (incident.killed, incident.wounded, incident.damage) == (1, 2, "a depot burned")
    assert incident.target.radius_m == 1500 and incident.target.geo_precision == 2
    assert [s.outlet for s in incident.sources] == ["Outlet A", "Outlet B"]
    assert [s.url for s in incident.sources] == ["https://a.example/1", ""]
    # a single date or language applies to every source
    assert [s.date for s in incident.sources] == [dt.date(2024, 4, 22)] * 2
    assert [s.language for s in incident.sources] == ["fa", "fa"]
    assert [s.claim for s in incident.sources] == ["claim one", "claim two"]


def test_utf8_bom_and_acled_style_dates_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(
        "\ufeffid,date,kind,target_lat,target_lon\nb1,05 January 2022,attack,33.8,42.4\n".encode()
    )
    (incident,) = read_incidents(path)
    assert incident.id == "b1" and incident.date == dt.date(2022, 1, 5)


def test_kinds_and_weapons_are_extensible_slugs(tmp_path: Path) -> None:
    path = write(
        tmp_path / "k.csv",
        "id,date,kind,weapon,target_lat,target_lon\nk1,2024-01-01,sabotage,grenade,1,1\n",
    )
    (incident,) = read_incidents(path)
    assert (incident.kind, incident.weapon) == ("sabotage", "grenade")


BAD_CELLS = [
    # (column, value, message fragment)
    ("date", "2024-02-30", "February 2024 has 29 days"),
    ("date", "2023-13-01", "no month 13"),
    ("date", "yesterday", "not a date"),
    ("date", "2999-01-01", "in the future"),
    ("count", "-3", "must not be negative"),
    ("count", "2.5", "not a whole number"),
    ("killed", "-1", "must not be negative"),
    ("killed", "many", "not a number"),
    ("target_lat", "33,8", "not a number"),
    ("target_lat", "95", "between -90 and 90"),
    ("target_lon", "181", "between -180 and 180"),
    ("kind", "Rocket Attack!", "not a kind"),
    ("kind", "Atack!", "did you mean 'attack'"),
    ("weapon", "drone strike!", "not a weapon"),
    ("claim_status", "may be?", "not a claim status: use one of claimed, attributed, unclaimed"),
    ("responds_to", "nope", "no incident has this id"),
    ("date", "2024-01-20T25:99", "not a real time: 25:99"),
    ("date", "1350-01-01", "looks like a Jalali or Hijri year"),
    ("weapon", "rocket||drone", "an empty weapon"),
    ("source_language", "Persian", "not an ISO 639 language code"),
    ("end_date", "2024-01-01", "ends before it starts"),
    ("date_precision", "year", "must be one of day, week, month"),
    ("geo_precision", "7", "1, 2 or 3"),
    ("target_radius_m", "-5", "must not be negative"),
]


@pytest.mark.parametrize(("column", "value", "message"), BAD_CELLS)
def test_each_bad_cell_is_reported_with_file_line_column_and_value(
    tmp_path: Path, column: str, value: str, message: str
) -> None:
    columns = ["id", "date", "kind", "target", "target_lat", "target_lon", "count", "killed"]
    columns += ["responds_to", "claim_status", "weapon", "source_url", "source_language"]
    columns += ["end_date", "date_precision", "geo_precision", "target_radius_m"]
    row = {c: "" for c in columns}
    row.update(id="r2", date="2024-01-20", kind="attack", target_lat="33.8", target_lon="42.4")
    if column == "target":
        row.update(target_lat="", target_lon="")
    row[column] = value
    text = (
        ",".join(columns)
        + "\n"
        + ",".join(["ok1", "2024-01-20", "attack", ""] + ["1", "1"] + [""] * 11)
        + "\n"
    )
    text += ",".join(f'"{row[c]}"' for c in columns) + "\n"
    path = write(tmp_path / "bad.csv", text)
    problems = problems_of(path)
    assert len(problems) == 1, problems
    (problem,) = problems
    assert (problem.file, problem.line, problem.column) == (str(path), 3, column)
    assert problem.value == value
    assert message in problem.message
    assert f"bad.csv:3: column {column!r}" in str(problem)


def test_every_problem_of_every_row_is_reported_at_once(tmp_path: Path) -> None:
    text = HEADER + (
        "r1,2024-02-30,attack,rocket,-2,Ain al-Asad,,,,,,\n"  # line 2: date and count
        '"r2",2024-01-01,attack,rocket,1,"Nowhere\nat all",,,,,,\n'  # lines 3-4: unknown place
        "r3,2024-01-05,attack,rocket,1,,33.8,abc,,,-4,missing\n" + GOOD  # line 5  # line 6
    )
    problems = problems_of(write(tmp_path / "many.csv", text))
    assert where(problems) == {
        (2, "date"),
        (2, "count"),
        # line 3's unknown place is a warning (an unplaced row), not an error
        (5, "target_lon"),
        (5, "killed"),
        (5, "responds_to"),
    }


def test_missing_required_columns_are_named(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path / "h.csv", "id,weapon\nx,rocket\n"))
    assert {p.column for p in problems} == {"date", "kind", "target"}
    assert all(p.line == 1 for p in problems)
    assert any("missing required column 'kind'" in p.message for p in problems)


def test_unknown_columns_are_errors_with_a_suggestion(tmp_path: Path) -> None:
    text = "id,date,kind,target_lat,target_lon,wepon\nx,2024-01-01,attack,1,1,rocket\n"
    (problem,) = problems_of(write(tmp_path / "u.csv", text))
    assert (problem.line, problem.column) == (1, "wepon")
    assert "did you mean 'weapon'" in problem.message


def test_a_row_with_the_wrong_number_of_fields_is_not_dropped(tmp_path: Path) -> None:
    text = (
        "id,date,kind,target_lat,target_lon\nx,2024-01-01,attack,1,1,extra\ny,2024-01-01,attack,1\n"
    )
    problems = problems_of(write(tmp_path / "f.csv", text))
    assert [(p.line, "6 fields" in p.message or "4 fields" in p.message) for p in problems] == [
        (2, True),
        (3, True),
    ]


def test_undecodable_bytes_name_every_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        b"id,date,kind,target_lat,target_lon\n"
        b"a,2024-01-01,attack,1,1\n"
        b"b\xe9,2024-01-01,attack,1,1\n"
        b"c,2024-01-01,attack,1,1\n"
        b"d,2024-01-01,\xff\xfe,1,1\n"
    )
    problems = problems_of(path)
    assert [p.line for p in problems] == [3, 5]
    assert all("not UTF-8" in p.message for p in problems)


def test_duplicate_ids_across_files_name_both_places(tmp_path: Path) -> None:
    one = write(tmp_path / "one.csv", HEADER + GOOD)
    two = write(tmp_path / "two.csv", HEADER + "x,2024-01-01,attack,,,,1,1,,,,\n" + GOOD)
    (problem,) = problems_of([one, two])
    assert (problem.file, problem.line, problem.column, problem.value) == (str(two), 3, "id", "ok1")
    assert f"first at {one}:2" in problem.message


def test_responds_to_links_across_files_and_rejects_impossible_order(tmp_path: Path) -> None:
    attack = write(tmp_path / "a.csv", HEADER + GOOD)
    strike = write(
        tmp_path / "s.csv",
        HEADER
        + "s1,2024-01-24,retaliatory_strike,airstrike,,al-Qaim,,,,US,,ok1\n"
        + "s2,2024-01-19,retaliatory_strike,airstrike,,al-Qaim,,,,US,,ok1|s1\n",
    )
    problems = problems_of([attack, strike])
    assert [(p.file, p.line, p.value) for p in problems] == [
        (str(strike), 3, "ok1"),
        (str(strike), 3, "s1"),
    ]
    assert all("before the incident it responds to" in p.message for p in problems)
    s1 = read_incidents(
        [
            attack,
            write(
                tmp_path / "s1.csv",
                HEADER + "s1,2024-01-24,retaliatory_strike,airstrike,,al-Qaim,,,,US,,ok1\n",
            ),
        ],
        resolver=fake_resolve,
    )[1]
    assert s1.responds_to == ("ok1",)


def test_self_reference_and_empty_link(tmp_path: Path) -> None:
    text = (
        HEADER
        + "z1,2024-01-20,attack,rocket,,,1,1,,,,z1\nz2,2024-01-20,attack,rocket,,,1,1,,,,ok1|\n"
        + GOOD
    )
    problems = problems_of(write(tmp_path / "self.csv", text))
    assert [(p.line, p.column) for p in problems] == [(2, "responds_to"), (3, "responds_to")]
    assert "cannot respond to itself" in problems[0].message


def test_misaligned_source_columns_are_reported(tmp_path: Path) -> None:
    text = (
        "id,date,kind,target_lat,target_lon,source_outlet,source_url\n"
        "m,2024-01-01,attack,1,1,A|B|C,https://a.example|https://b.example\n"
    )
    (problem,) = problems_of(write(tmp_path / "src.csv", text))
    assert (problem.line, problem.column) == (2, "source_url")
    assert "2 '|'-separated entries" in problem.message


def test_missing_input_file_is_a_problem(tmp_path: Path) -> None:
    (problem,) = problems_of(tmp_path / "absent.csv")
    assert problem.file == str(tmp_path / "absent.csv") and "cannot read" in problem.message


# ---------------------------------------------------------------- GeoJSON


def test_geojson_with_lists_and_source_objects(tmp_path: Path) -> None:
    document = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": "g1",
                "geometry": {"type": "Point", "coordinates": [42.44, 33.8]},
                "properties": {"date": "2024-01-20", "kind": "attack", "count": 17},
            },
            {
                "type": "Feature",
                "geometry": None,
                "properties": {
                    "id": "g2",
                    "date": "2024-01-24",
                    "kind": "retaliatory_strike",
                    "target": "al-Qaim",
                    "responds_to": ["g1"],
                    "sources": [{"outlet": "CENTCOM", "language": "en", "date": "2024-01-24"}],
                },
            },
        ],
    }
    path = write(tmp_path / "in.geojson", json.dumps(document))
    g1, g2 = read_incidents(path, resolver=fake_resolve)
    assert (g1.id, g1.target.lat, g1.target.lon, g1.count) == ("g1", 33.8, 42.44, 17)
    assert g2.target.place_id == "al-qaim" and g2.responds_to == ("g1",)
    assert g2.sources[0].outlet == "CENTCOM" and g2.sources[0].date == dt.date(2024, 1, 24)


def test_geojson_problems_carry_the_line_of_their_feature(tmp_path: Path) -> None:
    text = (
        '{"type": "FeatureCollection",\n'
        ' "features": [\n'
        '  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]},\n'
        '   "properties": {"id": "a", "date": "2024-01-01", "kind": "attack"}},\n'
        '  {"type": "Feature",\n'
        '   "geometry": {"type": "LineString", "coordinates": [[1, 2], [3, 4]]},\n'
        '   "properties": {"id": "b", "date": "2024-01-01", "kind": "attack"}},\n'
        '  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]},\n'
        '   "properties": {"id": "c", "date": "2024-02-31", "kind": "attack", "colour": "red",\n'
        '                  "target_lat": 5}}\n'
        " ]}\n"
    )
    problems = problems_of(write(tmp_path / "lines.geojson", text))
    assert where(problems) == {(5, "geometry"), (8, "colour"), (8, "target_lat"), (8, "date")}


def test_invalid_json_names_its_line(tmp_path: Path) -> None:
    (problem,) = problems_of(
        write(tmp_path / "broken.geojson", '{"type":\n "FeatureCollection",,}')
    )
    assert problem.line == 2 and "not valid JSON" in problem.message


# ---------------------------------------------------------------- ACLED

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
    "country,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
)
ACLED_ROWS = [
    # made-up events, written for this test
    "IRQ9001,05 January 2022,2022,1,Explosions/Remote violence,Shelling/artillery/missile attack,"
    "Unidentified Armed Group (Iraq),Military Forces of the United States (2021-),Iraq,Al Baghdadi,"
    "33.86,42.51,2,Local Paper; Wire Service,Five rockets were fired at a base.,0",
    "IRQ9002,2024-01-24,2024,1,Explosions/Remote violence,Air/drone strike,"
    "Military Forces of the United States (2021-),Kataib Hezbollah,Iraq,Al Qaim,34.37,41.09,1,"
    "Official Statement,Strikes on three facilities.,2",
    "SYR9003,2024-01-05,2024,2,Explosions/Remote violence,Air/drone strike,"
    "Islamic Resistance in Iraq,,Syria,Shaddadi,36.05,40.73,1,Wire,A drone targeted a base.,",
    "IRQ9004,04 January 2022,2022,1,Strategic developments,Disrupted weapons use,"
    "Military Forces of the United States (2021-),,Iraq,Al Asad,33.79,42.44,1,Wire,"
    "Two UAVs were shot down.,0",
    "IRQ9005,04 January 2022,2022,3,Explosions/Remote violence,Remote explosive/landmine/IED,"
    "Unidentified Armed Group (Iraq),,Iraq,Mahmudiyah,33.06,44.36,3,Wire,A convoy was hit.,0",
    "IRQ9006,2022-01-04,2022,1,Battles,Armed clash,Group A,Group B,Iraq,Somewhere,33.0,44.0,1,"
    "Wire,,1",
    "SYR9007,2022-01-04,2022,1,Explosions/Remote violence,Air/drone strike,"
    "Coalition Forces,,Syria,Mayadin,35.01,40.45,2,Wire,Strikes on launch sites posing an "
    "imminent threat.,0",
]


def test_acled_export_maps_kinds_weapons_precision_and_sources(tmp_path: Path) -> None:
    path = write(tmp_path / "acled.csv", ACLED_HEADER + "\n".join(ACLED_ROWS) + "\n")
    by_id = {i.id: i for i in read_incidents(path)}
    assert len(by_id) == len(ACLED_ROWS)
    a = by_id["IRQ9001"]
    assert (a.kind, a.weapon, a.date, a.killed) == ("attack", "rocket", dt.date(2022, 1, 5), 0)
    assert (a.target.name, a.target.lat, a.target.lon) == ("Al Baghdadi", 33.86, 42.51)
    assert (a.target.geo_precision, a.target.radius_m) == (2, 25_000.0)
    assert [s.outlet for s in a.sources] == ["Local Paper", "Wire Service"]
    assert a.targeted_party == "Military Forces of the United States (2021-)"
    assert a.claim_status == "unknown"
    kinds = {k: (i.kind, i.weapon) for k, i in by_id.items()}
    assert kinds["IRQ9002"] == ("retaliatory_strike", "airstrike")
    assert kinds["SYR9003"] == ("attack", "drone")
    assert kinds["IRQ9004"] == ("interception", "drone")
    assert kinds["IRQ9005"] == ("attack", "ied")
    assert kinds["IRQ9006"] == ("armed_clash", "unknown")
    assert kinds["SYR9007"] == ("preemptive_strike", "airstrike")
    assert by_id["SYR9003"].date_precision == "week" and by_id["SYR9003"].killed is None
    assert by_id["IRQ9005"].date_precision == "month"
    assert by_id["IRQ9002"].claim_status == "attributed"


@pytest.mark.parametrize(
    ("sub_event_type", "actor", "notes", "expected"),
    [
        (
            "Shelling/artillery/missile attack",
            "Militia",
            "Mortar rounds landed.",
            ("attack", "artillery"),
        ),
        (
            "Shelling/artillery/missile attack",
            "Militia",
            "A ballistic missile.",
            ("attack", "ballistic_missile"),
        ),
        ("Shelling/artillery/missile attack", "Militia", "", ("attack", "unknown")),
        (
            "Shelling/artillery/missile attack",
            "US-led Coalition",
            "Shells fired back.",
            ("retaliatory_strike", "artillery"),
        ),
        ("Air/drone strike", "Militia", "Warplanes bombed a site.", ("attack", "airstrike")),
        ("Suicide bomb", "Militia", "", ("attack", "ied")),
    ],
)
def test_acled_kind_weapon_table(sub_event_type, actor, notes, expected) -> None:
    assert acled_kind_weapon("Explosions/Remote violence", sub_event_type, actor, notes) == expected


def test_acled_problems_use_acled_column_names(tmp_path: Path) -> None:
    bad = (
        ACLED_ROWS[0]
        .replace("33.86,42.51", "north,42.51")
        .replace("05 January 2022", "31 June 2022")
    )
    path = write(tmp_path / "acled_bad.csv", ACLED_HEADER + ACLED_ROWS[1] + "\n" + bad + "\n")
    problems = problems_of(path)
    assert where(problems) == {(3, "latitude"), (3, "event_date")}
    assert any("June 2022 has 30 days" in p.message for p in problems)


def test_acled_missing_columns_are_named(tmp_path: Path) -> None:
    path = write(
        tmp_path / "acled_cols.csv", "event_id_cnty,event_date,latitude\nX1,2022-01-01,1\n"
    )
    problems = problems_of(path)
    missing = {p.column for p in problems}
    assert {"event_type", "sub_event_type", "longitude", "fatalities", "source"} <= missing
    assert all(p.line == 1 for p in problems)


def test_acled_writer_reads_back(tmp_path: Path) -> None:
    incidents = [i for i in rich_incidents() if i.kind != "sabotage_attempt"]
    incidents.append(
        Incident(
            "i1",
            dt.date(2022, 1, 4),
            "interception",
            Location(33.79, 42.44, "Al Asad"),
            weapon="drone",
            notes="two drones downed",
            killed=0,
        )
    )
    path = tmp_path / "out.csv"
    write_acled_csv(incidents, path)
    assert path.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,")
    back = {i.id: i for i in read_incidents(path)}
    for original in incidents:
        copy = back[original.id]
        assert (copy.date, copy.kind, copy.killed) == (
            original.date,
            original.kind,
            original.killed,
        )
        assert (copy.target.lat, copy.target.lon) == (original.target.lat, original.target.lon)
        assert copy.date_precision == original.date_precision
    assert back["i1"].weapon == "drone" and back["s-1"].weapon == "airstrike"


# ---------------------------------------------------------------- writers


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".json", ".gpkg", ".parquet"])
def test_round_trip_is_exact_and_output_deterministic(tmp_path: Path, suffix: str) -> None:
    incidents = rich_incidents()
    first, second = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    write_incidents(incidents, first)
    write_incidents(incidents, second)
    assert first.read_bytes() == second.read_bytes()
    assert read_incidents(first) == incidents
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])


def test_empty_collections_round_trip(tmp_path: Path) -> None:
    for suffix in (".csv", ".geojson"):
        path = tmp_path / f"empty{suffix}"
        write_incidents([], path)
        assert read_incidents(path) == []


def test_csv_written_is_plain_utf8_with_the_documented_header(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    write_incidents(rich_incidents(), path)
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    assert (
        data.decode("utf-8").splitlines()[0].startswith("id,date,date_precision,end_date,wave,kind")
    )


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path / "keep.csv", "old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(incidents_io.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_incidents(rich_incidents(), path)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]


def test_unknown_output_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot tell the format"):
        write_incidents(rich_incidents(), tmp_path / "x.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_convert_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    write_incidents(rich_incidents(), source)
    before = source.read_bytes()
    with pytest.raises(OutputError, match="same file"):
        convert_incidents([source], tmp_path / "." / "in.csv")
    assert source.read_bytes() == before
    out = tmp_path / "out.geojson"
    assert convert_incidents(source, out) == rich_incidents()
    assert read_incidents(out) == rich_incidents()


# ---------------------------------------------------------------- place ids and relative places


def small_gazetteer():
    from geoincidents.places.gazetteer import Gazetteer

    return Gazetteer(tuple(PLACES.values()))


def test_place_ids_are_looked_up_and_unknown_ids_get_suggestions(tmp_path: Path) -> None:
    good = "id,date,kind,target,target_place_id\nq,2024-01-24,retaliatory_strike,,al-qaim\n"
    (incident,) = read_incidents(write(tmp_path / "ids.csv", good), gazetteer=small_gazetteer())
    assert incident.target.place_id == "al-qaim" and incident.target.name == "al-Qaim"
    assert (incident.target.lat, incident.target.radius_m) == (34.368, 5000)
    bad = good.replace(",al-qaim", ",al-qaimm")
    report = read_incidents_report(
        write(tmp_path / "bad_ids.csv", bad), gazetteer=small_gazetteer()
    )
    (problem,) = report.unplaced
    assert (problem.line, problem.column, problem.value) == (2, "target_place_id", "al-qaimm")
    assert problem.suggestions == ("al-qaim",) and "did you mean 'al-qaim'" in str(problem)


def test_distance_only_origin_is_an_annulus_around_the_anchor(tmp_path: Path) -> None:
    from pyproj import Geod
    from shapely import wkt
    from shapely.geometry import Point

    text = (
        "id,date,kind,target,origin,origin_distance_km,origin_relation\n"
        "r,2022-01-05,attack,Ain al-Asad,Ain al-Asad,15,a village 15 km from the base\n"
    )
    (incident,) = read_incidents(write(tmp_path / "rel.csv", text), resolver=fake_resolve)
    origin, anchor = incident.origin, PLACES["ain-al-asad"]
    assert origin is not None and origin.polygon_wkt is not None
    assert origin.place_id is None and origin.relation == "a village 15 km from the base"
    assert origin.geo_precision == 2 and origin.radius_m >= 15_000
    area = wkt.loads(origin.polygon_wkt)
    geod = Geod(ellps="WGS84")
    for azimuth in (0, 90, 200, 300):
        lon, lat, _ = geod.fwd(anchor.lon, anchor.lat, azimuth, 15_000)
        assert area.contains(Point(lon, lat)), azimuth
    assert not area.contains(Point(anchor.lon, anchor.lat))


@pytest.mark.parametrize("bearing", ["NW", "north-west", "north west", "315"])
def test_direction_only_origin_lies_in_that_direction(tmp_path: Path, bearing: str) -> None:
    text = "id,date,kind,target_lat,target_lon,origin,origin_bearing\n"
    text += f"d,2024-04-21,attack,36.9,41.7,Mosul,{bearing}\n"
    (incident,) = read_incidents(write(tmp_path / "dir.csv", text), resolver=fake_resolve)
    origin, mosul = incident.origin, PLACES["mosul"]
    assert origin is not None
    assert origin.lat > mosul.lat + 0.02 and origin.lon < mosul.lon - 0.02
    assert origin.relation == "north-west of Mosul"
    # once resolved, the CSV keeps the estimate itself and reads back the same
    out = tmp_path / "out.csv"
    write_incidents([incident], out)
    assert read_incidents(out) == [incident]


def test_bad_relative_columns_are_reported(tmp_path: Path) -> None:
    text = "id,date,kind,target_lat,target_lon,origin,origin_bearing,origin_distance_km\n"
    text += "b,2024-04-21,attack,1,1,Mosul,upwards,-3\n"
    problems = problems_of(write(tmp_path / "relbad.csv", text))
    assert where(problems) == {(2, "origin_bearing"), (2, "origin_distance_km")}


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Ain al-Asad", "ain-al-asad"),
        ("عين الأسد", "ain-al-asad"),
        ("پایگاه هوایی عین‌الاسد", "ain-al-asad"),
        ("عینالاسد", "ain-al-asad"),
        ("القائم", "al-qaim"),
        ("جرفالصخر", "jurf-al-sakhar"),
        ("Jurf al-Sakhar", "jurf-al-sakhar"),
        ("al-Mayadin", "al-mayadin"),
        ("المیادین", "al-mayadin"),
    ],
)
def test_names_in_three_scripts_resolve_through_the_bundled_gazetteer(
    tmp_path: Path, name: str, place_id: str
) -> None:
    from geoincidents.places.gazetteer import default_gazetteer

    text = f'id,date,kind,target\nn,2024-01-20,attack,"{name}"\n'
    (incident,) = read_incidents(write(tmp_path / "names.csv", text))
    place = default_gazetteer().get(place_id)
    assert incident.target.place_id == place_id
    assert (incident.target.lat, incident.target.lon) == (place.lat, place.lon)
    assert incident.target.radius_m == place.precision_m and incident.target.name == name


def test_a_name_the_bundled_gazetteer_lacks_is_an_error_when_strict(tmp_path: Path) -> None:
    text = "id,date,kind,target\nn,2024-01-20,attack,Qwzxvb\n"
    with pytest.raises(IncidentFileError) as info:
        read_incidents(write(tmp_path / "nowhere.csv", text), strict=True)
    (problem,) = info.value.problems
    assert (problem.line, problem.column, problem.value) == (2, "target", "Qwzxvb")
    assert "unknown place name" in problem.message


# ---------------------------------------------------------------- property: exact round trips

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from geoincidents.incidents.model import CLAIM_STATUSES, Alternative, Source  # noqa: E402

free_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
slugs = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
ids = st.text(st.characters(exclude_categories=["Cs", "Z", "Cc"]), min_size=1, max_size=12)
latitudes = st.floats(-90, 90, allow_nan=False)
longitudes = st.floats(-180, 180, allow_nan=False)
counts = st.none() | st.integers(0, 10**6)
dates = st.dates(dt.date(1990, 1, 1), dt.date(2024, 12, 31))
scores = st.none() | st.floats(0, 1, allow_nan=False)
alternatives = st.builds(
    Alternative, place_id=slugs, name=free_text, country=st.sampled_from(["", "IQ"]), score=scores
)
locations = st.builds(
    Location,
    query=free_text,
    method=st.sampled_from(["", "coordinates", "exact", "fuzzy", "geonames", "place_id"]),
    score=scores,
    country=st.sampled_from(["", "IQ", "SY"]),
    admin1=free_text,
    alias=free_text,
    ambiguous=st.booleans(),
    alternatives=st.lists(alternatives, max_size=3).map(tuple),
    lat=latitudes,
    lon=longitudes,
    name=free_text,
    place_id=st.none() | slugs,
    radius_m=st.floats(0, 1e6, allow_nan=False),
    geo_precision=st.integers(1, 3),
    relation=free_text,
    polygon_wkt=st.none() | st.just("POLYGON ((0 0, 1 0, 1 1, 0 0))"),
)
# a Source with every field empty is refused by the model (it could not round-trip)
sources = (
    st.tuples(
        free_text,
        st.sampled_from(
            ["", "https://example.org/a|b?c=d", "http://x.example/", "Reuters, 21 Jan 2024"]
        ),
        st.none() | dates,
        st.sampled_from(["", "ar", "fa", "en", "ku-Arab"]),
        free_text,
    )
    .filter(any)
    .map(lambda t: Source(*t))
)


@st.composite
def incident_lists(draw):
    chosen_ids = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    incidents = []
    for n, incident_id in enumerate(chosen_ids):
        earlier = chosen_ids[:n]
        incidents.append(
            Incident(
                id=incident_id,
                date=dt.date(2024, 1, 1) + dt.timedelta(days=n),
                kind=draw(slugs),
                target=draw(locations),
                date_precision=draw(st.sampled_from(["day", "week", "month"])),
                weapons=tuple(draw(st.lists(slugs, min_size=1, max_size=3, unique=True))),
                count=draw(counts),
                origin=draw(st.none() | locations),
                actor=draw(free_text),
                claim_status=draw(st.sampled_from(CLAIM_STATUSES) | slugs),
                targeted_party=draw(free_text),
                killed=draw(counts),
                wounded=draw(counts),
                damage=draw(free_text),
                responds_to=tuple(draw(st.lists(st.sampled_from(earlier), unique=True)))
                if earlier
                else (),
                sources=tuple(draw(st.lists(sources, max_size=3))),
                notes=draw(free_text),
                wave=draw(free_text),
            )
        )
    return incidents


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    derandomize=os.environ.get("CI") == "true",  # the same examples on every CI run
)
@given(incidents=incident_lists())
@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".parquet"])
def test_any_incidents_round_trip_exactly(tmp_path: Path, suffix: str, incidents) -> None:
    path = tmp_path / f"prop{suffix}"
    write_incidents(incidents, path)
    assert read_incidents(path) == incidents
