"""Round 13's failure classes, each a general rule, each tried in Arabic, Persian and English.

The classes were found on an independent held-out set (``unseen9.json``); the sentences
here are our own, short and made for the rule (no evaluation article's sentence). Published
on Saturday 3 February 2024, so "Friday" and "last night" are 2 February.
"""

from __future__ import annotations

import pytest

from geoincidents.places.gazetteer import Gazetteer
from tests.text.drafting_samples import draft as _draft
from tests.text.drafting_samples import got as _got

FRIDAY = "2024-02-02"
SATURDAY = "2024-02-03"


# ------------------------- class 1: a reaction's day is its own; the event it answers is earlier


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi government on Saturday condemned the American strikes which hit al-Qaim "
        "last night.",
        "أدانت الحكومة العراقية اليوم السبت الغارات الأمريكية التي استهدفت أمس مواقع في القائم.",
        "دولت عراق روز شنبه حملات آمریکا را محکوم کرد، حملاتی که دیشب القائم را هدف قرار داد.",
    ],
)
def test_a_condemnation_is_dated_on_its_own_day(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "al-qaim", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        # the reaction and the event on the same day: nothing earlier to move to
        "The Iraqi government condemned the American strikes which hit al-Qaim on Saturday.",
        "أدانت الحكومة العراقية الغارات الأمريكية التي استهدفت اليوم السبت مواقع في القائم.",
    ],
)
def test_a_condemnation_of_the_same_day_keeps_it(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "al-qaim", SATURDAY)]
