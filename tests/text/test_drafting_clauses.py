"""Rules added after the fourth held-out set: clauses, partial interceptions, background.

Short sentences of our own, one per language, against the bundled gazetteer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geoincidents.places.gazetteer import Gazetteer, default_gazetteer
from geoincidents.text.dates import find_dates
from geoincidents.text.drafting import DraftResult, draft_article, kind_class


def _draft(text: str, gaz: Gazetteer, published: str = "2024-01-24") -> DraftResult:
    return draft_article(text, published, gaz, include_geonames=False)


def _kinds(result: DraftResult) -> list[tuple[str, str | None]]:
    return [(d.incident.kind, d.incident.target.place_id) for d in result.drafts]


# ------------------------------------------------------------------ two events, one sentence

TWO_EVENTS = [
    "Kataib Hezbollah fired four rockets at Ain al-Asad on Saturday, "
    "and US jets struck a depot near al-Qaim.",
    "أطلقت كتائب حزب الله أربعة صواريخ على قاعدة عين الأسد يوم السبت، "
    "وقصفت طائرات أمريكية مخزنا قرب القائم.",
    "کتائب حزب‌الله روز شنبه چهار راکت به سوی پایگاه عین الاسد شلیک کرد و "
    "جنگنده‌های آمریکایی انباری را در نزدیکی القائم بمباران کردند.",
]


@pytest.mark.parametrize("text", TWO_EVENTS)
def test_an_attack_and_a_strike_in_one_sentence_are_two_drafts(
    bundled: Gazetteer, text: str
) -> None:
    attack, strike = _draft(text, bundled).drafts
    assert (attack.incident.kind, attack.incident.target.place_id) == ("attack", "ain-al-asad")
    assert (attack.incident.count, attack.incident.actor) == (4, "Kataib Hezbollah")
    assert kind_class(strike.incident.kind) == "strike"
    assert (strike.incident.target.place_id, strike.incident.actor) == ("al-qaim", "United States")
    assert attack.incident.date == strike.incident.date == dt.date(2024, 1, 20)
    assert attack.span[1] <= strike.span[0]  # each draft keeps its own clause


TWO_GROUPS = [
    "The Islamic Resistance in Iraq launched a drone at Harir air base, "
    "while Harakat al-Nujaba fired rockets at Ain al-Asad on Monday.",
    "أطلقت المقاومة الإسلامية في العراق طائرة مسيرة على قاعدة حرير الجوية، "
    "فيما أطلقت النجباء صواريخ على قاعدة عين الأسد يوم الاثنين.",
    "مقاومت اسلامی عراق روز دوشنبه یک پهپاد به سوی پایگاه حریر فرستاد، "
    "در حالی که نجباء چند راکت به پایگاه عین الاسد شلیک کرد.",
]


@pytest.mark.parametrize("text", TWO_GROUPS)
def test_two_groups_in_one_sentence_each_keep_their_own(bundled: Gazetteer, text: str) -> None:
    drafts = _draft(text, bundled).drafts
    assert [(d.incident.target.place_id, d.incident.actor) for d in drafts] == [
        ("harir-air-base", "Islamic Resistance in Iraq"),
        ("ain-al-asad", "Harakat al-Nujaba"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "US forces struck sites in al-Qaim and Albu Kamal and in al-Mayadin on Friday.",
        "قصفت القوات الأمريكية يوم الجمعة مواقع في القائم والبوكمال و الميادين.",
        "ارتش آمریکا روز جمعه مواضعی را در القائم، البوکمال و المیادین بمباران کرد.",
    ],
)
def test_a_list_of_struck_places_is_not_cut(bundled: Gazetteer, text: str) -> None:
    drafts = _draft(text, bundled, published="2024-02-03").drafts
    assert [(kind_class(d.incident.kind), d.incident.actor) for d in drafts] == [
        ("strike", "United States")
    ] * 3


# ------------------------------------------------------------------ interceptions


@pytest.mark.parametrize(
    "text",
    [
        "Three drones were launched at al-Tanf on Monday; two of them were shot down.",
        "أطلقت ثلاث طائرات مسيرة على قاعدة التنف يوم الاثنين وأسقطت اثنتان منها.",
        "سه پهپاد روز دوشنبه به سوی پایگاه التنف پرتاب شد که دو فروند از آنها رهگیری شد.",
        # fewer weapons stopped than fired, told without "of them"
        "Three drones targeted al-Tanf on Monday; two were shot down.",
        "استهدفت ثلاث طائرات مسيرة قاعدة التنف يوم الاثنين، وأسقطت الدفاعات اثنتين.",
        "سه پهپاد روز دوشنبه پایگاه التنف را هدف قرار دادند و دو تا رهگیری شدند.",
    ],
)
def test_a_partly_intercepted_attack_is_an_attack(bundled: Gazetteer, text: str) -> None:
    (d,) = _draft(text, bundled).drafts
    assert (d.incident.kind, d.incident.target.place_id, d.incident.count) == (
        "attack",
        "al-tanf",
        3,
    )


@pytest.mark.parametrize(
    "text",
    [
        "A drone was destroyed before reaching Harir air base on Monday.",
        "دمرت طائرة مسيرة قبل وصولها إلى قاعدة حرير الجوية يوم الاثنين.",
        "یک پهپاد روز دوشنبه پیش از رسیدن به پایگاه حریر منهدم شد.",
    ],
)
def test_a_weapon_stopped_before_reaching_is_an_interception(bundled: Gazetteer, text: str) -> None:
    (d,) = _draft(text, bundled).drafts
    assert (d.incident.kind, d.incident.target.place_id) == ("interception", "harir-air-base")


@pytest.mark.parametrize(
    "text",
    [
        "Air defences of Victory base shot down a drone before it reached Baghdad airport "
        "on Friday.",
        "أسقطت الدفاعات الجوية لقاعدة فكتوريا طائرة مسيرة قبل وصولها إلى مطار بغداد يوم الجمعة.",
        "پدافند هوایی پایگاه ویکتوریا روز جمعه یک پهپاد را پیش از رسیدن به فرودگاه بغداد "
        "رهگیری کرد.",
    ],
)
def test_the_site_whose_air_defences_acted_is_not_the_place(bundled: Gazetteer, text: str) -> None:
    assert _kinds(_draft(text, bundled)) == [("interception", "baghdad-airport")]


# ------------------------------------------------------------------ who acts


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit the al-Omar oil field, which hosts US forces, on Monday.",
        "سقطت صواريخ على حقل العمر النفطي الذي يضم قوات أمريكية يوم الاثنين.",
        "چند راکت روز دوشنبه به میدان نفتی العمر که میزبان نیروهای آمریکایی است اصابت کرد.",
    ],
)
def test_forces_a_site_hosts_are_the_side_hit(bundled: Gazetteer, text: str) -> None:
    assert _kinds(_draft(text, bundled)) == [("attack", "al-omar-oil-field")]


@pytest.mark.parametrize(
    "text",
    [
        "US forces struck a launcher near al-Qaim on Monday that was being readied to fire "
        "at coalition troops.",
        "دمرت القوات الأمريكية يوم الاثنين منصة قرب القائم كانت معدة لمهاجمة قوات التحالف.",
        "فرماندهی مرکزی آمریکا اعلام کرد روز دوشنبه در حمله‌ای پیشگیرانه یک سکوی پرتاب را "
        "در نزدیکی القائم منهدم کرده است.",
    ],
)
def test_a_strike_on_something_readied_is_preemptive(bundled: Gazetteer, text: str) -> None:
    (d,) = _draft(text, bundled).drafts
    assert (d.incident.kind, d.incident.target.place_id, d.incident.actor) == (
        "preemptive_strike",
        "al-qaim",
        "United States",
    )


@pytest.mark.parametrize(
    "text",
    [
        "CENTCOM said it destroyed four drones near Albu Kamal on Thursday.",
        "قالت القيادة المركزية الأمريكية إنها دمرت أربع طائرات مسيرة قرب البوكمال يوم الخميس.",
        "سنتکام اعلام کرد روز پنجشنبه چهار پهپاد را در نزدیکی البوکمال منهدم کرده است.",
    ],
)
def test_the_drones_a_strike_destroyed_are_not_its_count(bundled: Gazetteer, text: str) -> None:
    (d,) = _draft(text, bundled).drafts
    assert (kind_class(d.incident.kind), d.incident.target.place_id) == ("strike", "albu-kamal")
    assert d.incident.count is None


# ------------------------------------------------------------------ what is not an event


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon said the commander had planned attacks on US bases, "
        "including the strike on Tower 22.",
        "وقال البنتاغون إن القيادي خطط لهجمات على القوات الأمريكية بينها الهجوم على البرج 22.",
        "پنتاگون گفت این فرمانده پشت حملات به نیروهای آمریکایی از جمله حمله به برج ۲۲ بود.",
    ],
)
def test_what_an_actor_planned_drafts_nothing(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled, published="2024-02-08")
    assert result.drafts == ()
    assert [s.reason.split(":")[0] for s in result.skipped] == ["background"]


def test_a_dated_strike_on_a_planner_is_still_drafted(bundled: Gazetteer) -> None:
    text = "A US strike in Baghdad on Wednesday killed a commander who had planned attacks."
    (d,) = _draft(text, bundled, published="2024-02-08").drafts
    assert (d.incident.kind, d.incident.date.isoformat()) == ("retaliatory_strike", "2024-02-07")


@pytest.mark.parametrize(
    "text",
    [
        "Rockets fell inside the Green Zone on Sunday night, and explosions were heard near "
        "the US embassy.",
        "سقطت صواريخ داخل المنطقة الخضراء ليلة الأحد، وسمع دوي انفجارات قرب السفارة الأمريكية.",
        "شامگاه یکشنبه چند راکت در منطقه سبز فرود آمد و صدای انفجار در نزدیکی سفارت آمریکا "
        "شنیده شد.",
    ],
)
def test_blasts_heard_near_an_attack_are_that_attack(bundled: Gazetteer, text: str) -> None:
    assert _kinds(_draft(text, bundled, published="2024-02-05")) == [("attack", "green-zone")]


@pytest.mark.parametrize(
    "text",
    [
        "Mortar rounds hit the US embassy in Baghdad's Green Zone on Monday.",
        "سقطت قذائف هاون على السفارة الأمريكية في المنطقة الخضراء يوم الاثنين.",
        "چند خمپاره روز دوشنبه به سفارت آمریکا در منطقه سبز اصابت کرد.",
    ],
)
def test_a_place_that_holds_the_site_is_not_a_second_target(bundled: Gazetteer, text: str) -> None:
    assert _kinds(_draft(text, bundled)) == [("attack", "us-embassy-baghdad")]


@pytest.mark.parametrize(
    "text",
    [
        "Two American soldiers were wounded in an attack on the Shaddadi base on Sunday.",
        "أصيب جنديان أمريكيان بجروح في هجوم على قاعدة الشدادي يوم الأحد.",
        "دو سرباز آمریکایی در حمله روز یکشنبه به پایگاه شدادی زخمی شدند.",
    ],
)
def test_wounded_before_or_after_the_verb(bundled: Gazetteer, text: str) -> None:
    (d,) = _draft(text, bundled, published="2024-01-29").drafts
    assert (d.incident.kind, d.incident.target.place_id, d.incident.wounded) == (
        "attack",
        "al-shaddadi-base",
        2,
    )


# ------------------------------------------------------------------ months without a year


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("In January the base was hit.", "January"),
        ("في كانون الثاني تعرضت القاعدة لهجوم.", "كانون الثاني"),
        ("در ژانویه این پایگاه هدف قرار گرفت.", "ژانویه"),
    ],
)
def test_a_month_without_day_or_year(text: str, written: str) -> None:
    (m,) = find_dates(text, published=dt.date(2024, 6, 10))
    assert (m.date, m.precision, text[m.start : m.end]) == (dt.date(2024, 1, 1), "month", written)
    assert find_dates(text) == []  # no publication date: no year to give it


def test_a_month_needing_a_year_is_not_read_alone() -> None:
    assert find_dates("in May the talks", published=dt.date(2024, 6, 10)) == []


@pytest.mark.parametrize(
    "text",
    [
        "In January, rockets hit Ain al-Asad.",
        "في كانون الثاني سقطت صواريخ على قاعدة عين الأسد.",
        "در ژانویه چند راکت به پایگاه عین الاسد اصابت کرد.",
    ],
)
def test_a_month_gone_by_is_history(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled, published="2024-03-05")
    assert result.drafts == ()
    assert result.skipped[0].reason.startswith("history")
    (d,) = _draft(text, bundled, published="2024-01-20").drafts  # the month under way
    assert (d.incident.date, d.incident.date_precision) == (dt.date(2024, 1, 1), "month")


# ------------------------------------------ fire returned, sources, anniversaries


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit the Green Village base on Tuesday. The coalition said it answered with "
        "four artillery shells toward the source of the fire near al-Mayadin.",
        "سقطت صواريخ على قاعدة القرية الخضراء يوم الثلاثاء. وقال التحالف إنه أطلق أربع قذائف "
        "مدفعية باتجاه مصدر النيران قرب الميادين.",
        "روز سه‌شنبه چند راکت به پایگاه روستای الخضرا اصابت کرد. ائتلاف گفت چهار گلوله توپ "
        "به سوی منشأ آتش در نزدیکی المیادین شلیک کرده است.",
    ],
)
def test_fire_returned_toward_its_source_is_a_strike_answering_the_attack(
    bundled: Gazetteer, text: str
) -> None:
    attack, reply = _draft(text, bundled).drafts
    assert (attack.incident.kind, attack.incident.target.place_id) == ("attack", "green-village")
    assert (reply.incident.kind, reply.incident.target.place_id) == (
        "retaliatory_strike",
        "al-mayadin",
    )
    assert (reply.incident.actor, reply.incident.count) == ("coalition", 4)
    assert reply.incident.responds_to == (attack.incident.id,)
    assert reply.incident.date == attack.incident.date


@pytest.mark.parametrize(
    "text",
    [
        "A security source in Anbar said two rockets hit Ain al-Asad on Tuesday.",
        "قال مصدر أمني في شرطة الأنبار إن صاروخين سقطا على قاعدة عين الأسد يوم الثلاثاء.",
        "یک منبع امنیتی در استان انبار گفت دو راکت روز سه‌شنبه به پایگاه عین الاسد اصابت کرد.",
    ],
)
def test_where_a_source_speaks_from_is_not_struck(bundled: Gazetteer, text: str) -> None:
    (d,) = _draft(text, bundled).drafts
    assert (d.incident.target.place_id, d.incident.count) == ("ain-al-asad", 2)


@pytest.mark.parametrize(
    "text",
    [
        "Supporters marked the anniversary of the US strike near Baghdad airport on Tuesday.",
        "أحيا أنصار الفصائل يوم الثلاثاء ذكرى الضربة الأمريكية قرب مطار بغداد.",
        "هواداران روز سه‌شنبه سالگرد حمله آمریکا در نزدیکی فرودگاه بغداد را گرامی داشتند.",
    ],
)
def test_an_anniversary_recalls_history(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert result.drafts == ()
    assert result.skipped[0].reason.startswith("history")


@pytest.mark.parametrize(
    "text",
    [
        "A US drone strike in Baghdad on Wednesday killed a militia commander and two of his "
        "guards.",
        "أسفرت ضربة أمريكية في بغداد يوم الأربعاء عن مقتل قيادي في فصيل مسلح واثنين من مرافقيه.",
        "حمله پهپادی آمریکا روز چهارشنبه در بغداد به کشته شدن یک فرمانده و دو تن از محافظانش "
        "انجامید.",
    ],
)
def test_a_casualty_and_his_companions_add_up(bundled: Gazetteer, text: str) -> None:
    (d,) = _draft(text, bundled, published="2024-02-08").drafts
    assert (kind_class(d.incident.kind), d.incident.killed) == ("strike", 3)


@pytest.mark.parametrize(
    "text",
    [
        "Two years ago, a US drone strike near Baghdad airport killed a general.",
        "قبل عامين قتلت ضربة أمريكية بطائرة مسيرة قائدا قرب مطار بغداد.",
        "دو سال پیش یک حمله پهپادی آمریکا در نزدیکی فرودگاه بغداد یک فرمانده را کشت.",
    ],
)
def test_years_ago_is_history(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert result.drafts == ()
    assert result.skipped[0].reason.startswith("history")


@pytest.mark.parametrize(
    "text",
    [
        "Officials would not say which group intended to attack Ain al-Asad.",
        "ولم يحدد المسؤولون الفصيل الذي يعتزم مهاجمة قاعدة عين الأسد.",
        "مقامات نگفتند کدام گروه قصد حمله به پایگاه عین الاسد را داشت.",
    ],
)
def test_an_intent_to_attack_is_no_event(bundled: Gazetteer, text: str) -> None:
    assert _draft(text, bundled).drafts == ()


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the strikes on rocket launchers near Green Village removed a threat.",
        "أدى قصف منصات إطلاق قرب القرية الخضراء يوم الثلاثاء إلى إزالة التهديد.",
        "حمله به سامانه‌های پرتاب راکت در نزدیکی روستای الخضرا روز سه‌شنبه تهدید را از میان برد.",
    ],
)
def test_an_attack_on_launchers_is_a_strike(bundled: Gazetteer, text: str) -> None:
    (d,) = _draft(text, bundled).drafts
    assert (kind_class(d.incident.kind), d.incident.target.place_id) == ("strike", "green-village")


@pytest.mark.parametrize(
    "text",
    [
        "CENTCOM: militias fired ballistic missiles at Ain al-Asad on Saturday.",
        "القيادة المركزية: الفصائل أطلقت صواريخ باليستية على قاعدة عين الأسد يوم السبت.",
        "سنتکام: شبه‌نظامیان روز شنبه با موشک بالستیک به پایگاه عین الاسد حمله کردند.",
    ],
)
def test_a_state_body_heading_a_quote_does_not_strike(bundled: Gazetteer, text: str) -> None:
    assert _kinds(_draft(text, bundled)) == [("attack", "ain-al-asad")]


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck sites near al-Qaim on Tuesday. Hours after the US strikes, rockets "
        "hit the Conoco gas field.",
        "قصفت طائرات أمريكية مواقع قرب القائم يوم الثلاثاء. وبعد ساعات من الغارات الأمريكية "
        "سقطت صواريخ على حقل كونيكو للغاز.",
        "جنگنده‌های آمریکایی روز سه‌شنبه مواضعی را در نزدیکی القائم بمباران کردند. ساعاتی پس از "
        "حملات آمریکا، چند راکت به میدان گازی کونیکو اصابت کرد.",
    ],
)
def test_hours_after_the_strikes_answers_them(bundled: Gazetteer, text: str) -> None:
    strike, attack = _draft(text, bundled).drafts
    assert (kind_class(strike.incident.kind), strike.incident.target.place_id) == (
        "strike",
        "al-qaim",
    )
    assert (attack.incident.kind, attack.incident.target.place_id) == (
        "attack",
        "conoco-gas-field",
    )
    assert attack.incident.responds_to == (strike.incident.id,)


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck a depot near Albu Kamal and a house near al-Mayadin on Friday in "
        "retaliation for attacks on US troops.",
        "قصفت طائرات أمريكية مخزنا قرب البوكمال ومنزلا قرب الميادين يوم الجمعة ردا على "
        "هجمات على القوات الأمريكية.",
        "جنگنده‌های آمریکایی روز جمعه انباری در نزدیکی البوکمال و خانه‌ای در نزدیکی "
        "المیادین را در تلافی حملات به نیروهای آمریکایی بمباران کردند.",
    ],
)
def test_no_cut_for_an_event_word_inside_a_response_clause(text: str) -> None:
    from geoincidents.text.drafting import draft_article

    result = draft_article(text, "2024-02-03", default_gazetteer(), include_geonames=False)
    assert sorted(
        (d.incident.target.place_id, d.incident.date.isoformat()) for d in result.drafts
    ) == [
        ("al-mayadin", "2024-02-02"),
        ("albu-kamal", "2024-02-02"),
    ]
    assert {d.incident.kind for d in result.drafts} == {"retaliatory_strike"}
