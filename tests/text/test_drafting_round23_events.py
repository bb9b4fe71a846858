"""Round 23's rules on events told twice and their days, each told in Arabic, Persian and
English.

The sentences are written for these tests (none is taken from an evaluation set):

- a group's claim on a site in a live blog's next entry, right after an interception
  there, is the interception's claim (one event, the interception), as it is within one
  paragraph; a claim after another event's entry, or one telling a second attack, stays
  an attack of its own;
"""

from __future__ import annotations

import pytest

import geoincidents as gi
from geoincidents.text.drafting import draft_article


def _triples(drafts: tuple[gi.DraftIncident, ...]) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date)) for d in drafts
    ]


# a live blog: an interception at a base, the next entry a claim of the attack on it
CLAIM_NEXT_ENTRY = [
    pytest.param(
        "Live: Tuesday 12 March 2024\n\n"
        "09:15 - Air defences at Harir base shot down a drone heading for the base.\n\n"
        "10:30 - The Islamic Resistance in Iraq claimed on Telegram the attack "
        "on Harir base.",
        id="en",
    ),
    pytest.param(
        "تغطية مباشرة: الثلاثاء 12 آذار 2024\n\n"
        "09:15 - الدفاعات الجوية في قاعدة حرير أسقطت طائرة مسيرة كانت متجهة نحو القاعدة.\n\n"
        "10:30 - المقاومة الإسلامية في العراق تتبنى الهجوم على قاعدة حرير.",
        id="ar",
    ),
    pytest.param(
        "پوشش زنده: سه‌شنبه ۲۲ اسفند ۱۴۰۲\n\n"
        "ساعت ۰۹:۱۵ - پدافند پایگاه حریر یک پهپاد را که به سمت پایگاه می‌آمد سرنگون کرد.\n\n"
        "ساعت ۱۰:۳۰ - مقاومت اسلامی در عراق مسئولیت حمله به پایگاه حریر را بر عهده گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", CLAIM_NEXT_ENTRY)
def test_a_claim_in_the_next_entry_is_the_interceptions(text: str) -> None:
    drafts = draft_article(text, published="2024-03-12").drafts
    assert _triples(drafts) == [("interception", "harir-air-base", "2024-03-12")]
    assert drafts[0].incident.claim_status == "claimed"


# another event's entry between them: the claim is not the interception's
CLAIM_AFTER_ANOTHER = [
    pytest.param(
        "Live: Tuesday 12 March 2024\n\n"
        "09:15 - Air defences at Harir base shot down a drone heading for the base.\n\n"
        "09:50 - Rockets struck Ain al-Asad air base, wounding two soldiers.\n\n"
        "10:30 - The Islamic Resistance in Iraq claimed on Telegram the attack "
        "on Harir base.",
        id="en",
    ),
    pytest.param(
        "تغطية مباشرة: الثلاثاء 12 آذار 2024\n\n"
        "09:15 - الدفاعات الجوية في قاعدة حرير أسقطت طائرة مسيرة كانت متجهة نحو القاعدة.\n\n"
        "09:50 - صواريخ تسقط على قاعدة عين الأسد وتصيب جنديين.\n\n"
        "10:30 - المقاومة الإسلامية في العراق تتبنى الهجوم على قاعدة حرير.",
        id="ar",
    ),
    pytest.param(
        "پوشش زنده: سه‌شنبه ۲۲ اسفند ۱۴۰۲\n\n"
        "ساعت ۰۹:۱۵ - پدافند پایگاه حریر یک پهپاد را که به سمت پایگاه می‌آمد سرنگون کرد.\n\n"
        "ساعت ۰۹:۵۰ - موشک‌ها به پایگاه عین الاسد اصابت کرد و دو سرباز زخمی شدند.\n\n"
        "ساعت ۱۰:۳۰ - مقاومت اسلامی در عراق مسئولیت حمله به پایگاه حریر را بر عهده گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", CLAIM_AFTER_ANOTHER)
def test_a_claim_after_another_entry_stays_an_attack(text: str) -> None:
    drafts = draft_article(text, published="2024-03-12").drafts
    triples = _triples(drafts)
    assert ("interception", "harir-air-base", "2024-03-12") in triples
    assert ("attack", "harir-air-base", "2024-03-12") in triples
