"""The tables actors and counts share: each rule reads them from one place.

A casualty verb of :data:`geoincidents.text.counts.CASUALTY_VERBS` before its number makes
the state word after it name the dead or the hurt (not the striker) and gives counts its
figure; the speech verbs, the clitic helper and the cached response clauses likewise.
"""

from __future__ import annotations

import pytest

from geoincidents.text import actors, counts
from geoincidents.text.folding import fold_text


def _f(text: str) -> str:
    return fold_text(text).folded


#: (verb, family, the language's sentence with the verb put at {v})
_ENGLISH = "A drone attack {v} three US Army soldiers at the base"
_ARABIC = "{v} ثلاثة جنود من الجيش الأمريكي في القاعدة"
_VERB_SENTENCES = [
    *(
        (v, fam, _ENGLISH)
        for fam, verbs in counts.CASUALTY_VERBS.items()
        for v in verbs
        if v.isascii()
    ),
    *(
        (v, fam, _ARABIC)
        for fam, verbs in counts.CASUALTY_VERBS.items()
        for v in verbs
        if not v.isascii()
    ),
]


@pytest.mark.parametrize(("verb", "family", "template"), _VERB_SENTENCES)
def test_a_state_word_after_a_casualty_verb_names_the_victims(
    verb: str, family: str, template: str
) -> None:
    folded = _f(template.format(v=verb))
    assert actors.state_striker(folded) is None
    killed, wounded = counts.casualties(folded)
    assert (killed if family == "killed" else wounded) == 3


@pytest.mark.parametrize(
    ("sentence", "striker"),
    [
        # the speech verbs of an official body, in each language: it speaks, it does not act
        ("Militants fired rockets at the base, CENTCOM said.", None),
        ("Militants fired rockets at the base, the Pentagon stated.", None),
        ("قالت القيادة المركزية الأمريكية إن الدفاعات أسقطت طائرة مسيرة.", None),
        ("وزارت دفاع آمریکا گفت پهپادی به پایگاه حمله کرد.", None),
        # ... unless what it says is its own deed
        ("CENTCOM said it struck two sites.", "United States"),
        ("The Pentagon said two F-16s struck depots.", "United States"),
        ("قالت وزارة الدفاع الأمريكية إن طائرتين من طراز إف-16 قصفتا موقعين.", "United States"),
    ],
)
def test_speech_verbs(sentence: str, striker: str | None) -> None:
    assert actors.state_striker(_f(sentence)) == striker


@pytest.mark.parametrize(
    ("token", "stem", "letters", "stripped"),
    [
        ("واصيب", 3, "وف", "اصيب"),
        ("فقتل", 3, "وف", "قتل"),
        ("وقع", 3, "وف", "وقع"),  # the word's own letter
        ("وقصف", 4, "وف", "وقصف"),
        ("واسقطت", 4, "وف", "اسقطت"),
        ("بعد", 3, "وف", "بعد"),  # not a conjunction
        ("وغداه", 0, "وفبل", "غداه"),
        ("لغداه", 0, "وفبل", "غداه"),
    ],
)
def test_unclitic(token: str, stem: int, letters: str, stripped: str) -> None:
    assert counts.unclitic(token, stem=stem, letters=letters) == stripped


def test_response_clauses_are_an_immutable_answer() -> None:
    folded = _f("In response to the attack on Tower 22, US jets hit sites in al-Qaim")
    first = actors.response_clauses(folded)
    assert isinstance(first, tuple)
    assert [folded[a:b] for a, b in first] == [_f("in response to the attack on Tower 22")]
    assert actors.response_clauses(folded) == first


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded", "striker"),
    [
        # (the verbs counts reads a number after now name the victims in actors too)
        ("قتلت ثلاثة جنود من الجيش الأمريكي", 3, None, None),
        ("أصيب ثلاثة جنود من الجيش الأمريكي", None, 3, None),
        # (a weapon's construct dual is no two people)
        ("قتل بقصف صاروخي على القاعدة", None, None, None),
        ("أسفر القصف عن إصابة صاروخي كاتيوشا", None, None, None),
    ],
)
def test_victims_after_every_casualty_verb(
    sentence: str, killed: int | None, wounded: int | None, striker: str | None
) -> None:
    folded = _f(sentence)
    assert counts.casualties(folded) == (killed, wounded)
    assert actors.state_striker(folded) == striker
