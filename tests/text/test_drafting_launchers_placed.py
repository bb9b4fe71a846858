"""Strikes told with no place, then the launchers they hit placed by a stative verb ("the
launchers were an imminent threat and were located near X"): those strikes, at X, and
pre-emptive when the sentence calls them a threat. Our own sentences; a coalition release
retold this way drafted nothing before."""

from __future__ import annotations

import pytest

import geoincidents as gi

PLACED = [
    "Coalition aircraft carried out strikes, a US official said. He added that the launchers "
    "posed an imminent threat and were located near Green Village in Deir ez-Zor province.",
    "نفذت طائرات التحالف ضربات جوية، بحسب مسؤول أمريكي. وأضاف أن المنصات المستهدفة شكلت "
    "تهديدا وشيكا وكانت تقع قرب القرية الخضراء في محافظة دير الزور.",
    "جنگنده‌های ائتلاف چند حمله هوایی انجام دادند، به گفته یک مقام آمریکایی. او افزود این "
    "سکوها تهدیدی قریب‌الوقوع بودند و نزدیک روستای گرین در استان دیرالزور قرار داشتند.",
]

NOT_PLACED = [
    # no strike told before: the launchers' place is no event
    "Officials said the launchers were located near Green Village in Deir ez-Zor province.",
    "قال مسؤولون إن المنصات كانت تقع قرب القرية الخضراء في محافظة دير الزور.",
    "مقامات گفتند این سکوها در نزدیکی روستای گرین در استان دیرالزور قرار داشتند.",
]


def _triples(text: str) -> list[tuple[str, str | None, str]]:
    drafts = gi.draft_incidents(text, published="2022-01-05")
    return [(d.incident.kind, d.incident.target.place_id, str(d.incident.date)) for d in drafts]


@pytest.mark.parametrize("text", PLACED)
def test_launchers_placed_after_placeless_strikes_are_their_site(text: str) -> None:
    assert _triples(text) == [("preemptive_strike", "green-village", "2022-01-05")]


@pytest.mark.parametrize("text", PLACED)
def test_without_the_threat_they_stay_retaliatory(text: str) -> None:
    calm = (
        text.replace("posed an imminent threat and ", "")
        .replace("شكلت تهديدا وشيكا و", "")
        .replace("تهدیدی قریب‌الوقوع بودند و ", "")
    )
    assert _triples(calm) == [("retaliatory_strike", "green-village", "2022-01-05")]


@pytest.mark.parametrize("text", NOT_PLACED)
def test_launchers_placed_with_no_strike_told_draft_nothing(text: str) -> None:
    assert _triples(text) == []
