"""Fixtures shared by every wing (the bundled gazetteer, a writer of small CSVs) and the
hypothesis settings profiles.

Hypothesis runs derandomized under ``CI=true`` (profile ``ci``: the same examples on every
run, no example database, no deadline on a shared machine), and searches at random locally
(profile ``dev``, which keeps the example database so a failure found once is tried
first next time). ``HYPOTHESIS_PROFILE`` picks a profile by name. The profile in use is
printed in the pytest header.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from geoincidents.places.gazetteer import Gazetteer, load_gazetteer

settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("dev", derandomize=False, deadline=None)
HYPOTHESIS_PROFILE = os.environ.get(
    "HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") == "true" else "dev"
)
settings.load_profile(HYPOTHESIS_PROFILE)


def pytest_report_header() -> str:
    current = settings.default
    return (
        f"hypothesis profile {HYPOTHESIS_PROFILE!r}: derandomize={current.derandomize}, "
        f"database={'none' if current.database is None else 'on'}, deadline={current.deadline}"
    )


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
