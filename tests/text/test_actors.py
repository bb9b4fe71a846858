"""Who acted, who claimed, what a sentence answers; and counts: our own short sentences."""

from __future__ import annotations

import pytest

from geoincidents.text import actors, counts
from geoincidents.text.folding import fold_text


def _f(text: str) -> str:
    return fold_text(text).folded


@pytest.mark.parametrize(
    ("sentence", "striker"),
    [
        ("US forces struck three sites near the border.", "United States"),
        ("American warplanes bombed a depot overnight.", "United States"),
        ("CENTCOM said its aircraft destroyed a launcher.", "United States"),
        ("A US AC-130 gunship fired on a truck.", "United States"),
        ("Coalition artillery shelled the launch point.", "coalition"),
        ("قصفت طائرات أمريكية مواقع قرب الحدود.", "United States"),
        ("شنت القوات الأمريكية غارات على مخازن أسلحة.", "United States"),
        ("قالت القيادة المركزية الأمريكية إنها دمرت منصة.", "United States"),
        ("جنگنده‌های آمریکایی مواضعی را بمباران کردند.", "United States"),
        ("توپخانه ائتلاف محل پرتاب را هدف قرار داد.", "coalition"),
        ("ارتش آمریکا یک انبار را هدف قرار داد.", "United States"),
        # the state's adjective after a definite strike noun (``الغارات الأمريكية``)
        ("إن الضربات الجوية الأمريكية طالت مواقع قرب الحدود.", "United States"),
        ("الغارات الأمريكية على مواقع الفصائل قرب الحدود.", "United States"),
        ("استهدفت ضربات جوية مواقع قرب الحدود.", None),
        # militants the object of a Persian clause-final verb (``… شبه‌نظامیان را``): hit
        ("سنتکام اعلام کرد نیروهایش گروهی از شبه‌نظامیان را هدف قرار دادند.", "United States"),
        ("به گفته منابع آمریکایی، شبه‌نظامیان روز یکشنبه پایگاه را هدف قرار دادند.", None),
        # the day told between the state and its verb, as wires write it
        ("The United States on Friday struck sites in Albu Kamal.", "United States"),
        ("Washington late Sunday bombed a depot near al-Qaim.", "United States"),
        ("The US overnight hit three militia sites.", "United States"),
        ("The attack on the United States on Friday killed three.", None),
        # the side that was hit, not the one acting
        ("Rockets hit the US base, wounding two American soldiers.", None),
        ("Militias have launched attacks on US forces since October.", None),
        ("A drone struck a small US outpost in the desert.", None),
        ("استهدف هجوم بصواريخ قاعدة أمريكية في الصحراء.", None),
        ("هجوم جديد على القوات الأمريكية في سوريا.", None),
        ("سه پهپاد به پایگاه آمریکا حمله کردند.", None),
        ("چهار نظامی آمریکایی زخمی شدند.", None),
        ("حمله‌ای به نیروهای آمریکایی در سوریه انجام شد.", None),
        # speakers, passives and owners are not strikers
        ("Two drones attacked the base on Sunday, a US official said.", None),
        ("The Pentagon's spokesman said the base had been attacked.", None),
        ("قال المتحدث باسم البنتاغون إن القاعدة تعرضت لهجوم.", None),
        ("أصيب خمسة جنود من التحالف في الهجوم.", None),
        ("نیروهای ائتلاف در روستای الخضرا هدف هشت راکت قرار گرفتند.", None),
        ("راکت‌ها به مقر نیروهای آمریکایی اصابت کرد.", None),
        ("یک بمب در مسیر کاروان لجستیکی ائتلاف منفجر شد.", None),
        ("Militia positions were hit by US airstrikes overnight.", "United States"),
        ("حملات آمریکا به مواضع گروه‌های مسلح در عراق ادامه یافت.", "United States"),
        ("ائتلاف محل پرتاب را با توپخانه هدف قرار داد.", "coalition"),
        ("The coalition struck the launch site.", "coalition"),
    ],
)
def test_state_striker(sentence: str, striker: str | None) -> None:
    assert actors.state_striker(_f(sentence)) == striker


@pytest.mark.parametrize(
    ("sentence", "group", "claimed"),
    [
        (
            "The Islamic Resistance in Iraq claimed the drone attack.",
            "Islamic Resistance in Iraq",
            True,
        ),
        ("Kataib Hezbollah said the dead were its fighters.", "Kataib Hezbollah", False),
        ("تبنت كتائب حزب الله الهجوم في بيان.", "Kataib Hezbollah", True),
        (
            "أعلنت المقاومة الإسلامية في العراق مسؤوليتها عن الهجوم.",
            "Islamic Resistance in Iraq",
            True,
        ),
        ("غارة على مقر للحشد الشعبي.", "Popular Mobilization Forces", False),
        ("مقاومت اسلامی عراق مسئولیت حمله را بر عهده گرفت.", "Islamic Resistance in Iraq", True),
        ("کتائب حزب‌الله مسئولیت این حمله را پذیرفت.", "Kataib Hezbollah", True),
        ("No group has said who was behind it.", "", False),
    ],
)
def test_militia_and_claim(sentence: str, group: str, claimed: bool) -> None:
    assert actors.militia(_f(sentence)) == group
    assert actors.claims(_f(sentence), announce=True) == claimed


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("In response to the attack on Tower 22, US jets hit al-Qaim.", "the attack on tower 22"),
        (
            "US jets hit al-Qaim in retaliation for the drone attack on Tower 22",
            "the drone attack on tower 22",
        ),
        ("وردا على الهجوم قصفت طائرات التحالف مواقع في القائم", "الهجوم"),
        ("در پاسخ به حمله به برج ۲۲، مواضعی بمباران شد", "حمله به برج 22"),
        ("ارتش آمریکا در تلافی این حمله مواضعی را هدف قرار داد", "این حمله"),
        # a state word naming the victims stays inside the clause
        (
            "In retaliation for the attack that killed three US soldiers at Tower 22, jets hit",
            "the attack that killed three us soldiers at tower 22",
        ),
        (
            "ردا على الهجوم الذي أودى بحياة ثلاثة جنود أمريكيين في البرج 22، قصفت طائرات",
            "الهجوم الذي اودي بحياه ثلاثه جنود امريكيين في البرج 22",
        ),
        (
            "در پاسخ به حمله‌ای که به کشته شدن سه سرباز آمریکایی در برج ۲۲ انجامید، جنگنده‌ها",
            "حمله اي كه به كشته شدن سه سرباز امريكايي در برج 22 انجاميد",
        ),
    ],
)
def test_response_clause_ends_before_the_new_event(sentence: str, clause: str) -> None:
    f = _f(sentence)
    spans = actors.response_clauses(f)
    assert len(spans) == 1
    assert f[spans[0][0] : spans[0][1]].strip().endswith(_f(clause))
    assert actors.responds(f)


@pytest.mark.parametrize(
    ("sentence", "weapon", "count"),
    [
        ("Militants fired five rockets at the base.", "rocket", 5),
        ("Two drones attacked the base.", "drone", 2),
        ("Two missiles struck the base.", "rocket", 2),
        ("A pair of one-way attack drones struck the base.", "drone", 2),
        # the Arabic air strike as a noun with its adjective, definite or not
        ("استهدفت ضربات جوية مواقع قرب الحدود.", "airstrike", None),
        ("إن الضربات الجوية طالت مواقع قرب الحدود.", "airstrike", None),
        ("A couple of rockets landed near the embassy.", "rocket", 2),
        ("A couple of days later a drone attack hit the base.", "drone", None),
        ("A drone was shot down.", "drone", 1),
        ("A drone attack targeted the base.", "drone", None),
        ("A US AC-130 gunship struck a truck.", "airstrike", None),
        ("سقط صاروخان قرب السفارة.", "rocket", 2),
        ("أسقطت الدفاعات طائرتين مسيرتين.", "drone", 2),
        ("استهدفت ثلاث طائرات مسيرة القاعدة.", "drone", 3),
        ("تعرضت القاعدة لقصف بأربعة صواريخ.", "rocket", 4),
        ("استهدفت ٣ صواريخ القاعدة.", "rocket", 3),
        ("هجوم صاروخي على القاعدة.", "rocket", None),
        ("هشت راکت به پایگاه اصابت کرد.", "rocket", 8),
        ("۱۲ موشک بالستیک شلیک شد.", "ballistic_missile", 12),
        ("یک پهپاد انتحاری منفجر شد.", "drone", 1),
        ("حمله راکتی به پایگاه.", "rocket", None),
        ("Its aircraft struck a drone launch site.", "unknown", None),
        ("Four mortar rounds hit the base.", "artillery", 4),
        ("سقطت قذيفتا هاون قرب المطار.", "artillery", 2),
        ("سقط صاروخا كاتيوشا على القاعدة.", "rocket", 2),
        ("خمپاره‌ای به پایگاه اصابت کرد.", "artillery", 1),
        ("دمرت منصة لإطلاق الصواريخ.", "unknown", None),
        ("یک سامانه پرتاب موشک منهدم شد.", "unknown", None),
        # what a strike hit, not what it used
        ("Jets hit rocket stores and drone depots.", "unknown", None),
        ("دمرت القوات مستودعات صواريخ.", "unknown", None),
        ("انبارهای موشک بمباران شد.", "unknown", None),
    ],
)
def test_weapon_count(sentence: str, weapon: str, count: int | None) -> None:
    assert counts.weapon_count(_f(sentence)) == (weapon, count)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Three soldiers were killed and more than 40 wounded.", 3, 40),
        ("The strike killed seven fighters.", 7, None),
        ("Rockets hit the base, wounding two service members.", None, 2),
        ("Five militants were killed, the military said.", 5, None),
        ("ما أدى إلى مقتل ثلاثة جنود.", 3, None),
        ("أسفر الهجوم عن إصابة ٥ جنود.", None, 5),
        ("أسفرت الغارة عن مقتل سبعة عناصر.", 7, None),
        ("در این حمله ۴ نظامی آمریکایی زخمی شدند.", None, 4),
        ("هفت نفر کشته شدند.", 7, None),
        ("No one was hurt.", None, None),
        ("أسفرت الضربة عن مقتل قيادي في الفصيل.", 1, None),
        ("The attack claimed the lives of three soldiers.", 3, None),
        ("الهجوم الذي أودى بحياة ثلاثة جنود.", 3, None),
        # the participle opening a verbal noun: the number after it, not a number before
        ("حمله به برج ۲۲ که به کشته شدن سه سرباز انجامید.", 3, None),
    ],
)
def test_casualties(sentence: str, killed: int | None, wounded: int | None) -> None:
    assert counts.casualties(_f(sentence)) == (killed, wounded)


# --- round 6: defence is no strike; "X-led" modifiers; denied claims; counts


@pytest.mark.parametrize(
    "sentence",
    [
        "A drone aimed at the garrison was engaged by US forces before dawn.",
        "US forces at the base repelled a drone attack overnight.",
        "Rockets struck the base in a new wave of attacks on US-led coalition forces.",
        "تصدت القوات الأمريكية لطائرة مسيرة فوق القاعدة.",
        "اعترضت الدفاعات الأمريكية صاروخين فوق المطار.",
        "پهپاد توسط نیروهای آمریکایی رهگیری شد.",
        "نیروهای آمریکایی در پایگاه یک پهپاد را رهگیری کردند.",
    ],
)
def test_the_side_that_defends_is_no_striker(sentence: str) -> None:
    assert actors.state_striker(_f(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "striker"),
    [
        ("The US-led coalition struck a depot near the border.", "coalition"),
        ("US jets struck two sites and intercepted nothing.", "United States"),
        ("قصفت طائرات التحالف بقيادة واشنطن موقعا قرب الحدود.", "coalition"),
        ("جنگنده‌های ائتلاف به رهبری آمریکا یک انبار را بمباران کردند.", "coalition"),
    ],
)
def test_a_led_coalition_still_strikes(sentence: str, striker: str) -> None:
    assert actors.state_striker(_f(sentence)) == striker


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("No group immediately claimed the attack.", False),
        ("The strike, which nobody has claimed, hit a depot.", False),
        ("The militia has yet to claim the rocket fire.", False),
        ("Kataib Hezbollah claimed the attack on Sunday.", True),
        ("لم تعلن أي جهة مسؤوليتها عن الهجوم.", False),
        ("تبنت كتائب حزب الله الهجوم.", True),
        ("هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است.", False),
        ("مقاومت اسلامی مسئولیت این حمله را بر عهده گرفت.", True),
        # a denial six words after the claim word
        ("گروه مسئولیت حمله به پایگاه برج ۲۲ را نپذیرفت.", False),
        # a group telling its own fighters did it
        ("The group said its fighters had carried out the attack.", True),
        ("وقالت الفصائل إن الهجوم نفذه مقاتلوها.", True),
        ("این گروه اعلام کرد که این حمله را انجام داده است.", True),
        # the verbal noun with its possessive (its denial is :func:`actors.denies`'s)
        ("المقاومة الإسلامية في العراق تعلن تبنيها الهجوم.", True),
    ],
)
def test_a_denied_claim_is_no_claim(sentence: str, claimed: bool) -> None:
    assert actors.claims(_f(sentence)) is claimed


@pytest.mark.parametrize(
    ("sentence", "weapon", "count"),
    [
        ("سه فروند پهپاد به پایگاه حمله کردند.", "drone", 3),
        ("پنج عدد راکت به سوی فرودگاه شلیک شد.", "rocket", 5),
        ("دو تیر خمپاره در نزدیکی پایگاه فرود آمد.", "artillery", 2),
        ("یک فروند پهپاد سرنگون شد.", "drone", 1),
        ("Three drones hit the base.", "drone", 3),
        ("سقطت ثلاثة صواريخ قرب المطار.", "rocket", 3),
    ],
)
def test_counting_classifiers(sentence: str, weapon: str, count: int) -> None:
    assert counts.weapon_count(_f(sentence)) == (weapon, count)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("دمرت الغارة الشاحنة ومقتل شخصين كانا فيها.", 2, None),
        ("أسفر القصف عن مقتل شخصين وإصابة ثلاثة آخرين.", 2, 3),
        ("The strike destroyed a truck, killing two people.", 2, None),
        ("در این حمله دو نفر کشته شدند.", 2, None),
    ],
)
def test_casualty_nouns_with_a_clitic(sentence: str, killed: int, wounded: int | None) -> None:
    assert counts.casualties(_f(sentence)) == (killed, wounded)


@pytest.mark.parametrize(
    "pattern",
    ["در حال آماده", "آماده پرتاب", "مراسلة", "تهدید کرد", "ذكرى", "بناء", "إثر"],
)
def test_cue_tables_are_folded_like_the_text(pattern: str) -> None:
    assert actors.fold_pattern(pattern).search(_f(f"قبل {pattern} بعد")) is not None


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        (
            "جنگنده‌ها روز شنبه چهار شبه‌نظامی را که در نزدیکی مرز در حال آماده‌سازی "
            "موشک‌ها بودند، هدف قرار داده و کشته‌اند.",
            4,
        ),
        ("نیروهای آمریکایی سه شبه‌نظامی را کشتند.", 3),
        ("قتلت الغارة أربعة مسلحين كانوا يجهزون صواريخ قرب الحدود.", 4),
    ],
)
def test_a_persian_object_marked_by_ra_far_before_its_verb(
    sentence: str, killed: int | None
) -> None:
    assert counts.casualties(_f(sentence))[0] == killed


def test_a_claim_by_its_verbal_noun_is_denied_by_the_verb_before_it() -> None:
    # ``نفت … تبنيها``: the claim word, and the denial that unmakes it in drafting
    folded = _f("ونفت كتائب حزب الله تبنيها الهجوم.")
    assert actors.claims(folded) and actors.denies(folded)
