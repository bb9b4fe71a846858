""" "Did you mean": gazetteer names that contain or nearly equal a name nothing matched.

The resolver's own candidates are the first suggestions (:attr:`Resolution.suggestions`);
when it has none — ``al-Asad``, ``Asad base`` — :func:`suggest_names` looks for gazetteer
names that hold the name (its kind words set aside) or nearly equal it (rapidfuzz
``partial_ratio`` ≥ 85 on the normalised names), so an honest "not found" still points
at the place the analyst meant. The one rule, used by incident sheets (unplaced rows)
and ``geoincidents resolve``.

Examples
--------
>>> from geoincidents.places.gazetteer import Gazetteer
>>> from geoincidents.places.model import Place
>>> base = Place("ain-al-asad", "Ain al-Asad Air Base", 33.8, 42.44, "air_base", "IQ",
...              2000, "example", aliases=("Ain al-Asad",))
>>> suggest_names("al-Asad", Gazetteer((base,)))
('Ain al-Asad Air Base (ain-al-asad)',)
>>> suggest_names("Tikrit", Gazetteer((base,)))
()
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from geoincidents.places.model import place_label
from geoincidents.places.names import KIND_WORDS, normalize, split_kind_hint

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer

__all__ = ["MIN_LENGTH", "SCORE_CUTOFF", "suggest_names"]

#: shorter normalised names get no suggestion (two or three letters match everything)
MIN_LENGTH = 4
#: the rapidfuzz ``partial_ratio`` a gazetteer name needs to be suggested
SCORE_CUTOFF = 85

#: per gazetteer: its normalised names and the label each suggests ("Name (id)")
_NAMES: weakref.WeakKeyDictionary[Gazetteer, tuple[list[str], list[str]]] = (
    weakref.WeakKeyDictionary()
)


def _names_of(gazetteer: Gazetteer) -> tuple[list[str], list[str]]:
    known = _NAMES.get(gazetteer)
    if known is None:
        keys: list[str] = []
        labels: list[str] = []
        for place in gazetteer:
            for written in place.names:
                key = normalize(written)
                if key:
                    keys.append(key)
                    labels.append(place_label(place.name, place.id))
        known = _NAMES[gazetteer] = (keys, labels)
    return known


def suggest_names(name: str, gazetteer: Gazetteer, *, limit: int = 3) -> tuple[str, ...]:
    """Up to ``limit`` places of ``gazetteer`` whose names contain or nearly equal ``name``.

    Parameters
    ----------
    name
        The name nothing matched, as written.
    gazetteer
        Where to look (its own places; GeoNames is not searched).
    limit
        How many suggestions at most, best first.

    Returns
    -------
    tuple of str
        ``"Name (id)"`` labels, best first; empty when the name is shorter than
        :data:`MIN_LENGTH` once normalised, or nothing comes close.
    """
    from rapidfuzz import fuzz, process

    core, _ = split_kind_hint(name)  # "al-Asad air base": look for "al-Asad"
    key = normalize(core)
    if len(key) < MIN_LENGTH or key in KIND_WORDS:
        return ()  # "base", ``قاعدة``: a kind word alone means no one place
    keys, labels = _names_of(gazetteer)
    hits = process.extract(
        key, keys, scorer=fuzz.partial_ratio, score_cutoff=SCORE_CUTOFF, limit=20
    )
    shown: dict[str, None] = {}
    for _, _, index in sorted(hits, key=lambda h: (-h[1], h[2])):
        shown.setdefault(labels[index], None)
    return tuple(shown)[:limit]
