"""What a read gives: the incidents placed, and every problem (errors and warnings).

:func:`report_from_batches` is the one place where rows of every format become incidents:
the sheet's context is computed over all the files, each row is parsed and placed once,
the cross-row checks run, and the result is a :class:`ReadReport` — or an
:class:`~geoincidents.errors.IncidentFileError` with every problem at once when the data
is malformed (or, with ``strict=True``, when a row could not be placed).

Examples
--------
>>> from geoincidents.incidents.rows import RowBatch
>>> rows = [(2, {"id": "a", "date": "2024-01-20", "kind": "attack",
...              "target_lat": "33.8", "target_lon": "42.44"})]
>>> report = report_from_batches([RowBatch("a.csv", rows)])
>>> [i.id for i in report.incidents], report.problems, report.unplaced
(['a'], (), ())
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from geoincidents._gc import gc_paused
from geoincidents.errors import IncidentFileError, Problem
from geoincidents.incidents.model import Incident
from geoincidents.incidents.rows import (
    ParsedIncident,
    PlaceLookup,
    RowBatch,
    check_links,
    parse_rows,
    sheet_context,
)

__all__ = ["ReadReport", "report_from_batches"]


@dataclass(frozen=True)
class ReadReport:
    """The incidents read, and every problem found (all of them warnings: a read with
    errors raises instead).

    ``problems`` holds each warning with file, line, column, value, message, severity,
    ``suggestions`` and ``incident_id``: doubtful placements (ambiguous names, low
    scores, fallback matches, places outside the sheet's countries, far origins), dates
    read in another calendar, URLs kept as text, and the rows that could not be placed.
    ``unplaced`` is the last kind alone: one problem per name that could not be placed;
    those rows are not in ``incidents``.
    """

    incidents: tuple[Incident, ...]
    problems: tuple[Problem, ...] = ()
    _unplaced: tuple[Problem, ...] = field(default=(), repr=False)

    @property
    def unplaced(self) -> tuple[Problem, ...]:
        """The problems of the rows that could not be placed (left out of ``incidents``)."""
        return self._unplaced

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that are not about unplaced rows (doubts, calendars, URLs)."""
        unplaced = {id(p) for p in self._unplaced}
        return tuple(p for p in self.problems if id(p) not in unplaced)


def report_from_batches(
    batches: Iterable[RowBatch],
    *,
    places: PlaceLookup | None = None,
    strict: bool = False,
    today: dt.date | None = None,
) -> ReadReport:
    """Parse and place every row of every batch; check ids and links across them all.

    Raises
    ------
    IncidentFileError
        With every error of every file (and, when ``strict``, every unplaced row as an
        error); nothing is returned then.
    """
    batches = list(batches)
    parsed: list[ParsedIncident] = []
    problems: list[Problem] = []
    unplaced: list[Problem] = []
    with gc_paused():
        if places is not None:
            sheet_context(places, (row for batch in batches for row in batch.rows))
        for batch in batches:
            problems += list(batch.problems)
            found, row_problems = parse_rows(
                batch.rows, file=batch.file, places=places, today=today, columns=batch.columns
            )
            parsed += found
            fixed = {id(p): batch.fix(p) for p in row_problems}
            problems += fixed.values()
            unplaced += [fixed[id(p)] for f in found for p in f.unplaced]
        problems += check_links(parsed)
    if strict:
        turned = {id(p): dataclasses.replace(p, severity="error") for p in unplaced}
        problems = [turned.get(id(p), p) for p in problems]
        unplaced = list(turned.values())
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise IncidentFileError(errors)
    incidents = tuple(p.incident for p in parsed if p.incident is not None)
    return ReadReport(incidents, tuple(problems), tuple(unplaced))
