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
    # a user CSV's columns are checked row by row: this row defines a place, so it needs them
    path = write_csv("x,X,33.6,42.8", header="id,name,lat,lon")
    problems = validate_gazetteer_files(path)
    assert {p.column for p in problems} == {"country", "source", "precision_m", "kind"}
    assert all(p.line == 2 and p.severity == "error" for p in problems)
    assert all("no '" in p.message and "column in the header" in p.message for p in problems)


def test_a_user_csv_without_an_id_column_is_an_error(write_csv: Callable[..., Path]) -> None:
    path = write_csv("Qarqasha", header="aliases")
    (problem,) = validate_gazetteer_files(path)
    assert (problem.line, problem.column, problem.message) == (1, "id", "missing column 'id'")


def test_the_bundled_csv_needs_every_column_in_its_header(tmp_path: Path) -> None:
    from geoincidents.places.gazetteer import _read_file

    path = tmp_path / "places.csv"
    path.write_text("id,aliases\nain-al-asad,Qarqasha\n", encoding="utf-8")
    problems: list = []
    assert _read_file(path, "bundled", problems) == []
    assert {p.column for p in problems} == {
        "name",
        "kind",
        "country",
        "lat",
        "lon",
        "precision_m",
        "source",
    }


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


# ---------------------------------------------------------------------------
# a user row of just an existing id and new names adds spellings to that place

ASAD = BUNDLED.get("ain-al-asad")

#: (script, the alias added, a query naming it with a kind word, a sentence, the mention)
SPELLINGS = [
    ("latin", "Qarqasha", "Qarqasha air base", "Rockets hit Qarqasha air base.", "Qarqasha"),
    ("arabic", "قرقشة", "قاعدة قرقشة", "سقطت صواريخ على قاعدة قرقشة أمس.", "قرقشة"),
    ("persian", "قرقشه", "پایگاه قرقشه", "موشک‌ها به پایگاه قرقشه اصابت کرد.", "قرقشه"),
]


def _spellings_csv(tmp_path: Path, name: str = "spellings.csv") -> Path:
    path = tmp_path / name
    aliases = "|".join(alias for _, alias, _, _, _ in SPELLINGS)
    path.write_text(f"id,aliases\nain-al-asad,{aliases}\n", encoding="utf-8")
    return path


def _assert_finds_asad(g: Gazetteer | None, query: str, sentence: str, mention: str) -> None:
    from geoincidents.places.resolve import resolve
    from geoincidents.text.geoparse import geoparse

    found = resolve(query, g, use_geonames=False)
    assert found.place is not None and found.place.id == "ain-al-asad", found
    assert (found.place.lat, found.place.lon) == (ASAD.lat, ASAD.lon)
    hits = [m for m in geoparse(sentence, g, include_geonames=False).mentions if m.place]
    assert [m.place.id for m in hits if m.place] == ["ain-al-asad"], hits
    (hit,) = hits
    start = sentence.index(mention)
    assert hit.start <= start and hit.end >= start + len(mention)
    assert sentence[hit.start : hit.end] == hit.text


@pytest.mark.parametrize(("script", "alias", "query", "sentence", "mention"), SPELLINGS)
def test_the_bundled_gazetteer_does_not_know_the_test_spellings(
    script: str, alias: str, query: str, sentence: str, mention: str
) -> None:
    from geoincidents.places.resolve import resolve
    from geoincidents.text.geoparse import geoparse

    assert resolve(query, BUNDLED, use_geonames=False).place is None
    assert all(m.place is None for m in geoparse(sentence, BUNDLED).mentions)


@pytest.mark.parametrize(("script", "alias", "query", "sentence", "mention"), SPELLINGS)
def test_an_id_and_aliases_row_adds_spellings_that_resolve_and_geoparse(
    tmp_path: Path, script: str, alias: str, query: str, sentence: str, mention: str
) -> None:
    g = load_gazetteer(_spellings_csv(tmp_path), use_env=False)
    assert len(g) == len(BUNDLED)
    place = g.get("ain-al-asad")
    assert place.aliases == (*ASAD.aliases, *(a for _, a, _, _, _ in SPELLINGS))
    assert (place.name, place.name_ar, place.name_fa) == (ASAD.name, ASAD.name_ar, ASAD.name_fa)
    assert (place.lat, place.lon, place.precision_m) == (ASAD.lat, ASAD.lon, ASAD.precision_m)
    assert (place.source, place.kind, place.origin) == (ASAD.source, ASAD.kind, "bundled")
    assert [p.id for p in g] == [p.id for p in BUNDLED]  # the place keeps its position
    _assert_finds_asad(g, query, sentence, mention)


@pytest.mark.parametrize(("script", "alias", "query", "sentence", "mention"), SPELLINGS)
def test_the_environment_variable_adds_spellings_to_the_default_gazetteer(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    script: str,
    alias: str,
    query: str,
    sentence: str,
    mention: str,
) -> None:
    monkeypatch.setenv(ENV_VAR, str(_spellings_csv(tmp_path, f"env-{script}.csv")))
    assert alias in default_gazetteer().get("ain-al-asad").aliases
    _assert_finds_asad(None, query, sentence, mention)  # None: the default gazetteer


@pytest.mark.parametrize(("script", "alias", "query", "sentence", "mention"), SPELLINGS)
def test_the_gazetteer_option_adds_spellings_on_the_command_line(
    tmp_path: Path, script: str, alias: str, query: str, sentence: str, mention: str
) -> None:
    import io
    import json

    from geoincidents.cli import main

    gaz = str(_spellings_csv(tmp_path))
    article = tmp_path / "article.txt"
    article.write_text(sentence, encoding="utf-8")
    for argv in (
        ["resolve", "--json", query, "--gazetteer", gaz],
        ["geoparse", "--json", str(article), "--gazetteer", gaz],
    ):
        out = io.StringIO()
        assert main(argv, stdout=out, stdin=io.StringIO()) == 0, argv
        rows = [json.loads(line) for line in out.getvalue().splitlines()]
        assert [r["id"] for r in rows if r.get("id")] == ["ain-al-asad"], rows
        assert rows[0]["lat"] == ASAD.lat and rows[0]["lon"] == ASAD.lon


def test_names_are_added_once_and_native_names_fill_empty_columns(
    write_csv: Callable[..., Path],
) -> None:
    base = write_csv(
        "hit-town,Hit,هيت,,Heet,town,IQ,Anbar,33.6416,42.8251,3000,https://example.org/hit,",
        name="base.csv",
    )
    more = write_csv(
        "hit-town,,هيت الجديدة,هیت,Heet|Hit|Hiit|Hiit,,,,,,,,",  # name_ar taken, name_fa free
        name="more.csv",
    )
    g = load_gazetteer(base, more, bundled=False, use_env=False)
    place = g.get("hit-town")
    assert (place.name_ar, place.name_fa) == ("هيت", "هیت")
    assert place.aliases == ("Heet", "Hiit", "هيت الجديدة")
    assert (place.lat, place.lon, place.source, place.origin) == (
        33.6416,
        42.8251,
        "https://example.org/hit",
        str(base),
    )
    assert g.problems == ()


def test_a_names_row_of_an_unknown_id_is_an_error_with_suggestions(tmp_path: Path) -> None:
    path = tmp_path / "typo.csv"
    path.write_text("id,aliases\nain-al-asad,Qarqasha\nain-al-assad,Qarqasha 2\n", "utf-8")
    with pytest.raises(GazetteerError) as info:
        load_gazetteer(path, use_env=False)
    (problem,) = info.value.problems
    assert (problem.file, problem.line, problem.column, problem.value) == (
        str(path),
        3,
        "id",
        "ain-al-assad",
    )
    assert "no place has this id" in problem.message
    assert problem.suggestions[0] == "ain-al-asad"
    assert "did you mean 'ain-al-asad'" in str(info.value)
    # the same row read alone, without the bundled gazetteer: nothing to extend
    alone = validate_gazetteer_files(path, bundled=False)
    assert [(p.line, p.column, p.value) for p in alone] == [
        (2, "id", "ain-al-asad"),
        (3, "id", "ain-al-assad"),
    ]


def test_a_names_row_may_extend_a_place_of_an_earlier_csv_only(
    write_csv: Callable[..., Path],
) -> None:
    first = write_csv(GOOD, name="first.csv")
    later = write_csv("hit-town,,,,Hiit,,,,,,,,", name="later.csv")
    g = load_gazetteer(first, later, bundled=False, use_env=False)
    assert g.get("hit-town").aliases == ("Heet", "Hiit")
    with pytest.raises(GazetteerError, match="no place has this id"):
        load_gazetteer(later, first, bundled=False, use_env=False)  # not yet defined


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        ("ain-al-asad,,,,Qarqasha,,,,33.7,,,,", "lon", "not a number"),  # lat without lon
        ("ain-al-asad,,,,Qarqasha,,,,33.7,42.4,,,", "source", "empty source"),
        ("ain-al-asad,,,,Qarqasha,air_base,,,,,,,", "country", "empty country"),
        ("ain-al-asad,,,,Qarqasha,,,Anbar,,,,,", "admin1", "give the whole row"),
        ("ain-al-asad,,,,Qarqasha,,,,,,,,my note", "notes", "give the whole row"),
        ("ain-al-asad,,,,,,,,,,,,", None, "a row with only an id"),
    ],
)
def test_a_partly_filled_row_stays_an_error(
    write_csv: Callable[..., Path], row: str, column: str | None, message: str
) -> None:
    path = write_csv(row)
    errors = [p for p in validate_gazetteer_files(path) if p.severity == "error"]
    assert errors and all(p.line == 2 for p in errors)
    assert any(p.column == column and message in p.message for p in errors), errors
    with pytest.raises(GazetteerError):
        load_gazetteer(path, use_env=False)


def test_a_names_row_counts_as_its_ids_row_in_its_file(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("id,aliases\nain-al-asad,Qarqasha\nain-al-asad,Qarqasha 2\n", "utf-8")
    (problem,) = validate_gazetteer_files(path)
    assert (problem.line, problem.column) == (3, "id")
    assert "duplicate id (first on line 2)" in problem.message


def test_an_added_alias_far_from_its_namesake_is_a_warning_at_the_row_that_added_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "far.csv"
    path.write_text("id,aliases\nain-al-asad,Tower 22\n", encoding="utf-8")
    g = load_gazetteer(path, use_env=False)
    (warning,) = [p for p in g.problems if p.value == "Tower 22"]
    assert (warning.file, warning.line, warning.column) == (str(path), 2, "aliases")
    assert "'ain-al-asad'" in warning.message and "'tower-22'" in warning.message
    assert validate_gazetteer_files(path) == [warning]


def test_validating_a_names_csv_alone_checks_its_ids_against_the_bundled_gazetteer(
    tmp_path: Path,
) -> None:
    import io

    from geoincidents.cli import main

    good = _spellings_csv(tmp_path)
    assert validate_gazetteer_files(good) == []
    out = io.StringIO()
    assert main(["gazetteer", "validate", str(good)], stdout=out, stdin=io.StringIO()) == 0
    assert "0 error(s), 0 warning(s)" in out.getvalue()
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name_fa\ntower-22,برج ۲۲\nal-tanff,التنف\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["gazetteer", "validate", str(bad)], stdout=out, stdin=io.StringIO()) == 1
    assert f"{bad}:3: column 'id': no place has this id" in out.getvalue()
    assert "did you mean 'al-tanf'" in out.getvalue()
    # the bundled CSV validated with a names CSV after it: the same, nothing of the bundled
    assert validate_gazetteer_files(bundled_gazetteer_path(), good) == [p for p in BUNDLED.problems]


def test_env_gazetteer_paths_is_the_one_reading_of_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from geoincidents.places.gazetteer import _env_paths, env_gazetteer_paths
    from geoincidents.text.tables import GazetteerSpec

    monkeypatch.setenv(ENV_VAR, os.pathsep.join(["a.csv", " ", str(tmp_path / "b.csv")]))
    assert env_gazetteer_paths() == [Path("a.csv"), tmp_path / "b.csv"]
    assert _env_paths is env_gazetteer_paths
    assert GazetteerSpec.of(None).paths == (os.path.abspath("a.csv"), str(tmp_path / "b.csv"))


def test_the_readme_example_of_added_spellings_loads(tmp_path: Path) -> None:
    import re

    readme = (Path(__file__).parents[2] / "gazetteer" / "README.md").read_text("utf-8")
    (example,) = re.findall(r"```csv\n(.*?)```", readme, re.S)
    path = tmp_path / "spellings.csv"
    path.write_text(example, encoding="utf-8")
    assert validate_gazetteer_files(path) == []
    g = load_gazetteer(path, use_env=False)
    assert "Tower Twenty-Two" in g.get("tower-22").aliases
    assert "پایگاه نظامی التنف" in g.get("al-tanf").aliases  # al-tanf has a name_fa
    assert g.get("ain-al-asad").lat == ASAD.lat
