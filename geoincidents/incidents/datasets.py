"""Incident datasets shipped with the package, loadable by name.

``seed``: the incidents reported in the five seed news articles (four Persian, one
Arabic) about the January 2022 and January/April 2024 waves of attacks on US and
coalition bases in Iraq, Syria and Jordan, and the strikes that answered them. It is
stored in the documented incident CSV format (``geoincidents/data/seed_incidents.csv``),
so loading it runs the same reader and validation as any user file; its place names
are gazetteer ids, resolved through the gazetteer. Every incident cites its outlet,
publication date and language; where sources disagree, each keeps its own claim.

One rule names a bundled dataset in every command and function (:func:`dataset_name`):
``bundled:seed`` always means the dataset; a bare ``seed`` means it too, unless a file or
folder called ``seed`` exists in the working directory, which is an error naming both
readings (never a silent choice).

Examples
--------
>>> available()
('seed',)
>>> dataset_name("bundled:seed"), dataset_name("incidents.csv")
('seed', None)
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
from pathlib import Path
from typing import TYPE_CHECKING

from geoincidents.errors import IncidentFileError
from geoincidents.incidents.model import Incident

if TYPE_CHECKING:
    from importlib.abc import Traversable

    from geoincidents.places.gazetteer import Gazetteer

__all__ = ["DATASETS", "PREFIX", "available", "dataset_name", "dataset_path", "load"]

#: Dataset name → file name under ``geoincidents/data``.
DATASETS = {"seed": "seed_incidents.csv"}

#: Written before a dataset name (``bundled:seed``), it names the dataset whatever files exist.
PREFIX = "bundled:"


def available() -> tuple[str, ...]:
    """The names :func:`load` accepts.

    >>> "seed" in available()
    True
    """
    return tuple(DATASETS)


def dataset_name(argument: str | os.PathLike[str]) -> str | None:
    """The bundled dataset an input argument names, or ``None`` when it names a file.

    ``bundled:NAME`` names dataset ``NAME``; a bare ``NAME`` of a dataset names it unless a
    file or folder of that name exists in the working directory. Anything else is a path.

    Raises
    ------
    IncidentFileError
        For ``bundled:`` followed by an unknown name (the message lists the available
        ones), or for a bare dataset name that is also a file here (the message names both
        and how to choose).

    Examples
    --------
    >>> dataset_name("seed") if not os.path.lexists("seed") else "seed"
    'seed'
    >>> dataset_name("./seed"), dataset_name("data/seed.csv")
    (None, None)
    >>> dataset_name("bundled:nope")
    Traceback (most recent call last):
    ...
    geoincidents.errors.IncidentFileError: bundled:nope: unknown bundled dataset 'nope'; \
available: seed
    """
    if not isinstance(argument, str):
        return None
    if argument.startswith(PREFIX):
        name = argument[len(PREFIX) :]
        if name not in DATASETS:
            raise IncidentFileError(
                f"{argument}: unknown bundled dataset {name!r}; available: {', '.join(available())}"
            )
        return name
    if argument in DATASETS:
        if os.path.lexists(argument):
            raise IncidentFileError(
                f"{argument!r} is both the bundled dataset and a file in {os.getcwd()}: write "
                f"{PREFIX}{argument} for the dataset or ./{argument} for the file"
            )
        return argument
    return None


@functools.cache
def _load_default(name: str, gazetteer_env: str) -> tuple[Incident, ...]:
    # keyed on GEOINCIDENTS_GAZETTEER like default_gazetteer(): user places may change ids
    return tuple(_read(name, None))


def _resource(name: str) -> Traversable:
    return resources.files("geoincidents").joinpath("data").joinpath(DATASETS[name])


def dataset_path(name: str) -> Path | None:
    """The file a bundled dataset is read from, when the package is installed as files
    (``None`` inside a zip). Commands count it as an input, so it is never overwritten.

    >>> dataset_path("seed").name
    'seed_incidents.csv'
    """
    resource = _resource(dataset_name(name if name.startswith(PREFIX) else PREFIX + name) or "")
    return resource if isinstance(resource, Path) else None


def _read(name: str, gazetteer: Gazetteer | None) -> list[Incident]:
    from geoincidents.incidents.io import read_incidents

    with resources.as_file(_resource(name)) as path:
        return read_incidents(path, gazetteer=gazetteer)


def load(name: str = "seed", *, gazetteer: Gazetteer | None = None) -> list[Incident]:
    """The incidents of a bundled dataset, place names resolved through ``gazetteer``.

    ``name`` is a dataset name, with or without the ``bundled:`` prefix. With the default
    gazetteer the result is cached; a new list is returned each time.

    Raises
    ------
    IncidentFileError
        For an unknown name (the message lists the available ones); also a ``ValueError``.
    """
    name = name[len(PREFIX) :] if name.startswith(PREFIX) else name
    if name not in DATASETS:
        raise IncidentFileError(f"unknown dataset {name!r}; available: {', '.join(available())}")
    if gazetteer is None:
        return list(_load_default(name, os.environ.get("GEOINCIDENTS_GAZETTEER", "")))
    return _read(name, gazetteer)
