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
