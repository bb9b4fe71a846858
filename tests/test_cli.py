"""The command line: the contracts scripts depend on (output shape, exit codes)."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geoincidents.cli import main

RESOLVE_KEYS = [
    "query", "found", "id", "name", "lat", "lon", "country", "kind", "precision_m", "score",
    "method", "alias", "ambiguous", "candidates", "suggestions",
]  # fmt: skip


def run(argv: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdout=out, stdin=io.StringIO(stdin))
    return code, out.getvalue()


def test_resolve_json_contract_in_input_order() -> None:
    names = ["عین‌الاسد", "Al Qā’im", "جرف الصخر"]
    code, out = run(["resolve", "--json", *names])
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in rows] == names
    assert [r["id"] for r in rows] == ["ain-al-asad", "al-qaim", "jurf-al-sakhar"]
    for row in rows:
        assert list(row) == RESOLVE_KEYS
        assert row["found"] is True and 0 < row["score"] <= 1
        assert all(set(c) == {"id", "name", "score"} for c in row["candidates"])


def test_resolve_exit_1_when_any_name_is_missing() -> None:
    code, out = run(["resolve", "--json", "Ain al-Asad", "Xqzvbnm Nowhere"])
    assert code == 1
    missing = json.loads(out.splitlines()[1])
    assert missing["found"] is False and missing["id"] is None and missing["method"] == "none"


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("al-Asad", "ain-al-asad"),  # a base's bare short name: no place by itself
        ("Asad", "ain-al-asad"),
        ("الأسد", "ain-al-asad"),  # "the lion"
    ],
)
def test_resolve_not_found_names_what_was_meant(name: str, meant: str) -> None:
    code, out = run(["resolve", "--json", name])
    row = json.loads(out)
    assert code == 1 and row["found"] is False
    assert any(s.endswith(f"({meant})") for s in row["suggestions"])
    _, table = run(["resolve", name])
    assert f"{name}: not found; did you mean " in table and f"({meant})" in table


def test_resolve_json_gives_no_suggestion_for_gibberish_or_a_found_name() -> None:
    _, out = run(["resolve", "--json", "Xqzvbnm", "Ain al-Asad"])
    missing, found = (json.loads(line) for line in out.splitlines())
    assert missing["suggestions"] == [] and found["suggestions"] == []
    assert found["alias"] == "" and found["ambiguous"] is False


def test_resolve_reads_names_from_stdin() -> None:
    code, out = run(["resolve", "--json", "-"], stdin="القائم\n\nالميادين\n")
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["al-qaim", "al-mayadin"]


def test_resolve_country_hint_picks_zummar() -> None:
    _, with_hint = run(["resolve", "--json", "--country", "IQ", "ذمار"])
    _, without = run(["resolve", "--json", "ذمار"])
    assert json.loads(with_hint)["id"] == "zummar"
    row = json.loads(without)
    assert row["id"] == "dhamar"
    assert "zummar" in [c["id"] for c in row["candidates"]]


def test_resolve_table_lists_candidates() -> None:
    code, out = run(["resolve", "Hit"])
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["query", "found", "id"]
    assert "hit" in out.splitlines()[1].split()


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["resolve"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["map", "seed", "-o", "x.html", "--since", "yesterday"])
    assert exc.value.code == 2
    assert "not an ISO date" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command", [[], ["resolve"], ["gazetteer", "validate"], ["geoparse"], ["draft"], ["map"]]
)
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([*command, "--help"])
    assert exc.value.code == 0
    assert "usage: geoincidents" in capsys.readouterr().out


def test_gazetteer_validate_reports_file_line_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,name,name_ar,name_fa,aliases,kind,country,admin1,lat,lon,precision_m,source,notes\n"
        "ok-place,Ok Place,,,,town,IQ,,33.1,44.1,3000,test source,\n"
        "bad-lat,Bad Lat,,,,town,IQ,,abc,44.1,3000,test source,\n",
        encoding="utf-8",
    )
    code, out = run(["gazetteer", "validate", str(bad)])
    assert code == 1
    assert f"{bad}:3: column 'lat'" in out
    assert "1 error(s)" in out


def test_gazetteer_validate_accepts_the_bundled_csv() -> None:
    root = Path(__file__).resolve().parents[1]
    code, out = run(["gazetteer", "validate", str(root / "gazetteer" / "places.csv")])
    assert code == 0, out
    assert "0 error(s)" in out


def test_geoparse_json_contract(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    text = "Two drones were shot down over Ain al-Asad on Tuesday."
    article.write_text(text, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out = run(["geoparse", "--json", str(article), str(missing)])
    assert code == 1  # the unreadable file is reported, the batch goes on
    (row,) = [json.loads(line) for line in out.splitlines()]
    for key in (
        "file",
        "start",
        "end",
        "text",
        "found",
        "id",
        "name",
        "lat",
        "lon",
        "score",
        "role",
    ):
        assert key in row
    assert row["file"] == str(article)
    assert text[row["start"] : row["end"]] == row["text"] == "Ain al-Asad"
    assert row["id"] == "ain-al-asad"


def test_draft_then_map_end_to_end(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "On 5 January 2022 eight rockets hit the Green Village base in Deir ez-Zor.\n"
        "Coalition artillery then struck the launch site near al-Mayadin.\n",
        encoding="utf-8",
    )
    csv_path = tmp_path / "inc.csv"
    code, out = run(["draft", str(article), "-o", str(csv_path)])
    assert code == 0 and csv_path.exists()
    assert out.startswith("2 draft incident(s)")
    code, _ = run(["map", str(csv_path), "-o", str(tmp_path / "map.html"), "--offline"])
    assert code == 0
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "green-village" in html or "Green Village" in html
    assert "<script src=" not in html


def test_map_seed_offline_with_filters(tmp_path: Path) -> None:
    out_file = tmp_path / "seed.html"
    code, out = run(
        [
            "map",
            "seed",
            "--offline",
            "--since",
            "2024-01-01",
            "--kind",
            "retaliatory_strike",
            "-o",
            str(out_file),
        ]
    )
    assert code == 0
    assert "incident(s) mapped" in out
    html = out_file.read_text(encoding="utf-8")
    assert "<script src=" not in html and '<link rel="stylesheet" href=' not in html
    assert "Jurf al-Sakhar" in html
    assert "2022-01-05" not in html  # filtered out by --since


def test_map_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,date,kind,target\nx,2024-01-20,attack,Ain al-Asad\n", encoding="utf-8")
    before = src.read_bytes()
    code, _ = run(["map", str(src), "-o", str(src)])
    assert code == 2
    assert src.read_bytes() == before


def test_bad_incident_file_is_reported_with_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,date,kind,target\nx,2024-02-30,attack,Ain al-Asad\n", encoding="utf-8")
    code, _ = run(["map", str(src), "-o", str(tmp_path / "m.html")])
    assert code == 2  # malformed data stays an error
    assert f"{src}:2" in capsys.readouterr().err
    assert not (tmp_path / "m.html").exists()


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "geoincidents", "resolve", "--json", "Taji"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["country"] == "IQ"


def test_map_shows_progress_on_large_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import geoincidents.cli as cli

    src = tmp_path / "in.csv"
    src.write_text(
        "id,date,kind,target_lat,target_lon\n"
        + "".join(f"i{n},2024-01-{1 + n % 28:02d},attack,33.{n:04d},42.4\n" for n in range(200)),
        encoding="utf-8",
    )
    monkeypatch.setattr(cli, "LARGE_INPUT_BYTES", 1_000)
    code, out = run(["map", str(src), "-o", str(tmp_path / "m.html")])
    assert code == 0 and out.startswith("200 incident(s) mapped")
    assert "4/4" in capsys.readouterr().err  # read, filter, render, save


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet", ".csv"])
def test_convert_round_trips_the_incidents(tmp_path: Path, suffix: str) -> None:
    import geoincidents as gi

    src = tmp_path / "in.csv"
    src.write_text(
        "id,date,kind,weapon,count,target,responds_to\n"
        "a1,2024-01-20,attack,ballistic_missile,17,عین الاسد,\n"
        "s1,2024-01-24,retaliatory_strike,airstrike,,Jurf al-Sakhar,a1\n",
        encoding="utf-8",
    )
    out_file = tmp_path / f"out{suffix}"
    code, out = run(["convert", str(src), "-o", str(out_file)])
    assert code == 0 and out.startswith("2 incident(s) written")
    assert gi.read_incidents(out_file) == gi.read_incidents(src)


def test_convert_to_acled_and_refuses_to_overwrite(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,date,kind,target\nx,2024-01-20,attack,Ain al-Asad\n", encoding="utf-8")
    code, _ = run(["convert", str(src), "-o", str(tmp_path / "acled.csv"), "--format", "acled"])
    assert code == 0
    header = (tmp_path / "acled.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("event_id_cnty") or "event_id_cnty" in header
    before = src.read_bytes()
    code, _ = run(["convert", str(src), "-o", str(src)])
    assert code == 2 and src.read_bytes() == before


# ================================================================ shared by the tests below

#: A user gazetteer row of a test place (a test value, not a real gazetteer entry).
USER_PLACE = (
    "id,name,name_ar,name_fa,aliases,kind,country,admin1,lat,lon,precision_m,source,notes\n"
    "testabad,Testabad,,,Testabad Junction,town,IQ,,33.5,43.5,2000,test fixture,\n"
)
#: A sheet of three rows: two places the gazetteer knows, one it does not (row 3 = line 3).
SHEET = (
    "id,date,kind,target\n"
    "a1,2024-01-20,attack,Ain al-Asad\n"
    "a2,2024-01-21,attack,Xqzvbnm Nowhere\n"
    "a3,2024-01-22,attack,جرف الصخر\n"
)


def run_err(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code, out = run(argv)
    return code, out, capsys.readouterr().err


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def assert_one_clear_line(err: str, *needles: str) -> None:
    """One ``geoincidents: error: …`` line naming what went wrong; no traceback."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("geoincidents: error: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], (needle, err)


# ================================================================ §2 exit codes, strict, offline


@pytest.mark.parametrize(
    "command", [[], ["resolve"], ["geoparse"], ["draft"], ["map"], ["convert"]]
)
def test_help_documents_the_exit_codes(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    text = capsys.readouterr().out
    assert "exit status:" in text
    for code in ("0  done", "1  done but incomplete, or refused", "2  usage or input/output"):
        assert code in text


def test_map_writes_an_offline_file_by_default_and_cdn_is_opt_in(tmp_path: Path) -> None:
    offline, online = tmp_path / "offline.html", tmp_path / "online.html"
    assert run(["map", "seed", "-o", str(offline)])[0] == 0
    assert run(["map", "seed", "--cdn", "-o", str(online)])[0] == 0
    html = offline.read_text(encoding="utf-8")
    assert "<script src=" not in html and '<link rel="stylesheet" href=' not in html
    assert "L.map(" in html or "L.map (" in html or "leaflet" in html.lower()
    assert re.search(r"<script src=\"https://", online.read_text(encoding="utf-8"))
    assert len(online.read_bytes()) < len(offline.read_bytes())


def test_map_maps_what_can_be_placed_and_reports_every_unplaced_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write(tmp_path / "sheet.csv", SHEET)
    out_file = tmp_path / "m.html"
    code, out, err = run_err(["map", str(sheet), "-o", str(out_file)], capsys)
    assert code == 0, err
    assert out.startswith("2 incident(s) mapped")
    (line,) = [x for x in err.splitlines() if "Xqzvbnm Nowhere" in x]
    assert f"{sheet}:3" in line and "'target'" in line and "warning" in line
    assert "1 row(s) could not be placed" in err
    html = out_file.read_text(encoding="utf-8")
    assert "Xqzvbnm Nowhere" in html  # the unplaced panel lists the row
    assert "a2" in html


def test_strict_refuses_writes_nothing_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write(tmp_path / "sheet.csv", SHEET)
    for argv in (
        ["map", str(sheet), "--strict", "-o", str(tmp_path / "m.html")],
        ["convert", str(sheet), "--strict", "-o", str(tmp_path / "c.geojson")],
    ):
        code, _, err = run_err(argv, capsys)
        assert code == 1, err
        assert f"{sheet}:3" in err and "Xqzvbnm Nowhere" in err
        assert "--strict" in err and "nothing was written" in err
        (line,) = [x for x in err.splitlines() if "Xqzvbnm" in x]
        assert line.startswith(f"geoincidents: error: {sheet}:3")  # an error now
    assert list(tmp_path.iterdir()) == [sheet]


def test_convert_writes_the_placed_rows_and_reports_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import geoincidents as gi

    sheet = write(tmp_path / "sheet.csv", SHEET)
    out_file = tmp_path / "out.geojson"
    code, out, err = run_err(["convert", str(sheet), "-o", str(out_file)], capsys)
    assert code == 0, err
    assert out.startswith("2 incident(s) written")
    assert f"{sheet}:3" in err and "Xqzvbnm Nowhere" in err
    assert [i.id for i in gi.read_incidents(out_file)] == ["a1", "a3"]


def test_no_incident_placed_writes_nothing_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write(tmp_path / "sheet.csv", "id,date,kind,target\nb1,2024-01-20,attack,Xqzvbnm\n")
    for argv in (
        ["map", str(sheet), "-o", str(tmp_path / "m.html")],
        ["convert", str(sheet), "-o", str(tmp_path / "c.csv")],
    ):
        code, _, err = run_err(argv, capsys)
        assert code == 1, err
        assert "none of the 1 row(s) could be placed; nothing was written" in err
    assert list(tmp_path.iterdir()) == [sheet]


def test_malformed_data_stays_an_error_in_lenient_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write(
        tmp_path / "sheet.csv",
        "id,date,kind,target\na1,2024-01-20,attack,Ain al-Asad\na2,2024-13-01,attack,Hit\n",
    )
    code, _, err = run_err(["convert", str(sheet), "-o", str(tmp_path / "c.csv")], capsys)
    assert code == 2
    assert f"{sheet}:3" in err and "'date'" in err
    assert not (tmp_path / "c.csv").exists()


# ================================================================ §2 --gazetteer


@pytest.mark.parametrize("command", ["resolve", "geoparse", "draft", "map", "convert"])
def test_gazetteer_option_on_every_command_that_resolves_names(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gaz = write(tmp_path / "mine.csv", USER_PLACE)
    article = write(tmp_path / "a.txt", "On 20 January 2024 three rockets hit Testabad.\n")
    sheet = write(tmp_path / "s.csv", "id,date,kind,target\nt1,2024-01-20,attack,Testabad\n")
    argv = {
        "resolve": ["resolve", "--json", "Testabad Junction"],
        "geoparse": ["geoparse", "--json", str(article)],
        "draft": ["draft", str(article), "-o", str(tmp_path / "d.csv")],
        "map": ["map", str(sheet), "--strict", "-o", str(tmp_path / "m.html")],
        "convert": ["convert", str(sheet), "--strict", "-o", str(tmp_path / "c.geojson")],
    }[command]
    code, out, err = run_err([*argv, "--gazetteer", str(gaz)], capsys)
    assert code == 0, err
    if command in ("resolve", "geoparse"):
        assert json.loads(out.splitlines()[0])["id"] == "testabad"
    elif command == "draft":
        assert "testabad" in (tmp_path / "d.csv").read_text(encoding="utf-8").lower()
    elif command == "map":
        assert "Testabad" in (tmp_path / "m.html").read_text(encoding="utf-8")
    else:
        feature = json.loads((tmp_path / "c.geojson").read_text(encoding="utf-8"))["features"][0]
        assert feature["geometry"]["coordinates"] == [43.5, 33.5]
    # without the user's CSV the name is unknown
    if command in ("map", "convert"):
        assert run_err(argv, capsys)[0] == 1


def test_gazetteer_option_reaches_a_corpus_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import geopandas

    gaz = write(tmp_path / "mine.csv", USER_PLACE)
    corpus = tmp_path / "news"
    corpus.mkdir()
    write(corpus / "a.txt", "On 20 January 2024 three rockets hit Testabad.\n")
    out_dir = tmp_path / "mentions.parquet"
    code, _, err = run_err(
        ["geoparse", str(corpus), "-o", str(out_dir), "--gazetteer", str(gaz)], capsys
    )
    assert code == 0, err
    assert geopandas.read_parquet(out_dir)["place_id"].tolist() == ["testabad"]


def test_a_bad_user_gazetteer_is_an_input_error_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gaz = write(tmp_path / "mine.csv", USER_PLACE.replace("33.5,43.5", "abc,43.5"))
    code, _, err = run_err(["resolve", "Hit", "--gazetteer", str(gaz)], capsys)
    assert code == 2
    assert f"{gaz}:2: column 'lat'" in err and "Traceback" not in err


def test_a_user_row_of_id_and_aliases_adds_a_spelling_to_a_bundled_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gaz = write(tmp_path / "spellings.csv", "id,aliases\nain-al-asad,Qaidat Testspelling\n")
    code, out, err = run_err(
        ["resolve", "--json", "Qaidat Testspelling", "Ain al-Asad", "--gazetteer", str(gaz)],
        capsys,
    )
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["ain-al-asad", "ain-al-asad"]
    assert rows[0]["lat"] == rows[1]["lat"]  # the bundled place, coordinates unchanged


# ================================================================ §2 the bundled dataset's name


@pytest.mark.parametrize("name", ["seed", "bundled:seed"])
def test_the_bundled_dataset_has_one_name_in_every_command(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geoincidents as gi

    monkeypatch.chdir(tmp_path)
    code, out = run(["convert", name, "-o", "seed.geojson"])
    assert code == 0 and out.startswith(f"{len(gi.datasets.load('seed'))} incident(s) written")
    assert gi.read_incidents("seed.geojson") == gi.datasets.load("seed")
    code, out = run(["map", name, "-o", "seed.html"])
    assert code == 0 and "incident(s) mapped" in out


def test_a_file_named_seed_is_never_silently_shadowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "seed", "id,date,kind,target\nmine,2024-01-20,attack,Ain al-Asad\n")
    code, _, err = run_err(["convert", "seed", "-o", "out.csv"], capsys)
    assert code == 2
    assert_one_clear_line(err, "both the bundled dataset and a file", "bundled:seed", "./seed")
    assert not (tmp_path / "out.csv").exists()
    code, out, _ = run_err(["convert", "./seed", "-o", "out.csv"], capsys)
    assert code == 0 and out.startswith("1 incident(s)")
    code, out, _ = run_err(["convert", "bundled:seed", "-o", "all.csv"], capsys)
    assert code == 0 and not out.startswith("1 incident(s)")


def test_an_unknown_bundled_dataset_lists_the_available_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_err(["map", "bundled:nope", "-o", str(tmp_path / "m.html")], capsys)
    assert code == 2
    assert_one_clear_line(err, "bundled:nope", "available: seed")


# ================================================================ §3 files are never lost

ARTICLE = "On 20 January 2024 three rockets hit Ain al-Asad.\n"
ONE_ROW = "id,date,kind,target\nx1,2024-01-20,attack,Ain al-Asad\n"


def _command(name: str, inp: str, output: str) -> list[str]:
    return {
        "draft": ["draft", inp, "-o", output],
        "map": ["map", inp, "-o", output],
        "convert": ["convert", inp, "-o", output, "--format", "csv"],
    }[name]


@pytest.mark.parametrize("command", ["draft", "map", "convert"])
@pytest.mark.parametrize("spelling", ["./in.txt", "absolute", "link.txt", "sub/../in.txt"])
def test_the_output_is_compared_with_the_inputs_by_identity(
    command: str,
    spelling: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    source = write(tmp_path / "in.txt", ARTICLE if command == "draft" else ONE_ROW)
    (tmp_path / "link.txt").symlink_to(source)
    (tmp_path / "sub").mkdir()
    output = str(source) if spelling == "absolute" else spelling
    before = source.read_bytes()
    code, _, err = run_err(_command(command, "in.txt", output), capsys)
    assert code == 2
    assert_one_clear_line(err, "the output is the same file as the input 'in.txt'")
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "link.txt", "sub"]


@pytest.mark.parametrize("command", ["draft", "map", "convert"])
@pytest.mark.parametrize("how", ["env", "option"])
def test_the_users_gazetteer_counts_as_an_input(
    command: str,
    how: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from geoincidents.places.gazetteer import ENV_VAR

    gaz = write(tmp_path / "mygaz.csv", USER_PLACE)
    source = write(tmp_path / "in.txt", ARTICLE if command == "draft" else ONE_ROW)
    argv = _command(command, str(source), str(gaz))
    if how == "env":
        monkeypatch.setenv(ENV_VAR, f"{tmp_path / 'none.csv'}{os.pathsep}{gaz}")
    else:
        argv += ["--gazetteer", str(gaz)]
    code, _, err = run_err(argv, capsys)
    assert code == 2
    assert_one_clear_line(err, "the output is the same file as the input", "mygaz.csv")
    assert gaz.read_text(encoding="utf-8") == USER_PLACE


def test_draft_of_nothing_read_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    precious = write(tmp_path / "precious.csv", ONE_ROW)
    code, _, err = run_err(["draft", str(tmp_path / "missing.txt"), "-o", str(precious)], capsys)
    assert code == 1  # refused: nothing is written
    assert "missing.txt" in err
    assert f"nothing was read; {precious} was not written" in err
    assert precious.read_text(encoding="utf-8") == ONE_ROW


@pytest.fixture
def umask_027() -> Iterator[None]:
    before = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(before)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.parametrize("command", ["draft", "map", "convert"])
def test_outputs_honour_the_umask_and_keep_an_existing_mode(
    command: str, tmp_path: Path, umask_027: None
) -> None:
    source = write(tmp_path / "in.txt", ARTICLE if command == "draft" else ONE_ROW)
    new = tmp_path / "new.out"
    assert run(_command(command, str(source), str(new)))[0] == 0
    assert _mode(new) == 0o640  # 0o666 & ~0o027
    kept = write(tmp_path / "kept.out", "old\n")
    kept.chmod(0o600)
    assert run(_command(command, str(source), str(kept)))[0] == 0
    assert kept.read_text(encoding="utf-8") != "old\n"
    assert _mode(kept) == 0o600  # not widened to 0o644


#: Runs the CLI in a subprocess whose file writes stop half-way (to be killed there).
SLOW_WRITER = """
import pathlib, sys, time
from geoincidents import cli

def half_then_wait(self, data):
    with open(self, "wb") as handle:
        handle.write(data[: len(data) // 2])
        handle.flush()
        sys.stderr.write("MID-WRITE\\n")
        sys.stderr.flush()
        time.sleep(120)
        handle.write(data[len(data) // 2 :])
    return len(data)

pathlib.Path.write_bytes = half_then_wait
from geoincidents.maps import standalone  # the map is written piece by piece
standalone._write_pieces = lambda path, pieces: half_then_wait(path, "".join(pieces).encode())
sys.exit(cli.main(sys.argv[1:]))
"""


def _kill_mid_write(folder: Path, sig: int) -> subprocess.CompletedProcess[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, "map", "seed", "-o", "map.html"],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    try:
        line = proc.stderr.readline()  # the writer prints this half-way through the file
        assert line == "MID-WRITE\n", line + proc.stderr.read()
        (temp,) = [p for p in folder.iterdir() if p.name.endswith(".geoincidents-tmp.html")]
        assert temp.name.startswith(f".map.html.{proc.pid}.") and temp.stat().st_size > 0
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, line + err)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_sigterm_mid_write_exits_cleanly_leaving_the_old_file_and_no_temporary(
    sig: int, tmp_path: Path
) -> None:
    old = write(tmp_path / "map.html", "<p>the old map</p>\n")
    done = _kill_mid_write(tmp_path, sig)
    assert done.returncode == 128 + sig
    assert f"geoincidents: terminated by {signal.Signals(sig).name}" in done.stderr
    assert "Traceback" not in done.stderr
    assert old.read_text(encoding="utf-8") == "<p>the old map</p>\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]


@pytest.mark.slow
def test_sigkill_mid_write_leaves_a_temporary_the_next_write_removes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = write(tmp_path / "map.html", "<p>the old map</p>\n")
    done = _kill_mid_write(tmp_path, signal.SIGKILL)
    assert done.returncode == -signal.SIGKILL
    assert old.read_text(encoding="utf-8") == "<p>the old map</p>\n"
    assert len(list(tmp_path.iterdir())) == 2  # the killed writer's temporary is left
    monkeypatch.chdir(tmp_path)
    assert run(["map", "seed", "-o", "map.html"])[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]
    assert "Ain al-Asad" in old.read_text(encoding="utf-8")


def test_signal_handlers_are_restored_after_main(tmp_path: Path) -> None:
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)
    run(["map", "seed", "-o", str(tmp_path / "m.html")])
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)) == before


# ================================================================ §4 clear errors, no traceback


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write(tmp_path / "in.csv", ONE_ROW)


@pytest.mark.parametrize(
    ("output", "needle"),
    [
        ("missing_dir/x.geojson", "directory"),
        ("out.txt", "cannot tell the output format"),
        ("existing_dir", "is a directory"),
        ("/dev/null", "not a regular file"),
    ],
)
def test_convert_output_errors_are_one_clear_line(
    output: str,
    needle: str,
    sheet: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "existing_dir").mkdir()
    code, _, err = run_err(["convert", str(sheet), "-o", output], capsys)
    assert code == 2
    assert_one_clear_line(err, output, needle, "nothing was written")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing_dir", "in.csv"]


@pytest.mark.parametrize("command", ["draft", "map", "convert"])
def test_a_missing_output_folder_is_one_clear_line(
    command: str, sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "a.txt", ARTICLE) if command == "draft" else sheet
    output = tmp_path / "nowhere" / "out.csv"
    code, _, err = run_err(_command(command, str(source), str(output)), capsys)
    assert code == 2
    assert_one_clear_line(err, str(output), "does not exist")


@pytest.mark.parametrize("command", ["draft", "map", "convert"])
def test_a_read_only_folder_is_one_clear_line(
    command: str,
    sheet: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Tests run as root, where chmod 0o555 does not stop a write: ``mkstemp`` is made to
    fail as it does in a read-only folder."""
    import tempfile

    source = write(tmp_path / "a.txt", ARTICLE) if command == "draft" else sheet
    out_dir = tmp_path / "ro"
    out_dir.mkdir()

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(kwargs.get("dir", out_dir)))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    code, _, err = run_err(_command(command, str(source), str(out_dir / "out.csv")), capsys)
    assert code == 2
    assert_one_clear_line(err, "Permission denied", str(out_dir))
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("command", ["draft", "map", "convert"])
def test_a_folder_read_only_even_for_root_is_one_clear_line(
    command: str, sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``/sys`` refuses new files even to root (where it does not, the test skips)."""
    import tempfile

    try:
        fd, name = tempfile.mkstemp(dir="/sys")
    except OSError:
        pass
    else:  # pragma: no cover
        os.close(fd)
        os.unlink(name)
        pytest.skip("/sys is writable here")
    source = write(tmp_path / "a.txt", ARTICLE) if command == "draft" else sheet
    code, _, err = run_err(_command(command, str(source), "/sys/out.csv"), capsys)
    assert code == 2
    assert_one_clear_line(err, "/sys")


def test_errors_in_a_real_process_are_one_line_without_traceback(tmp_path: Path) -> None:
    sheet = write(tmp_path / "in.csv", ONE_ROW)
    for argv in (
        ["convert", str(sheet), "-o", str(tmp_path / "missing_dir" / "x.geojson")],
        ["convert", str(sheet), "-o", str(tmp_path / "out.txt")],
        ["convert", str(sheet), "-o", str(tmp_path)],
        ["map", str(sheet), "-o", "/sys/m.html"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "geoincidents", *argv], capture_output=True, text=True
        )
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr


@pytest.mark.slow
def test_a_malformed_cache_file_gives_no_traceback(tmp_path: Path) -> None:
    import shutil

    from geoincidents.places.geonames import CACHE_ENV_VAR, cache_dir

    cache = tmp_path / "cache"
    article = write(tmp_path / "a.txt", "Two drones were shot down over Ain al-Asad.\n")
    argv = [sys.executable, "-m", "geoincidents", "geoparse", "--json", str(article)]
    env = {**os.environ, CACHE_ENV_VAR: str(cache)}
    if cache_dir().is_dir() and any(cache_dir().iterdir()):
        shutil.copytree(cache_dir(), cache)
    else:  # build one to corrupt
        subprocess.run(argv, env=env, capture_output=True, check=True)
    files = [p for p in cache.iterdir() if p.is_file()]
    assert files
    for n, path in enumerate(files):  # truncated, garbage, and a well-formed wrong shape
        path.write_bytes([b"\x80\x04garbage", b"", b'{"format": 2, "rows": 5}'][n % 3])
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 2), done.stderr
    if done.returncode == 0:  # rebuilt: the answer is the same as with a good cache
        assert json.loads(done.stdout.splitlines()[0])["id"] == "ain-al-asad"
    else:
        assert_one_clear_line(done.stderr, "cache")


# ================================================================ the README's command lines


def _readme_command_lines() -> list[list[str]]:
    import shlex

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Command line quickstart")
    block = re.search(r"```sh\n(.*?)```", readme[start:], re.S)
    assert block is not None
    lines = []
    for line in block.group(1).splitlines():
        command = line.split("|")[-1].split("#")[0].strip()
        if command.startswith("geoincidents "):
            lines.append(shlex.split(command)[1:])
    return lines


@pytest.mark.parametrize("argv", _readme_command_lines(), ids=lambda a: " ".join(a[:2]))
def test_the_readme_command_lines_parse(argv: list[str]) -> None:
    from geoincidents.cli import build_parser

    args = build_parser().parse_args(argv)
    assert callable(args.func)


def test_the_readme_exit_codes_match_the_cli() -> None:
    from geoincidents.cli import EXIT_CODES

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d) \| (.+) \|$", readme, re.M)
    assert [int(code) for code, _ in rows] == sorted(EXIT_CODES) == [0, 1, 2]


def test_the_bundled_data_files_count_as_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from geoincidents.incidents.datasets import dataset_path
    from geoincidents.places.gazetteer import bundled_gazetteer_path

    seed_file, places = dataset_path("seed"), bundled_gazetteer_path()
    assert seed_file is not None
    before = seed_file.read_bytes(), places.read_bytes()
    sheet = write(tmp_path / "in.csv", ONE_ROW)
    for argv in (
        ["convert", "seed", "-o", str(seed_file), "--format", "csv"],
        ["convert", str(sheet), "-o", str(places)],
        ["map", "seed", "-o", str(places)],
    ):
        code, _, err = run_err(argv, capsys)
        assert code == 2
        assert_one_clear_line(err, "the output is the same file as the input")
    assert (seed_file.read_bytes(), places.read_bytes()) == before


@pytest.mark.parametrize(
    ("raised", "code", "message"),
    [
        (KeyboardInterrupt(), 130, "geoincidents: interrupted"),
        (PermissionError(13, "Permission denied", "/x/in.csv"), 2, "/x/in.csv: Permission denied"),
        (BrokenPipeError(32, "Broken pipe"), 0, ""),
    ],
)
def test_main_turns_interruptions_and_os_errors_into_a_status(
    raised: BaseException,
    code: int,
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import geoincidents.cli as cli

    def fail(*args: object) -> int:
        raise raised

    monkeypatch.setattr(cli, "_cmd_resolve", fail)
    assert main(["resolve", "Hit"]) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip() == (f"geoincidents: error: {message}" if code == 2 else message)


# ================================================================ the unplaced panel, in Chromium


@pytest.mark.browser
def test_the_cli_map_lists_the_unplaced_rows_in_its_panel_in_chromium(tmp_path: Path) -> None:
    from tests.maps.conftest import CHROMIUM_ARGS, chromium_or_skip

    executable = chromium_or_skip()
    sheet = write(tmp_path / "sheet.csv", SHEET)
    out_file = tmp_path / "m.html"
    assert run(["map", str(sheet), "-o", str(out_file)])[0] == 0
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            fetched: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            url = out_file.resolve().as_uri()

            def offline(route: Any) -> None:
                if route.request.url == url:
                    route.continue_()
                else:  # tiles may be asked for; scripts and stylesheets must be inlined
                    if route.request.resource_type in ("script", "stylesheet", "font"):
                        fetched.append(route.request.url)
                    route.abort()

            page.route("**/*", offline)
            page.goto(url)
            page.wait_for_function(
                "window.GeoIncidents && GeoIncidents.maps.every(m => m.ready)", timeout=20_000
            )
            rows = page.locator(".gi-unplaced-row")
            assert rows.count() == 1
            text = rows.first.inner_text()
            assert f"{sheet.name}:3" in text or f"{sheet}:3" in text
            assert "Xqzvbnm Nowhere" in text and "a2" in text
            assert rows.first.is_visible()
            assert errors == []
            assert fetched == []
        finally:
            browser.close()


@pytest.mark.parametrize("depth", [200, 100_000])
def test_a_deeply_nested_geojson_property_is_one_clear_error(
    depth: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nested = "[" * depth + "]" * depth
    src = write(
        tmp_path / "deep.geojson",
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
        '{"type": "Point", "coordinates": [42.44, 33.79]}, "properties": {"id": "x", '
        f'"date": "2024-01-20", "kind": "attack", "notes": {nested}}}}}]}}',
    )
    for command in ("convert", "map"):
        code, _, err = run_err([command, str(src), "-o", str(tmp_path / "out.csv")], capsys)
        assert code == 2, err
        assert "Traceback" not in err and str(src) in err
    assert not (tmp_path / "out.csv").exists()


def test_a_ninety_row_sheet_with_one_unknown_name_maps_the_other_89(
    tmp_path: Path, gazetteer: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    names = [p.name for p in gazetteer][:89]
    rows = [f"r{n},2024-01-{1 + n % 28:02d},attack,{name}" for n, name in enumerate(names)]
    rows.insert(44, "r-unknown,2024-01-15,attack,Xqzvbnm Nowhere")  # line 46 of the file
    sheet = write(tmp_path / "analyst.csv", "id,date,kind,target\n" + "\n".join(rows) + "\n")
    out_file = tmp_path / "m.html"
    code, out, err = run_err(["map", str(sheet), "-o", str(out_file)], capsys)
    assert code == 0, err
    assert out.startswith("89 incident(s) mapped")
    (line,) = [x for x in err.splitlines() if "Xqzvbnm" in x]
    assert line.startswith(f"geoincidents: warning: {sheet}:46: column 'target'")
    assert "r-unknown" in out_file.read_text(encoding="utf-8")
