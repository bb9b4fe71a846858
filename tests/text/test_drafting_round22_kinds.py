"""Round 22's rules on an event's kind and links, each a phenomenon told in Arabic,
Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- the threat a strike's target posed, told as what it threatened ("drones that
  threatened coalition troops", ``صواريخ كانت تهدد قوات التحالف``, ``… که پایگاه‌های
  ائتلاف را تهدید کرده بودند``), is why the strike was made: the strike is an event, not
  a threat of one;
- weapons being readied ("readying drones", ``يجهزون طائرات مسيرة``, ``مشغول آماده‌سازی
  پهپاد``) or attacks actively planned ("actively involved in planning attacks", ``بشكل
  نشط في التخطيط لهجمات``, ``به طور فعال در برنامه‌ریزی حملات``), in the strike's
  sentence or the one after, make it preemptive; attacks once planned do not;
- a strike the attacks told before came after ("The attacks came days after a US drone
  killed five near X", ``وتأتي هذه الهجمات بعد أيام من …``, ``این حملات چند روز پس از آن
  انجام شد که …``) answers nothing itself: a threat named in its clause or the sentence
  after makes it preemptive, as for any strike answering no attack;
- the dead killed "by a US strike", the Arabic noun carrying its preposition (``بضربة
  جوية أمريكية``), were struck by the US, as in English and Persian;
- the event a response clause names dated only to a week ("last week's attack on X",
  ``هجوم الأسبوع الماضي``, ``حمله هفته گذشته``) is background, not an incident; dated to
  a day ("last Sunday") it is drafted and answered;
- a strike told after "these strikes answered the attack on X" with a day of its own
  other than theirs ("Late on Tuesday a gunship also hit a car near Y", ``ومساء الثلاثاء``,
  ``شامگاه سه‌شنبه نیز``) is another strike: it answers nothing the text says; with no
  day of its own it is one of those strikes and answers X;
- strikes told in general as a response to the attack on X, the attack's claim told
  next, then "one of the US strikes hit Y" (``إحدى الغارات الأمريكية``, ``یکی از حملات
  آمریکا``): Y's strike, and the clause joined to it ("the others hit Z"), answer X; a
  strike not named as one of them does not;
- after a state's strikes told in general, the hits a monitor reports ("reported hits
  around X", ``أفاد المرصد بضربات``, ``از اصابت‌هایی … خبر داد``) are that state's strikes
  (not hits on a base: the state's own side);
- the answer a state had promised for an attack, kept ("launching the retaliation
  Washington had vowed for the attack on X", ``في الرد الذي توعد به بايدن على الهجوم على
  X``, ``انتقامی که بایدن برای حمله به X وعده داده بود``): the attack on X is the event the
  strikes answer (a response clause), and the promise no threat of what is to come.
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


# weapons being readied, in the strike's own sentence
READYING = [
    pytest.param(
        "A US strike killed three fighters near al-Qaim on Sunday who officials said were "
        "readying drones.",
        id="en",
    ),
    pytest.param(
        "قتلت غارة أمريكية ثلاثة مسلحين قرب القائم يوم الأحد قال مسؤولون إنهم كانوا يجهزون "
        "طائرات مسيرة.",
        id="ar",
    ),
    pytest.param(
        "حمله هوایی آمریکا روز یکشنبه سه شبه‌نظامی را که مشغول آماده‌سازی پهپاد بودند در "
        "نزدیکی القائم کشت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", READYING)
def test_a_strike_on_men_readying_weapons_is_preemptive(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-05")
    assert _triples(drafts) == [("preemptive_strike", "al-qaim", "2024-02-04")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Readying for more attacks, US jets struck a depot near al-Qaim on Sunday.", id="en"
        ),
        pytest.param(
            "Preparing defences against attacks, US jets struck a depot near al-Qaim on Sunday.",
            id="en-defences",
        ),
        pytest.param(
            "قصفت طائرات أمريكية مخزنا قرب القائم يوم الأحد، ومسؤولون يعدون هجوم الفصائل تصعيدا.",
            id="ar-count-as",
        ),
    ],
)
def test_forces_readying_for_attacks_strike_no_threat(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-05")
    assert _triples(drafts) == [("retaliatory_strike", "al-qaim", "2024-02-04")]


# attacks being planned, said in the sentence after the strike
PLANNING = [
    pytest.param(
        "A US drone struck a car in Baghdad on Thursday, killing a commander. The Pentagon "
        "said he was actively involved in planning attacks on US personnel.",
        id="en",
    ),
    pytest.param(
        "استهدفت طائرة مسيرة أمريكية سيارة في بغداد يوم الخميس فقتلت قياديا. وقال البنتاغون "
        "إنه كان ضالعا بشكل نشط في التخطيط لهجمات على القوات الأمريكية.",
        id="ar",
    ),
    pytest.param(
        "یک پهپاد آمریکایی روز پنجشنبه خودرویی را در بغداد هدف قرار داد و یک فرمانده را کشت. "
        "پنتاگون گفت او به طور فعال در برنامه‌ریزی حملات علیه نیروهای آمریکایی نقش داشت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PLANNING)
def test_a_strike_on_a_man_actively_planning_attacks_is_preemptive(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-01-05")
    assert _triples(drafts) == [("preemptive_strike", "baghdad", "2024-01-04")]


def test_a_strike_on_a_man_who_had_planned_attacks_is_not() -> None:
    drafts = gi.draft_incidents(
        "A US drone struck a car in Baghdad on Thursday, killing a commander. The Pentagon "
        "said he had planned attacks on US personnel.",
        published="2024-01-05",
    )
    assert _triples(drafts) == [("retaliatory_strike", "baghdad", "2024-01-04")]


# the strike the attacks told before came after, then the threat its targets posed
CAME_AFTER = [
    pytest.param(
        "Militants fired two rockets at Ain al-Asad air base on Wednesday. The attacks came "
        "days after a US drone killed five fighters near Kirkuk on Sunday. The Pentagon said "
        "the men were preparing to launch a drone.",
        id="en",
    ),
    pytest.param(
        "أطلق مسلحون صاروخين على قاعدة عين الأسد يوم الأربعاء. وتأتي هذه الهجمات بعد أيام من "
        "مقتل خمسة مسلحين في غارة أمريكية قرب كركوك يوم الأحد. وقال البنتاغون إنهم كانوا "
        "يستعدون لإطلاق طائرة مسيرة.",
        id="ar",
    ),
    pytest.param(
        "شبه‌نظامیان روز چهارشنبه دو موشک به پایگاه عین‌الاسد شلیک کردند. این حملات چند روز "
        "پس از آن انجام شد که یک پهپاد آمریکایی روز یکشنبه پنج رزمنده را در نزدیکی کرکوک کشت. "
        "پنتاگون گفت این افراد در حال آماده کردن یک پهپاد بودند.",
        id="fa",
    ),
    pytest.param(
        "Militants fired two rockets at Ain al-Asad air base on Wednesday. The attacks came "
        "days after a US drone killed five fighters readying drones near Kirkuk on Sunday.",
        id="en-in-clause",
    ),
]


@pytest.mark.parametrize("text", CAME_AFTER)
def test_the_strike_attacks_came_after_is_preemptive_with_a_threat(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-12-07")
    strikes = [t for t in _triples(drafts) if kind_class(t[0]) == "strike"]
    assert strikes == [("preemptive_strike", "kirkuk", "2023-12-03")]
    assert ("attack", "ain-al-asad", "2023-12-06") in _triples(drafts)


def test_the_strike_attacks_came_after_with_no_threat_is_not() -> None:
    drafts = gi.draft_incidents(
        "Militants fired two rockets at Ain al-Asad air base on Wednesday. The attacks came "
        "days after a US drone killed five fighters near Kirkuk on Sunday.",
        published="2023-12-07",
    )
    strikes = [t for t in _triples(drafts) if kind_class(t[0]) == "strike"]
    assert strikes == [("retaliatory_strike", "kirkuk", "2023-12-03")]


def test_a_strike_answering_an_attack_stays_retaliatory_with_a_threat_after() -> None:
    drafts = gi.draft_incidents(
        "این حملات روز یکشنبه انجام شد. پهپادهای آمریکایی روز یکشنبه در پاسخ به حمله به "
        "پایگاه عین‌الاسد مقری را در نزدیکی کرکوک هدف قرار دادند. پنتاگون گفت این افراد در "
        "حال آماده کردن یک پهپاد بودند.",
        published="2023-12-07",
    )
    strikes = [t for t in _triples(drafts) if kind_class(t[0]) == "strike"]
    assert strikes == [("retaliatory_strike", "kirkuk", "2023-12-03")]


# the dead killed by a US strike, the Arabic noun carrying its preposition
BY_US_STRIKE = [
    pytest.param("Three fighters were killed by a US air strike near al-Qaim on Sunday.", id="en"),
    pytest.param("قتل ثلاثة مسلحين بضربة جوية أمريكية قرب القائم يوم الأحد.", id="ar-air"),
    pytest.param("قتل ثلاثة مسلحين بضربة أميركية قرب القائم يوم الأحد.", id="ar"),
    pytest.param(
        "سه شبه‌نظامی روز یکشنبه با حمله هوایی آمریکا در نزدیکی القائم کشته شدند.", id="fa"
    ),
]


@pytest.mark.parametrize("text", BY_US_STRIKE)
def test_the_dead_of_a_us_strike_were_struck_by_the_us(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-05")
    assert _triples(drafts) == [("retaliatory_strike", "al-qaim", "2024-02-04")]
    assert drafts[0].incident.actor == "United States"
    assert drafts[0].incident.killed == 3


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قتل ثلاثة مسلحين بضربة صاروخية قرب القائم يوم الأحد.", id="rocket"),
        pytest.param("قتل ثلاثة مسلحين بضربة مجهولة قرب القائم يوم الأحد.", id="unknown"),
    ],
)
def test_the_dead_of_a_strike_of_no_state_named_are_no_us_strike(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-05")
    assert [d.incident.actor for d in drafts] == [""]
    assert kind_class(drafts[0].incident.kind) != "strike"


# the event a response clause names, dated to a week: background, not an incident
_STRUCK = {
    "en": "US jets struck sites near al-Qaim on Friday. ",
    "ar": "قصفت طائرات أمريكية مواقع قرب القائم يوم الجمعة. ",
    "fa": "جنگنده‌های آمریکایی روز جمعه مواضعی را در نزدیکی القائم بمباران کردند. ",
}
ANSWERED_WEEK = [
    pytest.param(
        _STRUCK["en"] + "The Pentagon called the strikes a response to the attack on Tower 22 "
        "last week.",
        id="en",
    ),
    pytest.param(
        _STRUCK["ar"] + "ووصف البنتاغون الغارات بأنها رد على هجوم الأسبوع الماضي على البرج 22.",
        id="ar",
    ),
    pytest.param(
        _STRUCK["fa"] + "پنتاگون این حملات را پاسخ به حمله هفته گذشته به برج ۲۲ خواند.", id="fa"
    ),
]
ANSWERED_DAY = [
    pytest.param(
        _STRUCK["en"] + "The Pentagon called the strikes a response to the attack on Tower 22 "
        "last Sunday.",
        id="en",
    ),
    pytest.param(
        _STRUCK["ar"] + "ووصف البنتاغون الغارات بأنها رد على الهجوم على البرج 22 يوم الأحد الماضي.",
        id="ar",
    ),
    pytest.param(
        _STRUCK["fa"] + "پنتاگون این حملات را پاسخ به حمله یکشنبه گذشته به برج ۲۲ خواند.", id="fa"
    ),
]


@pytest.mark.parametrize("text", ANSWERED_WEEK)
def test_an_answered_event_of_last_week_is_no_incident(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-03")
    assert _triples(drafts) == [("retaliatory_strike", "al-qaim", "2024-02-02")]
    assert drafts[0].incident.responds_to == ()


@pytest.mark.parametrize("text", ANSWERED_DAY)
def test_an_answered_event_of_a_day_is_an_incident(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-03")
    assert _triples(drafts) == [
        ("retaliatory_strike", "al-qaim", "2024-02-02"),
        ("attack", "tower-22", "2024-01-28"),
    ]
    assert drafts[0].incident.responds_to == (drafts[1].incident.id,)


# a strike told after "these strikes answered …", on a day of its own: another strike
OTHER_DAY = [
    pytest.param(
        "US jets struck two sites near Jurf al-Sakhar early on Wednesday. The Pentagon said "
        "the strikes were a response to a rocket attack on Ain al-Asad on Tuesday. Late on "
        "Tuesday, a US gunship also hit a vehicle near Abu Ghraib, killing one.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية موقعين قرب جرف الصخر فجر الأربعاء. وقال البنتاغون إن هذه الضربات "
        "جاءت ردا على هجوم صاروخي على قاعدة عين الأسد يوم الثلاثاء. ومساء الثلاثاء استهدفت "
        "طائرة أمريكية أيضا سيارة قرب أبو غريب ما أسفر عن مقتل شخص.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی بامداد چهارشنبه دو مقر را در نزدیکی جرف الصخر بمباران کردند. "
        "پنتاگون گفت این حملات پاسخی به حمله موشکی روز سه‌شنبه به پایگاه عین‌الاسد بود. "
        "شامگاه سه‌شنبه نیز یک هواپیمای آمریکایی خودرویی را در نزدیکی ابوغریب هدف قرار داد "
        "که یک نفر کشته شد.",
        id="fa",
    ),
]


def _links(drafts: list[gi.DraftIncident]) -> dict[str, list[str]]:
    ids = {d.incident.id: d.incident.target.place_id or "" for d in drafts}
    return {
        d.incident.target.place_id or "": [ids[i] for i in d.incident.responds_to] for d in drafts
    }


@pytest.mark.parametrize("text", OTHER_DAY)
def test_a_strike_on_another_day_after_the_statement_answers_nothing(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-11-22")
    assert _triples(drafts) == [
        ("retaliatory_strike", "jurf-al-sakhar", "2023-11-22"),
        ("attack", "ain-al-asad", "2023-11-21"),
        ("retaliatory_strike", "abu-ghraib", "2023-11-21"),
    ]
    assert _links(drafts) == {
        "jurf-al-sakhar": ["ain-al-asad"],
        "ain-al-asad": [],
        "abu-ghraib": [],
    }


def test_a_strike_after_the_statement_with_no_day_of_its_own_answers_it() -> None:
    drafts = gi.draft_incidents(
        "US jets struck two sites near Jurf al-Sakhar early on Wednesday. The Pentagon said "
        "the strikes were a response to a rocket attack on Ain al-Asad on Tuesday. The jets "
        "also hit a depot near Abu Ghraib.",
        published="2023-11-22",
    )
    assert _links(drafts) == {
        "jurf-al-sakhar": ["ain-al-asad"],
        "ain-al-asad": [],
        "abu-ghraib": ["ain-al-asad"],
    }


# the strikes told in general, the answered attack claimed, then one of those strikes placed
_GENERAL = {
    "en": "US jets struck three sites in Iraq late on Monday in response to a drone attack on "
    "Erbil air base hours earlier. The Islamic Resistance in Iraq claimed the attack on the "
    "base. ",
    "ar": "قصفت مقاتلات أمريكية ثلاثة مواقع في العراق مساء الاثنين ردا على هجوم بطائرة مسيرة "
    "على قاعدة أربيل الجوية قبل ساعات. وتبنت المقاومة الإسلامية في العراق الهجوم على "
    "القاعدة. ",
    "fa": "جنگنده‌های آمریکایی شامگاه دوشنبه در پاسخ به حمله پهپادی به پایگاه هوایی اربیل سه "
    "موضع را در عراق بمباران کردند. مقاومت اسلامی عراق مسئولیت حمله به این پایگاه را بر عهده "
    "گرفت. ",
}
NAMED_BACK = [
    pytest.param(
        _GENERAL["en"] + "Officials said one of the US strikes hit a depot in Hillah, and that "
        "the others hit positions in Jurf al-Sakhar.",
        ["hillah", "jurf-al-sakhar"],
        id="en",
    ),
    pytest.param(
        _GENERAL["ar"] + "وقال مسؤولون إن إحدى الغارات الأمريكية أصابت مخزنا في الحلة.",
        ["hillah"],
        id="ar",
    ),
    pytest.param(
        _GENERAL["fa"] + "مقامات گفتند یکی از حملات آمریکا انباری را در حله هدف قرار داد.",
        ["hillah"],
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "sites"), NAMED_BACK)
def test_the_strikes_named_again_past_the_claim_answer_the_attack(
    text: str, sites: list[str]
) -> None:
    drafts = gi.draft_incidents(text, published="2023-12-26")
    links = _links(drafts)
    assert links.pop("erbil-airport") == []
    assert links == {site: ["erbil-airport"] for site in sites}
    assert all(d.incident.actor == "United States" for d in drafts[1:])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_GENERAL["en"] + "Officials said a US drone hit a depot in Hillah.", id="en"),
        pytest.param(
            _GENERAL["ar"] + "وقال مسؤولون إن طائرة مسيرة أمريكية أصابت مخزنا في الحلة.", id="ar"
        ),
    ],
)
def test_a_strike_not_named_as_one_of_them_answers_nothing_told(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-12-26")
    assert _links(drafts) == {"erbil-airport": [], "hillah": []}


# strikes told in general, then the hits a monitor reported: that state's strikes
HITS = [
    pytest.param(
        "US jets struck sites in Iraq on Friday, killing 16 people. In Syria, a monitor "
        "reported hits around al-Mayadin.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية مواقع في العراق يوم الجمعة. وفي سوريا، أفاد المرصد بضربات حول "
        "الميادين.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضعی را در عراق بمباران کردند. در سوریه، دیده‌بان از "
        "اصابت‌هایی در اطراف المیادین خبر داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", HITS)
def test_hits_reported_after_a_states_strikes_are_its_strikes(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-03")
    assert _triples(drafts) == [("retaliatory_strike", "al-mayadin", "2024-02-02")]
    assert drafts[0].incident.actor == "United States"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "US jets struck sites in Iraq on Friday, killing 16 people. A monitor later "
            "reported hits on al-Tanf base.",
            id="en",
        ),
        pytest.param(
            "قصفت طائرات أمريكية مواقع في العراق يوم الجمعة. وأفاد المرصد لاحقا بضربات على "
            "قاعدة التنف.",
            id="ar",
        ),
    ],
)
def test_hits_on_a_base_after_a_states_strikes_are_no_strike_of_its(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-03")
    assert _triples(drafts) == [("attack", "al-tanf", "2024-02-02")]


# the answer a state promised for an attack, kept: the attack is the event answered
PROMISED = [
    pytest.param(
        "US jets struck targets in Iraq and Syria late on Friday, launching the retaliation "
        "Washington had vowed for the Jan. 28 drone attack on Tower 22 that killed three "
        "soldiers. In Iraq, officials said strikes fell on al-Qaim.",
        id="en",
    ),
    pytest.param(
        "شنت طائرات أمريكية غارات على أهداف في العراق وسوريا مساء الجمعة، في الرد الذي توعد "
        "به بايدن على الهجوم بطائرة مسيرة على البرج 22 في 28 كانون الثاني. وفي العراق قال "
        "مسؤولون إن الغارات طالت القائم.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی شامگاه جمعه اهدافی را در عراق و سوریه بمباران کردند؛ انتقامی که "
        "بایدن برای حمله پهپادی ۸ بهمن به برج ۲۲ وعده داده بود. در عراق، مقامات گفتند حملات "
        "هوایی القائم را هدف قرار داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PROMISED)
def test_the_attack_a_kept_promise_answers_is_the_event_answered(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-03")
    assert _triples(drafts) == [
        ("attack", "tower-22", "2024-01-28"),
        ("retaliatory_strike", "al-qaim", "2024-02-02"),
    ]
    assert _links(drafts) == {"tower-22": [], "al-qaim": ["tower-22"]}


def test_a_response_promised_to_people_names_no_event() -> None:
    drafts = gi.draft_incidents(
        "US jets struck a depot near al-Qaim on Friday, the response officials had promised "
        "to the families of the soldiers.",
        published="2024-02-03",
    )
    assert _triples(drafts) == [("retaliatory_strike", "al-qaim", "2024-02-02")]
