"""ACLED CSV exports: recognised by their columns, read into our schema, and written.

ACLED CSV exports are recognised by their columns (see :data:`ACLED_COLUMNS`).
``sub_event_type`` maps to kind and weapon by :data:`ACLED_KINDS` and the actor:
US or coalition forces (:data:`STRIKE_ACTOR`) make a strike — ``preemptive_strike``
when the notes speak of an imminent threat or pre-emption, else
``retaliatory_strike``. A weapon named in the notes (:data:`WEAPON_WORDS`) refines
the weapon. Other event types become a kind slugged from ``sub_event_type``
("Armed clash" → ``armed_clash``), so no row is lost. ``geo_precision`` 1/2/3 gives
a radius of :data:`ACLED_RADIUS_M`; ``time_precision`` 1/2/3 gives day/week/month;
``fatalities`` → ``killed``; ``actor2`` → targeted party; ``source`` (``;``-separated)
→ sources. Other ACLED columns are ignored.

Problems are reported in ACLED's column names (``event_date``, ``location`` …).

Examples
--------
>>> acled_kind_weapon("Explosions/Remote violence", "Air/drone strike",
...                   "Islamic Resistance in Iraq", "A drone hit the base.")
('attack', 'drone')
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence

from geoincidents.errors import Problem
from geoincidents.incidents.csvfile import csv_line
from geoincidents.incidents.model import STRIKE_KINDS, Incident
from geoincidents.incidents.rows import RowBatch
from geoincidents.incidents.schema import format_number, join_multi

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_KINDS",
    "ACLED_RADIUS_M",
    "ACLED_WRITE_COLUMNS",
    "STRIKE_ACTOR",
    "WEAPON_WORDS",
    "acled_batch",
    "acled_kind_weapon",
    "acled_text",
    "is_acled",
]

#: The columns that identify an ACLED export (all required).
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "notes",
    "fatalities",
    "source",
)
#: The columns :func:`write_acled_csv` writes.
ACLED_WRITE_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
_REMOTE_VIOLENCE = "Explosions/Remote violence"
_STRATEGIC = "Strategic developments"

#: ACLED ``sub_event_type`` → (kind, default weapon). ``None`` as kind means "attack,
#: or a strike when the actor matches :data:`STRIKE_ACTOR`".
ACLED_KINDS: dict[str, tuple[str | None, str]] = {
    "Shelling/artillery/missile attack": (None, "unknown"),
    "Air/drone strike": (None, "drone"),
    "Remote explosive/landmine/IED": ("attack", "ied"),
    "Suicide bomb": ("attack", "ied"),
    "Grenade": ("attack", "unknown"),
    "Chemical weapon": ("attack", "unknown"),
    "Disrupted weapons use": ("interception", "unknown"),
}
#: Radius in metres given to an ACLED location by its ``geo_precision``.
ACLED_RADIUS_M = {1: 2_000.0, 2: 25_000.0, 3: 100_000.0}
#: Actors whose remote violence is a US or coalition strike.
STRIKE_ACTOR = re.compile(
    r"\b(united states|u\.s\.a?\.?|us|usa|american|coalition|cjtf|inherent resolve)\b", re.I
)
_PREEMPTIVE = re.compile(r"imminent|pre-?empt", re.I)
#: Words in ACLED notes that name the weapon, checked in order.
WEAPON_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ballistic", re.I), "ballistic_missile"),
    (re.compile(r"cruise missile", re.I), "cruise_missile"),
    (re.compile(r"\b(drones?|uavs?|uas|unmanned)\b", re.I), "drone"),
    (re.compile(r"\b(rockets?|katyushas?|grad)\b", re.I), "rocket"),
    (re.compile(r"\b(mortars?|artillery|shell(s|ing|ed)?)\b", re.I), "artillery"),
    (re.compile(r"\b(ieds?|roadside bombs?|explosive devices?|landmines?)\b", re.I), "ied"),
    (re.compile(r"\b(air ?strikes?|warplanes?|fighter jets?|aircraft)\b", re.I), "airstrike"),
)
_WEAPON_SUB_EVENT = {
    "drone": "Air/drone strike",
    "airstrike": "Air/drone strike",
    "ied": "Remote explosive/landmine/IED",
}
_TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
_ACLED_PROBLEM_COLUMNS = {
    "id": "event_id_cnty",
    "date": "event_date",
    "date_precision": "time_precision",
    "target": "location",
    "target_lat": "latitude",
    "target_lon": "longitude",
    "killed": "fatalities",
    "actor": "actor1",
    "targeted_party": "actor2",
    "source_outlet": "source",
    "kind": "sub_event_type",
}


def is_acled(header: Sequence[str]) -> bool:
    return "event_id_cnty" in header and "event_date" in header


def _weapon_in(notes: str) -> str | None:
    for pattern, weapon in WEAPON_WORDS:
        if pattern.search(notes):
            return weapon
    return None


def acled_kind_weapon(
    event_type: str, sub_event_type: str, actor: str, notes: str
) -> tuple[str, str]:
    """Kind and weapon of an ACLED event (see the module docstring for the rules).

    >>> acled_kind_weapon("Explosions/Remote violence", "Air/drone strike",
    ...                   "Military Forces of the United States (2021-)", "Strikes on depots.")
    ('retaliatory_strike', 'airstrike')
    >>> acled_kind_weapon("Explosions/Remote violence", "Shelling/artillery/missile attack",
    ...                   "Islamic Resistance in Iraq", "Three rockets hit the base.")
    ('attack', 'rocket')
    >>> acled_kind_weapon("Battles", "Armed clash", "A", "")
    ('armed_clash', 'unknown')
    """
    event_type, sub = event_type.strip(), sub_event_type.strip()
    named = _weapon_in(notes)
    if sub in ACLED_KINDS:
        kind, weapon = ACLED_KINDS[sub]
        if kind is None:
            if STRIKE_ACTOR.search(actor):
                kind = "preemptive_strike" if _PREEMPTIVE.search(notes) else "retaliatory_strike"
                if sub == "Air/drone strike":
                    weapon = "airstrike"
            else:
                kind = "attack"
        if sub == "Air/drone strike":
            return kind, named if named in ("drone", "airstrike") else weapon
        return kind, named or weapon
    if event_type == _REMOTE_VIOLENCE:
        return "explosion", named or "unknown"
    slug = re.sub(r"[^a-z0-9]+", "_", (sub or event_type).lower()).strip("_")
    return slug or "unknown_event", "unknown"


def _acled_rows(
    rows: Iterable[tuple[int, Mapping[str, str]]],
) -> list[tuple[int, dict[str, str]]]:
    """ACLED rows as rows of our schema."""
    converted = []
    for line, cells in rows:

        def get(column: str, cells: Mapping[str, str] = cells) -> str:
            return (cells.get(column) or "").strip()

        kind, weapon = acled_kind_weapon(
            get("event_type"), get("sub_event_type"), get("actor1"), get("notes")
        )
        precision = get("geo_precision")
        radius = ACLED_RADIUS_M.get(int(precision), 0.0) if precision in ("1", "2", "3") else None
        actor = get("actor1")
        outlets = [s.strip() for s in get("source").split(";") if s.strip()]
        converted.append(
            (
                line,
                {
                    "id": get("event_id_cnty"),
                    "date": get("event_date"),
                    "date_precision": _TIME_PRECISION.get(get("time_precision"), ""),
                    "kind": kind,
                    "weapon": weapon,
                    "target": get("location"),
                    "target_lat": get("latitude"),
                    "target_lon": get("longitude"),
                    "target_radius_m": format_number(radius),
                    "geo_precision": precision,
                    "actor": actor,
                    "claim_status": "attributed"
                    if actor and not actor.lower().startswith("unidentified")
                    else "unknown",
                    "targeted_party": get("actor2"),
                    "killed": get("fatalities"),
                    "source_outlet": join_multi(outlets),
                    "notes": cells.get("notes") or "",
                },
            )
        )
    return converted


def _acled_problem(problem: Problem) -> Problem:
    column = _ACLED_PROBLEM_COLUMNS.get(problem.column or "", problem.column)
    return dataclasses.replace(problem, column=column)


def acled_batch(
    header: Sequence[str],
    rows: list[tuple[int, dict[str, str]]],
    problems: list[Problem],
    file: str,
) -> RowBatch:
    """ACLED rows (from :func:`~.csvfile.csv_records`) as a batch of rows of our schema."""
    problems = list(problems)
    missing = [c for c in ACLED_COLUMNS if c not in header]
    problems += [Problem(file, 1, c, None, f"missing ACLED column {c!r}") for c in missing]
    seen: set[str] = set()
    for column in header:
        if column in seen:
            problems.append(
                Problem(file, 1, column, column, f"repeated column (a second {column!r})")
            )
        seen.add(column)
    if missing or len(seen) != len(header):
        return RowBatch(file, [], problems)
    for line, cells in rows:  # reported in ACLED terms before conversion
        for column in ("latitude", "longitude"):
            if not (cells.get(column) or "").strip():
                problems.append(Problem(file, line, column, "", f"ACLED rows need a {column}"))
    return RowBatch(file, _acled_rows(rows), problems, _acled_problem)


def acled_text(incidents: Sequence[Incident]) -> str:
    lines = [csv_line(ACLED_WRITE_COLUMNS)]
    precision = {"day": "1", "week": "2", "month": "3"}
    for incident in incidents:
        if incident.kind == "interception":
            event_type, sub = _STRATEGIC, "Disrupted weapons use"
        elif incident.kind == "explosion":
            event_type, sub = _REMOTE_VIOLENCE, ""
        elif incident.kind == "attack" or incident.kind in STRIKE_KINDS:
            event_type = _REMOTE_VIOLENCE
            sub = _WEAPON_SUB_EVENT.get(incident.weapon, "Shelling/artillery/missile attack")
        else:
            event_type, sub = _STRATEGIC, incident.kind.replace("_", " ").capitalize()
        target = incident.target
        lines.append(
            csv_line(
                [
                    incident.id,
                    incident.date.isoformat(),
                    str(incident.date.year),
                    precision.get(incident.date_precision, "1"),
                    event_type,
                    sub,
                    incident.actor,
                    incident.targeted_party,
                    target.name,
                    format_number(target.lat),
                    format_number(target.lon),
                    str(target.geo_precision),
                    "; ".join(s.outlet for s in incident.sources if s.outlet),
                    incident.notes,
                    format_number(incident.killed),
                ]
            )
        )
    return "".join(lines)
