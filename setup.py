"""Build hook: ship the gazetteer CSV (kept at the top-level ``gazetteer/`` folder, where
users find and extend it) inside the wheel as ``geoincidents/data/gazetteer/``.

Everything else about the package is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildPyWithGazetteer(build_py):
    """``build_py`` that also copies ``gazetteer/*.csv`` and its README into the package."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "geoincidents" / "data" / "gazetteer"
        target.mkdir(parents=True, exist_ok=True)
        source = HERE / "gazetteer"
        for path in [*sorted(source.glob("*.csv")), source / "README.md"]:
            if path.is_file():
                shutil.copy2(path, target / path.name)


setup(cmdclass={"build_py": BuildPyWithGazetteer})
