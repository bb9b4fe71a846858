"""Round 23's rules on events told twice and their days, each told in Arabic, Persian and
English.

The sentences are written for these tests (none is taken from an evaluation set):

- a group's claim on a site in a live blog's next entry, right after an interception
  there, is the interception's claim (one event, the interception), as it is within one
  paragraph; a claim after another event's entry, or one telling a second attack, stays
  an attack of its own;
- a search for the launchers ("searched the roads near X for the launchers", ``بحثاً عن
  منصات الإطلاق``, ``در جستجوی سکوهای پرتاب``) is no event at X and no launch site; a
  weapon told in the same sentence keeps the attack it tells;
- "this attack on X" (``در این حمله به X``, ``هذا الهجوم على X``) with no day of its own
  is the event told before at X, with its day (not the day last read, of the event it
  answered) and the toll it adds; "an attack on X" is not tied back so;
- "was destroyed" in Persian (``منهدم شد``, ``منهدم شدند``) with no weapon named tells
  the place destroyed, an attack, not a weapon stopped; a weapon named destroyed is an
  interception;
- a town struck, then its province told in general the same day by the side that struck
  ("The IRGC said it struck targets in X province"): the town's event, with the actor,
  claim and weapon of the general telling; the province told on another day is not;
- an attack only named in a statement dated "today" (a denial of a role in it), then told
  at "the base" with its own day a few days before and its toll: one event, on the day
  it is told; an attack told with its weapon, then "the base" hit on an earlier day, are
  two;
- a correction notice standing alone ("Correction: a report on Tuesday misstated the
  toll. Four were wounded in Monday's attack on X"): its corrected sentences tell the
  event; beside the story's own telling, the notice still drafts nothing;
- an anniversary told as years counted from the event ("four years on", "two years
  since", ``أربع سنوات على``, ``عامان على``, ``چهار سال از … گذشت``) is history, no
  event of the day of publication; years counted with no event recalled ("for the
  fourth time in two years", "for years on end") leave the event drafted;
- a false alarm ("while sheltering at X during a false alarm", ``خلال إنذار كاذب``,
  ``در پی یک هشدار کاذب``) is no attack at X; an attack "hours after a false alarm"
  (``بعد ساعات من إنذار كاذب``, ``پس از هشدار کاذب``) is drafted;
- an outpost with no name, a live blog's next entry naming it after its time stamp ("09:40
  GMT – The outpost has been named as X", ``الساعة 09:40 – وتعرف القاعدة باسم X``): the
  event is at X; a site the next entry names otherwise is not the outpost;
- a group's claim of the attack on the base of the area the site told before lies in,
  naming the attack's weapon ("claimed it sent drones against the X base" after a drone
  attack on a site at X) is that attack's claim; a claim of another weapon stays apart;
- a toll revised in a later entry naming no place ("12:40 – officials now put the number
  of wounded at five", ``ارتفاع عدد المصابين إلى خمسة``, ``شمار زخمی‌ها به پنج نفر
  رسید``) is the latest figure of the attack told before; the figure first given ("had
  first put … at two", ``في البداية``, ``در ابتدا``) replaces nothing;
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


# a search for the launchers after an attack: no event at the place searched, no origin
LAUNCHERS_SOUGHT = [
    pytest.param(
        "Rockets struck Ain al-Asad air base on Tuesday. Later, police searched the roads "
        "near Hit for the launchers.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الثلاثاء. وانتشرت الشرطة لاحقاً على طرق "
        "مدينة هيت بحثاً عن منصات الإطلاق.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز سه‌شنبه به پایگاه عین الاسد اصابت کرد. پلیس سپس جاده‌های شهر هیت را "
        "در جستجوی سکوهای پرتاب گشت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", LAUNCHERS_SOUGHT)
def test_a_search_for_the_launchers_is_no_event_and_no_origin(text: str) -> None:
    drafts = draft_article(text, published="2024-01-10").drafts
    assert _triples(drafts) == [("attack", "ain-al-asad", "2024-01-09")]
    assert drafts[0].incident.origin is None


# a weapon told in the sentence of the search: the attack it tells is drafted
ATTACK_WHILE_SOUGHT = [
    pytest.param(
        "Police searched for the launchers after two rockets struck Hit on Tuesday.",
        id="en",
    ),
    pytest.param(
        "وبحثت الشرطة عن منصات الإطلاق بعد سقوط صاروخين على مدينة هيت يوم الثلاثاء.",
        id="ar",
    ),
    pytest.param(
        "پلیس پس از اصابت دو موشک به شهر هیت در روز سه‌شنبه در جستجوی سکوهای پرتاب بود.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ATTACK_WHILE_SOUGHT)
def test_an_attack_told_beside_the_search_is_drafted(text: str) -> None:
    drafts = draft_article(text, published="2024-01-10").drafts
    assert ("attack", "hit", "2024-01-09") in _triples(drafts)


# "this attack on X" after a sentence dating another event: the event told before at X
THIS_ATTACK_ON = [
    pytest.param(
        "Rockets struck Ain al-Asad air base on Monday. The group said it was avenging the "
        "killing of its commander on January 2.\n\nOfficials said two soldiers were wounded "
        "in this attack on Ain al-Asad.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الاثنين. وقالت الجماعة إنها تثأر لمقتل قائدها "
        "في الثاني من كانون الثاني.\n\nوقال مسؤولون إن جنديين أصيبا في هذا الهجوم على قاعدة "
        "عين الأسد.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز دوشنبه به پایگاه عین الاسد اصابت کرد. این گروه گفت انتقام کشته شدن "
        "فرمانده خود در ۱۲ دی را گرفته است.\n\nمقام‌ها گفتند در این حمله به پایگاه عین الاسد "
        "دو سرباز زخمی شدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", THIS_ATTACK_ON)
def test_this_attack_on_a_site_is_the_event_told_there(text: str) -> None:
    drafts = draft_article(text, published="2024-01-09").drafts
    assert _triples(drafts) == [("attack", "ain-al-asad", "2024-01-08")]
    assert drafts[0].incident.wounded == 2


# no demonstrative: "an attack on X" after the other event's day is dated by that day
AN_ATTACK_ON = [
    pytest.param(
        "Rockets struck Ain al-Asad air base on Monday. The group said it was avenging the "
        "killing of its commander on January 2.\n\nOfficials said two soldiers were wounded "
        "in an attack on Ain al-Asad.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الاثنين. وقالت الجماعة إنها تثأر لمقتل قائدها "
        "في الثاني من كانون الثاني.\n\nوقال مسؤولون إن جنديين أصيبا في هجوم على قاعدة "
        "عين الأسد.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز دوشنبه به پایگاه عین الاسد اصابت کرد. این گروه گفت انتقام کشته شدن "
        "فرمانده خود در ۱۲ دی را گرفته است.\n\nمقام‌ها گفتند در یک حمله به پایگاه عین الاسد "
        "دو سرباز زخمی شدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", AN_ATTACK_ON)
def test_an_attack_on_a_site_without_this_is_not_tied_back(text: str) -> None:
    drafts = draft_article(text, published="2024-01-09").drafts
    assert ("attack", "ain-al-asad", "2024-01-08") in _triples(drafts)
    first = next(d for d in drafts if str(d.incident.date) == "2024-01-08")
    assert first.incident.wounded is None


# Persian "was destroyed" with no weapon named: the place destroyed, an attack
SITE_DESTROYED = [
    pytest.param("مواضع یک گروه مسلح در البوکمال روز دوشنبه منهدم شد.", id="shod"),
    pytest.param("انبارهای یک گروه مسلح در البوکمال روز دوشنبه منهدم شدند.", id="shodand"),
    pytest.param("مقر یک گروه مسلح در البوکمال روز دوشنبه منهدم گردید.", id="gardid"),
]


@pytest.mark.parametrize("text", SITE_DESTROYED)
def test_a_place_destroyed_is_an_attack_not_an_interception(text: str) -> None:
    drafts = draft_article(text, published="2024-01-16").drafts
    assert _triples(drafts) == [("attack", "albu-kamal", "2024-01-15")]


# a weapon named destroyed: a weapon stopped, an interception
WEAPON_DESTROYED = [
    pytest.param("دو پهپاد روز دوشنبه بر فراز پایگاه حریر منهدم شدند.", id="drones"),
    pytest.param("یک موشک روز دوشنبه پیش از رسیدن به پایگاه حریر منهدم شد.", id="missile"),
]


@pytest.mark.parametrize("text", WEAPON_DESTROYED)
def test_a_weapon_destroyed_is_an_interception(text: str) -> None:
    drafts = draft_article(text, published="2024-01-16").drafts
    assert _triples(drafts) == [("interception", "harir-air-base", "2024-01-15")]


# a town struck, then the province told in general the same day: the town's event, with
# who struck and with what
REGION_FIELDS = [
    pytest.param(
        "Missiles hit a building in the city of Idlib on Monday, residents said. The IRGC "
        "said it had struck targets in Idlib province with ballistic missiles on Monday.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على مبنى في مدينة إدلب يوم الاثنين بحسب سكان. وقال الحرس الثوري إنه "
        "قصف أهدافا في محافظة إدلب بصواريخ باليستية يوم الاثنين.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز دوشنبه به ساختمانی در شهر ادلب اصابت کرد. سپاه پاسداران اعلام کرد روز "
        "دوشنبه اهدافی را در استان ادلب با موشک‌های بالستیک هدف قرار داده است.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", REGION_FIELDS)
def test_the_province_told_in_general_names_who_struck_the_town(text: str) -> None:
    drafts = draft_article(text, published="2024-01-16").drafts
    assert _triples(drafts) == [("attack", "idlib", "2024-01-15")]
    assert drafts[0].incident.actor == "IRGC"


# the province told on another day: its own event, the town's keeps no actor
REGION_OTHER_DAY = [
    pytest.param(
        "Missiles hit a building in the city of Idlib on Monday, residents said. The IRGC "
        "said it had struck targets in Idlib province with ballistic missiles on Saturday.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على مبنى في مدينة إدلب يوم الاثنين بحسب سكان. وقال الحرس الثوري إنه "
        "قصف أهدافا في محافظة إدلب بصواريخ باليستية يوم السبت.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز دوشنبه به ساختمانی در شهر ادلب اصابت کرد. سپاه پاسداران اعلام کرد روز "
        "شنبه اهدافی را در استان ادلب با موشک‌های بالستیک هدف قرار داده است.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", REGION_OTHER_DAY)
def test_the_province_told_on_another_day_names_nobody_for_the_town(text: str) -> None:
    drafts = draft_article(text, published="2024-01-16").drafts
    town = next(d for d in drafts if d.incident.target.place_id == "idlib")
    assert str(town.incident.date) == "2024-01-15"
    assert town.incident.actor == ""


# an attack named in a denial "on Monday", then told at "the base" on Sunday: one event
NAMED_THEN_TOLD = [
    pytest.param(
        "Iran's foreign ministry on Monday rejected US claims of a role in the attack on "
        "Tower 22. Three soldiers were killed in the drone attack on the base on Sunday.",
        id="en",
    ),
    pytest.param(
        "رفضت وزارة الخارجية الإيرانية يوم الاثنين اتهامات أمريكية بدور لها في الهجوم على "
        "البرج 22. وقتل ثلاثة جنود في الهجوم بطائرة مسيرة على القاعدة يوم الأحد.",
        id="ar",
    ),
    pytest.param(
        "وزارت خارجه ایران روز دوشنبه ادعای آمریکا درباره نقش تهران در حمله به برج ۲۲ را رد "
        "کرد. در حمله پهپادی به این پایگاه در روز یکشنبه سه سرباز کشته شدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", NAMED_THEN_TOLD)
def test_an_attack_named_then_told_on_its_day_is_one_event(text: str) -> None:
    drafts = draft_article(text, published="2024-01-29").drafts
    assert _triples(drafts) == [("attack", "tower-22", "2024-01-28")]
    assert drafts[0].incident.killed == 3


# an attack told with its weapon on Monday, then "the base" hit on Sunday: two events
TOLD_THEN_EARLIER = [
    pytest.param(
        "Rockets struck Tower 22 on Monday. Three soldiers were killed in a drone attack on "
        "the base on Sunday.",
        id="en",
    ),
    pytest.param(
        "صواريخ سقطت على البرج 22 يوم الاثنين. وقتل ثلاثة جنود في هجوم بطائرة مسيرة على "
        "القاعدة يوم الأحد.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز دوشنبه به برج ۲۲ اصابت کرد. در حمله پهپادی به این پایگاه در روز یکشنبه "
        "سه سرباز کشته شدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", TOLD_THEN_EARLIER)
def test_an_attack_told_with_its_weapon_keeps_its_day(text: str) -> None:
    drafts = draft_article(text, published="2024-01-29").drafts
    assert sorted(_triples(drafts)) == [
        ("attack", "tower-22", "2024-01-28"),
        ("attack", "tower-22", "2024-01-29"),
    ]


# a correction notice alone: its corrected account is the event
CORRECTION_ALONE = [
    pytest.param(
        "Correction: A report published on Tuesday misstated the toll. Four soldiers were "
        "wounded in Monday's rocket attack on Ain al-Asad air base, not two as reported.",
        id="en",
    ),
    pytest.param(
        "تصحيح: أخطأ تقرير نشر يوم الثلاثاء في عدد المصابين. فقد أصيب أربعة جنود في الهجوم "
        "الصاروخي يوم الاثنين على قاعدة عين الأسد، وليس اثنان كما ورد.",
        id="ar",
    ),
    pytest.param(
        "اصلاحیه: در گزارشی که روز سه‌شنبه منتشر شد شمار زخمی‌ها اشتباه آمده بود. در حمله "
        "راکتی روز دوشنبه به پایگاه عین الاسد چهار سرباز زخمی شدند، نه دو نفر.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", CORRECTION_ALONE)
def test_a_correction_notice_alone_tells_the_event(text: str) -> None:
    drafts = draft_article(text, published="2024-01-10").drafts
    assert _triples(drafts) == [("attack", "ain-al-asad", "2024-01-08")]
    assert drafts[0].incident.wounded == 4


# the notice beside the story's own telling: the story's event only
CORRECTION_BESIDE = [
    pytest.param(
        "Correction: A report published on Tuesday misstated the toll. Four soldiers were "
        "wounded in Monday's rocket attack on Harir base.\n\nRockets struck Ain al-Asad "
        "air base on Monday, officials said.",
        id="en",
    ),
    pytest.param(
        "تصحيح: أخطأ تقرير نشر يوم الثلاثاء في عدد المصابين. فقد أصيب أربعة جنود في الهجوم "
        "الصاروخي يوم الاثنين على قاعدة حرير.\n\nسقطت صواريخ على قاعدة عين الأسد يوم "
        "الاثنين بحسب مسؤولين.",
        id="ar",
    ),
    pytest.param(
        "اصلاحیه: در گزارشی که روز سه‌شنبه منتشر شد شمار زخمی‌ها اشتباه آمده بود. در حمله "
        "راکتی روز دوشنبه به پایگاه حریر چهار سرباز زخمی شدند.\n\nروز دوشنبه چند راکت به "
        "پایگاه عین الاسد اصابت کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", CORRECTION_BESIDE)
def test_a_correction_notice_beside_the_story_drafts_nothing(text: str) -> None:
    drafts = draft_article(text, published="2024-01-10").drafts
    assert _triples(drafts) == [("attack", "ain-al-asad", "2024-01-08")]


# an anniversary headline ("four years on", ``أربع سنوات على``, ``چهار سال … گذشت``): no
# event of the day of publication
YEARS_ON = [
    pytest.param("Four years on: the night of missiles at Ain al-Asad", id="en-on"),
    pytest.param("Two years since the drone attack on Ain al-Asad", id="en-since"),
    pytest.param("أربع سنوات على ليلة الصواريخ في عين الأسد", id="ar"),
    pytest.param("عامان على الهجوم بالمسيرات على قاعدة عين الأسد", id="ar-two"),
    pytest.param("چهار سال از شب موشک‌ها در عین الاسد گذشت", id="fa"),
    pytest.param("دو سال از حمله پهپادی به پایگاه عین الاسد می‌گذرد", id="fa-present"),
]


@pytest.mark.parametrize("text", YEARS_ON)
def test_years_on_from_an_attack_is_its_anniversary(text: str) -> None:
    assert draft_article(text, published="2024-01-09").drafts == ()


# years counted with no event recalled ("for the fourth time in two years"): today's event
YEARS_COUNTED = [
    pytest.param(
        "Rockets hit Ain al-Asad air base on Monday for the fourth time in two years.", id="en"
    ),
    pytest.param(
        "Rockets have hit Ain al-Asad air base for years on end, and did again on Monday.",
        id="en-on-end",
    ),
    pytest.param("سقطت صواريخ على قاعدة عين الأسد يوم الاثنين للمرة الرابعة خلال عامين.", id="ar"),
    pytest.param(
        "موشک‌ها روز دوشنبه برای چهارمین بار در دو سال به پایگاه عین الاسد اصابت کرد.", id="fa"
    ),
]


@pytest.mark.parametrize("text", YEARS_COUNTED)
def test_years_counted_leave_the_event_drafted(text: str) -> None:
    drafts = draft_article(text, published="2024-01-09").drafts
    assert _triples(drafts) == [("attack", "ain-al-asad", "2024-01-08")]


# a false alarm at a base: no attack there
FALSE_ALARM = [
    pytest.param(
        "Rockets struck Harir base on Monday. A contractor died on Tuesday while sheltering "
        "at Ain al-Asad during a false alarm about an incoming drone.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة حرير يوم الاثنين. وتوفي متعاقد يوم الثلاثاء أثناء احتمائه في "
        "قاعدة عين الأسد خلال إنذار كاذب بقدوم طائرة مسيرة.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز دوشنبه به پایگاه حریر اصابت کرد. یک پیمانکار روز سه‌شنبه هنگام پناه "
        "گرفتن در پایگاه عین الاسد در پی یک هشدار کاذب درباره پهپاد جان باخت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", FALSE_ALARM)
def test_a_false_alarm_is_no_attack(text: str) -> None:
    drafts = draft_article(text, published="2024-01-10").drafts
    assert _triples(drafts) == [("attack", "harir-air-base", "2024-01-08")]


# an attack hours after a false alarm: the attack
AFTER_FALSE_ALARM = [
    pytest.param(
        "Rockets struck Ain al-Asad air base on Tuesday, hours after a false alarm.", id="en"
    ),
    pytest.param("سقطت صواريخ على قاعدة عين الأسد يوم الثلاثاء بعد ساعات من إنذار كاذب.", id="ar"),
    pytest.param(
        "موشک‌ها روز سه‌شنبه چند ساعت پس از هشدار کاذب به پایگاه عین الاسد اصابت کرد.", id="fa"
    ),
]


@pytest.mark.parametrize("text", AFTER_FALSE_ALARM)
def test_an_attack_after_a_false_alarm_is_drafted(text: str) -> None:
    drafts = draft_article(text, published="2024-01-10").drafts
    assert _triples(drafts) == [("attack", "ain-al-asad", "2024-01-09")]


# a live blog: an outpost with no name, the next entry naming it ("has been named as X")
NAMED_NEXT_ENTRY = [
    pytest.param(
        "Live updates\n\n09:10 GMT – A drone struck a small US outpost in north-eastern "
        "Jordan on Sunday, killing two soldiers.\n\n09:40 GMT – The outpost has been named "
        "as Tower 22, near the Syrian border.",
        id="en",
    ),
    pytest.param(
        "تغطية مباشرة\n\nالساعة 09:10 – ضربت طائرة مسيرة موقعا أمريكيا صغيرا في شمال شرق "
        "الأردن يوم الأحد وقتلت جنديين.\n\nالساعة 09:40 – وتعرف القاعدة باسم البرج 22 وتقع "
        "قرب الحدود السورية.",
        id="ar",
    ),
    pytest.param(
        "پوشش زنده\n\nساعت ۰۹:۱۰ – یک پهپاد روز یکشنبه به یک پاسگاه کوچک آمریکا در شمال شرق "
        "اردن اصابت کرد و دو سرباز را کشت.\n\nساعت ۰۹:۴۰ – این پایگاه که به نام برج ۲۲ "
        "شناخته می‌شود نزدیک مرز سوریه است.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", NAMED_NEXT_ENTRY)
def test_the_next_entry_names_the_outpost(text: str) -> None:
    drafts = draft_article(text, published="2024-01-29").drafts
    assert _triples(drafts) == [("attack", "tower-22", "2024-01-28")]
    assert drafts[0].incident.killed == 2


# the next entry names a site, but not as the outpost's name: the outpost stays unnamed
NOT_NAMED_NEXT_ENTRY = [
    pytest.param(
        "Live updates\n\n09:10 GMT – A drone struck a small US outpost in north-eastern "
        "Jordan on Sunday, killing two soldiers.\n\n09:40 GMT – The Pentagon said Tower 22 "
        "was put on alert.",
        id="en",
    ),
    pytest.param(
        "تغطية مباشرة\n\nالساعة 09:10 – ضربت طائرة مسيرة موقعا أمريكيا صغيرا في شمال شرق "
        "الأردن يوم الأحد وقتلت جنديين.\n\nالساعة 09:40 – وقال البنتاغون إن البرج 22 وضع "
        "في حالة تأهب.",
        id="ar",
    ),
    pytest.param(
        "پوشش زنده\n\nساعت ۰۹:۱۰ – یک پهپاد روز یکشنبه به یک پاسگاه کوچک آمریکا در شمال شرق "
        "اردن اصابت کرد و دو سرباز را کشت.\n\nساعت ۰۹:۴۰ – پنتاگون گفت برج ۲۲ در حالت آماده "
        "باش قرار گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", NOT_NAMED_NEXT_ENTRY)
def test_a_site_named_otherwise_in_the_next_entry_is_not_the_outpost(text: str) -> None:
    drafts = draft_article(text, published="2024-01-29").drafts
    assert ("attack", "tower-22", "2024-01-28") not in _triples(drafts)


# a drone attack on a site, then a claim of drones on the base of the area around it
CLAIM_WITH_THE_WEAPON = [
    pytest.param(
        "A drone struck Tower 22 on Sunday, killing two soldiers.\n\nThe Islamic Resistance "
        "in Iraq claimed it sent drones against the Rukban base.",
        id="en",
    ),
    pytest.param(
        "ضربت طائرة مسيرة البرج 22 يوم الأحد وقتلت جنديين.\n\nوتبنت المقاومة الإسلامية في "
        "العراق الهجوم بالطائرات المسيرة على قاعدة الركبان.",
        id="ar",
    ),
    pytest.param(
        "یک پهپاد روز یکشنبه به برج ۲۲ اصابت کرد و دو سرباز را کشت.\n\nمقاومت اسلامی عراق "
        "مسئولیت حمله پهپادی به پایگاه رکبان را بر عهده گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", CLAIM_WITH_THE_WEAPON)
def test_a_claim_naming_the_weapon_is_the_attacks(text: str) -> None:
    drafts = draft_article(text, published="2024-01-29").drafts
    assert _triples(drafts) == [("attack", "tower-22", "2024-01-28")]
    assert drafts[0].incident.claim_status == "claimed"


# the claim names another weapon: an attack of its own
CLAIM_OTHER_WEAPON = [
    pytest.param(
        "A drone struck Tower 22 on Sunday, killing two soldiers.\n\nThe Islamic Resistance "
        "in Iraq claimed it fired rockets at the Rukban base.",
        id="en",
    ),
    pytest.param(
        "ضربت طائرة مسيرة البرج 22 يوم الأحد وقتلت جنديين.\n\nوتبنت المقاومة الإسلامية في "
        "العراق الهجوم بالصواريخ على قاعدة الركبان.",
        id="ar",
    ),
    pytest.param(
        "یک پهپاد روز یکشنبه به برج ۲۲ اصابت کرد و دو سرباز را کشت.\n\nمقاومت اسلامی عراق "
        "مسئولیت حمله موشکی به پایگاه رکبان را بر عهده گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", CLAIM_OTHER_WEAPON)
def test_a_claim_of_another_weapon_stays_apart(text: str) -> None:
    drafts = draft_article(text, published="2024-01-29").drafts
    assert ("attack", "rukban", "2024-01-28") in _triples(drafts)


# a live blog: the wounded told, then revised in a later entry
TOLL_REVISED = [
    pytest.param(
        "Live\n\n10:05 GMT – Rockets struck Ain al-Asad air base on Monday, wounding two "
        "soldiers.\n\n11:30 GMT – A US official said troops were being checked.\n\n12:40 "
        "GMT – Officials now put the number of wounded at five.",
        id="en",
    ),
    pytest.param(
        "تغطية مباشرة\n\nالساعة 10:05 – سقطت صواريخ على قاعدة عين الأسد يوم الاثنين وأصيب "
        "جنديان بجروح.\n\nالساعة 11:30 – مسؤول أمريكي: الجنود يخضعون للفحص.\n\nالساعة "
        "12:40 – مصدر طبي: ارتفاع عدد المصابين إلى خمسة.",
        id="ar",
    ),
    pytest.param(
        "پوشش زنده\n\nساعت ۱۰:۰۵ – موشک‌ها روز دوشنبه به پایگاه عین الاسد اصابت کرد و دو "
        "سرباز زخمی شدند.\n\nساعت ۱۱:۳۰ – یک مقام آمریکایی گفت سربازان معاینه می‌شوند."
        "\n\nساعت ۱۲:۴۰ – شمار زخمی‌ها به پنج نفر رسید.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", TOLL_REVISED)
def test_a_toll_revised_later_is_the_attacks_latest_figure(text: str) -> None:
    drafts = draft_article(text, published="2024-01-09").drafts
    assert _triples(drafts) == [("attack", "ain-al-asad", "2024-01-08")]
    assert drafts[0].incident.wounded == 5


# the figure first given, told in a later entry: the attack keeps its own
FIRST_FIGURE = [
    pytest.param(
        "Live\n\n10:05 GMT – Rockets struck Ain al-Asad air base on Monday, wounding five "
        "soldiers.\n\n11:30 GMT – A US official said troops were being checked.\n\n12:40 "
        "GMT – Officials had first put the number of wounded at two.",
        id="en",
    ),
    pytest.param(
        "تغطية مباشرة\n\nالساعة 10:05 – سقطت صواريخ على قاعدة عين الأسد يوم الاثنين وأصيب "
        "خمسة جنود بجروح.\n\nالساعة 11:30 – مسؤول أمريكي: الجنود يخضعون للفحص.\n\nالساعة "
        "12:40 – وكانت مصادر قد ذكرت في البداية ارتفاع عدد المصابين إلى اثنين.",
        id="ar",
    ),
    pytest.param(
        "پوشش زنده\n\nساعت ۱۰:۰۵ – موشک‌ها روز دوشنبه به پایگاه عین الاسد اصابت کرد و پنج "
        "سرباز زخمی شدند.\n\nساعت ۱۱:۳۰ – یک مقام آمریکایی گفت سربازان معاینه می‌شوند."
        "\n\nساعت ۱۲:۴۰ – در ابتدا شمار زخمی‌ها به دو نفر رسیده بود.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", FIRST_FIGURE)
def test_the_figure_first_given_replaces_nothing(text: str) -> None:
    drafts = draft_article(text, published="2024-01-09").drafts
    assert drafts[0].incident.wounded == 5
