"""What the drafting tests share: drafting with the bundled gazetteer, and its triples."""

from __future__ import annotations

from typing import Any

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.drafting import DraftResult, draft_article

#: the publication day of most drafting tests (a Saturday: "Friday" is 2 February)
PUBLISHED = "2024-02-03"


def draft(text: str, gaz: Gazetteer, published: str | None = PUBLISHED, **kw: Any) -> DraftResult:
    """``draft_article`` on ``gaz`` without GeoNames (the tests name bundled places)."""
    return draft_article(text, published, gaz, include_geonames=False, **kw)


def got(result: DraftResult) -> list[tuple[str, str, str]]:
    """The drafts' (kind, place id, ISO date), sorted."""
    return sorted(
        (d.incident.kind, d.incident.target.place_id or "", d.incident.date.isoformat())
        for d in result.drafts
    )


def eval_texts() -> list[str]:
    """The text of every annotated article of ``benchmarks/data/drafts/*.json``."""
    import json
    from pathlib import Path

    folder = Path(__file__).parents[2] / "benchmarks" / "data" / "drafts"
    return [
        a["text"]
        for path in sorted(folder.glob("*.json"))
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]
    ]
