"""The house rule: data flows one way, and a module imports only what lies upstream.

places (bottom) < incidents < text, maps (side by side) < cli / __init__ / __main__.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "geoincidents"

#: the ground floor every wing may import: the errors, the file-safety helpers, gc_paused
GROUND = ("geoincidents.errors", "geoincidents._files", "geoincidents._gc")

#: wing -> wings it may import from (besides itself and the ground floor)
ALLOWED = {
    "places": set(),
    "incidents": {"places"},
    "text": {"places", "incidents"},
    "maps": {"places", "incidents"},
}


def _wing(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "geoincidents" and parts[1] in ALLOWED:
        return parts[1]
    return None


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}:{node.lineno}: use absolute imports")
    return found


MODULES = sorted(p for wing in ALLOWED for p in (PACKAGE / wing).rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_imports_only_upstream(path: Path) -> None:
    wing = path.relative_to(PACKAGE).parts[0]
    for lineno, module in _imports(path):
        if not module.startswith("geoincidents"):
            continue
        if module in (*GROUND, "geoincidents"):
            assert module in GROUND, f"{path}:{lineno}: import the module itself"
            continue
        target = _wing(module)
        assert target is not None, f"{path}:{lineno}: {module} is not in a wing"
        assert target == wing or target in ALLOWED[wing], (
            f"{path}:{lineno}: the {wing} wing must not import {module} ({target} lies downstream "
            "or beside it)"
        )


def test_every_wing_has_modules() -> None:
    for wing in ALLOWED:
        assert len(list((PACKAGE / wing).glob("*.py"))) >= 2, wing
