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
        "Iraq summoned the US charge d'affaires in Baghdad over the raids.",
        "وقال المتحدث إن بغداد ستتخذ الإجراءات اللازمة ردا على الغارات.",
        "وأكد البيان أن أي غارة يجب أن تتم بالتنسيق مع بغداد.",
        "دمشق نیز با محکوم کردن این حملات آن را غیرقانونی خواند.",
        "دولت گفت هر حمله‌ای در عراق باید با اطلاع بغداد انجام شود.",
        "وزارت خارجه کاردار سفارت آمریکا در بغداد را احضار کرد.",
    ],
)
def test_a_capital_or_an_embassy_in_a_reaction_is_no_site(
    bundled: Gazetteer, reaction: str
) -> None:
    text = f"US aircraft struck Jurf al-Sakhar on Friday.\n\n{reaction}"
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "jurf-al-sakhar", FRIDAY)]


@pytest.mark.parametrize(
    "reaction",
    [
        # a town where the reaction was voiced, or the governments voicing it
        "In Baghdad, the foreign ministry condemned the strikes as a violation of sovereignty.",
        "Iraq's prime minister, speaking in Baghdad, denounced the strikes.",
        "Baghdad and Damascus both condemned the raids.",
        "وفي بغداد، نددت وزارة الخارجية بالغارات ووصفتها بأنها انتهاك للسيادة.",
        "ونددت كل من بغداد ودمشق بالغارات.",
        "در بغداد، وزارت خارجه این حملات را نقض حاکمیت خواند.",
    ],
)
def test_a_town_voicing_a_reaction_is_no_site(bundled: Gazetteer, reaction: str) -> None:
    text = f"US aircraft struck Jurf al-Sakhar on Friday.\n\n{reaction}"
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "jurf-al-sakhar", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        # a reaction naming a strike told nowhere else: the place struck is drafted
        "Iraq condemned the US strikes on al-Qaim on Friday.",
        "ونددت بغداد بالغارة الأمريكية على القائم يوم الجمعة.",
        "Iraq condemned the al-Qaim strike by US jets on Friday.",
    ],
)
def test_a_reaction_to_a_strike_told_nowhere_else_drafts_it(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "al-qaim", FRIDAY)]


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


# ------------------------- class 2: a first account of the place, superseded
# "the spokesman at first said the drone had hit X, before the kingdom condemned …",
# ``قال في البداية إن … قبل أن تعلن``, ``در ابتدا گفت … اما بعدا … اعلام کرد``: the place of
# the first account is no second event


@pytest.mark.parametrize(
    "first_account",
    [
        "A minister at first said the drone had struck the al-Tanf garrison, before the "
        "government condemned the attack on its own post.",
        "Officials initially said the drone hit al-Tanf, but later said it struck Tower 22.",
        "وقال وزير في البداية إن الطائرة أصابت قاعدة التنف، قبل أن تعلن الحكومة إدانتها للهجوم.",
        "یک وزیر در ابتدا گفت پهپاد به پایگاه التنف اصابت کرد، اما بعدا دولت حمله را محکوم کرد.",
    ],
)
def test_a_first_account_of_the_place_drafts_nothing(
    bundled: Gazetteer, first_account: str
) -> None:
    text = f"A drone struck Tower 22 on Friday, killing three soldiers.\n\n{first_account}"
    assert _got(_draft(text, bundled)) == [("attack", "tower-22", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        # the event's own place and the first account's, after "but" / ``بل`` / ``بلکه``
        "The government at first said the drone that struck Tower 22 on Friday had hit not "
        "Jordan but at al-Tanf, before officials corrected the account.",
        "أعلنت الحكومة أن الهجوم الذي استهدف البرج 22 يوم الجمعة لم يقع في الأردن بل في قاعدة "
        "التنف، قبل أن يعود مسؤولون لتأكيد أن الموقع في الأردن.",
        "دولت در ابتدا گفت حمله روز جمعه به برج ۲۲ نه در اردن بلکه در پایگاه التنف رخ داد، اما "
        "بعدا این گفته را تصحیح کرد.",
    ],
)
def test_a_first_accounts_place_is_dropped_the_events_kept(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "tower-22", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        # the correction names no place, it corrects the count: the event and its count
        "Officials initially said two rockets hit Ain al-Asad on Friday, but later said three "
        "rockets hit the base.",
        "قال مسؤولون في البداية إن صاروخين سقطا على قاعدة عين الأسد يوم الجمعة، ثم قالوا لاحقا "
        "إن ثلاثة صواريخ سقطت على القاعدة.",
        "مقامات در ابتدا گفتند دو راکت روز جمعه به پایگاه عین الاسد اصابت کرد، اما بعدا گفتند "
        "سه راکت به پایگاه اصابت کرده است.",
    ],
)
def test_a_first_account_corrected_in_its_count(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "ain-al-asad", FRIDAY)]
    assert result.drafts[0].incident.count == 3


# ------------------------- class 3: the claim of a long article
# (a) a group claims in its clause while another speaker denies in his ("…, while Tehran
# denied any link", ``فيما نفت طهران``): the denial is not the group's; (b) the group's
# statement comes paragraphs after the attack, placeless, by the same weapon; (c) the group
# named again by a noun ("the group also announced", ``این گروه … خبر داد``)


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck Tower 22 on Friday, killing three soldiers.\n\n"
        "The Pentagon said the drone hit living quarters.\n\n"
        "The Islamic Resistance in Iraq claimed drone attacks on occupation bases, while "
        "Tehran denied any link to the attack.",
        "قصفت طائرة مسيرة البرج 22 يوم الجمعة ما أدى إلى مقتل ثلاثة جنود.\n\n"
        "وقالت وزارة الدفاع إن الطائرة أصابت مباني السكن.\n\n"
        "وتبنت المقاومة الإسلامية في العراق هجمات بطائرات مسيرة على قواعد الاحتلال، فيما نفت "
        "طهران أي علاقة لها بالهجوم.",
        "روز جمعه یک پهپاد برج ۲۲ را هدف قرار داد و سه سرباز کشته شدند.\n\n"
        "پنتاگون گفت پهپاد به محل اسکان نظامیان اصابت کرد.\n\n"
        "مقاومت اسلامی عراق مسئولیت حملات پهپادی به پایگاه‌های اشغالگران را بر عهده گرفت.",
    ],
)
def test_a_statement_paragraphs_later_claims_the_attack(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "tower-22", FRIDAY)]
    incident = result.drafts[0].incident
    assert (incident.claim_status, incident.actor) == ("claimed", "Islamic Resistance in Iraq")


@pytest.mark.parametrize(
    "text",
    [
        # a denial by the group itself: no claim
        "A drone struck Tower 22 on Friday, killing three soldiers.\n\n"
        "The Pentagon said the drone hit living quarters.\n\n"
        "Kataib Hezbollah denied any role in drone attacks on the bases.",
        # a claim of another weapon's attacks, with no word of this one
        "A drone struck Tower 22 on Friday, killing three soldiers.\n\n"
        "The Pentagon said the drone hit living quarters.\n\n"
        "The Islamic Resistance in Iraq claimed rocket attacks on occupation bases.",
        # the claims of a campaign ("since October", "in past weeks", ``منذ``, ``طی هفته‌های
        # گذشته``), not of the attack told
        "A drone struck Tower 22 on Friday.\n\nThe Pentagon said it was studying the attack."
        "\n\nThe Islamic Resistance in Iraq has claimed drone attacks on US bases since October.",
        "A drone struck Tower 22 on Friday.\n\nIn past weeks the Islamic Resistance in Iraq "
        "claimed drone attacks on US bases in Syria.",
        "قصفت طائرة مسيرة البرج 22 يوم الجمعة.\n\nوقال البنتاغون إنه يدرس الهجوم.\n\nوتبنت "
        "المقاومة الإسلامية في العراق منذ تشرين الأول هجمات بطائرات مسيرة على القواعد الأمريكية.",
        "یک پهپاد روز جمعه برج ۲۲ را هدف قرار داد.\n\nمقاومت اسلامی عراق طی هفته‌های گذشته "
        "مسئولیت حملات پهپادی به پایگاه‌های آمریکا را بر عهده گرفته است.",
        # another attack drafted between: the statement is not this one's
        "A drone struck Tower 22 on Friday.\n\nA drone struck al-Tanf on Thursday.\n\n"
        "The Islamic Resistance in Iraq claimed drone attacks on occupation bases.",
    ],
)
def test_no_far_claim_of_another_kind(bundled: Gazetteer, text: str) -> None:
    first = _draft(text, bundled).drafts[0].incident
    assert first.target.place_id == "tower-22"
    assert first.claim_status != "claimed"


@pytest.mark.parametrize(
    "again",
    [
        "The group also said it had launched a drone at the al-Tanf garrison on Friday.",
        "وأعلنت الجماعة أيضا أنها استهدفت قاعدة التنف بطائرة مسيرة يوم الجمعة.",
        "این گروه همچنین روز جمعه از حمله پهپادی به پایگاه التنف خبر داد.",
    ],
)
def test_the_group_named_again_claims(bundled: Gazetteer, again: str) -> None:
    text = (
        "The Islamic Resistance in Iraq said it had struck Tower 22 with a drone on Thursday."
        f"\n\n{again}"
    )
    result = _draft(text, bundled)
    assert sorted(_got(result)) == [("attack", "al-tanf", FRIDAY), ("attack", "tower-22", THURSDAY)]
    incident = next(d.incident for d in result.drafts if d.incident.target.place_id == "al-tanf")
    assert (incident.claim_status, incident.actor) == ("claimed", "Islamic Resistance in Iraq")


# ------------------------- class 4: a toll told later at a place struck
# "US jets struck sites near X on Friday. ¶ Officials said 16 people were killed in the X
# area", ``قتل ثمانية أشخاص في X``, ``در X هشت نفر کشته شدند``: the strike's toll, no
# attack of its own


@pytest.mark.parametrize(
    ("toll", "killed"),
    [
        ("Officials said 16 people were killed and 25 wounded in the al-Qaim area.", 16),
        ("A monitor said fighters were killed at positions around al-Qaim.", None),
        ("وتحدث مسؤولون عن مقتل ١٦ شخصا وإصابة ٢٥ آخرين في منطقة القائم.", 16),
        ("مقامات محلی گفتند در این حملات ۱۶ نفر در منطقه القائم کشته شدند.", 16),
        # the toll's verb alone (``قتلوا``, ``کشته شدند``), as "were killed" in English
        ("وقال مسؤولون عراقيون إن 16 شخصا قتلوا في منطقة القائم.", 16),
        ("مقامات عراقی گفتند ۱۶ نفر در منطقه القائم کشته شدند.", 16),
    ],
)
def test_a_toll_told_later_is_the_strikes(
    bundled: Gazetteer, toll: str, killed: int | None
) -> None:
    text = f"US jets struck sites near al-Qaim on Friday.\n\n{toll}"
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "al-qaim", FRIDAY)]
    assert result.drafts[0].incident.killed == killed


@pytest.mark.parametrize(
    "later",
    [
        # a weapon of its own: another event at the place
        "A drone struck a car in al-Qaim, killing two men.",
        "وقتل رجلان يوم السبت بضربة طائرة مسيرة على سيارة في القائم.",
        "روز شنبه یک پهپاد خودرویی را در القائم هدف قرار داد و دو نفر کشته شدند.",
    ],
)
def test_a_later_attack_with_its_own_weapon_is_drafted(bundled: Gazetteer, later: str) -> None:
    text = f"US jets struck sites near al-Qaim on Friday.\n\n{later}"
    assert len(_draft(text, bundled).drafts) == 2


# ------------------------- class 5: an "air aggression" (``عدواناً جوياً``), the state
# media's word for a raid, tells an event: its day is the sentence's


@pytest.mark.parametrize(
    "text",
    [
        "شن طيران التحالف عدوانا جويا ليل أمس على موقع قرب البوكمال.",
        "نفذ الطيران الأمريكي عدوانا جويا أمس الجمعة على موقع قرب البوكمال.",
    ],
)
def test_an_air_aggression_is_an_event_of_its_day(bundled: Gazetteer, text: str) -> None:
    got = _got(_draft(text, bundled))
    assert [(t, d) for _, t, d in got] == [("albu-kamal", FRIDAY)]


def test_an_air_aggression_by_a_states_aircraft_is_its_strike(bundled: Gazetteer) -> None:
    text = "شن طيران الاحتلال الأمريكي عدوانا جويا أمس الجمعة على موقع قرب البوكمال."
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "albu-kamal", FRIDAY)]
    assert result.drafts[0].incident.actor == "United States"


@pytest.mark.parametrize(
    "toll",
    [
        "Eight people were killed in the raid on al-Mayadin, while in Albu Kamal a house was "
        "destroyed.",
        "وقتل ثمانية أشخاص في الغارة على الميادين، فيما اقتصرت الأضرار في البوكمال على تدمير منزل.",
        "هشت نفر در حمله به المیادین کشته شدند و در البوکمال یک خانه ویران شد.",
    ],
)
def test_a_toll_in_the_raid_on_one_site_is_that_sites(bundled: Gazetteer, toll: str) -> None:
    text = f"US jets struck sites near Albu Kamal and al-Mayadin on Friday.\n\n{toll}"
    result = _draft(text, bundled)
    killed = {d.incident.target.place_id: d.incident.killed for d in result.drafts}
    assert killed == {"albu-kamal": None, "al-mayadin": 8}


# ------------------------- class 6: an event named again by its place
# "the Erbil attack", ``ضربة كركوك``, ``حمله اربیل``: a commentary paragraph names the event
# told before by its place (or the town around its site), no new event


@pytest.mark.parametrize(
    ("first", "again", "kind", "site"),
    [
        (
            "A drone struck Erbil air base on Friday, wounding three soldiers.",
            "Analysts said the Erbil attack was the most serious in weeks.",
            "attack",
            "erbil-airport",
        ),
        (
            "US aircraft struck a militia site in Kirkuk on Friday.",
            "ويرى مراقبون أن ضربة كركوك تمثل تحولا في قواعد الاشتباك.",
            "retaliatory_strike",
            "kirkuk",
        ),
        (
            "یک پهپاد روز جمعه پایگاه هوایی اربیل را هدف قرار داد.",
            "کارشناسان می‌گویند حمله اربیل جدی‌ترین حمله هفته‌های اخیر بود.",
            "attack",
            "erbil-airport",
        ),
    ],
)
def test_an_event_named_again_by_its_place_is_no_new_one(
    bundled: Gazetteer, first: str, again: str, kind: str, site: str
) -> None:
    result = _draft(f"{first}\n\n{again}", bundled)
    assert _got(result) == [(kind, site, FRIDAY)]


@pytest.mark.parametrize(
    "again",
    [
        # a day of its own: another event at the place
        "On Saturday the Erbil attack was followed by a second drone attack on Erbil.",
        "وفي اليوم التالي أصاب صاروخ مطار أربيل.",
    ],
)
def test_a_later_event_at_the_place_is_drafted(bundled: Gazetteer, again: str) -> None:
    text = f"A drone struck Erbil air base on Friday.\n\n{again}"
    assert len(_draft(text, bundled).drafts) == 2


# ------------------------- class 7: a past event retold keeps its own day
# "the worst attack before Saturday came on 25 January, when …" (``قبل السبت``, ``پیش از
# شنبه``): the day after "before" bounds the time told, the event's day is the other one;
# and "early the next morning" counts a day from the event told before


@pytest.mark.parametrize(
    "retold",
    [
        "The worst attack before Friday came on 25 January, when a drone struck Tower 22.",
        "وكان أعنف هجوم قبل الجمعة قد وقع في 25 كانون الثاني حين أصابت طائرة مسيرة البرج 22.",
        "شدیدترین حمله پیش از جمعه در ۵ بهمن رخ داد که پهپادی به برج ۲۲ اصابت کرد.",
    ],
)
def test_a_day_after_before_is_a_bound(bundled: Gazetteer, retold: str) -> None:
    text = f"Rockets struck al-Tanf on Friday.\n\n{retold}"
    assert sorted(_got(_draft(text, bundled))) == [
        ("attack", "al-tanf", FRIDAY),
        ("attack", "tower-22", "2024-01-25"),
    ]


@pytest.mark.parametrize(
    "retold",
    [
        "Until Friday, the deadliest attack had been on 12 January, when a drone struck Harir "
        "air base.",
        "وحتى الجمعة، كان أعنف هجوم قد وقع في 12 كانون الثاني حين أصابت طائرة مسيرة قاعدة حرير.",
        "تا پیش از جمعه، مرگبارترین حمله روز ۲۲ دی رخ داده بود که یک پهپاد به پایگاه حریر اصابت "
        "کرد.",
    ],
)
def test_a_day_after_until_is_a_bound(bundled: Gazetteer, retold: str) -> None:
    text = f"Rockets struck al-Tanf on Friday.\n\n{retold}"
    assert sorted(_got(_draft(text, bundled))) == [
        ("attack", "al-tanf", FRIDAY),
        ("attack", "harir-air-base", "2024-01-12"),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Two days later, rockets hit Ain al-Asad.",
        "بعد ذلك بيومين سقطت صواريخ على قاعدة عين الأسد.",
        "دو روز بعد چند راکت به پایگاه عین الاسد اصابت کرد.",
    ],
)
def test_two_days_later_counts_from_the_event_before(bundled: Gazetteer, later: str) -> None:
    text = f"US jets struck al-Qaim on 4 January.\n\n{later}"
    assert sorted(_got(_draft(text, bundled))) == [
        ("attack", "ain-al-asad", "2024-01-06"),
        ("retaliatory_strike", "al-qaim", "2024-01-04"),
    ]


def test_a_day_after_before_alone_dates_the_event(bundled: Gazetteer) -> None:
    # the only day of its sentence: the event is near it (as ever)
    text = "Rockets struck al-Tanf shortly before Friday prayers."
    assert _got(_draft(text, bundled)) == [("attack", "al-tanf", FRIDAY)]


@pytest.mark.parametrize(
    "phrase", ["early the next morning", "the following morning", "the next night"]
)
def test_the_next_morning_counts_from_the_event_before(bundled: Gazetteer, phrase: str) -> None:
    text = f"A drone struck Tower 22 on 25 January.\n\nUS aircraft hit sites in al-Qaim {phrase}."
    assert _got(_draft(text, bundled)) == [
        ("attack", "tower-22", "2024-01-25"),
        ("retaliatory_strike", "al-qaim", "2024-01-26"),
    ]


# ------------------------- class 8: one more weapon, stopped
# "a third drone … was intercepted" (``طائرة مسيرة ثالثة``, ``پهپاد سوم``): the ordinal
# counts the day's weapons, not the part of a salvo that got through


@pytest.mark.parametrize(
    "stopped",
    [
        "Later, a third drone approaching Erbil air base was intercepted and destroyed.",
        "وفي وقت لاحق، أسقطت الدفاعات الجوية طائرة مسيرة ثالثة قرب مطار أربيل.",
        "ساعاتی بعد پهپاد سوم در نزدیکی پایگاه هوایی اربیل رهگیری شد.",
    ],
)
def test_one_more_weapon_stopped_is_an_interception(bundled: Gazetteer, stopped: str) -> None:
    text = f"Two drones struck Harir air base on Friday.\n\n{stopped}"
    assert _got(_draft(text, bundled)) == [
        ("attack", "harir-air-base", FRIDAY),
        ("interception", "erbil-airport", FRIDAY),
    ]


@pytest.mark.parametrize(
    "second",
    [
        # "the base": the salvo's own second weapon, part of the attack told before
        "A second drone was shot down before it reached the base.",
        "وأسقطت طائرة مسيرة ثانية قبل وصولها إلى القاعدة.",
        "پهپاد دوم پیش از رسیدن به پایگاه سرنگون شد.",
    ],
)
def test_the_salvos_second_weapon_stopped_is_part_of_the_attack(
    bundled: Gazetteer, second: str
) -> None:
    text = f"A drone struck the al-Tanf garrison on Friday, wounding two soldiers. {second}"
    assert _got(_draft(text, bundled)) == [("attack", "al-tanf", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Two drones flew at Erbil air base on Friday; one was shot down and a second drone hit "
        "a hangar.",
        "أسقطت الدفاعات طائرة مسيرة يوم الجمعة فوق مطار أربيل، فيما سقطت طائرة أخرى داخل المطار.",
    ],
)
def test_a_second_weapon_that_arrived_is_an_attack(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "erbil-airport", FRIDAY)]


# ------------------------- class 9: a group saying it had no part
# "… said in a statement that it had nothing to do with the attack" (``لا علاقة لها``,
# ``هیچ ارتباطی … نداشته``): a denial, no claim


@pytest.mark.parametrize(
    "denial",
    [
        "Kataib Hezbollah said in a statement that it had nothing to do with the attack.",
        "وقالت كتائب حزب الله في بيان إنه لا علاقة لها بالهجوم.",
        "کتائب حزب‌الله در بیانیه‌ای اعلام کرد هیچ ارتباطی با این حمله نداشته است.",
    ],
)
def test_a_group_with_no_part_claims_nothing(bundled: Gazetteer, denial: str) -> None:
    result = _draft(f"Rockets struck Ain al-Asad air base on Friday. {denial}", bundled)
    assert _got(result) == [("attack", "ain-al-asad", FRIDAY)]
    assert result.drafts[0].incident.claim_status != "claimed"


# ------------------------- class 10: the group's statement named again
# "The group said in a statement it struck three bases. ¶ According to the statement, X
# was hit by drones" (``وبحسب البيان``, ``بر اساس این بیانیه``): its claim


@pytest.mark.parametrize(
    ("first", "again"),
    [
        (
            "The Islamic Resistance in Iraq said in a statement it had struck US bases on Friday.",
            "According to the statement, the al-Shaddadi base was hit by two drones.",
        ),
        (
            "وأعلنت المقاومة الإسلامية في العراق في بيان أنها استهدفت قواعد أمريكية يوم الجمعة.",
            "وبحسب البيان، استهدفت طائرتان مسيرتان قاعدة الشدادي.",
        ),
        (
            "مقاومت اسلامی عراق در بیانیه‌ای اعلام کرد روز جمعه پایگاه‌های آمریکا را هدف قرار داد.",
            "بر اساس این بیانیه، پایگاه الشدادی با دو پهپاد هدف قرار گرفت.",
        ),
    ],
)
def test_the_statement_named_again_claims(bundled: Gazetteer, first: str, again: str) -> None:
    result = _draft(f"{first}\n\n{again}", bundled)
    assert _got(result) == [("attack", "al-shaddadi-base", FRIDAY)]
    incident = result.drafts[0].incident
    assert (incident.claim_status, incident.actor) == ("claimed", "Islamic Resistance in Iraq")


# ------------------------- class 11: a group's own communiqué
# headed "Statement by …" (``بيان صادر عن …``, ``بیانیه …``) or signed with the group's name:
# every attack it tells is its claim


@pytest.mark.parametrize(
    "text",
    [
        "Statement by the Islamic Resistance in Iraq\n"
        "Our fighters struck the occupation base at Conoco field with drones on Friday. "
        "The fighters also shelled the Kharab al-Jir base with rockets.",
        "بيان صادر عن المقاومة الإسلامية في العراق\n"
        "ضرب مجاهدونا يوم الجمعة قاعدة الاحتلال في حقل كونيكو بطائرات مسيرة. "
        "كما دك المجاهدون قاعدة خراب الجير بالصواريخ.",
        "رزمندگان ما روز جمعه پایگاه اشغالگران در میدان گازی کونیکو را با پهپاد هدف قرار دادند. "
        "همچنین پایگاه خراب الجیر با موشک هدف قرار گرفت.\n\n"
        "مقاومت اسلامی عراق",
    ],
)
def test_a_communique_claims_its_attacks(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert sorted(_got(result)) == [
        ("attack", "conoco-gas-field", FRIDAY),
        ("attack", "kharab-al-jir", FRIDAY),
    ]
    assert {(d.incident.claim_status, d.incident.actor) for d in result.drafts} == {
        ("claimed", "Islamic Resistance in Iraq")
    }


@pytest.mark.parametrize(
    "text",
    [
        # a news headline naming the group's denial, then the story: no communiqué
        "Kataib Hezbollah denies role\n\nRockets struck the Conoco gas field on Friday.",
        # the group named at the foot of a news story, with more words
        "Rockets struck the Conoco gas field on Friday.\n\n"
        "Officials blamed groups close to the Islamic Resistance in Iraq for the attack.",
        # a last line that is a sentence of its own, of another event
        "Rockets struck the Conoco gas field on Friday.\n\nA drone hit al-Tanf on Friday.\n\n"
        "The Islamic Resistance in Iraq claimed it.",
    ],
)
def test_no_communique_no_claim(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    first = result.drafts[0].incident
    assert (first.target.place_id, first.date.isoformat()) == ("conoco-gas-field", FRIDAY)
    assert first.claim_status != "claimed"


# ------------------------- class 12: more words of a claim
# (a) "said it carried out both operations" a paragraph after two attacks claims both;
# (b) the group named again "took responsibility" or speaks "in its statement"; (c) the
# group speaking in its own words ("our fighters", ``مجاهدونا``, ``المقاومة …: هاجم``); (d) a
# blast's group speaking "in a statement" is the side hit, no claim


@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic Resistance in Iraq said it carried out both operations.",
        "وقالت المقاومة الإسلامية في العراق إنها نفذت العمليتين.",
        "مقاومت اسلامی عراق اعلام کرد هر دو عملیات را انجام داده است.",
    ],
)
def test_a_claim_of_both_a_paragraph_later(bundled: Gazetteer, claim: str) -> None:
    text = (
        "Two drones flew at Ain al-Asad air base on Friday; one crashed inside the base.\n\n"
        f"The same day, a drone struck the al-Tanf garrison. {claim}"
    )
    result = _draft(text, bundled)
    assert sorted(_got(result)) == [
        ("attack", "ain-al-asad", FRIDAY),
        ("attack", "al-tanf", FRIDAY),
    ]
    assert {(d.incident.claim_status, d.incident.actor) for d in result.drafts} == {
        ("claimed", "Islamic Resistance in Iraq")
    }


@pytest.mark.parametrize(
    "again",
    [
        "The group also claimed responsibility for a drone attack on al-Tanf on Friday.",
        "وتبنت الجماعة أيضا هجوما بطائرة مسيرة على قاعدة التنف يوم الجمعة.",
        "این گروه همچنین مسئولیت حمله پهپادی روز جمعه به پایگاه التنف را بر عهده گرفت.",
        "در بیانیه دوم این گروه آمده است که پایگاه التنف روز جمعه با پهپاد هدف قرار گرفت.",
    ],
)
def test_the_group_named_again_takes_responsibility(bundled: Gazetteer, again: str) -> None:
    text = (
        "The Islamic Resistance in Iraq said it had struck Tower 22 with a drone on Thursday."
        f"\n\n{again}"
    )
    result = _draft(text, bundled)
    incident = next(d.incident for d in result.drafts if d.incident.target.place_id == "al-tanf")
    assert (incident.claim_status, incident.actor) == ("claimed", "Islamic Resistance in Iraq")


@pytest.mark.parametrize(
    "text",
    [
        "21:20 - المقاومة الإسلامية في العراق: هاجم مجاهدونا قاعدة حقل العمر يوم الجمعة بطائرات "
        "مسيرة.",
        "The Islamic Resistance in Iraq: our fighters struck the al-Omar oil field with drones "
        "on Friday.",
        "مقاومت اسلامی عراق: رزمندگان ما روز جمعه میدان نفتی العمر را با پهپاد هدف قرار دادند.",
    ],
)
def test_a_group_in_its_own_words_claims(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "al-omar-oil-field", FRIDAY)]
    incident = result.drafts[0].incident
    assert (incident.claim_status, incident.actor) == ("claimed", "Islamic Resistance in Iraq")


@pytest.mark.parametrize(
    "text",
    [
        "A blast tore through Camp Kalsu, a base used by the Popular Mobilization Forces, on "
        "Friday, killing one member, the PMF said in a statement.",
        "وقع انفجار في معسكر كالسو التابع للحشد الشعبي يوم الجمعة، بحسب بيان للحشد الشعبي.",
    ],
)
def test_a_blasts_group_speaking_claims_nothing(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert [(k, t) for k, t, _ in _got(result)] == [("explosion", "camp-kalsu")]
    assert result.drafts[0].incident.claim_status != "claimed"


# ------------------------- class 13: the side struck telling its losses
# "Kataib Hezbollah said four of its fighters were killed at X" (``أربعة من مقاتليها``,
# ``مواقعها … تعرضت للقصف``, ``چهار تن از نیروهایش``, ``مواضعش … هدف قرار گرفت``), a
# paragraph after a strike at X: the strike's toll, no attack, and no claim


@pytest.mark.parametrize(
    ("later", "killed"),
    [
        ("Kataib Hezbollah said four of its fighters were killed at al-Qaim.", 4),
        (
            "Kataib Hezbollah said in a statement that its positions near al-Qaim had been hit.",
            None,
        ),
        ("وقالت كتائب حزب الله إن أربعة من مقاتليها قتلوا في القائم.", 4),
        ("وأعلنت كتائب حزب الله في بيان أن مواقعها قرب القائم تعرضت للقصف وتوعدت بالرد.", None),
        ("کتائب حزب‌الله اعلام کرد چهار تن از نیروهایش در القائم کشته شدند.", 4),
        ("کتائب حزب‌الله در بیانیه‌ای گفت مواضعش در نزدیکی القائم هدف قرار گرفت.", None),
    ],
)
def test_the_side_struck_telling_its_losses_tells_the_strike(
    bundled: Gazetteer, later: str, killed: int | None
) -> None:
    text = f"US jets struck sites near al-Qaim on Friday, the Pentagon said.\n\n{later}"
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "al-qaim", FRIDAY)]
    assert result.drafts[0].incident.killed == killed


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck sites near al-Qaim on Friday. Kataib Hezbollah said four of its "
        "fighters were killed at al-Qaim.",
        "شنت طائرات أمريكية غارات قرب القائم يوم الجمعة. وقالت كتائب حزب الله إن أربعة من "
        "مقاتليها قتلوا في القائم.",
    ],
)
def test_the_side_struck_in_the_same_paragraph(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "al-qaim", FRIDAY)]
    assert result.drafts[0].incident.killed == 4


@pytest.mark.parametrize(
    "text",
    [
        "A blast at a Kataib Hezbollah depot in al-Qaim killed four of its fighters on Friday, "
        "the group said in a statement.",
        "وأعلنت كتائب حزب الله في بيان أن أربعة من مقاتليها قتلوا بانفجار في القائم يوم الجمعة.",
    ],
)
def test_a_group_telling_its_dead_claims_nothing(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert [d.incident.claim_status for d in result.drafts] != ["claimed"]


# ------------------------- class 14: a later claim naming the attack's site or noun
# "KH had said it was behind the attack on the base at X" (``أعلنت … مسؤوليتها عن الهجوم
# على X``, ``مسئولیت حمله به X را پذیرفت``) claims the attack at X told before; "claimed the
# barrage" two paragraphs on claims it too; a state's blame does not


@pytest.mark.parametrize(
    "claim",
    [
        "Kataib Hezbollah said it was behind the attack on Erbil air base.",
        "وأعلنت كتائب حزب الله مسؤوليتها عن الهجوم على قاعدة أربيل الجوية.",
        "کتائب حزب‌الله مسئولیت حمله به پایگاه هوایی اربیل را پذیرفت.",
    ],
)
def test_a_later_claim_naming_the_site_claims_it(bundled: Gazetteer, claim: str) -> None:
    text = (
        "US jets struck sites near Hilla on Tuesday, a day after a drone attack on Erbil air "
        f"base.\n\nThe Pentagon called the strikes proportionate. {claim}"
    )
    result = _draft(text, bundled)
    attack = next(d.incident for d in result.drafts if d.incident.kind == "attack")
    assert attack.target.place_id == "erbil-airport"
    assert (attack.claim_status, attack.actor) == ("claimed", "Kataib Hezbollah")


def test_a_states_blame_claims_nothing(bundled: Gazetteer) -> None:
    text = (
        "A drone struck Erbil air base on Friday.\n\n"
        "The Pentagon said Kataib Hezbollah was behind the attack on Erbil air base."
    )
    assert _draft(text, bundled).drafts[0].incident.claim_status != "claimed"


@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic Resistance in Iraq claimed the barrage.",
        "وتبنت المقاومة الإسلامية في العراق الهجوم.",
        "مقاومت اسلامی عراق مسئولیت این حمله را بر عهده گرفت.",
    ],
)
def test_a_claim_of_the_event_two_paragraphs_on(bundled: Gazetteer, claim: str) -> None:
    text = (
        "Militants fired ballistic missiles at Ain al-Asad air base on Friday.\n\n"
        "Several soldiers were being checked for concussions, officials said.\n\n"
        f"{claim}"
    )
    incident = _draft(text, bundled).drafts[0].incident
    assert incident.target.place_id == "ain-al-asad"
    assert (incident.claim_status, incident.actor) == ("claimed", "Islamic Resistance in Iraq")


@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic Resistance in Iraq had announced drone attacks on three US bases, without "
        "naming Tower 22.",
        "وكانت المقاومة الإسلامية في العراق قد أعلنت هجمات بطائرات مسيرة على ثلاث قواعد أمريكية، "
        "دون أن تسمي البرج 22.",
        "مقاومت اسلامی عراق از حمله پهپادی به سه پایگاه آمریکایی خبر داده بود، بدون آنکه نام "
        "برج ۲۲ را بیاورد.",
    ],
)
def test_a_claim_without_naming_the_site_claims_nothing(bundled: Gazetteer, claim: str) -> None:
    text = f"A drone struck Tower 22 on Friday, killing three soldiers.\n\n{claim}"
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "tower-22", FRIDAY)]
    assert result.drafts[0].incident.claim_status != "claimed"
