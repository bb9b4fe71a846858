"""Fixtures shared by every wing: the bundled gazetteer and a writer of small CSVs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from geoincidents.places.gazetteer import Gazetteer, load_gazetteer

HEADER = "id,name,name_ar,name_fa,aliases,kind,country,admin1,lat,lon,precision_m,source,notes"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The bundled gazetteer alone (no ``GEOINCIDENTS_GAZETTEER`` CSVs)."""
    return load_gazetteer(use_env=False)


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    """``write_csv(*rows, name="x.csv", header=HEADER)`` writes a gazetteer CSV in tmp_path."""

    def write(*rows: str, name: str = "places.csv", header: str = HEADER) -> Path:
        path = tmp_path / name
        path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
        return path

    return write
