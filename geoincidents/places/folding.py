"""Character folding: the one pure rule set that makes spellings of one text meet.

Every wing folds text with these rules — place names (:mod:`.names`), number words
(:mod:`.numbers`) and the scanners of running text (:mod:`geoincidents.text.folding`) —
so a word folds one way everywhere (``شمال‌غرب`` is ``شمال غرب`` wherever it is read).

The rules, applied character by character (each character's fold is computed once and
remembered in a ``str.translate`` table):

- Unicode compatibility forms decomposed (NFKD), case folded, combining marks dropped:
  harakat, Latin accents (``Ḩīt`` → ``hit``);
- Arabic/Persian letter variants to one letter: ``ى ی ې ے`` → ``ي``, ``ک ڪ`` → ``ك``,
  ``ة ۀ ە ھ ہ`` → ``ه``, ``ٱ`` → ``ا`` (``أ إ آ ؤ ئ`` lose their hamza by NFKD);
- tatweel, lone hamza, apostrophes and ayn marks of Latin text dropped;
- the zero-width non-joiner, which in Persian separates the parts of one word,
  folds to a word space, like dashes and every white-space character; other format
  characters (ZWJ, bidi marks, BOM) are dropped;
- Arabic-Indic and Persian digits to ASCII digits.

Examples
--------
>>> fold("Al Qā’im") == "al qaim"
True
>>> fold("شمال‌غرب") == fold("شمال غرب") == fold("شمال-غرب")
True
>>> fold("عینُ‌الأسد ۲۲")
'عين الاسد 22'
>>> fold_chars("خمسـة")
('خمسه', [0, 1, 2, 4])
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable
from typing import Any

__all__ = [
    "APOSTROPHES",
    "code_table_lookup",
    "fold",
    "fold_char",
    "fold_chars",
    "fold_chars_back",
    "fold_with_offsets",
    "is_arabic_script",
]

_YEH = "\u064a"  # ي
_KAF = "\u0643"  # ك
_HEH = "\u0647"  # ه
_ALEF = "\u0627"  # ا
_ZWNJ = "\u200c"

#: characters dropped before anything else (apostrophes and ayn/hamza marks of Latin text)
APOSTROPHES = frozenset("'`´‘’‚‛ʹʻʼʽʾʿˈˊˋ′″")
_APOSTROPHES = APOSTROPHES

#: Arabic/Persian letters folded to one representative (applied after NFKD + mark removal)
_LETTER_MAP = {
    "\u0649": _YEH,  # ى alef maksura
    "\u06cc": _YEH,  # ی farsi yeh
    "\u06d0": _YEH,  # ې
    "\u06cd": _YEH,  # ۍ
    "\u06ce": _YEH,  # ێ
    "\u06d2": _YEH,  # ے yeh barree
    "\u06a9": _KAF,  # ک keheh
    "\u06aa": _KAF,  # ڪ swash kaf
    "\u0629": _HEH,  # ة teh marbuta
    "\u06c0": _HEH,  # ۀ (normally decomposed already)
    "\u06d5": _HEH,  # ە ae
    "\u06be": _HEH,  # ھ heh doachashmee
    "\u06c1": _HEH,  # ہ heh goal
    "\u06c3": _HEH,  # ۃ
    "\u0671": _ALEF,  # ٱ alef wasla
    "\u0672": _ALEF,
    "\u0673": _ALEF,
    "\u0675": _ALEF,
    "\u0621": "",  # ء lone hamza (often not written)
    "\u0640": "",  # tatweel
}
for _i in range(10):
    _LETTER_MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _LETTER_MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits


def _fold_char_once(ch: str) -> str:
    if ch in _APOSTROPHES:
        return ""
    if ch.isspace() or ch == _ZWNJ:
        return " "
    cat = unicodedata.category(ch)
    if cat == "Cf":  # ZWJ, bidi marks, soft hyphen, BOM
        return ""
    if cat == "Pd":  # hyphens and dashes separate words
        return " "
    out = []
    for c in unicodedata.normalize("NFKD", ch):
        for d in unicodedata.normalize("NFKD", c.casefold()):
            if unicodedata.category(d) in ("Mn", "Me", "Mc") or d in _APOSTROPHES:
                continue
            if d.isspace():
                out.append(" ")
                continue
            out.append(_LETTER_MAP.get(d, d))
    return "".join(out)


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds each character on first sight and remembers it."""

    def __missing__(self, code: int) -> str:
        value = chr(code)
        for _ in range(8):  # fold to a fixpoint so that folding is idempotent
            nxt = "".join(_fold_char_once(c) for c in value)
            if nxt == value:
                break
            value = nxt
        self[code] = value
        return value


#: the fold of every character seen so far (a ``str.translate`` table)
FOLD_TABLE = _FoldTable()


def fold_char(char: str) -> str:
    """The fold of one character (empty, one character, or several for ligatures).

    Examples
    --------
    >>> fold_char("ی"), fold_char("\u200c"), fold_char("ـ"), fold_char("ﻻ")
    ('ي', ' ', '', 'لا')
    """
    return FOLD_TABLE[ord(char)]


def fold(text: str) -> str:
    """Fold every character of ``text`` (see the module docstring); spaces are kept as
    folded, not collapsed.

    Examples
    --------
    >>> fold("Ḩīt  هیت")
    'hit  هيت'
    """
    return text.translate(FOLD_TABLE)


def fold_chars(text: str) -> tuple[str, list[int]]:
    """:func:`fold` with a map back: ``index[k]`` is the index in ``text`` of folded
    character ``k`` (characters that fold to nothing vanish, so the result may be shorter).

    Examples
    --------
    >>> fold_chars("Aب\u064e")
    ('aب', [0, 1])
    """
    folded = text.translate(FOLD_TABLE)
    odd = [c for c in set(text) if len(FOLD_TABLE[ord(c)]) != 1]
    if not odd:
        return folded, list(range(len(text)))
    import numpy as np

    # each character's index repeated as many times as its fold is long (vectorized: a
    # lone hamza or a haraka in most Arabic texts would otherwise mean a loop per char)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(odd) <= 16:
        lengths = np.ones(len(codes), dtype=np.intp)
        for char in odd:
            lengths[codes == ord(char)] = len(FOLD_TABLE[ord(char)])
    else:
        distinct, inverse = np.unique(codes, return_inverse=True)
        lengths = np.array([len(FOLD_TABLE[c]) for c in distinct.tolist()], dtype=np.intp)
        lengths = lengths[inverse]
    index: list[int] = np.repeat(np.arange(len(codes)), lengths).tolist()
    return folded, index


#: a text at least this long folds through a numpy table (shorter: ``str.translate``)
_LONG_TEXT = 512
_UNSET, _DROP, _MULTI = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_FOLD_LUT: list[Any] = []  # per code point: its one-character fold, _DROP or _MULTI


def code_table_lookup(codes: Any, holder: list[Any], value_of: Callable[[int], int]) -> Any:
    """``codes`` (a numpy array of code points) mapped through a lazily filled table.

    ``holder`` keeps the table (one ``uint32`` per code point, built on first use);
    ``value_of(code)`` gives a code point's entry the first time it is met, so a text
    maps at numpy speed and each distinct character is looked up once per process.
    """
    import numpy as np

    if not holder:
        holder.append(np.full(0x110000, _UNSET, dtype=np.uint32))
    lut = holder[0]
    mapped = lut[codes]
    unset = mapped == _UNSET
    if unset.any():
        for code in np.unique(codes[unset]).tolist():
            lut[code] = value_of(code)
        mapped = lut[codes]
    return mapped


def _fold_code(code: int) -> int:
    value = FOLD_TABLE[code]
    return ord(value) if len(value) == 1 else (_DROP if not value else _MULTI)


def _folded_codes(codes: Any) -> Any:
    """Each code point through :data:`FOLD_TABLE` (numpy), ``_DROP`` for a character
    that folds to nothing and ``_MULTI`` for one that folds to several."""
    return code_table_lookup(codes, _FOLD_LUT, _fold_code)


def fold_chars_back(text: str) -> tuple[str, Callable[[int], int]]:
    """:func:`fold_chars` with the map back as a function: ``back(k)`` is
    ``fold_chars(text)[1][k]`` for every folded position ``k``.

    For a scanner that maps only a few positions back (the relative-location cues of
    an article), this spares the list of one index per character: text whose
    characters each fold to one character maps by identity, text with dropped
    characters (a lone hamza, harakat) by a binary search over them. A long text folds
    through a numpy table of code points (the same folds, at C speed).

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    tuple of (str, callable)
        The folded text, and ``back(k)``: the index in ``text`` of folded character ``k``.

    Examples
    --------
    >>> folded, back = fold_chars_back("خمسـة ٣")
    >>> folded, [back(k) for k in range(len(folded))] == fold_chars("خمسـة ٣")[1]
    ('خمسه 3', True)
    """
    if len(text) < _LONG_TEXT:
        folded, index = fold_chars(text)
        return folded, index.__getitem__
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mapped = _folded_codes(codes)
    if (mapped == _MULTI).any():  # a ligature folds to several letters: the list path
        folded, index = fold_chars(text)
        return folded, index.__getitem__
    kept = mapped != _DROP
    dropped = np.flatnonzero(~kept)
    if len(dropped):
        mapped = mapped[kept]
    if len(mapped) and int(mapped.max()) < 0xD800:  # UTF-16 decodes faster
        folded = mapped.astype("<u2").tobytes().decode("utf-16-le")
    else:
        folded = mapped.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    if not len(dropped):
        return folded, int
    # folded position k is original k plus the dropped characters before it: the
    # dropped positions minus their rank are non-decreasing, count them by bisection
    shifted = (dropped - np.arange(len(dropped))).tolist()
    right = bisect.bisect_right
    return folded, lambda k: k + right(shifted, k)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold running text character by character and keep a map back to the original.

    Runs of white space (and dashes, and the ZWNJ) collapse to one space; leading and
    trailing spaces are dropped.

    Parameters
    ----------
    text
        Any string.

    Returns
    -------
    tuple[str, list[int]]
        The folded text and, for each of its characters, the index in ``text`` of the
        character it came from (non-decreasing).

    Examples
    --------
    >>> folded, offsets = fold_with_offsets("Al Qā’im  عینُ‌الأسد")
    >>> folded
    'al qaim عين الاسد'
    >>> offsets[:4], offsets[8], offsets[12]
    ([0, 1, 2, 3], 10, 15)
    """
    out: list[str] = []
    offsets: list[int] = []
    last_space = True  # drop leading spaces
    for i, ch in enumerate(text):
        for f in FOLD_TABLE[ord(ch)]:
            if f == " ":
                if last_space:
                    continue
                last_space = True
            else:
                last_space = False
            out.append(f)
            offsets.append(i)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), offsets


def is_arabic_script(text: str) -> bool:
    """True when the text contains an Arabic-script letter (Arabic, Persian, Urdu ...).

    Examples
    --------
    >>> is_arabic_script("عين الأسد"), is_arabic_script("Ain al-Asad")
    (True, False)
    """
    return any(
        "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff"
        for c in text
    )
