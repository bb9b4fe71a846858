"""Incident datasets shipped with the package, loadable by name.

``seed``: the incidents reported in the five seed news articles (four Persian, one
Arabic) about the January 2022 and January/April 2024 waves of attacks on US and
coalition bases in Iraq, Syria and Jordan, and the strikes that answered them. It is
stored in the documented incident CSV format (``geoincidents/data/seed_incidents.csv``),
so loading it runs the same reader and validation as any user file; its place names
are gazetteer ids, resolved through the gazetteer. Every incident cites its outlet,
publication date and language; where sources disagree, each keeps its own claim.

Examples
--------
>>> available()
('seed',)
>>> incidents = load("seed")
>>> len(incidents) >= 15
True
>>> sorted({i.wave for i in incidents})
['2022-01', '2024-01', '2024-04']
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from typing import TYPE_CHECKING

from geoincidents.incidents.model import Incident

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer

__all__ = ["DATASETS", "available", "load"]

#: Dataset name → file name under ``geoincidents/data``.
DATASETS = {"seed": "seed_incidents.csv"}


def available() -> tuple[str, ...]:
    """The names :func:`load` accepts.

    >>> "seed" in available()
    True
    """
    return tuple(DATASETS)


@functools.cache
def _load_default(name: str, gazetteer_env: str) -> tuple[Incident, ...]:
    # keyed on GEOINCIDENTS_GAZETTEER like default_gazetteer(): user places may change ids
    return tuple(_read(name, None))


def _read(name: str, gazetteer: Gazetteer | None) -> list[Incident]:
    from geoincidents.incidents.io import read_incidents

    resource = resources.files("geoincidents").joinpath("data").joinpath(DATASETS[name])
    with resources.as_file(resource) as path:
        return read_incidents(path, gazetteer=gazetteer)


def load(name: str = "seed", *, gazetteer: Gazetteer | None = None) -> list[Incident]:
    """The incidents of a bundled dataset, place names resolved through ``gazetteer``.

    With the default gazetteer the result is cached; a new list is returned each time.

    Raises
    ------
    ValueError
        For an unknown name (the message lists the available ones).
    """
    if name not in DATASETS:
        raise ValueError(f"unknown dataset {name!r}; available: {', '.join(available())}")
    if gazetteer is None:
        return list(_load_default(name, os.environ.get("GEOINCIDENTS_GAZETTEER", "")))
    return _read(name, gazetteer)
