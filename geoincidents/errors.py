"""One error hierarchy for the whole library.

Every class subclasses :class:`GeoincidentsError` *and* a builtin, so callers can
catch either ``geoincidents.GazetteerError`` or plain ``ValueError``.

Examples
--------
>>> from geoincidents.errors import GazetteerError, Problem
>>> err = GazetteerError([Problem("places.csv", 3, "lat", "abc", "lat is not a number")])
>>> isinstance(err, ValueError)
True
>>> print(err)
places.csv:3: column 'lat': lat is not a number (value: 'abc')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "GazetteerError",
    "GeoincidentsError",
    "GeoincidentsWarning",
    "GeoparseError",
    "IncidentFileError",
    "IncidentValueError",
    "OutputError",
    "PlaceNotFoundError",
    "PlacementWarning",
    "Problem",
    "RenderError",
    "StyleError",
]


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file, with where it is.

    ``line`` is 1-based and counts the header as line 1 for CSV files; ``column`` is
    the column name (or ``None`` when the problem concerns the whole row/file).
    ``severity`` is ``"error"`` or ``"warning"``.
    """

    file: str
    line: int | None
    column: str | None
    value: str | None
    message: str
    severity: str = "error"
    #: Names the user may have meant (for an unknown place name), best first.
    suggestions: tuple[str, ...] = ()
    #: The incident the problem concerns, when known (an unplaced row's ``id``).
    incident_id: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.column:
            parts.append(f"column {self.column!r}")
        text = ": ".join(parts) + f": {self.message}"
        if self.value not in (None, ""):
            text += f" (value: {self.value!r})"
        if self.suggestions:
            text += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        if self.severity != "error":
            text = f"{self.severity}: {text}"
        return text


class GeoincidentsError(Exception):
    """Base class of every error this library raises on purpose."""


class _ProblemsError(GeoincidentsError):
    """An error that carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem] | str) -> None:
        if isinstance(problems, str):
            self.problems: tuple[Problem, ...] = ()
            message = problems
        else:
            self.problems = tuple(problems)
            message = "\n".join(str(p) for p in self.problems)
        super().__init__(message)


class GazetteerError(_ProblemsError, ValueError):
    """A gazetteer CSV is malformed; ``problems`` lists every error with file/line/column."""


class IncidentFileError(_ProblemsError, ValueError):
    """An incident file (CSV, GeoJSON, ACLED) has bad rows; ``problems`` lists them all."""


class IncidentValueError(GeoincidentsError, ValueError):
    """A value given to the incidents wing is invalid (an empty Source, an unknown format)."""


class PlaceNotFoundError(GeoincidentsError, LookupError):
    """A place name could not be resolved to any gazetteer or GeoNames entry."""


class GeoparseError(GeoincidentsError, ValueError):
    """Text could not be geoparsed (for example, it is not valid text)."""


class OutputError(GeoincidentsError, OSError):
    """An output file cannot be written where asked (missing folder, a folder, read-only,
    or the same file as an input). Nothing was written."""


class StyleError(GeoincidentsError, ValueError):
    """A style given to the maps wing (a colour, a marker shape) is not valid."""


class RenderError(GeoincidentsError, RuntimeError):
    """A map could not be rendered or written."""


class GeoincidentsWarning(UserWarning):
    """Base class of the warnings this library issues (Python ``warnings``)."""


class PlacementWarning(GeoincidentsWarning):
    """Some incident rows could not be placed and were left out; ``problems`` names them.

    Issued once per read by :func:`geoincidents.incidents.io.read_incidents` in lenient
    mode (``strict=False``); pass ``strict=True`` to make it an error instead.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        n = len(self.problems)
        rows = "1 incident row" if n == 1 else f"{n} incident rows"
        head = f"{rows} could not be placed and {'was' if n == 1 else 'were'} left out"
        super().__init__("\n".join([head, *(str(p) for p in self.problems)]))
