"""Our incident CSV: decoding, records with every structural problem, and writing.

Reading is forgiving about structure and exact about content: UTF-8 with or without
BOM (every undecodable line is named), comma- or tab-separated, and *all problems at
once* — after a CSV syntax error (a stray quote) or an oversized field the reader goes on
with the next line, so the later rows are still checked. ``line`` in problems is the
physical line (the header is line 1).

Examples
--------
>>> header, rows, problems = csv_records('id,date\\nx,"2024-01-20\\ny,2024-01-21\\n', "f.csv")
>>> header, problems[0].line
(['id', 'date'], 2)
>>> csv_line(["a", "b,c"])
'a,"b,c"\\n'
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from geoincidents.errors import Problem
from geoincidents.incidents.model import Incident
from geoincidents.incidents.schema import INCIDENT_COLUMNS, incident_to_record, record_cell

__all__ = ["CsvRows", "csv_line", "csv_records", "csv_rows", "csv_text", "decode"]

#: Distinct values a column may have and still be memoised (one string per value).
_MEMO_MAX = 4096

#: The longest field the reader accepts (the csv module's default limit).
MAX_FIELD = csv.field_size_limit()


def decode(data: bytes, file: str) -> tuple[str, list[Problem]]:
    """UTF-8 (with or without BOM); every undecodable line is a problem."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    problems = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start : exc.end + 3]
            problems.append(
                Problem(
                    file,
                    number,
                    None,
                    bad.decode("utf-8", "backslashreplace"),
                    f"not UTF-8 (byte {exc.start + 1} of the line); save the file as UTF-8",
                )
            )
    return "", problems


def _csv_error(file: str, line: int, start: int, exc: csv.Error) -> Problem:
    message = str(exc)
    if "unexpected end of data" in message:
        message = f"broken CSV: a quote opened on line {start} is never closed"
        line = start
    elif "field larger than field limit" in message:
        message = f"a field longer than {MAX_FIELD:,} characters (an unclosed quote?)"
    elif "expected after" in message:
        message = f'broken CSV: {message}: a stray quote (write a quote inside a field as "")'
    else:
        message = f"broken CSV: {message}"
    return Problem(file, line, None, None, message)


class CsvRows(Sequence[tuple[int, dict[str, str]]]):
    """The rows of a CSV as ``(line, cells)`` pairs, each ``cells`` dict made when the row
    is reached: a sheet holds one short list of values per row, not one dict per row
    (a dict of 18 columns weighs about 1 KB; 100,000 of them, 100 MB).

    >>> rows = CsvRows(("id", "date"), [(2, ["x", "2024-01-20"])])
    >>> list(rows), len(rows), rows[0][1]["id"]
    ([(2, {'id': 'x', 'date': '2024-01-20'})], 1, 'x')
    """

    __slots__ = ("header", "records")

    def __init__(self, header: Sequence[str], records: list[tuple[int, list[str]]]) -> None:
        self.header = tuple(header)
        self.records = records

    def __len__(self) -> int:
        return len(self.records)

    @overload
    def __getitem__(self, index: int) -> tuple[int, dict[str, str]]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, dict[str, str]]]: ...

    def __getitem__(
        self, index: int | slice
    ) -> tuple[int, dict[str, str]] | list[tuple[int, dict[str, str]]]:
        header = self.header
        if isinstance(index, slice):
            records = self.records[index]
            return [(line, dict(zip(header, cells, strict=True))) for line, cells in records]
        line, cells = self.records[index]
        return line, dict(zip(header, cells, strict=True))

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        header = self.header
        for line, cells in self.records:
            yield line, dict(zip(header, cells, strict=True))


def csv_records(
    text: str, file: str
) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[Problem]]:
    """Header, rows ``(line, cells)`` and structural problems of a CSV text.

    A row whose field count differs from the header's is a problem (never truncated or
    padded); a syntax error is a problem on its line and reading goes on after it.
    """
    header, rows, problems = csv_rows(text, file)
    return header, list(rows), problems


def csv_rows(text: str, file: str) -> tuple[list[str], CsvRows, list[Problem]]:
    """:func:`csv_records` with the rows as :class:`CsvRows` (each dict made on demand)."""
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    problems: list[Problem] = []
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    memos: list[tuple[int, dict[str, str]]] = []
    dropped: list[tuple[int, dict[str, str]]] = []
    width = 0
    line = 1
    while True:
        start = line
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(_csv_error(file, reader.line_num, start, exc))
            line = reader.line_num + 1
            continue
        line = reader.line_num + 1
        if not record or (len(record) == 1 and not record[0].strip()):
            continue  # a blank line holds no data
        if header is None:
            header = [column.strip() for column in record]
            width = len(header)
            memos = [(k, {}) for k in range(width)]
            continue
        if len(record) != width:
            problems.append(
                Problem(
                    file,
                    start,
                    None,
                    None,
                    f"{len(record)} fields but the header has {width}: check the commas and quotes",
                )
            )
            continue
        if memos:
            # a column that repeats its values (kind, date, place name, outlet...) keeps
            # one string per distinct value; one with many distinct values stops being
            # memoised once it has had _MEMO_MAX of them
            for entry in memos:
                k, memo = entry
                value = record[k]
                kept = memo.get(value)
                if kept is None:
                    if len(memo) >= _MEMO_MAX:
                        dropped.append(entry)
                        continue
                    memo[value] = kept = value
                record[k] = kept
            if dropped:
                memos = [m for m in memos if m not in dropped]
                dropped.clear()
        rows.append((start, record))
    if header is None:
        problems.append(Problem(file, 1, None, None, "empty file: no header line"))
        header = []
    return header, CsvRows(header, rows), problems


def csv_line(cells: Iterable[str]) -> str:
    r"""One CSV line; a cell is quoted when it holds a comma, quote, CR or LF.

    (The csv module leaves a lone CR unquoted when lines end in LF, and reading it
    back would lose it.)

    >>> csv_line(["a", "b,c", 'x"y', "line\rbreak"])
    'a,"b,c","x""y","line\rbreak"\n'
    """
    quoted = (
        '"' + cell.replace('"', '""') + '"' if any(ch in cell for ch in ',"\r\n') else cell
        for cell in cells
    )
    return ",".join(quoted) + "\n"


def csv_text(incidents: Sequence[Incident]) -> str:
    """Incidents as our CSV (every column of :data:`~.schema.INCIDENT_COLUMNS`)."""
    lines = [csv_line(INCIDENT_COLUMNS)]
    for incident in incidents:
        record = incident_to_record(incident)
        lines.append(csv_line(record_cell(record[c]) for c in INCIDENT_COLUMNS))
    return "".join(lines)
