"""Round 22's rules, each a phenomenon told in Arabic, Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- a doubt is a blast's unknown cause only when it is about the cause: an air strike told
  as a fact, with a doubt about its dead ("it was not clear whether anyone was killed",
  ``ولم يعرف ما إذا كان هناك قتلى``, ``مشخص نیست که تلفاتی داشته است``), stays a strike;
  blasts "whether an air strike caused them" (``ما إذا كانت ناجمة عن غارة``, ``مشخص نیست
  که علت آن``) stay explosions.
"""

from __future__ import annotations

import pytest

import geoincidents as gi
from geoincidents.text.drafting import draft_article

SATURDAY = "2024-02-03"
FRIDAY = "2024-02-02"


def _kinds(text: str) -> list[tuple[str, str, str, str]]:
    drafts: list[gi.DraftIncident] = draft_article(text, SATURDAY).drafts
    return [
        (d.incident.kind, d.incident.weapon, d.incident.target.place_id or "", str(d.incident.date))
        for d in drafts
    ]


# an air strike told as a fact; the doubt is about its toll, not its cause
STRIKE_WITH_A_DOUBTED_TOLL = [
    pytest.param(
        "Airstrikes hit a weapons depot near Albu Kamal on Friday, setting off explosions; "
        "it was not clear whether anyone was killed.",
        "albu-kamal",
        id="en-whether",
    ),
    pytest.param(
        "Air strikes on a militia depot near al-Mayadin on Friday caused large explosions, "
        "and the number of casualties was unclear.",
        "al-mayadin",
        id="en-unclear",
    ),
    pytest.param(
        "شنت طائرات مجهولة غارات على مستودع قرب البوكمال أمس ما أدى إلى انفجارات، ولم يعرف "
        "ما إذا كان هناك قتلى.",
        "albu-kamal",
        id="ar-whether",
    ),
    pytest.param(
        "غارات جوية على مستودع للفصائل قرب الميادين أمس أدت إلى انفجارات، وعدد الضحايا غير معروف.",
        "al-mayadin",
        id="ar-unknown",
    ),
    pytest.param(
        "دیروز حملات هوایی به انباری نزدیک البوکمال انفجارهایی به دنبال داشت و مشخص نیست که "
        "تلفاتی داشته است یا نه.",
        "albu-kamal",
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "place"), STRIKE_WITH_A_DOUBTED_TOLL)
def test_a_doubted_toll_leaves_the_air_strike_a_strike(text: str, place: str) -> None:
    assert _kinds(text) == [("retaliatory_strike", "airstrike", place, FRIDAY)]


# the doubt is about the cause: blasts, perhaps an air strike
BLASTS_OF_A_DOUBTED_CAUSE = [
    pytest.param(
        "Blasts shook militia positions near Albu Kamal on Friday, and it was not known "
        "whether they were caused by an air strike.",
        id="en-caused-by",
    ),
    pytest.param(
        "Explosions were heard near Albu Kamal on Friday; it was unclear what caused them.",
        id="en-what-caused",
    ),
    pytest.param(
        "Explosions were heard near Albu Kamal on Friday, and the cause of the blasts "
        "remained unknown.",
        id="en-cause-of",
    ),
    pytest.param(
        "دوت انفجارات قرب البوكمال أمس، ولم يتضح بعد ما إذا كانت ناجمة عن قصف جوي.",
        id="ar-whether",
    ),
    pytest.param(
        "دوت انفجارات قرب البوكمال أمس، وأسباب الانفجارات لا تزال مجهولة.",
        id="ar-causes-unknown",
    ),
    pytest.param(
        "دیروز انفجارهایی در نزدیکی البوکمال شنیده شد و مشخص نیست که منشا آن حمله هوایی بوده است.",
        id="fa-origin",
    ),
    pytest.param(
        "دیروز انفجارهایی در نزدیکی البوکمال شنیده شد که دلایل آن نامعلوم است.",
        id="fa-reasons",
    ),
]


@pytest.mark.parametrize("text", BLASTS_OF_A_DOUBTED_CAUSE)
def test_a_doubted_cause_makes_the_blasts_an_explosion(text: str) -> None:
    assert [(kind, place, day) for kind, _, place, day in _kinds(text)] == [
        ("explosion", "albu-kamal", FRIDAY)
    ]


def test_a_doubted_cause_of_the_strike_itself_is_no_doubt_of_the_blasts() -> None:
    # "the cause of the strike": the strike is told; only blasts' causes make explosions
    text = (
        "Explosions followed an air strike on a depot near Albu Kamal on Friday; the reason "
        "for the strike was not given."
    )
    assert _kinds(text) == [("retaliatory_strike", "airstrike", "albu-kamal", FRIDAY)]
