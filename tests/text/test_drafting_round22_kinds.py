"""Round 22's rules on an event's kind and links, each a phenomenon told in Arabic,
Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- the threat a strike's target posed, told as what it threatened ("drones that
  threatened coalition troops", ``صواريخ كانت تهدد قوات التحالف``, ``… که پایگاه‌های
  ائتلاف را تهدید کرده بودند``), is why the strike was made: the strike is an event, not
  a threat of one.
"""

from __future__ import annotations

import pytest

import geoincidents as gi
from geoincidents.text.drafting import draft_article, kind_class


def _triples(
    drafts: tuple[gi.DraftIncident, ...] | list[gi.DraftIncident],
) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date)) for d in drafts
    ]


# the threat the target posed: a relative clause of the strike, not a threat told
THREAT_POSED = [
    pytest.param(
        "US jets struck a depot near Jurf al-Sakhar on Monday, hitting launchers that "
        "threatened coalition troops.",
        id="en",
    ),
    pytest.param(
        "قصفت مقاتلات أمريكية يوم الاثنين مخزنا قرب جرف الصخر يضم صواريخ كانت تهدد قوات التحالف.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز دوشنبه انبار پهپادهایی را در نزدیکی جرف الصخر بمباران کردند "
        "که پایگاه‌های ائتلاف را تهدید کرده بودند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", THREAT_POSED)
def test_the_threat_a_strikes_target_posed_is_no_threat_told(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-11-21")
    assert [(kind_class(k), t, d) for k, t, d in _triples(drafts)] == [
        ("strike", "jurf-al-sakhar", "2023-11-20")
    ]
    assert drafts[0].incident.actor == "United States"


# a threat told: "threatened to attack", a vow of a strike to come
THREAT_TOLD = [
    pytest.param(
        "US jets struck a depot near Jurf al-Sakhar, hitting a group that threatened to "
        "attack coalition troops.",
        id="en-to",
    ),
    pytest.param(
        "The Pentagon vowed it would strike any militia near Jurf al-Sakhar that "
        "threatened coalition troops.",
        id="en-vow",
    ),
    pytest.param(
        "هددت الفصائل بقصف قوات التحالف قرب جرف الصخر.",
        id="ar",
    ),
    pytest.param(
        "فرمانده گروه تهدید کرد که پایگاه‌های ائتلاف در نزدیکی جرف الصخر را هدف قرار خواهند داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", THREAT_TOLD)
def test_a_threat_told_is_still_no_event(text: str) -> None:
    result = draft_article(text, published="2023-11-21")
    assert result.drafts == ()
    assert [s.reason for s in result.skipped] == ["a threat or intent, not an event"]
