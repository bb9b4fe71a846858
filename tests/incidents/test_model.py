"""The incident model: frozen values, defaults, strike kinds."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from geoincidents.incidents.model import (
    CLAIM_STATUSES,
    DATE_PRECISIONS,
    KINDS,
    STRIKE_KINDS,
    WEAPONS,
    Incident,
    Location,
    Source,
)

TARGET = Location(33.8, 42.44, "Ain al-Asad", "ain-al-asad", 2000)


@pytest.mark.parametrize(
    ("kind", "strike"),
    [
        ("attack", False),
        ("interception", False),
        ("explosion", False),
        ("preemptive_strike", True),
        ("retaliatory_strike", True),
        ("sabotage", False),
    ],
)
def test_is_strike_marks_us_and_coalition_strikes(kind: str, strike: bool) -> None:
    assert Incident("i", dt.date(2024, 1, 1), kind, TARGET).is_strike is strike


def test_defaults_say_unknown_rather_than_guess() -> None:
    inc = Incident("i", dt.date(2024, 1, 20), "attack", TARGET)
    assert (inc.weapon, inc.claim_status, inc.date_precision) == ("unknown", "unknown", "day")
    assert inc.count is None and inc.killed is None and inc.wounded is None
    assert inc.origin is None and inc.responds_to == () and inc.sources == ()
    loc = Location(1.0, 2.0)
    assert (loc.radius_m, loc.geo_precision, loc.place_id, loc.polygon_wkt) == (0.0, 1, None, None)


def test_values_are_frozen_and_hashable() -> None:
    inc = Incident("i", dt.date(2024, 1, 20), "attack", TARGET, sources=(Source("AFP"),))
    with pytest.raises(dataclasses.FrozenInstanceError):
        inc.kind = "explosion"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        TARGET.lat = 0.0  # type: ignore[misc]
    assert hash(inc) == hash(dataclasses.replace(inc))
    assert len({inc, dataclasses.replace(inc), dataclasses.replace(inc, id="j")}) == 2


def test_vocabularies_cover_the_issue() -> None:
    assert set(KINDS) == {
        "attack",
        "interception",
        "preemptive_strike",
        "retaliatory_strike",
        "explosion",
    }
    assert set(KINDS) > STRIKE_KINDS
    assert {"rocket", "drone", "ballistic_missile", "ied", "artillery", "airstrike"} < set(WEAPONS)
    assert {"claimed", "attributed", "unclaimed", "denied", "disputed", "unknown"} == set(
        CLAIM_STATUSES
    )
    assert DATE_PRECISIONS == ("day", "week", "month")


def test_values_have_slots_pickle_and_keep_equality() -> None:
    import pickle

    from geoincidents.incidents.model import Alternative

    loc = Location(33.8, 42.4, name="x", alternatives=(Alternative("b", "B", "IQ", 0.7),))
    inc = Incident(
        "i", dt.date(2024, 1, 20), "attack", loc, weapons=("rocket", "drone"),
        sources=(Source("AFP", date=dt.date(2024, 1, 21)),),
    )  # fmt: skip
    for value in (inc, loc, loc.alternatives[0], inc.sources[0]):
        assert not hasattr(value, "__dict__")  # slots: no dict per value
        back = pickle.loads(pickle.dumps(value))
        assert back == value and hash(back) == hash(value)
    back = pickle.loads(pickle.dumps(inc))
    assert (back.weapon, back.weapons) == ("rocket", ("rocket", "drone"))  # __post_init__
    assert back.target.doubtful is inc.target.doubtful
