"""Fold running text for scanning, and map every folded position back to the original.

The scanners of this wing (mentions, dates, cue words) search a *folded* view of the
text, where spelling variants meet, and report spans in the *original* text, so
``text[start:end]`` is always the surface form.

The folding is exactly that of :func:`geoincidents.places.folding.fold_with_offsets`
(Arabic/Persian letter variants to one letter, harakat, tatweel and bidi marks
dropped, the ZWNJ read as a word space, digits to ASCII, Latin case-folded without
diacritics, dashes and white-space runs to one space), applied character by
character through a ``str.translate`` table built from it, vectorised with numpy, so
10 MB fold in a fraction of a second (the control characters NUL and SOH, used as
markers, are dropped). Text with a character that folds to several characters
(presentation-form ligatures such as ``ﻻ``) takes a per-character path with the same
result.

Examples
--------
>>> f = fold_text("در  پایگاه عین‌الاسد")
>>> f.folded
'در پايگاه عين الاسد'
>>> start, end = f.to_original(10, 19)
>>> "در  پایگاه عین‌الاسد"[start:end]
'عین‌الاسد'
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from geoincidents.places.folding import code_table_lookup, fold_with_offsets

__all__ = [
    "FoldedText",
    "fold_string",
    "fold_text",
    "fold_word",
    "fold_word_within",
    "folded_alternation",
    "warm_up",
    "word_alternation",
]

_DELETE = "\x00"
_EXPANDS = "\x01"


class _ScanTable(dict[int, str]):
    """``str.translate`` table: each character to its one-character fold.

    A character that folds to nothing maps to ``_DELETE``, one that folds to several
    characters to ``_EXPANDS`` (the text then takes the per-character path).
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if code in (0, 1):
            value = _DELETE
        elif char.isspace() or unicodedata.category(char) == "Pd":
            value = " "
        else:
            folded = fold_with_offsets(f"x{char}x")[0][1:-1]  # keeps a space it folds to
            value = folded if len(folded) == 1 else (_DELETE if not folded else _EXPANDS)
        self[code] = value
        return value


_TABLE = _ScanTable()


def _fold_char(char: str) -> str:
    value = char.translate(_TABLE)
    if value == _EXPANDS:
        return fold_with_offsets(f"x{char}x")[0][1:-1]
    return value


class _Stage:
    """Positions dropped by one folding stage, to map kept positions back (bisect)."""

    def __init__(self, dropped: Any, size: int) -> None:
        import numpy as np

        self.dropped = dropped  # positions dropped from a sequence of ``size`` characters
        self.size = size
        # the dropped positions minus their rank (non-decreasing): a kept position's count
        # of dropped ones before it, by binary search (an array; a list for ``back``,
        # made on first use)
        self.arrays_shifted: Any = dropped - np.arange(len(dropped))
        self._shifted: list[int] | None = None

    def back(self, i: int) -> int:
        shifted = self._shifted
        if shifted is None:
            shifted = self._shifted = self.arrays_shifted.tolist()
        return i + bisect.bisect_right(shifted, i)

    def back_array(self, positions: Any) -> Any:
        """:meth:`back` for a numpy array of positions."""
        return positions + self.arrays_shifted.searchsorted(positions, side="right")

    def kept(self) -> Any:
        """The positions this stage kept, in order (a numpy array)."""
        import numpy as np

        mask = np.ones(self.size, dtype=bool)
        mask[self.dropped] = False
        return mask.nonzero()[0]


@dataclass(frozen=True)
class FoldedText:
    """A folded view of ``original`` and the way back.

    ``folded`` is what scanners search; folded character ``i`` came from original
    character ``to_original_index(i)``; :meth:`to_original` maps a folded span.
    """

    original: str
    folded: str
    stages: tuple[_Stage, ...] = ()
    pre_index: Sequence[int] | None = None
    #: arrays computed once per text (code points, word mask, index back), for scanners
    arrays: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def original_indices(self) -> Any:
        """For every folded position, the index of its original character (numpy int64).

        Examples
        --------
        >>> fold_text("عین‌ الاسد").original_indices().tolist()
        [0, 1, 2, 3, 5, 6, 7, 8, 9]
        """
        cached = self.arrays.get("index")
        if cached is None:
            import numpy as np

            cached = np.arange(len(self.folded), dtype=np.int64)
            for stage in reversed(self.stages):
                cached = stage.kept()[cached]
            if self.pre_index is not None:
                cached = np.asarray(self.pre_index, dtype=np.int64)[cached]
            self.arrays["index"] = cached
        return cached

    def to_original_indices(self, positions: Any) -> Any:
        """:meth:`to_original_index` for a numpy array of folded positions (each less than
        ``len(folded)``).

        Examples
        --------
        >>> import numpy as np
        >>> fold_text("عین‌ الاسد").to_original_indices(np.array([2, 3])).tolist()
        [2, 3]
        """
        import numpy as np

        positions = np.asarray(positions, dtype=np.int64)
        for stage in reversed(self.stages):
            positions = stage.back_array(positions)
        if self.pre_index is not None:
            positions = np.asarray(self.pre_index, dtype=np.int64)[positions]
        return positions

    def word_mask(self) -> Any:
        """For every folded position, whether it holds a letter or digit (numpy bool).

        One extra ``False`` at the end stands for the end of the text.

        Examples
        --------
        >>> fold_text("Hit, هيت").word_mask().tolist()
        [True, True, True, False, False, True, True, True, False]
        """
        cached = self.arrays.get("word")
        if cached is None:
            import numpy as np

            codes = self.arrays.get("codes")
            if codes is None:
                codes = _codes(self.folded)
            cached = np.zeros(len(codes) + 1, dtype=bool)
            cached[:-1] = _word_lut(codes)[codes]
            self.arrays["word"] = cached
        return cached

    def is_word_at(self, positions: Any) -> Any:
        """Whether each folded position holds a letter or digit (numpy bool); positions
        before the start or from the end on hold none.

        Examples
        --------
        >>> import numpy as np
        >>> fold_text("Hit, هيت").is_word_at(np.array([-1, 0, 3, 7, 8])).tolist()
        [False, True, False, True, False]
        """
        import numpy as np

        positions = np.asarray(positions, dtype=np.int64)
        n = len(self.folded)
        if not n:
            return np.zeros(len(positions), dtype=bool)
        inside = (positions >= 0) & (positions < n)
        return inside & _word_lut()[self.codes()[np.minimum(np.maximum(positions, 0), n - 1)]]

    def codes(self) -> Any:
        """The code points of ``folded`` (numpy uint32).

        Examples
        --------
        >>> fold_text("Hit").codes().tolist()
        [104, 105, 116]
        """
        cached = self.arrays.get("codes")
        if cached is None:
            cached = self.arrays["codes"] = _codes(self.folded)
        return cached

    def dropped_original(self) -> Any:
        """The sorted indices of the original characters that folding dropped (harakat,
        tatweel, ZWNJ, repeated spaces …), as a numpy int64 array.

        Examples
        --------
        >>> fold_text("عینُ  الاسد").dropped_original().tolist()
        [3, 5]
        """
        cached = self.arrays.get("dropped")
        if cached is None:
            import numpy as np

            if self.pre_index is None:  # stage by stage: cheap for long texts
                cached = np.zeros(0, dtype=np.int64)
                for stage in reversed(self.stages):
                    # the positions a stage dropped and those it kept are disjoint, each
                    # sorted: their union is a sort of both (no ``unique`` needed)
                    if len(cached):
                        both = np.concatenate((stage.back_array(cached), stage.dropped))
                        cached = np.sort(both, kind="stable")
                    else:
                        cached = np.asarray(stage.dropped, dtype=np.int64)
            else:  # a ligature folded to several letters: by the kept positions
                mask = np.ones(len(self.original), dtype=bool)
                mask[self.original_indices()] = False
                cached = mask.nonzero()[0]
            self.arrays["dropped"] = cached
        return cached

    def to_original_index(self, i: int) -> int:
        """Index in ``original`` of the character at folded position ``i``."""
        if i >= len(self.folded):
            return len(self.original)
        for stage in reversed(self.stages):
            i = stage.back(i)
        return int(self.pre_index[i]) if self.pre_index is not None else i

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span ``[start, end)``.

        Marks after the last character (harakat) and a final lone hamza, which folding
        drops, are included.

        Examples
        --------
        >>> f = fold_text("قاعدةٌ كبيرة")
        >>> s, e = f.to_original(0, 5)
        >>> "قاعدةٌ كبيرة"[s:e]
        'قاعدةٌ'
        """
        if end <= start:
            pos = self.to_original_index(start)
            return pos, pos
        first = self.to_original_index(start)
        last = self.to_original_index(end - 1) + 1
        text = self.original
        while last < len(text) and (
            text[last] == "\u0621" or unicodedata.category(text[last]) == "Mn"
        ):
            last += 1
        return first, last


_EXPAND_CODE = 0xFFFFFFFE
_LUT: list[Any] = []  # the numpy lookup table, built on first use


def _scan_code(code: int) -> int:
    value = _TABLE[code]
    return 0 if value == _DELETE else (_EXPAND_CODE if value == _EXPANDS else ord(value))


def _mapped_codes(codes: Any) -> Any:
    """Each code point through the scan table (0 = dropped), vectorised with numpy."""
    return code_table_lookup(codes, _LUT, _scan_code)


_WORD_LUT_SIZE = 0x110000
_ALNUM_RUN = re.compile(r"[^\W_]+")
_SPACE_RUN = re.compile(" {2,}")
_WORD_LUT: list[Any] = []  # bool per code point: str.isalnum, built on first use


def _word_lut(codes: Any = None) -> Any:
    """A bool per code point: ``str.isalnum`` (built once, for every code point)."""
    import numpy as np

    if not _WORD_LUT:
        every = np.arange(_WORD_LUT_SIZE, dtype=np.uint32)
        every[0xD800:0xE000] = 0  # the surrogates (not alphanumeric) cannot be decoded
        table = every.astype("<u4").tobytes().decode("utf-32-le")
        # ``[^\W_]`` is exactly ``str.isalnum`` (``\w`` is alphanumeric or ``_``): the
        # runs of such characters, marked at C speed, rather than a call per code point
        edges = np.zeros(_WORD_LUT_SIZE + 1, dtype=np.int8)
        for run in _ALNUM_RUN.finditer(table):
            edges[run.start()] += 1
            edges[run.end()] -= 1
        _WORD_LUT.append(np.cumsum(edges[:-1], dtype=np.int32) > 0)
    return _WORD_LUT[0]


def warm_up() -> None:
    """Build the lookup tables of folding and word masks now (they take a fraction of a
    second, once per process)."""
    _word_lut()
    fold_text.__wrapped__("warm up: عين الأسد")


def _slow_pre(text: str) -> tuple[str, list[int]]:
    """Per-character folding for text with characters that fold to several characters."""
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        piece = _fold_char(char)
        out.append(piece)
        index.extend([i] * len(piece))
    return "".join(out), index


def _decode(codes: Any) -> str:
    """The string of a numpy array of code points (UTF-16 when it fits: faster)."""

    if len(codes) and int(codes.max()) < 0xD800:
        return codes.astype("<u2").tobytes().decode("utf-16-le")
    return codes.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")


def _codes(text: str) -> Any:
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@lru_cache(maxsize=16)
def fold_text(text: str) -> FoldedText:
    """Fold ``text`` for scanning (see the module docstring); cached for the last texts.

    Examples
    --------
    >>> fold_text("وعين الأسد").folded
    'وعين الاسد'
    >>> fold_text("نفتیـگازی").folded
    'نفتيگازي'
    """
    import numpy as np

    if not text:
        return FoldedText(text, "")
    mapped = _mapped_codes(_codes(text))
    pre_index = None
    if (mapped == _EXPAND_CODE).any():
        pre, pre_index = _slow_pre(text)
        mapped = _mapped_codes(_codes(pre))
    stages = []
    dropped_mask = mapped == 0
    dropped = dropped_mask.nonzero()[0]
    if len(dropped):
        stages.append(_Stage(dropped, len(mapped)))
        mapped = mapped[~dropped_mask]
    space = mapped == 32
    repeated_mask = np.zeros(len(mapped), dtype=bool)
    repeated_mask[1:] = space[1:] & space[:-1]
    repeated = repeated_mask.nonzero()[0]
    if len(repeated):
        stages.append(_Stage(repeated, len(mapped)))
        mapped = mapped[~repeated_mask]
    folded = _decode(mapped)
    return FoldedText(text, folded, tuple(stages), pre_index, {"codes": mapped})


def fold_word(text: str) -> str:
    """Fold a lexicon entry (a name, a cue word) the way :func:`fold_text` folds text.

    >>> fold_word(" Ain al-Asad ") == fold_word("AIN AL-ASAD")
    True
    """
    return fold_string(text).strip()


def fold_word_within(text: str, limit: int) -> str | None:
    """``fold_word(text)`` when it is at most ``limit`` characters long, else ``None``,
    folding only a bounded prefix of a long ``text`` when that already folds too long
    (the fold of a prefix is a prefix of the fold, so the answer is exact): reading the
    gap between two mentions for a short link word costs nothing for a long gap.

    >>> fold_word_within("  في  ", 8), fold_word_within("in the north of the city", 8)
    ('في', None)
    """
    if len(text) > 4 * limit + 16:
        head = fold_word(text[: 4 * limit + 16])
        if len(head) > limit:
            return None
    folded = fold_word(text)
    return folded if len(folded) <= limit else None


def fold_string(text: str) -> str:
    """``fold_text(text).folded`` without the map back (and without taking a place in
    the cache of :func:`fold_text`): for short pieces of text read once.

    >>> fold_string(" وعين  الأسد ")
    ' وعين الاسد '
    """
    folded = text.translate(_TABLE)  # the same table fold_text maps through, as a str
    if _EXPANDS in folded:
        return fold_text(text).folded
    return _SPACE_RUN.sub(" ", folded.replace(_DELETE, ""))


def word_alternation(words: Iterable[str]) -> str:
    """A regex matching any of the folded *words*, the longest first (so the longest wins).

    The words are laid out as a trie (``base|bases|basra`` is ``bas(?:e(?:s)?|ra)``): the
    regex engine then follows one branch per character instead of trying every word at
    every position (several times faster for the long word tables of the text rules), and
    at each position it still tries the longest word first, then the shorter ones it holds,
    as a flat longest-first alternation does.

    >>> word_alternation(["Base", "bases", "AIRBASE", ""])
    '(?:airbase|base(?:s)?)'
    >>> import re
    >>> re.fullmatch(word_alternation(["a", "ab", "abc"]), "ab") is not None
    True
    """
    return folded_alternation(fold_word(w) for w in words)


#: words longer than this are laid out flat (the trie's pattern nests once per character)
_TRIE_DEPTH = 200


def folded_alternation(folded_words: Iterable[str]) -> str:
    """:func:`word_alternation` of words already folded (spelled as they are given).

    >>> folded_alternation(["esab", "sesab"])
    '(?:esab|sesab)'
    """
    words = set(folded_words) - {""}
    if any(len(w) > _TRIE_DEPTH for w in words):  # deep nesting: the flat form, same matches
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    """The regex of a trie node: its branches (one per next character), optional when a
    word ends at the node (the branches first: the longer word wins)."""
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
