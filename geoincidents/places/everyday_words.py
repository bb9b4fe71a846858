"""Place names that are also everyday words: the table ``gazetteer/everyday_words.csv``.

``وأظهرت الصور دخانا`` ("the pictures showed smoke") names no place, though ``الصور`` is
the name of al-Suwar in Deir ez-Zor; ``حرس الثورة`` is the Revolutionary Guard, not
al-Thawra (Tabqa); ``يبلغ من العمر ثلاثين عاما`` ("aged thirty") is no oil field; Persian
``انبار مهمات`` is an ammunition depot, not Anbar. Each row of the table names such a word,
the languages in which it is an everyday word, and how much the words around it must say
before it is read as the place (``reading``):

- ``kind``: only with its kind word (``قضاء المدينة``; ``المدينة``, "the city", never alone);
- ``word``: also with a near or direction word before it (``قرب الصور``, ``شمال التبني``);
- ``either``: also where an attack verb takes it as its object (``قصفت الطائرات القائم``),
  or a preposition stands before it and the clause ends or a place's next word follows
  (``في بلد.``, ``في بلد شمال بغداد``), but not in ``نحن في بلد ديمقراطي`` ("we are in a
  democratic country");
- ``place``: a place, unless the words around show the everyday word: a definite noun
  right before it, whose adjective it is (``الوضع القائم``, the status quo), or one of
  ``everyday_next`` right after it (``القائم بالأعمال``, the chargé d'affaires).

Whatever its reading, a name is a place where it follows another place's in a list
(``عين الأسد وحرير``) and where any stricter reading would place it.

An English row (``en``: ``Victory`` of Camp Victory, ``Green`` of Green Village) is read
the same way; a lower-case word is never a name, so it only ever meets the capitalised
word, and a capital inside a sentence places it too: only a sentence's first word, whose
capital says nothing, needs the words around it.

Every row carries an ``everyday`` sentence, where the word names no place, and a ``place``
sentence, where it names ``place_id``: the suite reads both for every row, so a row is its
own test. Add a row when you add a name (in ``places.csv``) that is also a common word; a
name that is only sometimes a word and has a kind word in every telling needs no row (write
the alias with its kind word instead, see ``gazetteer/README.md``).

The table is read by one function, :func:`everyday_words`; a bad row raises
:class:`~geoincidents.errors.GazetteerError` naming its file, line and column.

Examples
--------
>>> rows = everyday_words()
>>> row = next(r for r in rows if r.word == "الصور")
>>> row.languages, row.reading, row.place_id
(('ar',), 'word', 'al-suwar')
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geoincidents.errors import GazetteerError, Problem

__all__ = ["COLUMNS", "READINGS", "EverydayWord", "bundled_everyday_words_path", "everyday_words"]

#: the table's columns, in order
COLUMNS = (
    *("word", "languages", "reading", "everyday_next", "meaning", "everyday", "place"),
    "place_id",
)
#: how much the words around must say, from the most to the least (see the module docstring)
READINGS = ("kind", "word", "either", "place")
#: the columns that may be empty
_OPTIONAL = frozenset({"everyday_next"})
_LANGUAGES = ("ar", "fa", "en")
_ARABIC_SCRIPT = re.compile(r"^[\u0600-\u06ff\u200c]+$")
_LATIN_WORD = re.compile(r"^[A-Z][a-z]+$")


@dataclass(frozen=True)
class EverydayWord:
    """One row of the table: ``word`` (as written, one word of Arabic script) is an
    everyday word in ``languages`` and a place's name (``place_id``) when the words around
    it say so, by ``reading``; ``everyday_next``, the words that right after it make it
    the everyday word; ``everyday`` and ``place`` are example sentences."""

    word: str
    languages: tuple[str, ...]
    reading: str
    everyday_next: tuple[str, ...]
    meaning: str
    everyday: str
    place: str
    place_id: str


def bundled_everyday_words_path() -> Path:
    """Path of the bundled ``everyday_words.csv`` (beside ``places.csv``).

    >>> bundled_everyday_words_path().name
    'everyday_words.csv'
    """
    from geoincidents.places.gazetteer import bundled_gazetteer_path

    return bundled_gazetteer_path().with_name("everyday_words.csv")


def everyday_words(path: str | Path | None = None) -> tuple[EverydayWord, ...]:
    """The rows of ``path`` (default: the bundled table, read once and kept).

    Raises
    ------
    GazetteerError
        Listing every bad row: a missing column, an empty cell, a word not of one word of
        Arabic script, an unknown language or reading, an example without its word, or
        the same word twice.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "words.csv"
    >>> _ = bad.write_text(",".join(COLUMNS) + "\\nبلد,ar,often,,a country,في بلد,في بلد,balad\\n",
    ...                    encoding="utf-8")
    >>> everyday_words(bad)
    Traceback (most recent call last):
    ...
    geoincidents.errors.GazetteerError: ...words.csv:2: column 'reading': ...
    """
    if path is None:
        return _bundled()
    return _read(Path(path))


@lru_cache(maxsize=1)
def _bundled() -> tuple[EverydayWord, ...]:
    return _read(bundled_everyday_words_path())


def _read(path: Path) -> tuple[EverydayWord, ...]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError) as error:
        raise GazetteerError(
            [Problem(str(path), None, None, None, f"cannot read: {error}")]
        ) from None
    if not rows or tuple(c.strip() for c in rows[0]) != COLUMNS:
        header = ",".join(rows[0]) if rows else ""
        raise GazetteerError(
            [Problem(str(path), 1, None, header, f"the header must be {','.join(COLUMNS)}")]
        )
    problems: list[Problem] = []
    words: list[EverydayWord] = []
    seen: dict[str, int] = {}
    for line, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue  # a blank line
        if len(cells) != len(COLUMNS):
            problems.append(
                Problem(
                    str(path),
                    line,
                    None,
                    ",".join(cells),
                    f"{len(cells)} cells, expected {len(COLUMNS)}",
                )
            )
            continue
        row = dict(zip(COLUMNS, (c.strip() for c in cells), strict=True))
        found = _problems(row)
        problems += [Problem(str(path), line, column, row[column], m) for column, m in found]
        if found:
            continue
        if row["word"] in seen:
            problems.append(
                Problem(str(path), line, "word", row["word"], f"also on line {seen[row['word']]}")
            )
            continue
        seen[row["word"]] = line
        words.append(
            EverydayWord(
                row["word"],
                tuple(row["languages"].split()),
                row["reading"],
                tuple(w.strip() for w in row["everyday_next"].split("|") if w.strip()),
                row["meaning"],
                row["everyday"],
                row["place"],
                row["place_id"],
            )
        )
    if problems:
        raise GazetteerError(problems)
    return tuple(words)


def _problems(row: dict[str, str]) -> list[tuple[str, str]]:
    """(column, message) of each thing wrong with one row."""
    found = [(c, "empty") for c in COLUMNS if not row[c] and c not in _OPTIONAL]
    if found:
        return found
    languages = row["languages"].split()
    if not set(languages) <= set(_LANGUAGES) or len(set(languages)) != len(languages):
        found.append(("languages", f"space-separated, among {' '.join(_LANGUAGES)}"))
    elif languages == ["en"]:
        if not _LATIN_WORD.match(row["word"]):
            found.append(("word", "an English row's word is one capitalised Latin word"))
    elif "en" in languages:
        found.append(("languages", "en stands alone (a Latin word is no Arabic-script one)"))
    elif not _ARABIC_SCRIPT.match(row["word"]):
        found.append(("word", "must be one word of Arabic script"))
    if row["reading"] not in READINGS:
        found.append(("reading", f"one of {', '.join(READINGS)}"))
    if row["everyday_next"] and not all(
        _ARABIC_SCRIPT.match(w.strip()) for w in row["everyday_next"].split("|")
    ):
        found.append(("everyday_next", "|-separated words of Arabic script"))
    for column in ("everyday", "place"):
        if row["word"] not in row[column]:
            found.append((column, "the example must hold the word as written"))
    return found
