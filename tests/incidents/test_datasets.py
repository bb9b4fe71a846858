"""The bundled seed dataset: the incidents of the five seed articles, linked and sourced."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources

import pytest

from geoincidents.incidents import datasets
from geoincidents.incidents.io import read_incidents, write_incidents
from geoincidents.incidents.model import KINDS, WEAPONS, Incident
from tests.distance import km


@pytest.fixture(scope="module")
def seed() -> dict[str, Incident]:
    return {i.id: i for i in datasets.load("seed")}


def test_available_and_unknown_names() -> None:
    assert datasets.available() == ("seed",)
    with pytest.raises(ValueError, match="unknown dataset 'nope'; available: seed"):
        datasets.load("nope")


def test_each_load_returns_a_new_list() -> None:
    a, b = datasets.load(), datasets.load("seed")
    assert a == b and a is not b


def test_at_least_fifteen_incidents_across_the_three_waves(seed: dict[str, Incident]) -> None:
    assert len(seed) >= 15
    waves = {i.wave for i in seed.values()}
    assert waves == {"2022-01", "2024-01", "2024-04"}
    for incident in seed.values():
        assert incident.wave == incident.date.strftime("%Y-%m")
        assert incident.id.startswith(incident.date.isoformat())
        assert incident.kind in KINDS and incident.weapon in WEAPONS


@pytest.mark.parametrize(
    ("response", "answered"),
    [
        ("2022-01-05-al-mayadin-artillery", "2022-01-05-green-village-rockets"),
        ("2024-01-24-al-qaim-strike", "2024-01-20-ain-al-asad-missiles"),
        ("2024-01-24-jurf-al-sakhar-strike", "2024-01-20-ain-al-asad-missiles"),
        ("2024-01-24-conoco-missile", "2024-01-24-al-qaim-strike"),
        ("2024-01-24-conoco-missile", "2024-01-24-jurf-al-sakhar-strike"),
        ("2024-04-21-zummar-launcher-strike", "2024-04-21-zummar-rockets"),
    ],
)
def test_responds_to_links_follow_the_reports(
    seed: dict[str, Incident], response: str, answered: str
) -> None:
    assert answered in seed[response].responds_to
    assert seed[response].date >= seed[answered].date


def test_every_link_points_to_an_incident_in_the_dataset(seed: dict[str, Incident]) -> None:
    links = [(i.id, a) for i in seed.values() for a in i.responds_to]
    assert len(links) >= 6
    assert all(a in seed for _, a in links)


PRE, RET = "preemptive_strike", "retaliatory_strike"


@pytest.mark.parametrize(
    ("incident_id", "kind", "weapon", "count", "place_id"),
    [
        ("2022-01-03-baghdad-airport-drones", "attack", "drone", None, "baghdad-airport"),
        ("2022-01-04-ain-al-asad-drones", "interception", "drone", 2, "ain-al-asad"),
        (
            "2022-01-04-green-village-preemptive",
            "preemptive_strike",
            "unknown",
            None,
            "green-village",
        ),
        ("2022-01-04-south-baghdad-convoy-ied", "attack", "ied", None, None),
        ("2022-01-04-al-omar-rockets", "attack", "rocket", None, "al-omar-oil-field"),
        ("2022-01-04-victory-base-rockets", "attack", "rocket", 4, "victory-base-complex"),
        ("2022-01-05-green-village-rockets", "attack", "rocket", 8, "green-village"),
        ("2022-01-05-al-mayadin-artillery", "retaliatory_strike", "artillery", 6, "al-mayadin"),
        ("2022-01-05-ain-al-asad-rockets", "attack", "rocket", 5, "ain-al-asad"),
        ("2022-01-05-al-omar-rockets", "attack", "rocket", 3, "al-omar-oil-field"),
        ("2024-01-20-ain-al-asad-missiles", "attack", "ballistic_missile", 17, "ain-al-asad"),
        ("2024-01-24-al-qaim-strike", "retaliatory_strike", "airstrike", None, "al-qaim"),
        (
            "2024-01-24-jurf-al-sakhar-strike",
            "retaliatory_strike",
            "airstrike",
            None,
            "jurf-al-sakhar",
        ),
        ("2024-01-24-conoco-missile", "attack", "unknown", None, "conoco-gas-field"),
        ("2024-01-28-tower-22-drone", "attack", "drone", None, "tower-22"),
        ("2024-04-20-camp-kalsu-explosion", "explosion", "unknown", None, "camp-kalsu"),
        ("2024-04-21-zummar-rockets", "attack", "rocket", 5, "kharab-al-jir"),
        ("2024-04-21-zummar-launcher-strike", "retaliatory_strike", "airstrike", None, "zummar"),
        ("2024-04-21-al-omar-explosion", "explosion", "unknown", None, "al-omar-oil-field"),
    ],
)
def test_the_reported_facts(
    seed: dict[str, Incident],
    incident_id: str,
    kind: str,
    weapon: str,
    count: int | None,
    place_id: str | None,
) -> None:
    incident = seed[incident_id]
    assert (incident.kind, incident.weapon, incident.count) == (kind, weapon, count)
    assert incident.target.place_id == place_id


def test_casualties_and_claims(seed: dict[str, Incident]) -> None:
    assert seed["2024-01-28-tower-22-drone"].killed == 3
    assert seed["2024-04-20-camp-kalsu-explosion"].killed == 1
    asad = seed["2022-01-05-ain-al-asad-rockets"]
    assert (asad.actor, asad.claim_status) == ("Qasim al-Jabbarin", "claimed")
    assert (asad.killed, asad.wounded) == (0, 0)
    strike = seed["2024-01-24-al-qaim-strike"]
    assert (strike.actor, strike.targeted_party) == ("United States", "Kataib Hezbollah")
    assert strike.is_strike and seed["2022-01-04-green-village-preemptive"].is_strike


def test_disagreeing_sources_are_both_kept(seed: dict[str, Incident]) -> None:
    asad = seed["2022-01-05-ain-al-asad-rockets"]
    alhurra = [s for s in asad.sources if s.outlet.startswith("Alhurra")]
    assert len(alhurra) == 2 and len({s.claim for s in alhurra}) == 2
    claims = " ".join(s.claim for s in alhurra)
    assert "inside the base" in claims and "two kilometres" in claims


def test_every_incident_cites_outlet_date_and_language(seed: dict[str, Incident]) -> None:
    published = {
        "000": dt.date(2022, 1, 5),
        "001": dt.date(2022, 1, 5),
        "002": dt.date(2024, 1, 24),
        "003": dt.date(2022, 1, 5),
        "004": dt.date(2024, 4, 22),
    }
    for incident in seed.values():
        assert incident.sources, incident.id
        for source in incident.sources:
            seed_file = re.search(r"seed (\d{3})_[0-9a-f]{16}", source.outlet)
            assert seed_file, source.outlet
            assert source.date == published[seed_file[1]]
            assert source.language == ("ar" if seed_file[1] == "003" else "fa")
            assert source.date >= incident.date and source.claim


def test_relative_origins_are_placed_by_their_anchor(seed: dict[str, Incident]) -> None:
    origin = seed["2022-01-05-ain-al-asad-rockets"].origin
    target = seed["2022-01-05-ain-al-asad-rockets"].target
    assert origin is not None and origin.polygon_wkt and "15 km" in origin.relation
    assert origin.radius_m >= 15_000
    assert km(origin.lat, origin.lon, target.lat, target.lon) < 20
    mosul = seed["2024-04-21-mosul-northwest-rocket"].origin
    assert mosul is not None and mosul.relation == "north-west of Mosul"
    convoy = seed["2022-01-04-south-baghdad-convoy-ied"].target
    assert convoy.relation and convoy.polygon_wkt and convoy.geo_precision == 2


def test_origins_and_targets_are_where_the_places_are(seed: dict[str, Incident]) -> None:
    # launch sites are within a plausible rocket range of their targets
    for incident in seed.values():
        if incident.origin is not None and incident.kind == "attack":
            d = km(
                incident.origin.lat, incident.origin.lon, incident.target.lat, incident.target.lon
            )
            assert d < 400, incident.id
    zummar = seed["2024-04-21-zummar-launcher-strike"].target
    assert 36.0 < zummar.lat < 37.2 and 41.8 < zummar.lon < 43.0  # northern Iraq, not Yemen


def test_the_seed_file_is_our_csv_and_round_trips(tmp_path) -> None:
    path = resources.files("geoincidents").joinpath("data").joinpath("seed_incidents.csv")
    text = path.read_text(encoding="utf-8")
    # facts only: our own English wording, no Arabic-script article text
    assert not re.search(r"[\u0600-\u06ff]", text)
    out = tmp_path / "seed.csv"
    write_incidents(datasets.load(), out)
    assert read_incidents(out) == datasets.load()
