"""gazetteer.py: every bundled row is sound; broken CSVs are reported whole, with places."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from geoincidents.errors import GazetteerError
from geoincidents.places.gazetteer import (
    ENV_VAR,
    Gazetteer,
    bundled_gazetteer_path,
    country_bbox,
    default_gazetteer,
    load_gazetteer,
    validate_gazetteer_files,
)
from geoincidents.places.names import (
    KINDS,
    folded_words,
    latin_key,
    normalize,
    split_context,
    split_kind_hint,
)

BUNDLED = load_gazetteer(use_env=False)
GOOD = "hit-town,Hit,هيت,هیت,Heet,town,IQ,Anbar,33.6416,42.8251,3000,https://example.org/hit,"


def test_bundled_csv_is_found_and_loads_without_errors() -> None:
    assert bundled_gazetteer_path().is_file()
    assert len(BUNDLED) >= 100
    assert all(p.severity == "warning" for p in BUNDLED.problems)


def test_ids_are_unique() -> None:
    counts = Counter(p.id for p in BUNDLED)
    assert [i for i, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("place", BUNDLED.places, ids=lambda p: p.id)
def test_every_row(place) -> None:  # type: ignore[no-untyped-def]
    assert place.id and place.id == place.id.strip().lower() and " " not in place.id
    assert place.name.strip()
    assert place.source.strip()
    assert place.precision_m > 0
    assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
    box = country_bbox(place.country)
    assert box is not None, f"unknown country {place.country}"
    assert box[0] <= place.lat <= box[2] and box[1] <= place.lon <= box[3]
    assert place.kind in KINDS


# ---------------------------------------------------------------------------
# validation of broken files: each kind of error, with line and column


BROKEN = [
    ("x,X,,,,town,IQ,,abc,42.8,1000,src,", "lat", "not a number"),
    ("x,X,,,,town,IQ,,33.6,east,1000,src,", "lon", "not a number"),
    ("x,X,,,,town,IQ,,95,42.8,1000,src,", "lat", "outside [-90, 90]"),
    ("x,X,,,,town,IQ,,33.6,190,1000,src,", "lon", "outside [-180, 180]"),
    ("x,X,,,,town,IQ,,42.8,33.6,1000,src,", "lat", "swapped"),
    ("x,X,,,,town,IQ,,48.85,2.35,1000,src,", "lat", "outside the bounding box of IQ"),
    ("x,X,,,,town,XX,,33.6,42.8,1000,src,", "country", "unknown ISO"),
    ("x,X,,,,town,,,33.6,42.8,1000,src,", "country", "empty country"),
    ("x,,,,,town,IQ,,33.6,42.8,1000,src,", "name", "empty name"),
    (",X,,,,town,IQ,,33.6,42.8,1000,src,", "id", "empty id"),
    ("x,X,,,,town,IQ,,33.6,42.8,1000,,", "source", "empty source"),
    ("x,X,,,,town,IQ,,33.6,42.8,-5,src,", "precision_m", "must be > 0"),
    ("x,X,,,,town,IQ,,33.6,42.8,wide,src,", "precision_m", "not a number"),
    ("x,X,,,,town,IQ,,nan,42.8,1000,src,", "lat", "not finite"),
]


@pytest.mark.parametrize(("row", "column", "message"), BROKEN)
def test_each_error_names_file_line_and_column(
    write_csv: Callable[..., Path], row: str, column: str, message: str
) -> None:
    path = write_csv(GOOD, row)
    problems = [p for p in validate_gazetteer_files(path) if p.severity == "error"]
    assert len(problems) == 1, problems
    (problem,) = problems
    assert (problem.file, problem.line, problem.column) == (str(path), 3, column)
    assert message in problem.message
    with pytest.raises(GazetteerError) as info:
        load_gazetteer(path, bundled=False, use_env=False)
    assert str(path) in str(info.value) and ":3:" in str(info.value)


def test_all_problems_are_reported_at_once(write_csv: Callable[..., Path]) -> None:
    path = write_csv(
        GOOD,
        "a,A,,,,town,IQ,,abc,42.8,1000,src,",
        "b,,,,,town,ZZ,,33.6,42.8,1000,,",
        "hit-town,Again,,,,town,IQ,,33.6,42.8,1000,src,",
    )
    with pytest.raises(GazetteerError) as info:
        load_gazetteer(path, bundled=False, use_env=False)
    found = {(p.line, p.column) for p in info.value.problems if p.severity == "error"}
    assert found == {(3, "lat"), (4, "name"), (4, "country"), (4, "source"), (5, "id")}
    dup = next(p for p in info.value.problems if p.column == "id")
    assert "duplicate id (first on line 2)" in dup.message


def test_missing_required_column(write_csv: Callable[..., Path]) -> None:
    path = write_csv("x,X,33.6,42.8", header="id,name,lat,lon")
    problems = validate_gazetteer_files(path)
    assert {p.column for p in problems} >= {"country", "source", "precision_m", "kind"}
    assert all(p.line == 1 for p in problems)


def test_too_many_fields_is_an_error(write_csv: Callable[..., Path]) -> None:
    path = write_csv(GOOD, "x,X,,,,town,IQ,,33.6,42.8,1000,src,,extra")
    (problem,) = validate_gazetteer_files(path)
    assert problem.line == 3 and "more fields" in problem.message


def test_unknown_kind_is_a_warning_and_the_row_loads(write_csv: Callable[..., Path]) -> None:
    path = write_csv(GOOD, "x,X,,,,castle,IQ,,33.6,42.8,1000,src,")
    g = load_gazetteer(path, bundled=False, use_env=False)
    assert "x" in g
    (warning,) = g.problems
    assert (warning.severity, warning.line, warning.column) == ("warning", 3, "kind")


def test_alias_used_by_a_far_place_is_a_warning_naming_both(
    write_csv: Callable[..., Path],
) -> None:
    path = write_csv(
        GOOD,
        "near-hit,Near Hit,,,Heet,town,IQ,,33.65,42.83,1000,src,",  # 1 km away: fine
        "far,Far,,,هیت,town,IQ,,36.3,43.1,1000,src,",  # Mosul area: far
    )
    g = load_gazetteer(path, bundled=False, use_env=False)
    (warning,) = g.problems
    assert warning.severity == "warning" and warning.line == 4 and warning.column == "aliases"
    assert "'far'" in warning.message and "'hit-town'" in warning.message


def test_user_rows_override_bundled_ids_and_add_new_ones(
    write_csv: Callable[..., Path],
) -> None:
    some = BUNDLED.places[0]
    path = write_csv(
        f"{some.id},Renamed,,,,{some.kind},{some.country},,{some.lat},{some.lon},1234,my survey,",
        GOOD,
    )
    g = load_gazetteer(path, use_env=False)
    assert len(g) == len(BUNDLED) + 1
    assert g.get(some.id).name == "Renamed" and g.get(some.id).precision_m == 1234
    assert g.get(some.id).origin == str(path)
    assert g.get("hit-town").name_fa == "هیت"


def test_environment_variable_adds_csvs(
    write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(GOOD, name="env.csv")
    monkeypatch.setenv(ENV_VAR, str(path))
    assert "hit-town" in load_gazetteer()
    assert "hit-town" in default_gazetteer()
    assert "hit-town" not in load_gazetteer(use_env=False)
    monkeypatch.delenv(ENV_VAR)
    assert "hit-town" not in default_gazetteer()


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        load_gazetteer(tmp_path / "nope.csv", bundled=False, use_env=False)


def test_gazetteer_value() -> None:
    g = Gazetteer(BUNDLED.places[:3])
    assert len(g) == 3 and list(g) == list(BUNDLED.places[:3])
    assert g.get(BUNDLED.places[0].id) is BUNDLED.places[0]
    with pytest.raises(KeyError):
        g.get("no-such-place")
    assert g.index is g.index  # built once


def test_keys_kept_by_the_index_equal_keys_computed_afresh() -> None:
    g = load_gazetteer(use_env=False)
    index = g.index
    names = [n for p in g for n in p.names]
    assert len(index.keys_of) >= len(set(names)) * 0.9
    for name in names:
        assert index.keys_of_words[folded_words(name)] == (normalize(name), latin_key(name))
        if name.strip() not in index.keys_of:
            assert split_context(name) != (name.strip(), ())
            continue
        core, hint, key, core_key, lkey, core_lkey = index.keys_of[name.strip()]
        assert (core, hint) == split_kind_hint(name)
        assert (key, lkey) == (normalize(name), latin_key(name))
        assert (core_key, core_lkey) == ((normalize(core), latin_key(core)) if hint else ("", ""))


# ---------------------------------------------------------------------------
# every problem at once, whatever breaks the CSV on the way


def test_a_stray_quote_does_not_hide_the_rows_after_it(write_csv: Callable[..., Path]) -> None:
    path = write_csv(
        GOOD,
        'q,"Quoted,,,,town,IQ,,33.6,42.8,1000,src,',  # a quote that is never closed
        "a,A,,,,town,IQ,,abc,42.8,1000,src,",
        "b,B,,,,town,ZZ,,33.6,42.8,1000,src,",
    )
    errors = [p for p in validate_gazetteer_files(path) if p.severity == "error"]
    assert (3, None) in {(p.line, p.column) for p in errors}
    assert "quote" in next(p for p in errors if p.line == 3).message
    assert {(4, "lat"), (5, "country")} <= {(p.line, p.column) for p in errors}


def test_an_oversized_field_does_not_hide_the_rows_after_it(
    write_csv: Callable[..., Path],
) -> None:
    path = write_csv(
        GOOD,
        "big,Big,,,,town,IQ,,33.6,42.8,1000,src," + "x" * 200_000,
        "a,A,,,,town,IQ,,abc,42.8,1000,src,",
    )
    errors = [p for p in validate_gazetteer_files(path) if p.severity == "error"]
    assert {(p.line, p.column) for p in errors} == {(3, None), (4, "lat")}
    assert "field" in next(p for p in errors if p.line == 3).message


def test_a_non_utf8_byte_is_reported_on_its_own_line(write_csv: Callable[..., Path]) -> None:
    path = write_csv(
        GOOD, "a,A,,,,town,IQ,,abc,42.8,1000,src,", "b,B,,,,town,IQ,,33.6,42.8,1000,src,"
    )
    data = path.read_bytes().replace(b"b,B,", b"b,B\xff,")  # line 4
    lines = data.split(b"\n")
    lines.insert(2, "ق,ب,,,,town,IQ,,33.6,42.8,1000,src,".encode("cp1256"))  # line 3
    path.write_bytes(b"\n".join(lines))
    errors = [p for p in validate_gazetteer_files(path) if p.severity == "error"]
    assert {(p.line, p.column) for p in errors} == {(3, None), (4, "lat"), (5, None)}
    assert all("UTF-8" in p.message for p in errors if p.column is None)


def test_a_duplicate_column_is_an_error(write_csv: Callable[..., Path]) -> None:
    header = "id,name,name_ar,name_fa,aliases,kind,country,admin1,lat,lon,precision_m,source,notes"
    path = write_csv(GOOD, header=header + ",lat")
    (problem,) = [p for p in validate_gazetteer_files(path) if p.severity == "error"]
    assert (problem.line, problem.column) == (1, "lat") and "duplicate column" in problem.message
