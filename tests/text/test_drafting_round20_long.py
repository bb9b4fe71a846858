"""Round 20: long articles, their extra drafts and their claims, each class a general rule
tried in Arabic, Persian and English.

The classes were found on an independent held-out set of long articles
(``unseen17.json``); the sentences here are our own, short and made for the rule (no
evaluation article's sentence). Published on Saturday 3 February 2024, so "Friday" and
"yesterday" are 2 February.
"""

from __future__ import annotations

import pytest

from geoincidents.places.gazetteer import Gazetteer
from tests.text.drafting_samples import draft as _draft
from tests.text.drafting_samples import got as _got

FRIDAY = "2024-02-02"
THURSDAY = "2024-02-01"

# ------------------------- class 1: a capital speaking, a diplomat's embassy
# a reaction paragraph names the capital as the government ("Baghdad has condemned",
# ``دمشق نیز با محکوم کردن``, ``أن بغداد ستتخذ``, ``با اطلاع بغداد``) and the embassy as the
# post of a diplomat summoned (``کاردار سفارت آمریکا``): neither is a site struck


@pytest.mark.parametrize(
    "reaction",
    [
        "Baghdad has condemned the strikes as a breach of its sovereignty.",
        "Damascus also condemned the raids on its territory.",
        "The government said no strike should be made without Baghdad's approval.",
        "The ministry summoned the chargé d'affaires of the US embassy in Baghdad.",
        "وقال المتحدث إن بغداد ستتخذ الإجراءات اللازمة ردا على الغارات.",
        "وأكد البيان أن أي غارة يجب أن تتم بالتنسيق مع بغداد.",
        "دمشق نیز با محکوم کردن این حملات آن را غیرقانونی خواند.",
        "دولت گفت هر حمله‌ای در عراق باید با اطلاع بغداد انجام شود.",
        "وزارت خارجه کاردار سفارت آمریکا در بغداد را احضار کرد.",
    ],
)
def test_a_capital_or_an_embassy_in_a_reaction_is_no_site(bundled: Gazetteer, reaction: str) -> None:
    text = f"US aircraft struck Jurf al-Sakhar on Friday.\n\n{reaction}"
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "jurf-al-sakhar", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a car in Baghdad on Friday, killing two commanders.",
        "قصفت طائرة مسيرة سيارة في بغداد يوم الجمعة.",
        "یک پهپاد روز جمعه خودرویی را در بغداد هدف قرار داد.",
    ],
)
def test_a_capital_struck_is_still_a_site(bundled: Gazetteer, text: str) -> None:
    assert [(k, t) for k, t, _ in _got(_draft(text, bundled))] in (
        [("attack", "baghdad")],
        [("retaliatory_strike", "baghdad")],
    )
