"""geonames.py: a compact index, built once, cached on disk, keyed by versions; lazy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from geoincidents.places import geonames
from geoincidents.places.names import latin_key, normalize

FAKE_CITIES: list[dict[str, Any]] = [
    {
        "geonameid": 95788,
        "name": "Hīt",
        "latitude": 33.63664,
        "longitude": 42.82768,
        "countrycode": "IQ",
        "admin1code": "01",
        "population": 31901,
        "alternatenames": ["Hit", "Heet", "هيت", "Хит", "HIT", "12"],
    },
    {
        "geonameid": 76184,
        "name": "Dhamār",
        "latitude": 14.54274,
        "longitude": 44.40514,
        "countrycode": "YE",
        "admin1code": "11",
        "population": 160114,
        "alternatenames": ["Dhamār", "Дамар", "ذمار", "धमार"],
    },
]


@pytest.fixture
def fake_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geonames, "_source_cities", lambda: [dict(c) for c in FAKE_CITIES])


def test_index_keeps_latin_and_arabic_names_only(fake_source: None) -> None:
    index = geonames.build_geonames_index(progress=False)
    assert len(index) == 2
    assert index.full[normalize("هيت")] == (0,) and index.full[normalize("Heet")] == (0,)
    assert index.full[normalize("ذمار")] == (1,)
    assert normalize("Хит") not in index.full and normalize("धमार") not in index.full
    assert "12" not in index.full  # codes and numbers are not names
    assert index.latin[latin_key("Dhamar")] == (1,)
    (hit,) = index.places([0])
    assert (hit.id, hit.name_ar, hit.country, hit.origin) == (
        "geonames:95788",
        "هيت",
        "IQ",
        "geonames",
    )


def test_cache_is_written_once_and_reloaded(
    fake_source: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = geonames.load_or_build(tmp_path, progress=False)
    (cache,) = tmp_path.glob("geonames-index-*.json")
    assert "rules" in cache.name and "gn" in cache.name

    def no_rebuild(**_: object) -> None:
        raise AssertionError("the cached index should have been used")

    monkeypatch.setattr(geonames, "build_geonames_index", no_rebuild)
    loaded = geonames.load_or_build(tmp_path, progress=False)
    assert loaded.rows == built.rows and dict(loaded.full) == dict(built.full)


def test_a_corrupt_cache_is_rebuilt(fake_source: None, tmp_path: Path) -> None:
    geonames.load_or_build(tmp_path, progress=False)
    (cache,) = tmp_path.glob("geonames-index-*.json")
    cache.write_bytes(b"not json")
    again = geonames.load_or_build(tmp_path, progress=False)
    assert len(again) == 2
    assert geonames._load_cached(cache) is not None


def test_a_new_rules_version_uses_a_new_cache_file(
    fake_source: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    geonames.load_or_build(tmp_path, progress=False)
    monkeypatch.setattr(geonames, "RULES_VERSION", "test-next")
    geonames.load_or_build(tmp_path, progress=False)
    assert len(list(tmp_path.glob("geonames-index-*.json"))) == 2


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(geonames.CACHE_ENV_VAR, str(tmp_path))
    assert geonames.cache_dir() == tmp_path
    monkeypatch.delenv(geonames.CACHE_ENV_VAR)
    assert geonames.cache_dir() == Path.home() / ".cache" / "geoincidents"


def test_progress_bar_goes_to_stderr(fake_source: None, capsys: pytest.CaptureFixture[str]) -> None:
    geonames.build_geonames_index(progress=True)
    captured = capsys.readouterr()
    assert "GeoNames index" in captured.err and captured.out == ""


@pytest.mark.parametrize(
    ("population", "kind", "at_least"),
    [(0, "village", 2000), (31901, "town", 2000), (7_000_000, "city", 30_000)],
)
def test_place_kind_and_precision_grow_with_population(
    population: int, kind: str, at_least: float
) -> None:
    place = geonames.geonames_place((1, "X", 1.0, 2.0, "IQ", "", population, ""))
    assert place.kind == kind and place.precision_m >= at_least


def test_real_index_has_the_region_in_detail() -> None:
    index = geonames.geonames_index()
    assert index is geonames.geonames_index()
    countries = {row[4] for row in index.rows}
    assert set(geonames.REGION) <= countries and len(countries) > 150
    (dhamar,) = [p for p in index.places(index.full[normalize("ذمار")]) if p.country == "YE"]
    assert abs(dhamar.lat - 14.54) < 0.1


def test_country_bboxes_cover_the_region() -> None:
    boxes = geonames.country_bboxes()
    s, w, n, e = boxes["IQ"]
    assert s < 29.1 and n > 37.3 and w < 38.8 and e > 48.5
    assert len(boxes) > 200


def test_import_geoincidents_does_not_load_the_index() -> None:
    code = "import sys, geoincidents; print('geoincidents.places.geonames' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


class _Payload:
    """Unpickling this would create the marker directory."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        import os

        return (os.mkdir, (str(self.marker),))


@pytest.mark.parametrize("where", ["json", "old pickle"])
def test_a_hostile_cache_file_is_refused_without_running(
    fake_source: None, tmp_path: Path, where: str
) -> None:
    import pickle

    marker = tmp_path / "pwned"
    cache = geonames._cache_file(tmp_path)
    if where == "old pickle":  # the former cache file name: never read again
        cache = cache.with_name(cache.name.replace(f"-f{geonames._FORMAT}.json", "-f1.pickle"))
    cache.write_bytes(pickle.dumps(_Payload(marker)))
    index = geonames.load_or_build(tmp_path, progress=False)
    assert len(index) == 2 and not marker.exists()
    assert geonames._load_cached(geonames._cache_file(tmp_path)) is not None  # rebuilt


@pytest.mark.parametrize(
    "payload",
    [
        b"[]",
        b'{"format": 3, "version": "x", "rows": [[1], ["a"], [1.0], [2.0], ["IQ"], [""], [5]], '
        b'"full": [[], [], []], "latin": [[], [], []]}',  # a column missing
        b'{"format": 3, "version": "x", "rows": [[1], ["a"], [1.0], [2.0], ["IQ"], [""], [5], []],'
        b' "full": [[], [], []], "latin": [[], [], []]}',  # columns of unequal length
        b'{"format": 3, "version": "x", "rows": [[], [], [], [], [], [], [], []], '
        b'"full": [["a"], [1], [3]], "latin": [[], [], []]}',  # a row number out of range
        b'{"format": 3, "version": "x", "rows": [[1], ["a"], [95.0], [2.0], ["IQ"], [""], [5], '
        b'[""]], "full": [[], [], []], "latin": [[], [], []]}',  # latitude off the globe
        b'{"format": 3, "version": "x", "rows": [[1], ["a"], [1.0], [2.0], ["IQ"], [""], [5], '
        b'[""]], "full": [["a"], [2], [0]], "latin": [[], [], []]}',  # counts past the rows
        b'{"format": 3, "version": "x", "rows": [[1], ["a"], [1.0], [2.0], ["IQ"], [""], [5], '
        b'[""]], "full": [["a"], [0], []], "latin": [[], [], []]}',  # a key with no row
        b'{"format": 3, "version": "x", "rows": [[1], ["a"], [1.0], [2.0], ["IQ"], [""], [5], '
        b'[""]], "full": {"a": [0]}, "latin": [[], [], []]}',  # the former postings layout
        b'{"format": 3, "version": "x", "rows": [[true], ["a"], [1.0], [2.0], ["IQ"], [""], [5], '
        b'[""]], "full": [[], [], []], "latin": [[], [], []]}',  # a boolean for an id
        b"[" * 100_000,  # nested too deep
        b"\xff\xfe",
    ],
)
def test_a_malformed_cache_is_refused_and_rebuilt(
    fake_source: None, tmp_path: Path, payload: bytes
) -> None:
    cache = geonames._cache_file(tmp_path)
    cache.write_bytes(payload)
    assert geonames._load_cached(cache) is None
    assert len(geonames.load_or_build(tmp_path, progress=False)) == 2
    assert geonames._load_cached(cache) is not None


def test_the_cache_round_trips_rows_and_postings(fake_source: None, tmp_path: Path) -> None:
    built = geonames.load_or_build(tmp_path, progress=False)
    loaded = geonames._load_cached(geonames._cache_file(tmp_path))
    assert loaded is not None and loaded.version == built.version
    assert loaded.rows == built.rows and isinstance(loaded.rows[0], geonames.Row)
    assert dict(loaded.full) == dict(built.full) and dict(loaded.latin) == dict(built.latin)
    assert len(loaded.full) == len(built.full)
    key = normalize("هيت")
    assert loaded.full.get(key) == (0,) and key in loaded.full
    assert loaded.full.get("no such key") is None and "no such key" not in loaded.full


def test_postings_with_several_rows_per_key_keep_their_order() -> None:
    postings = geonames._valid_postings([["a", "b", "c"], [2, 1, 3], [4, 0, 1, 0, 2, 3]], 5)
    assert postings is not None
    assert dict(postings) == {"a": (4, 0), "b": (1,), "c": (0, 2, 3)}


def test_a_key_given_twice_keeps_its_last_rows_as_in_a_json_object() -> None:
    postings = geonames._valid_postings([["a", "a"], [1, 1], [0, 1]], 2)
    assert postings is not None and dict(postings) == {"a": (1,)} and len(postings) == 1


def test_a_selection_of_rows_is_derived_once_and_then_read_alone(
    fake_source: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    selected = geonames._select_rows(tmp_path, frozenset({"IQ"}), 10_000)
    assert [row.name for row in selected.rows] == ["Hīt"] and selected.version
    (cache,) = tmp_path.glob("geonames-rows-*-IQ-p10000.json")

    def no_index(directory: str) -> None:
        raise AssertionError("the cached selection should have been read alone")

    monkeypatch.setattr(geonames, "_index_for", no_index)
    again = geonames._select_rows(tmp_path, frozenset({"IQ"}), 10_000)
    assert again == selected and isinstance(again.rows[0], geonames.Row)
    assert geonames._select_rows(tmp_path, frozenset({"IQ"}), 10_000) == selected
    assert cache.exists()


@pytest.mark.parametrize(
    "payload",
    [
        b"not json",
        b'{"format": 3, "version": "x", "rows": [[1], ["a"], [95.0], [2.0], ["IQ"], [""], [5], '
        b'[""]]}',  # latitude off the globe
        b'{"format": 3, "version": "x", "rows": [[1], ["a"], [1.0], [2.0], ["IQ"], [""], [5]]}',
        b'{"format": 2, "version": "x", "rows": [[], [], [], [], [], [], [], []]}',
    ],
)
def test_a_malformed_selection_is_refused_and_derived_again(
    fake_source: None, tmp_path: Path, payload: bytes
) -> None:
    path = geonames._rows_file(tmp_path, frozenset({"IQ", "YE"}), 0)
    path.write_bytes(payload)
    assert geonames._load_rows(path) is None
    selected = geonames._select_rows(tmp_path, frozenset({"IQ", "YE"}), 0)
    assert [row.geonameid for row in selected.rows] == [95788, 76184]
    assert geonames._load_rows(path) == selected


def test_the_selection_is_the_index_filtered() -> None:
    index = geonames.geonames_index()
    selected = geonames.geonames_rows(("IQ", "SY", "JO"), 15_000)
    expected = tuple(
        r for r in index.rows if r.country in {"IQ", "SY", "JO"} and r.population >= 15_000
    )
    assert selected.rows == expected and selected.version == index.version
    assert len(expected) > 100
