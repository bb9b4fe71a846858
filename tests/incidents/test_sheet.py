"""Real analysts' sheets: unplaced rows reported not fatal, the verdict, context, vocabularies,
calendars, citations, and every structural problem at once."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import warnings
from pathlib import Path

import pytest

from geoincidents.errors import (
    GeoincidentsError,
    IncidentFileError,
    IncidentValueError,
    PlacementWarning,
)
from geoincidents.incidents.frame import from_geodataframe, to_geodataframe
from geoincidents.incidents.io import (
    convert_incidents,
    convert_incidents_report,
    read_incidents,
    read_incidents_report,
    write_incidents,
)
from geoincidents.incidents.model import Incident, Location, Source
from geoincidents.places.gazetteer import Gazetteer
from geoincidents.places.model import Candidate, Place, Resolution
from tests.incidents.samples import PLACES, fake_resolve, write

# names the bundled gazetteer knows, in three scripts (Iraq and Syria)
KNOWN = ["Ain al-Asad", "عين الأسد", "القائم", "Jurf al-Sakhar", "al-Mayadin", "المیادین"]


def sheet_90(unknown_line: int = 46, unknown: str = "Asadiya base") -> str:
    """A 90-row analyst sheet (lines 2-91); one unknown name on ``unknown_line``."""
    lines = ["id,date,kind,weapon,target,claim_status,source_outlet,source_url"]
    for line in range(2, 92):
        name = unknown if line == unknown_line else KNOWN[line % len(KNOWN)]
        day = dt.date(2023, 10, 17) + dt.timedelta(days=line)
        lines.append(
            f"r{line},{day.isoformat()},attack,rocket|drone,{name},unclaimed,"
            f'Reuters,"Reuters, {day.day} {day:%b} {day.year}"'
        )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- a real sheet maps


def test_a_90_row_sheet_with_one_unknown_name_maps_the_other_89(tmp_path: Path) -> None:
    path = write(tmp_path / "sheet.csv", sheet_90())
    report = read_incidents_report(path)
    assert len(report.incidents) == 89
    assert "r46" not in {i.id for i in report.incidents}
    (problem,) = report.unplaced
    assert (problem.file, problem.line, problem.column, problem.value) == (
        str(path),
        46,
        "target",
        "Asadiya base",
    )
    assert problem.severity == "warning" and problem.incident_id == "r46"
    assert "Ain al-Asad Air Base (ain-al-asad)" in problem.suggestions
    assert "sheet.csv:46: column 'target'" in str(problem)
    assert "did you mean 'Ain al-Asad Air Base (ain-al-asad)'" in str(problem)


def test_a_bare_base_name_in_the_target_column_is_placed_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "sheet.csv", sheet_90(unknown="al-Asad"))
    report = read_incidents_report(path)
    assert len(report.incidents) == 90 and not report.unplaced
    (incident,) = [i for i in report.incidents if i.id == "r46"]
    assert incident.target.place_id == "ain-al-asad" and incident.target.doubtful
    assert [p.line for p in report.warnings if p.incident_id == "r46"] == [46]


def test_read_incidents_warns_once_naming_the_unplaced_rows(tmp_path: Path) -> None:
    path = write(tmp_path / "sheet.csv", sheet_90())
    with pytest.warns(PlacementWarning) as caught:
        incidents = read_incidents(path)
    assert len(incidents) == 89
    assert len(caught) == 1
    warning = caught[0].message
    assert isinstance(warning, PlacementWarning)
    assert [p.line for p in warning.problems] == [46]
    assert "sheet.csv:46" in str(warning) and "1 incident row could not be placed" in str(warning)


def test_no_warning_when_every_row_is_placed(tmp_path: Path) -> None:
    path = write(tmp_path / "sheet.csv", sheet_90(unknown="Ain al-Asad"))
    with warnings.catch_warnings():
        warnings.simplefilter("error", PlacementWarning)
        assert len(read_incidents(path)) == 90


def test_strict_turns_an_unplaced_row_into_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "sheet.csv", sheet_90())
    with pytest.raises(IncidentFileError) as info:
        read_incidents_report(path, strict=True)
    (problem,) = info.value.problems
    assert (problem.line, problem.severity) == (46, "error")
    with pytest.raises(IncidentFileError):
        read_incidents(path, strict=True)


def test_convert_writes_what_can_be_placed_and_strict_writes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path / "sheet.csv", sheet_90())
    out = tmp_path / "out.geojson"
    report = convert_incidents_report(path, out)
    assert [p.line for p in report.unplaced] == [46]
    assert len(read_incidents(out)) == 89
    with pytest.warns(PlacementWarning):
        assert len(convert_incidents(path, tmp_path / "again.csv")) == 89
    strict_out = tmp_path / "strict.geojson"
    with pytest.raises(IncidentFileError):
        convert_incidents(path, strict_out, strict=True)
    assert not strict_out.exists()


def test_malformed_data_stays_an_error_beside_unplaced_rows(tmp_path: Path) -> None:
    text = "id,date,kind,target\na,2024-02-30,attack,Ain al-Asad\nb,2024-01-20,attack,Qwzxvb\n"
    with pytest.raises(IncidentFileError) as info:
        read_incidents_report(write(tmp_path / "bad.csv", text))
    assert [(p.line, p.column) for p in info.value.problems] == [(2, "date")]


def test_an_unknown_origin_leaves_the_row_out_with_suggestions(tmp_path: Path) -> None:
    text = "id,date,kind,target,origin\na,2024-01-20,attack,Ain al-Asad,Mosl\n"
    report = read_incidents_report(write(tmp_path / "o.csv", text), resolver=fake_resolve)
    (problem,) = report.unplaced
    assert (problem.line, problem.column, problem.incident_id) == (2, "origin", "a")
    assert problem.suggestions == ("Mosul (mosul)",)
    assert report.incidents == ()


# ---------------------------------------------------------------- the verdict


def test_names_resolved_from_the_gazetteer_carry_the_verdict(tmp_path: Path) -> None:
    text = 'id,date,kind,target\na,2024-01-20,attack,القائم\nb,2024-01-20,attack,"Ain al-Asad"\n'
    a, b = read_incidents_report(write(tmp_path / "v.csv", text)).incidents
    assert (a.target.query, a.target.method, a.target.score) == ("القائم", "exact", 1.0)
    assert (a.target.country, a.target.alias, a.target.ambiguous) == ("IQ", "القائم", False)
    assert a.target.admin1 and not a.target.doubtful
    assert (b.target.place_id, b.target.country, b.target.query) == (
        "ain-al-asad",
        "IQ",
        "Ain al-Asad",
    )
    assert b.target.method in ("exact", "normalized") and b.target.score >= 0.9


def test_raw_coordinates_say_so(tmp_path: Path) -> None:
    text = "id,date,kind,target,target_lat,target_lon\na,2024-01-20,attack,X,33.8,42.4\n"
    (incident,) = read_incidents(write(tmp_path / "c.csv", text))
    assert (incident.target.method, incident.target.query, incident.target.score) == (
        "coordinates",
        "",
        None,
    )


def test_a_sheet_is_context_for_its_doubtful_names(tmp_path: Path) -> None:
    text = (
        "id,date,kind,target\n"
        "a,2024-01-20,attack,Ain al-Asad\n"
        "b,2024-01-21,attack,القائم\n"
        "c,2024-01-22,attack,al-Mayadin\n"
        "d,2024-01-23,attack,ذمار\n"
    )
    report = read_incidents_report(write(tmp_path / "ctx.csv", text))
    d = report.incidents[3]
    assert d.target.place_id == "zummar" and d.target.country == "IQ"
    assert d.target.ambiguous and d.target.doubtful
    assert "dhamar" in [a.place_id for a in d.target.alternatives]
    (warning,) = report.warnings
    assert (warning.line, warning.column, warning.severity) == (5, "target", "warning")
    assert "Dhamar (YE)" in warning.message and "IQ, SY" in warning.message


def test_without_context_an_ambiguous_name_is_a_warning(tmp_path: Path) -> None:
    report = read_incidents_report(
        write(tmp_path / "alone.csv", "id,date,kind,target\nd,2024-01-23,attack,ذمار\n")
    )
    (incident,) = report.incidents
    assert incident.target.ambiguous
    (warning,) = report.problems
    assert "ambiguous" in warning.message and "Zummar" in warning.message


def custom(method: str, score: float, place: Place):
    def resolve(name: str) -> Resolution:
        found = fake_resolve(name)
        if found.place is not None:
            return found
        return Resolution(name, place, score, method, (Candidate(place, score, method),))

    return resolve


ELSEWHERE = Place("far-town", "Far Town", 41.0, 29.0, "town", "TR", 3000, "t")


@pytest.mark.parametrize(
    ("method", "score", "fragment"),
    [
        ("fuzzy", 0.9, "placed by a fuzzy match"),
        ("geonames", 0.9, "placed by a geonames match"),
        ("normalized", 0.6, "low score 0.60"),
        ("exact", 1.0, "outside the countries of the rest of the sheet (IQ)"),
    ],
)
def test_doubtful_placements_are_warnings(
    tmp_path: Path, method: str, score: float, fragment: str
) -> None:
    text = "id,date,kind,target\n"
    for n, name in enumerate(["Ain al-Asad", "al-Qaim", "Mosul", "Odd Name"]):
        text += f"r{n},2024-01-2{n},attack,{name}\n"
    report = read_incidents_report(
        write(tmp_path / "d.csv", text), resolver=custom(method, score, ELSEWHERE)
    )
    assert len(report.incidents) == 4
    (warning,) = report.problems
    assert (warning.line, warning.column, warning.incident_id) == (5, "target", "r3")
    assert fragment in warning.message and warning.severity == "warning"


def test_an_origin_far_from_its_target_is_a_warning(tmp_path: Path) -> None:
    text = "id,date,kind,target,origin_lat,origin_lon\na,2024-01-20,attack,Ain al-Asad,41,29\n"
    report = read_incidents_report(write(tmp_path / "far.csv", text), resolver=fake_resolve)
    (warning,) = report.problems
    assert warning.column == "origin" and "km from the target" in warning.message


def test_a_target_prefers_a_town_over_a_river_of_the_same_name(tmp_path: Path) -> None:
    gazetteer = Gazetteer(
        (
            Place("khabur-river", "Khabur", 36.0, 40.5, "river", "SY", 50_000, "t"),
            Place("khabur-town", "Khabur", 36.1, 40.6, "town", "SY", 3000, "t"),
        )
    )
    text = "id,date,kind,target\na,2024-01-20,attack,Khabur\n"
    (incident,) = read_incidents(write(tmp_path / "k.csv", text), gazetteer=gazetteer)
    assert incident.target.place_id == "khabur-town"


def test_the_geodataframe_carries_the_verdict_and_doubt(tmp_path: Path) -> None:
    text = "id,date,kind,target\na,2024-01-20,attack,Ain al-Asad\nd,2024-01-23,attack,ذمار\n"
    incidents = read_incidents_report(write(tmp_path / "g.csv", text)).incidents
    gdf = to_geodataframe(incidents)
    for column in ("target_method", "target_score", "target_query", "target_ambiguous"):
        assert column in gdf.columns
    assert gdf["doubtful"].tolist() == [False, True]
    assert gdf["target_query"].tolist() == ["Ain al-Asad", "ذمار"]
    assert "dhamar" in gdf["target_alternatives"].iloc[1]
    assert from_geodataframe(gdf) == list(incidents)


# ---------------------------------------------------------------- vocabularies


def test_several_weapons_in_one_incident_round_trip(tmp_path: Path) -> None:
    text = "id,date,kind,weapon,target_lat,target_lon\na,2024-01-20,attack,rocket|Drone,1,1\n"
    (incident,) = read_incidents(write(tmp_path / "w.csv", text))
    assert incident.weapons == ("rocket", "drone") and incident.weapon == "rocket"
    for suffix in (".csv", ".geojson", ".gpkg"):
        out = tmp_path / f"w{suffix}"
        write_incidents([incident], out)
        assert read_incidents(out) == [incident]


@pytest.mark.parametrize(
    ("weapon", "weapons", "expected_weapon", "expected_weapons"),
    [
        ("rocket", (), "rocket", ("rocket",)),
        ("unknown", ("drone", "rocket"), "drone", ("drone", "rocket")),
        ("rocket", ("drone", "rocket"), "rocket", ("rocket", "drone")),
        ("ied", ("drone",), "ied", ("ied", "drone")),
    ],
)
def test_weapon_is_always_the_first_of_weapons(
    weapon: str, weapons: tuple[str, ...], expected_weapon: str, expected_weapons: tuple[str, ...]
) -> None:
    incident = Incident(
        "a", dt.date(2024, 1, 1), "attack", Location(1, 1), weapon=weapon, weapons=weapons
    )
    assert (incident.weapon, incident.weapons) == (expected_weapon, expected_weapons)


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("unclaimed", "unclaimed"),
        ("denied", "denied"),
        ("disputed", "disputed"),
        ("Unclaimed", "unclaimed"),
        ("claimed", "claimed"),
        ("claimed_then_denied", "claimed_then_denied"),
    ],
)
def test_claim_words_analysts_use(tmp_path: Path, cell: str, status: str) -> None:
    text = f"id,date,kind,claim_status,target_lat,target_lon\na,2024-01-20,attack,{cell},1,1\n"
    (incident,) = read_incidents(write(tmp_path / "c.csv", text))
    assert incident.claim_status == status


def test_custom_kinds_are_kept(tmp_path: Path) -> None:
    text = "id,date,kind,target_lat,target_lon\na,2024-01-20,militia_drone_strike,1,1\n"
    (incident,) = read_incidents(write(tmp_path / "k.csv", text))
    assert incident.kind == "militia_drone_strike"


# ---------------------------------------------------------------- citations instead of URLs


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("Reuters, 21 Jan 2024", False),
        ("www.example.org/x", False),
        ("AFP via Yahoo", False),
        ("javascript:alert(1)", True),
        ("JavaScript:alert(document.cookie)", True),
        ("data:text/html,<script>alert(1)</script>", True),
        ("https://example.org/a", False),
    ],
)
def test_a_source_url_that_is_not_http_is_kept_as_text(
    tmp_path: Path, url: str, warned: bool
) -> None:
    text = "id,date,kind,target_lat,target_lon,source_outlet,source_url\n"
    text += f'a,2024-01-20,attack,1,1,Outlet,"{url}"\n'
    report = read_incidents_report(write(tmp_path / "u.csv", text))
    (incident,) = report.incidents
    assert incident.sources == (Source("Outlet", url),)
    assert bool(report.problems) is warned
    if warned:
        assert report.problems[0].column == "source_url"
        assert "kept as text" in report.problems[0].message


# ---------------------------------------------------------------- calendars


@pytest.mark.parametrize(
    ("cell", "calendar", "warned"),
    [
        ("1402-10-30", "", True),
        ("۱۴۰۲-۱۰-۳۰", "", True),
        ("1402-10-30 SH", "", False),
        ("۱۴۰۲-۱۰-۳۰ ه.ش", "", False),
        ("1402-10-30", "jalali", False),
        ("1402-10-30", "Shamsi", False),
        ("1445-07-08", "", True),
        ("١٤٤٥-٠٧-٠٨", "", True),
        ("1445-07-08 AH", "", False),
        ("1445-07-08 هـ", "", False),
        ("1445-07-08", "hijri", False),
        ("2024-01-20", "", False),
        ("2024-01-20T14:30:00Z", "", False),
        ("۲۰۲۴-۰۱-۲۰", "", False),
        ("۱۴۰۲/۱۰/۳۰", "", True),
        ("1402/10/30", "jalali", False),
        ("2024/01/20", "", False),
    ],
)
def test_jalali_and_hijri_dates_are_recognised(
    tmp_path: Path, cell: str, calendar: str, warned: bool
) -> None:
    text = "id,date,calendar,kind,target_lat,target_lon\n"
    text += f"a,{cell},{calendar},attack,1,1\n"
    report = read_incidents_report(write(tmp_path / "d.csv", text))
    (incident,) = report.incidents
    assert incident.date == dt.date(2024, 1, 20)
    assert bool(report.problems) is warned
    if warned:
        assert report.problems[0].column == "date" and "calendar" in report.problems[0].message


@pytest.mark.parametrize(
    ("cell", "calendar", "message"),
    [
        ("1350-01-01", "", "looks like a Jalali or Hijri year"),
        ("1402-13-01", "", "no month 13"),
        ("1402-12-30", "jalali", "has no day 30"),
        ("1402-10", "", "a Jalali or Hijri month without a day"),
        ("2024-01-20T25:99", "", "not a real time"),
        ("2024-01-20Tnoon", "", "not a time"),
        ("1402-10-30", "julian", "not a calendar"),
        ("1402-10-30 SH", "hijri", "the suffix says jalali"),
    ],
)
def test_dates_that_cannot_be_read_safely_are_refused(
    tmp_path: Path, cell: str, calendar: str, message: str
) -> None:
    text = "id,date,calendar,kind,target_lat,target_lon\n"
    text += f"a,{cell},{calendar},attack,1,1\n"
    with pytest.raises(IncidentFileError) as info:
        read_incidents(write(tmp_path / "d.csv", text))
    (problem,) = info.value.problems
    assert problem.line == 2 and message in problem.message


# ---------------------------------------------------------------- every problem at once


def test_after_a_stray_quote_the_later_rows_are_still_checked(tmp_path: Path) -> None:
    text = (
        "id,date,kind,target_lat,target_lon\n"
        'a,2024-01-20,attack,1,"1"x\n'
        "b,2024-02-30,attack,1,1\n"
        "c,2024-01-20,attack,1,abc\n"
    )
    with pytest.raises(IncidentFileError) as info:
        read_incidents(write(tmp_path / "q.csv", text))
    assert [(p.line, p.column) for p in info.value.problems] == [
        (2, None),
        (3, "date"),
        (4, "target_lon"),
    ]
    assert "stray quote" in info.value.problems[0].message


def test_after_an_oversized_field_the_later_rows_are_still_checked(tmp_path: Path) -> None:
    text = "id,date,kind,target_lat,target_lon,notes\n"
    text += "a,2024-01-20,attack,1,1," + "x" * 200_000 + "\n"
    text += "b,2024-02-30,attack,1,1,\n"
    with pytest.raises(IncidentFileError) as info:
        read_incidents(write(tmp_path / "big.csv", text))
    assert [(p.line, p.column) for p in info.value.problems] == [(2, None), (3, "date")]
    assert "longer than" in info.value.problems[0].message


def test_an_unclosed_quote_names_the_line_it_opens_on(tmp_path: Path) -> None:
    text = 'id,date,kind,target_lat,target_lon\na,2024-01-20,attack,1,"1\nb,2024-01-20,attack,1,1\n'
    with pytest.raises(IncidentFileError) as info:
        read_incidents(write(tmp_path / "open.csv", text))
    (problem,) = info.value.problems
    assert problem.line == 2 and "never closed" in problem.message


@pytest.mark.parametrize(
    "header",
    [
        "id,date,kind,target_lat,target_lon,kind",
        "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
        "country,location,latitude,longitude,geo_precision,source,notes,fatalities,notes",
    ],
)
def test_a_duplicate_column_name_is_an_error(tmp_path: Path, header: str) -> None:
    width = header.count(",") + 1
    text = header + "\n" + ",".join(["x"] * width) + "\n"
    with pytest.raises(IncidentFileError) as info:
        read_incidents(write(tmp_path / "dup.csv", text))
    assert any(p.line == 1 and "repeated column" in p.message for p in info.value.problems)


def feature(properties: dict) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [42.4, 33.8]},
        "properties": {"id": "a", "date": "2024-01-20", "kind": "attack", **properties},
    }


@pytest.mark.parametrize("depth", [2, 200, 5000])
def test_a_property_nested_deep_is_a_clear_error(tmp_path: Path, depth: int) -> None:
    nested = "[" * depth + "1" + "]" * depth
    base = json.dumps({"type": "FeatureCollection", "features": [feature({"notes": 0})]})
    path = write(tmp_path / "deep.geojson", base.replace('"notes": 0', f'"notes": {nested}'))
    with pytest.raises(IncidentFileError) as info:
        read_incidents(path)
    (problem,) = info.value.problems
    assert "nested" in problem.message or "list inside a list" in problem.message


def test_a_property_given_twice_is_an_error(tmp_path: Path) -> None:
    base = json.dumps({"type": "FeatureCollection", "features": [feature({"kind": "attack"})]})
    text = base.replace('"kind": "attack"', '"kind": "attack", "kind": "explosion"', 1)
    with pytest.raises(IncidentFileError) as info:
        read_incidents(write(tmp_path / "twice.geojson", text))
    assert [(p.column, p.message) for p in info.value.problems] == [
        ("kind", "a property given twice")
    ]


def test_every_error_is_a_geoincidents_error(tmp_path: Path) -> None:
    with pytest.raises(IncidentValueError) as info:
        write_incidents([], tmp_path / "x.xlsx")
    assert isinstance(info.value, GeoincidentsError) and isinstance(info.value, ValueError)
    with pytest.raises(IncidentValueError):
        write_incidents([], tmp_path / "x.csv", format="docx")
    with pytest.raises(IncidentValueError):
        Source("")
    with pytest.raises(GeoincidentsError):
        write_incidents([], tmp_path / "missing" / "x.csv")


def test_writes_keep_the_mode_of_an_existing_file_and_honour_the_umask(tmp_path: Path) -> None:
    kept = tmp_path / "kept.csv"
    kept.write_text("old")
    kept.chmod(0o600)
    write_incidents([], kept)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    old = os.umask(0o077)
    try:
        write_incidents([], tmp_path / "new.geojson")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.geojson").stat().st_mode) == 0o600


def test_rows_with_place_ids_are_context(tmp_path: Path) -> None:
    gazetteer = Gazetteer((*PLACES.values(),))
    text = "id,date,kind,target,target_place_id\na,2024-01-20,attack,,al-qaim\n"
    (incident,) = read_incidents(write(tmp_path / "ids.csv", text), gazetteer=gazetteer)
    assert (incident.target.method, incident.target.country) == ("place_id", "IQ")


def test_an_origin_is_resolved_near_its_target(tmp_path: Path) -> None:
    asad = PLACES["ain-al-asad"]
    gazetteer = Gazetteer(
        (
            asad,
            Place("hit-near", "Hit", 33.64, 42.83, "town", "IQ", 3000, "t"),
            Place("hit-far", "Hit", 36.9, 38.0, "town", "SY", 3000, "t"),
        )
    )
    text = "id,date,kind,target,origin\na,2024-01-20,attack,Ain al-Asad Air Base,Hit\n"
    (incident,) = read_incidents(write(tmp_path / "near.csv", text), gazetteer=gazetteer)
    assert incident.origin is not None and incident.origin.place_id == "hit-near"


def test_a_feature_id_that_is_not_text_is_an_error(tmp_path: Path) -> None:
    item = feature({})
    del item["properties"]["id"]
    item["id"] = [[1]]
    path = write(
        tmp_path / "id.geojson", json.dumps({"type": "FeatureCollection", "features": [item]})
    )
    with pytest.raises(IncidentFileError) as info:
        read_incidents(path)
    assert [p.column for p in info.value.problems] == ["id"]


def test_many_missing_links_are_all_reported_and_suggestions_stay_bounded(tmp_path: Path) -> None:
    text = "id,date,kind,target_lat,target_lon,responds_to\n"
    text += "".join(f"a{n},2024-01-20,attack,1,1,b{n}\n" for n in range(3000))
    with pytest.raises(IncidentFileError) as info:
        read_incidents(write(tmp_path / "links.csv", text))
    problems = info.value.problems
    assert len(problems) == 3000 and all(p.column == "responds_to" for p in problems)
    assert sum("did you mean" in p.message for p in problems) <= 50


def test_report_warnings_leave_out_the_unplaced_rows(tmp_path: Path) -> None:
    text = "id,date,kind,target\na,1402-10-30,attack,Ain al-Asad\nb,2024-01-20,attack,Qwzxvb\n"
    report = read_incidents_report(write(tmp_path / "w.csv", text))
    assert [p.line for p in report.unplaced] == [3]
    assert [(p.line, p.column) for p in report.warnings] == [(2, "date")]
    assert len(report.problems) == 2
