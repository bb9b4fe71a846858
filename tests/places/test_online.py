"""OnlineGeocoderFallback with a fake geocoder: cache, rate limit, timeouts, errors.

Nothing here touches the network or really sleeps: the geocoder is a fake object and
the rate limiter gets a fake clock whose time only moves when it is told to sleep.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from geopy.exc import GeocoderServiceError, GeocoderTimedOut
from geopy.location import Location
from pyproj import Geod

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.places.online import (
    DEFAULT_PRECISION_M,
    OnlineGeocoderFallback,
    OnlineGeocoderWarning,
)
from geoincidents.places.resolve import resolve

GEOD = Geod(ellps="WGS84")

TIKRIT = Location(
    "Tikrit, Salah ad-Din Governorate, Iraq",
    (34.6071, 43.6782, 0.0),
    {
        "boundingbox": ["34.5671", "34.6471", "43.6382", "43.7182"],  # Nominatim order
        "addresstype": "city",
        "address": {"country_code": "iq"},
    },
)
SAMARRA = Location("Samarra, Iraq", (34.1983, 43.8742, 0.0), {})
BAIJI = Location(
    "Baiji, Iraq",
    (34.9292, 43.4931, 0.0),
    {"properties": {"extent": [43.45, 34.96, 43.53, 34.90], "osm_value": "town"}},  # Photon
)


class FakeClock:
    """Time that moves only when somebody sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class FakeGeocoder:
    """A geopy-like geocoder that records each call and answers from a table."""

    def __init__(self, answers: dict[str, Any], clock: FakeClock | None = None) -> None:
        self.answers = answers
        self.clock = clock
        self.calls: list[dict[str, Any]] = []

    def geocode(
        self,
        query: str,
        exactly_one: bool = True,
        timeout: float | None = None,
        country_codes: str | None = None,
    ) -> Any:
        self.calls.append(
            {
                "query": query,
                "exactly_one": exactly_one,
                "timeout": timeout,
                "country_codes": country_codes,
                "at": self.clock() if self.clock else None,
            }
        )
        answer = self.answers.get(query)
        if isinstance(answer, Exception):
            raise answer
        return answer


class FlakyGeocoder(FakeGeocoder):
    """Fails the first ``failures`` calls, then answers."""

    def __init__(self, answers: dict[str, Any], failures: int) -> None:
        super().__init__(answers)
        self.failures = failures

    def geocode(self, query: str, exactly_one: bool = True, timeout: float | None = None) -> Any:  # type: ignore[override]
        self.calls.append({"query": query, "timeout": timeout})
        if len(self.calls) <= self.failures:
            raise GeocoderTimedOut("slow service")
        return self.answers.get(query)


def _fallback(
    geocoder: Any, clock: FakeClock | None = None, **options: Any
) -> OnlineGeocoderFallback:
    clock = clock or FakeClock()
    return OnlineGeocoderFallback(geocoder, clock=clock, sleep=clock.sleep, **options)


def test_returns_an_online_place_with_provenance() -> None:
    geocoder = FakeGeocoder({"Tikrit": TIKRIT})
    place = _fallback(geocoder)("Tikrit")
    assert place is not None
    assert (place.lat, place.lon) == (34.6071, 43.6782)
    assert place.origin == "online"
    assert place.name == "Tikrit"
    assert place.kind == "city"
    assert place.country == "IQ"
    assert "FakeGeocoder" in place.source and "'Tikrit'" in place.source
    assert "Salah ad-Din" in place.notes


def test_precision_from_a_nominatim_bounding_box() -> None:
    place = _fallback(FakeGeocoder({"Tikrit": TIKRIT}))("Tikrit")
    assert place is not None
    corner = GEOD.inv(43.6782, 34.6071, 43.7182, 34.6471)[2]
    assert place.precision_m == pytest.approx(corner, rel=0.01)


def test_precision_from_a_photon_extent() -> None:
    place = _fallback(FakeGeocoder({"Baiji": BAIJI}))("Baiji")
    assert place is not None
    assert place.kind == "town"
    corners = [(43.45, 34.90), (43.53, 34.90), (43.45, 34.96), (43.53, 34.96)]
    farthest = max(GEOD.inv(43.4931, 34.9292, x, y)[2] for x, y in corners)
    assert place.precision_m == pytest.approx(farthest, rel=0.01)


def test_default_precision_without_a_box() -> None:
    place = _fallback(FakeGeocoder({"Samarra": SAMARRA}))("Samarra")
    assert place is not None
    assert place.precision_m == DEFAULT_PRECISION_M
    assert place.kind == "place"
    place = _fallback(FakeGeocoder({"Samarra": SAMARRA}), default_precision_m=5_000)("Samarra")
    assert place is not None and place.precision_m == 5_000


def test_cache_hit_avoids_the_second_call() -> None:
    geocoder = FakeGeocoder({"Tikrit": TIKRIT})
    lookup = _fallback(geocoder)
    first = lookup("Tikrit")
    second = lookup("tikrit")  # same normalised key
    assert first == second
    assert len(geocoder.calls) == 1


def test_not_found_is_cached_too() -> None:
    geocoder = FakeGeocoder({})
    lookup = _fallback(geocoder)
    assert lookup("Atlantis") is None
    assert lookup("Atlantis") is None
    assert len(geocoder.calls) == 1


def test_country_is_part_of_the_key_and_passed_on() -> None:
    geocoder = FakeGeocoder({"Tikrit": TIKRIT})
    lookup = _fallback(geocoder)
    place = lookup("Tikrit", country="iq")
    lookup("Tikrit")
    assert len(geocoder.calls) == 2
    assert geocoder.calls[0]["country_codes"] == "iq"
    assert geocoder.calls[1]["country_codes"] is None
    assert place is not None and place.country == "IQ"


def test_disk_cache_survives_a_new_instance(tmp_path: Path) -> None:
    cache = tmp_path / "sub" / "online.json"
    geocoder = FakeGeocoder({"Tikrit": TIKRIT})
    first = _fallback(geocoder, cache_path=cache)("Tikrit")
    assert cache.exists()
    data = json.loads(cache.read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["entries"]) == 1
    assert [p.name for p in cache.parent.iterdir()] == ["online.json"]  # no temp files left
    again = FakeGeocoder({"Tikrit": TIKRIT})
    second = _fallback(again, cache_path=cache)("Tikrit")
    assert again.calls == []
    assert second == first


def test_unreadable_cache_warns_and_starts_empty(tmp_path: Path) -> None:
    cache = tmp_path / "online.json"
    cache.write_text("{not json", encoding="utf-8")
    geocoder = FakeGeocoder({"Tikrit": TIKRIT})
    with pytest.warns(OnlineGeocoderWarning, match="unreadable"):
        place = _fallback(geocoder, cache_path=cache)("Tikrit")
    assert place is not None
    assert json.loads(cache.read_text(encoding="utf-8"))["version"] == 1


def test_rate_limit_is_enforced_with_a_fake_clock() -> None:
    clock = FakeClock()
    geocoder = FakeGeocoder({"Tikrit": TIKRIT, "Samarra": SAMARRA, "Baiji": BAIJI}, clock)
    lookup = _fallback(geocoder, clock, min_delay_seconds=2.0)
    for name in ("Tikrit", "Samarra", "Baiji", "Tikrit"):
        lookup(name)
    assert len(geocoder.calls) == 3  # the last one came from the cache
    times = [call["at"] for call in geocoder.calls]
    assert all(later - earlier >= 2.0 for earlier, later in itertools.pairwise(times))
    assert sum(clock.sleeps) == pytest.approx(4.0)


def test_timeout_is_passed_through() -> None:
    geocoder = FakeGeocoder({"Tikrit": TIKRIT})
    _fallback(geocoder, timeout=3.5)("Tikrit")
    assert geocoder.calls[0]["timeout"] == 3.5
    assert geocoder.calls[0]["exactly_one"] is True


@pytest.mark.parametrize(
    "error", [GeocoderTimedOut("too slow"), GeocoderServiceError("HTTP 500")], ids=repr
)
def test_errors_become_none_and_a_warning(error: Exception) -> None:
    clock = FakeClock()
    geocoder = FakeGeocoder({"Tikrit": error})
    lookup = _fallback(geocoder, clock, max_retries=2, error_wait_seconds=7.0)
    with pytest.warns(OnlineGeocoderWarning, match="Tikrit"):
        assert lookup("Tikrit") is None
    assert len(geocoder.calls) == 3  # one try and two retries
    assert clock.sleeps.count(7.0) == 2
    # a failure is not cached: the next lookup asks again
    geocoder.answers["Tikrit"] = TIKRIT
    assert lookup("Tikrit") is not None


def test_a_retry_can_succeed() -> None:
    geocoder = FlakyGeocoder({"Tikrit": TIKRIT}, failures=1)
    place = _fallback(geocoder, max_retries=2)("Tikrit")
    assert place is not None
    assert len(geocoder.calls) == 2


def test_rejects_objects_without_geocode() -> None:
    with pytest.raises(TypeError, match="geocode"):
        OnlineGeocoderFallback(object())


def test_empty_names_never_reach_the_service() -> None:
    geocoder = FakeGeocoder({})
    assert _fallback(geocoder)("  ") is None
    assert geocoder.calls == []


def test_the_resolver_uses_it_only_when_asked() -> None:
    geocoder = FakeGeocoder({"Tikrit": TIKRIT})
    empty = Gazetteer(())
    assert resolve("Tikrit", empty, use_geonames=False).place is None
    assert geocoder.calls == []
    found = resolve("Tikrit", empty, use_geonames=False, online=_fallback(geocoder))
    assert found.place is not None
    assert found.method == "online"
    assert found.place.origin == "online"
