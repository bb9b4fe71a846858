"""Round 27's field rules (tolls), each told in Arabic, Persian and English where the
phenomenon is; the sentences are written for these tests (none is taken from an
evaluation set):

- a word read as a common noun (``این انبار``: this depot, no Anbar) is no place that
  makes a sentence tell of elsewhere: the toll a sentence on gives is the strike's;
- a subheading asked as a question ("Why now?", ``لماذا الآن؟``, ``چرا اکنون؟``) does not
  put an explainer's toll a sentence further;
- a toll naming the strike by its noun ("the strike killed two", ``الضربة أسفرت عن مقتل
  اثنين``, ``در این بمباران``) is the strike's, not the attack's told between; a strike's
  dead revised up later are its own;
- a toll put at a figure ("put the death toll at 22", ``شمار کشته‌ها را ۲۲ نفر اعلام
  کرد``, ``قدّر عدد القتلى بـ22``) is a toll;
- a strike's toll told in the paragraph after the one that tells what it answered is the
  strike's, when it names no place and names its event; a response naming only the site
  of what it answered is no sentence of elsewhere between a strike and its toll;
- one person told as the subject of "that" (``إن عنصراً أصيب``) is one; "foreign" modifies
  a person, a medic is one.
"""

from __future__ import annotations

import pytest

from geoincidents.text.drafting import draft_article


def _tolls(
    text: str, published: str = "2024-02-04"
) -> dict[tuple[str, str], tuple[object, object]]:
    return {
        (d.incident.kind, d.incident.target.place_id or ""): (d.incident.killed, d.incident.wounded)
        for d in draft_article(text, published).drafts
    }


STRIKE = "retaliatory_strike"
FA_DEPOT = (
    "جنگنده‌های آمریکایی روز چهارشنبه یک انبار سلاح را در نزدیکی المیادین بمباران کردند. "
    "وزیر دفاع{where} گفت این انبار به سپاه پاسداران تعلق داشت و حمله پاسخی به حملات اخیر "
    "بود.\n\nمنابع محلی گفتند ۹ نفر در این حمله کشته شدند."
)


@pytest.mark.parametrize(("where", "killed"), [("", 9), (" در بغداد", None)])
def test_a_common_noun_is_no_place_told_of_elsewhere(where: str, killed: int | None) -> None:
    # ``این انبار`` (this depot) is no Anbar: the toll after is the strike's; a real place
    # named between (Baghdad) still tells of elsewhere
    tolls = _tolls(FA_DEPOT.format(where=where))
    assert tolls[(STRIKE, "al-mayadin")] == (killed, None)


EXPLAINERS = [
    pytest.param(
        "What happened? US jets struck a militia depot near al-Qaim on Tuesday night. Within "
        "hours officials confirmed it. {q} The Pentagon said the men posed a threat. Iraqi "
        "officials said four fighters were killed.",
        "Why now?",
        "Reporters asked why.",
        id="en",
    ),
    pytest.param(
        "ماذا حدث؟ قصفت طائرات أمريكية مخزنا للفصائل قرب القائم ليل الثلاثاء. وبعد ساعات أكد "
        "مسؤولون ذلك. {q} قال البنتاغون إن العناصر كانوا يشكلون تهديدا. وقال مسؤولون عراقيون "
        "إن أربعة مقاتلين قتلوا.",
        "لماذا الآن؟",
        "وسأل الصحفيون عن السبب.",
        id="ar",
    ),
    pytest.param(
        "چه اتفاقی افتاد؟ جنگنده‌های آمریکایی شامگاه سه‌شنبه یک انبار سلاح را در نزدیکی القائم "
        "بمباران کردند. ساعاتی بعد مقامات این را تأیید کردند. {q} پنتاگون گفت این افراد تهدید "
        "بودند. مقامات عراقی گفتند چهار شبه‌نظامی کشته شدند.",
        "چرا اکنون؟",
        "خبرنگاران دلیل را پرسیدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "question", "statement"), EXPLAINERS)
def test_a_question_subheading_does_not_put_the_toll_further(
    text: str, question: str, statement: str
) -> None:
    assert _tolls(text.format(q=question))[(STRIKE, "al-qaim")] == (4, None)
    # (a sentence in its place: the toll is a sentence too far)
    assert _tolls(text.format(q=statement))[(STRIKE, "al-qaim")] == (None, None)


STRIKE_THEN_ATTACK = [
    pytest.param(
        "US jets struck a militia headquarters in Baghdad on Thursday. Harir air base had been "
        "hit by rockets on Tuesday. Sources said {toll}.\n\nUpdate: the death toll rose to three.",
        "the strike killed two fighters",
        "the attack killed two soldiers",
        id="en",
    ),
    pytest.param(
        "نفذت القوات الأمريكية ضربة على مقر للفصائل في بغداد يوم الخميس. وكانت قاعدة حرير قد "
        "تعرضت يوم الثلاثاء لهجوم بالصواريخ. وقالت مصادر إن {toll}.\n\nتحديث: ارتفع عدد القتلى "
        "إلى ثلاثة.",
        "الضربة أسفرت عن مقتل اثنين من العناصر",
        "الهجوم أسفر عن مقتل اثنين من الجنود",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز پنجشنبه مقر یک گروه شبه‌نظامی را در بغداد بمباران کردند. پایگاه "
        "حریر روز سه‌شنبه هدف حمله راکتی قرار گرفته بود. منابع گفتند {toll}.\n\n"
        "به‌روزرسانی: شمار کشته‌ها به سه نفر رسید.",
        "در این بمباران دو نفر کشته شدند",
        "در این حمله راکتی دو نظامی کشته شدند",
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "of_strike", "of_attack"), STRIKE_THEN_ATTACK)
def test_a_toll_naming_the_strike_is_the_strikes(text: str, of_strike: str, of_attack: str) -> None:
    # the strike's toll, revised up in the update
    tolls = _tolls(text.format(toll=of_strike))
    assert tolls[(STRIKE, "baghdad")] == (3, None)
    assert tolls[("attack", "harir-air-base")] == (None, None)
    # named as the attack: the attack's (as before)
    tolls = _tolls(text.format(toll=of_attack))
    assert tolls[(STRIKE, "baghdad")] == (None, None)
    assert tolls[("attack", "harir-air-base")][0] is not None


TOLLS_PUT_AT = [
    pytest.param("US jets struck a militia depot near al-Qaim on Friday. {toll}", id="en"),
    pytest.param("قصفت طائرات أمريكية مخزنا للفصائل قرب القائم يوم الجمعة. {toll}", id="ar"),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه یک انبار سلاح را در نزدیکی القائم بمباران کردند. {toll}",
        id="fa",
    ),
]
PUT_AT = {
    "en": ("A monitor put the death toll at 22.", "The number of dead at the depot was not known."),
    "ar": ("وقدّر المرصد عدد القتلى بـ22.", "ولم يعرف عدد القتلى في المخزن."),
    "fa": ("دیده‌بان شمار کشته‌ها را ۲۲ نفر اعلام کرد.", "شمار کشته‌ها در انبار روشن نیست."),
}


@pytest.mark.parametrize("text", TOLLS_PUT_AT)
def test_a_toll_put_at_a_figure_is_a_toll(text: str, request: pytest.FixtureRequest) -> None:
    put, unknown = PUT_AT[request.node.callspec.id]
    assert _tolls(text.format(toll=put))[(STRIKE, "al-qaim")] == (22, None)
    assert _tolls(text.format(toll=unknown))[(STRIKE, "al-qaim")] == (None, None)


PAST_THE_ANSWERED = [
    pytest.param(
        "US jets struck militia sites near Albu Kamal on Thursday.\n\nThe Pentagon said the "
        "operation was a response to the rocket attack on Erbil airport on Monday, which killed "
        "a contractor.\n\nA war monitor said 22 fighters were killed {where}.",
        ("in the strikes", "in Homs"),
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية مواقع للفصائل قرب البوكمال يوم الخميس.\n\nوقالت واشنطن إن الضربات "
        "جاءت ردا على الهجوم الصاروخي على مطار أربيل يوم الاثنين الذي أدى إلى مقتل متعاقد.\n\n"
        "وقال المرصد إن {where}.",
        ("الغارات أسفرت عن مقتل ٢٢ مقاتلا", "٢٢ مقاتلا قتلوا في حمص"),
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز پنجشنبه مواضعی در نزدیکی البوکمال را بمباران کردند.\n\n"
        "پنتاگون این حمله را پاسخ به حمله راکتی دوشنبه به فرودگاه اربیل خواند که در آن یک "
        "پیمانکار کشته شد.\n\nدیده‌بان {where} را ۲۲ نفر اعلام کرد.",
        ("شمار کشته‌های این حمله", "شمار کشته‌ها در حمص"),
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "wheres"), PAST_THE_ANSWERED)
def test_a_strikes_toll_past_the_paragraph_of_what_it_answered(
    text: str, wheres: tuple[str, str]
) -> None:
    of_it, elsewhere = wheres
    tolls = _tolls(text.format(where=of_it))
    assert tolls[(STRIKE, "albu-kamal")] == (22, None)
    assert tolls[("attack", "erbil-airport")] == (1, None)
    # a place named: the toll tells of elsewhere
    assert _tolls(text.format(where=elsewhere))[(STRIKE, "albu-kamal")] == (None, None)


def test_an_attacks_missing_half_is_not_the_strikes_toll() -> None:
    text = (
        "US jets struck militia sites near Albu Kamal on Thursday.\n\nThe Pentagon said it "
        "answered recent attacks: a rocket attack on Balad air base on Saturday that wounded "
        "one contractor. {toll}"
    )
    tolls = _tolls(text.format(toll="A monitor said 22 fighters were killed in the strikes."))
    assert tolls[("attack", "balad-air-base")] == (None, 1)
    tolls = _tolls(text.format(toll="Two soldiers were killed."))
    assert tolls[("attack", "balad-air-base")] == (2, 1)


ONE_WOUNDED_UPDATE = [
    pytest.param(
        "Two rockets hit al-Shaddadi base on Thursday evening.\n\nUpdate: the monitor later "
        "said {who} was wounded inside the base.",
        ("a fighter", "fighters"),
        id="en",
    ),
    pytest.param(
        "سقط صاروخان على قاعدة الشدادي مساء الخميس.\n\nتحديث: قال المرصد لاحقاً إن {who} "
        "بجروح داخل القاعدة.",
        ("عنصراً من قوات سوريا الديمقراطية أصيب", "عناصر من قوات سوريا الديمقراطية أصيبوا"),
        id="ar",
    ),
    pytest.param(
        "دو راکت شامگاه پنجشنبه به پایگاه الشدادی اصابت کرد.\n\nبه‌روزرسانی: دیده‌بان بعداً "
        "گفت {who} زخمی شد.",
        ("یک نیرو", "نیروها"),
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "whos"), ONE_WOUNDED_UPDATE)
def test_one_person_said_wounded_in_an_update(text: str, whos: tuple[str, str]) -> None:
    # ``إن عنصراً … أصيب``: "that" puts one person in the accusative
    one, some = whos
    assert _tolls(text.format(who=one))[("attack", "al-shaddadi-base")] == (None, 1)
    assert _tolls(text.format(who=some))[("attack", "al-shaddadi-base")] == (None, None)


PEOPLE_TOLLS = [
    # a person with two modifiers before the noun ("a foreign civilian contractor")
    pytest.param("A foreign civilian contractor was killed and nine others were hurt.", 1, id="en"),
    pytest.param("قتل متعاقد مدني أجنبي وأصيب تسعة آخرون.", 1, id="ar"),
    pytest.param("یک پیمانکار غیرنظامی خارجی کشته و ۹ نفر زخمی شدند.", 1, id="fa"),
    # a medic joined to a group ("two soldiers and a British medic")
    pytest.param(
        "Rockets hit, killing two American soldiers and a British medic.", 3, id="en-medic"
    ),
    pytest.param("أسفر القصف عن مقتل جنديين أمريكيين ومسعف بريطاني.", 3, id="ar-medic"),
    pytest.param("دو سرباز آمریکایی و یک امدادگر انگلیسی کشته شدند.", 3, id="fa-medic"),
]


@pytest.mark.parametrize(("text", "killed"), PEOPLE_TOLLS)
def test_people_with_modifiers_and_medics_count(text: str, killed: int) -> None:
    from geoincidents.text import counts
    from geoincidents.text.folding import fold_text

    assert counts.casualties(fold_text(text).folded)[0] == killed


@pytest.mark.parametrize(
    "text",
    ["Foreign fighters were killed.", "وأصيب مسعفون بجروح.", "چند امدادگر زخمی شدند."],
)
def test_people_without_a_number_count_nothing(text: str) -> None:
    from geoincidents.text import counts
    from geoincidents.text.folding import fold_text

    assert counts.casualties(fold_text(text).folded) == (None, None)


ANSWERED_BETWEEN = [
    pytest.param(
        "US jets struck militia sites near al-Qaim on Tuesday. {between} Iraqi sources "
        "reported one dead and 18 wounded.",
        "The Pentagon said the strikes answered the attack on Erbil airport.",
        "Residents of Mosul said the strikes were heard far away.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية مواقع للفصائل قرب القائم يوم الثلاثاء. {between} وأفادت مصادر "
        "عراقية بمقتل شخص وإصابة ١٨ آخرين.",
        "وقال البنتاغون إن الضربات جاءت ردا على الهجوم على مطار أربيل.",
        "وقال سكان في الموصل إن الضربات سمعت من بعيد.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز سه‌شنبه مواضعی را در نزدیکی القائم بمباران کردند. {between} "
        "منابع عراقی از یک کشته و ۱۸ زخمی خبر دادند.",
        "پنتاگون گفت این حملات پاسخ مستقیم به حمله فرودگاه اربیل بوده است.",
        "ساکنان موصل گفتند صدای این حملات از دور شنیده شد.",
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "answered", "elsewhere"), ANSWERED_BETWEEN)
def test_a_response_naming_only_what_it_answered_is_no_elsewhere(
    text: str, answered: str, elsewhere: str
) -> None:
    assert _tolls(text.format(between=answered))[(STRIKE, "al-qaim")] == (1, 18)
    # a place of its own named between: the toll after tells of elsewhere
    assert _tolls(text.format(between=elsewhere))[(STRIKE, "al-qaim")] == (None, None)
