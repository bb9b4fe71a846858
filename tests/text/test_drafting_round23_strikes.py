"""Round 23's rules on US strikes and their sites, each a phenomenon told in Arabic,
Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- a strike on plural sites, then where they lie, a list of places joined by commas and
  "and" ("bombed militia positions in X, Y and Z airport", ``مواقع عدة في X وY ومطار Z``,
  ``مواضع شبه‌نظامیان در X، Y و فرودگاه Z``): each place of the list is a site struck,
  the towns beside the airport too; a town that only locates the site ("at Z airport,
  south of Y") is none.
"""

from __future__ import annotations

import pytest

import geoincidents as gi


def _triples(
    drafts: tuple[gi.DraftIncident, ...] | list[gi.DraftIncident],
) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date)) for d in drafts
    ]


# plural sites, then the list of places where they lie
SITES_LISTED = [
    pytest.param(
        "US jets on Saturday bombed militia positions in Jurf al-Sakhar, Musayyib and "
        "Karbala airport.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية فجر اليوم السبت مواقع عدة في جرف الصخر والمسيب ومطار كربلاء.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز شنبه مواضع شبه‌نظامیان در جرف الصخر، مسیب و فرودگاه کربلا را "
        "بمباران کردند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SITES_LISTED)
def test_each_place_of_a_list_of_struck_sites_is_a_site(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2020-03-14")
    assert sorted(_triples(drafts)) == [
        ("retaliatory_strike", "jurf-al-sakhar", "2020-03-14"),
        ("retaliatory_strike", "karbala-airport", "2020-03-14"),
        ("retaliatory_strike", "musayyib", "2020-03-14"),
    ]
    assert {d.incident.actor for d in drafts} == {"United States"}


# the town only locates the site struck: no list
SITE_LOCATED = [
    pytest.param(
        "US jets on Saturday bombed militia positions at Karbala airport, south of Musayyib.",
        id="en",
    ),
    pytest.param("قصفت طائرات أمريكية يوم السبت مواقع في مطار كربلاء جنوب المسيب.", id="ar"),
    pytest.param(
        "جنگنده‌های آمریکایی روز شنبه مواضعی در فرودگاه کربلا در جنوب مسیب را بمباران کردند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SITE_LOCATED)
def test_a_town_locating_the_site_struck_is_no_site(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2020-03-14")
    assert _triples(drafts) == [("retaliatory_strike", "karbala-airport", "2020-03-14")]
