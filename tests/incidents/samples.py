"""Shared test data: a small stand-in resolver and incidents that use every field."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

from geoincidents.incidents.model import Incident, Location, Source
from geoincidents.places.model import Candidate, Place, Resolution

PLACES = {
    p.id: p
    for p in (
        Place("ain-al-asad", "Ain al-Asad Air Base", 33.7856, 42.4412, "air_base", "IQ", 3000, "t"),
        Place("al-qaim", "al-Qaim", 34.3680, 41.0946, "city", "IQ", 5000, "t"),
        Place("mosul", "Mosul", 36.3400, 43.1300, "city", "IQ", 10000, "t"),
        Place("zummar", "Zummar", 36.6430, 42.4740, "town", "IQ", 3000, "t"),
    )
}
#: folded spelling -> place id (what a real resolver would find)
SPELLINGS = {
    "ain al-asad": "ain-al-asad",
    "ain al-asad air base": "ain-al-asad",
    "عين الأسد": "ain-al-asad",
    "al-qaim": "al-qaim",
    "القائم": "al-qaim",
    "mosul": "mosul",
    "zummar": "zummar",
}


def fake_resolve(name: str) -> Resolution:
    """Exact lookup in SPELLINGS; otherwise close spellings as candidates."""
    key = name.strip().lower()
    if key in SPELLINGS:
        place = PLACES[SPELLINGS[key]]
        return Resolution(name, place, 1.0, "exact", (Candidate(place, 1.0, "exact"),))
    close = difflib.get_close_matches(key, list(SPELLINGS), n=3, cutoff=0.6)
    candidates = tuple(Candidate(PLACES[SPELLINGS[c]], 0.5, "fuzzy") for c in close)
    return Resolution(name, None, 0.0, "none", candidates)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def rich_incidents() -> list[Incident]:
    """Incidents that use every field, odd characters included, for round trips."""
    return [
        Incident(
            id="a-1",
            date=dt.date(2024, 1, 20),
            kind="attack",
            target=Location(33.7856, 42.4412, "Ain al-Asad Air Base", "ain-al-asad", 3000.0),
            weapon="ballistic_missile",
            count=17,
            origin=Location(
                33.9,
                42.3,
                "عين الأسد",
                None,
                4500.5,
                2,
                '15 km from Ain al-Asad, "north"',
                "POLYGON ((42.3 33.9, 42.4 33.9, 42.4 34, 42.3 33.9))",
            ),
            actor="Kataib Hezbollah",
            claim_status="attributed",
            targeted_party="US forces",
            killed=0,
            wounded=None,
            damage="two hits; most intercepted",
            sources=(
                Source(
                    "AFP | wire",
                    "https://example.org/a?x=1|2",
                    dt.date(2024, 1, 21),
                    "en",
                    "17 missiles, back\\slash",
                ),
                Source("خبرگزاری", "", None, "fa", "یک ادعا"),
            ),
            notes='line one\nline two, with a comma and "quotes"',
            wave="2024-01",
        ),
        Incident(
            id="s-1",
            date=dt.date(2024, 1, 24),
            kind="retaliatory_strike",
            target=Location(34.368, 41.0946, "al-Qaim", "al-qaim", 5000.0, 1, "PMF headquarters"),
            date_precision="week",
            end_date=dt.date(2024, 1, 25),
            weapon="airstrike",
            actor="United States",
            claim_status="claimed",
            responds_to=("a-1",),
            wave="2024-01",
        ),
        Incident(
            id="x|odd id",
            date=dt.date(2024, 3, 1),
            kind="sabotage_attempt",
            target=Location(-12.5, 170.25),
            date_precision="month",
            weapon="grenade",
            count=0,
            responds_to=("s-1", "a-1"),
        ),
    ]
