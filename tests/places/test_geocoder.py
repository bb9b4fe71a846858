"""GazetteerGeocoder: a geopy geocoder over the gazetteer, through geopandas and RateLimiter."""

from __future__ import annotations

import geopandas
import pandas as pd
import pytest
from geopy.exc import GeocoderServiceError
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location
from pyproj import Geod
from shapely.geometry import Point

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.places.geocoder import GazetteerGeocoder
from geoincidents.places.model import Place

GEOD = Geod(ellps="WGS84")

PLACES = (
    Place(
        id="ain-al-asad",
        name="Ain al-Asad Air Base",
        lat=33.7856,
        lon=42.4412,
        kind="air_base",
        country="IQ",
        precision_m=3_000,
        source="test table",
        name_ar="قاعدة عين الأسد الجوية",
        name_fa="پایگاه هوایی عین‌الاسد",
        aliases=("Ain al-Asad", "عين الأسد", "عین الاسد", "Al Asad Airbase"),
        admin1="Anbar",
    ),
    Place(
        id="mosul",
        name="Mosul",
        lat=36.34,
        lon=43.13,
        kind="city",
        country="IQ",
        precision_m=8_000,
        source="test table",
        name_ar="الموصل",
        name_fa="موصل",
        admin1="Nineveh",
    ),
    Place(
        id="baghdad",
        name="Baghdad",
        lat=33.315,
        lon=44.366,
        kind="city",
        country="IQ",
        precision_m=15_000,
        source="test table",
        name_ar="بغداد",
        name_fa="بغداد",
        admin1="Baghdad",
    ),
    Place(
        id="zummar",
        name="Zummar",
        lat=36.663,
        lon=42.447,
        kind="town",
        country="IQ",
        precision_m=3_000,
        source="test table",
        name_ar="زمار",
        name_fa="زمار",
        aliases=("ذمار",),
        admin1="Nineveh",
    ),
    Place(
        id="dhamar",
        name="Dhamar",
        lat=14.542,
        lon=44.405,
        kind="city",
        country="YE",
        precision_m=5_000,
        source="test table",
        name_ar="ذمار",
        name_fa="ذمار",
    ),
)
GAZETTEER = Gazetteer(PLACES)
BY_ID = {p.id: p for p in PLACES}


@pytest.fixture
def coder() -> GazetteerGeocoder:
    return GazetteerGeocoder(GAZETTEER, use_geonames=False)


def _one(found: object) -> Location:
    assert isinstance(found, Location), found
    return found


def _many(found: object) -> list[Location]:
    assert isinstance(found, list), found
    return found


def _within_precision(place: Place, lat: float, lon: float) -> bool:
    return GEOD.inv(place.lon, place.lat, lon, lat)[2] <= place.precision_m


SPELLINGS = [
    ("Ain al-Asad", "ain-al-asad"),
    ("عين الأسد", "ain-al-asad"),
    ("عین‌الاسد", "ain-al-asad"),
    ("پایگاه هوایی عین الاسد", "ain-al-asad"),
    ("Mosul", "mosul"),
    ("الموصل", "mosul"),
    ("موصل", "mosul"),
    ("Baghdad", "baghdad"),
    ("بغداد", "baghdad"),
]


@pytest.mark.parametrize(("query", "place_id"), SPELLINGS)
def test_geocode_returns_a_location_with_provenance(
    coder: GazetteerGeocoder, query: str, place_id: str
) -> None:
    location = coder.geocode(query)
    assert isinstance(location, Location)
    place = BY_ID[place_id]
    assert _within_precision(place, location.latitude, location.longitude)
    assert location.raw["id"] == place_id
    assert location.raw["query"] == query
    assert location.raw["method"] in ("exact", "normalized", "cross_script", "fuzzy")
    assert 0 < location.raw["score"] <= 1
    assert location.raw["precision_m"] == place.precision_m
    assert location.raw["source"] == "test table"
    assert place_id in [c["id"] for c in location.raw["candidates"]]
    assert location.address.startswith(place.name)


def test_geopandas_geocode_with_an_instance(coder: GazetteerGeocoder) -> None:
    names = [query for query, _ in SPELLINGS] + ["Atlantis"]
    frame = geopandas.tools.geocode(names, provider=coder)
    assert len(frame) == len(names)
    assert frame.crs.to_epsg() == 4326
    for (_, place_id), point in zip(SPELLINGS, frame.geometry[:-1], strict=True):
        assert _within_precision(BY_ID[place_id], point.y, point.x)
    assert frame.geometry.iloc[-1].is_empty
    assert pd.isna(frame["address"].iloc[-1])
    assert frame["address"].iloc[0].startswith("Ain al-Asad Air Base")


def test_geopandas_geocode_with_the_class_and_settings() -> None:
    frame = geopandas.tools.geocode(
        ["ذمار"], provider=GazetteerGeocoder, gazetteer=GAZETTEER, use_geonames=False, country="IQ"
    )
    point = frame.geometry.iloc[0]
    assert _within_precision(BY_ID["zummar"], point.y, point.x)


def test_calling_an_instance_changes_settings(coder: GazetteerGeocoder) -> None:
    yemen = coder(country="YE")
    iraq = coder(country="IQ")
    assert coder.country is None
    assert _one(yemen.geocode("ذمار")).raw["id"] == "dhamar"
    assert _one(iraq.geocode("ذمار")).raw["id"] == "zummar"
    with pytest.raises(TypeError, match="nope"):
        coder(nope=1)


def test_country_argument_of_geocode(coder: GazetteerGeocoder) -> None:
    assert _one(coder.geocode("ذمار", country="IQ")).raw["id"] == "zummar"
    assert _one(coder.geocode("ذمار", country="YE")).raw["id"] == "dhamar"


def test_not_found_is_none(coder: GazetteerGeocoder) -> None:
    assert coder.geocode("Atlantis") is None
    assert coder.geocode("") is None
    assert coder.geocode("Atlantis", exactly_one=False) is None


def test_exactly_one_false_lists_candidates(coder: GazetteerGeocoder) -> None:
    locations = coder.geocode("ذمار", exactly_one=False)
    assert isinstance(locations, list)
    ids = [loc.raw["id"] for loc in locations]
    assert {"zummar", "dhamar"} <= set(ids)
    assert len(ids) == len(set(ids))


def test_works_under_rate_limiter(coder: GazetteerGeocoder) -> None:
    geocode = RateLimiter(coder.geocode, min_delay_seconds=0)
    location = geocode("پایگاه هوایی عین الاسد")
    assert location.raw["id"] == "ain-al-asad"
    reverse = RateLimiter(coder.reverse, min_delay_seconds=0)
    assert reverse((36.35, 43.14)).raw["id"] == "mosul"


@pytest.mark.parametrize(
    ("point", "place_id"),
    [((33.79, 42.45), "ain-al-asad"), ("36.35, 43.14", "mosul"), ((33.3, 44.4), "baghdad")],
)
def test_reverse_finds_the_nearest_place(
    coder: GazetteerGeocoder, point: tuple[float, float] | str, place_id: str
) -> None:
    location = coder.reverse(point)
    assert isinstance(location, Location)
    assert location.raw["id"] == place_id
    place = BY_ID[place_id]
    lat, lon = (float(v) for v in point.split(",")) if isinstance(point, str) else point
    assert location.raw["distance_m"] == pytest.approx(
        GEOD.inv(place.lon, place.lat, lon, lat)[2], rel=0.01
    )


def test_reverse_radius_and_list(coder: GazetteerGeocoder) -> None:
    assert coder.reverse((30.0, 47.0), radius_m=10_000) is None
    # Mosul and Zummar are ~65 km apart: both within 100 km of a point between them
    found = _many(coder.reverse((36.5, 42.8), exactly_one=False, radius_m=100_000))
    assert sorted(loc.raw["id"] for loc in found) == ["mosul", "zummar"]
    distances = [loc.raw["distance_m"] for loc in found]
    assert distances == sorted(distances)


def test_geopandas_reverse_geocode(coder: GazetteerGeocoder) -> None:
    frame = geopandas.tools.reverse_geocode([Point(43.14, 36.35), Point(0.0, 0.0)], provider=coder)
    assert frame["address"].iloc[0].startswith("Mosul")
    assert pd.isna(frame["address"].iloc[1])


def test_never_goes_online(coder: GazetteerGeocoder) -> None:
    with pytest.raises(GeocoderServiceError, match="offline"):
        coder.adapter.get_json("https://example.org", timeout=1, headers={})
    with pytest.raises(GeocoderServiceError, match="offline"):
        coder.adapter.get_text("https://example.org", timeout=1, headers={})
