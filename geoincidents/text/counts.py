"""Counts in news sentences: how many weapons, how many killed, how many wounded.

All functions read *folded* text (:func:`geoincidents.text.folding.fold_text`), so
Arabic-Indic and Persian digits are ASCII digits and letter variants are one letter.

- :func:`number_at` reads one number token: digits, a number word of
  :mod:`geoincidents.places.numbers` (``five``, ``خمسة``, ``پنج``), with a clitic
  (``بأربعة`` "with four", ``وثلاثة``) or as an Arabic dual (``صاروخان``,
  ``طائرتين``: the noun itself says two); ``a`` / ``an`` / ``one`` mean one.
- :func:`weapon_count` reads the weapon a sentence names and the number written before
  it (``five rockets``, ``هشت راکت``, ``بثلاث طائرات مسيرة``), the dual of a weapon
  noun (``صاروخين``), or one for a weapon noun in the singular with an indefinite
  article (``a drone``, ``یک پهپاد``, ``بطائرة مسيرة``).
- :func:`casualties` reads killed and wounded: a number before a participle (``three
  soldiers were killed``, ``۴ نظامی آمریکایی زخمی شدند``, ``40 wounded``) or after a
  verbal noun (``killing four``, ``مقتل ثلاثة``, ``إصابة ٥``).

The dual reading lives here and not in :mod:`geoincidents.places.numbers` because it
belongs to the noun, not to a number word.

Examples
--------
>>> from geoincidents.text.folding import fold_text
>>> weapon_count(fold_text("Militants fired five rockets at the base").folded)
('rocket', 5)
>>> weapon_count(fold_text("سقط صاروخان قرب السفارة").folded)
('rocket', 2)
>>> casualties(fold_text("killing four fighters and wounding 12").folded)
(4, 12)
>>> casualties(fold_text("أسفر عن إصابة ٥ جنود").folded)
(None, 5)
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from geoincidents.places.numbers import parse_number
from geoincidents.text.folding import fold_word, word_alternation

__all__ = ["WEAPON_WORDS", "casualties", "number_at", "weapon_count"]

#: weapon -> words (unfolded, any language); the longest word found wins, then the first
WEAPON_WORDS: dict[str, tuple[str, ...]] = {
    "ballistic_missile": (
        *("ballistic missile", "ballistic missiles", "موشک بالستیک", "موشک‌های بالستیک"),
        *("موشکهای بالستیک", "صاروخ باليستي", "صواريخ باليستية", "صواريخ بالستية"),
    ),
    "cruise_missile": ("cruise missile", "cruise missiles", "موشک کروز", "صاروخ كروز"),
    "drone": (
        *("drone", "drones", "UAV", "UAVs", "پهپاد", "پهپادها", "پهپادهای", "پهپادی"),
        *("مسيرة", "مسيرات", "طائرة مسيرة", "طائرات مسيرة", "طائرة بدون طيار"),
        *("طائرات بدون طيار", "طائرتين مسيرتين", "طائرتان مسيرتان", "مسيرتين", "مسيرتان"),
        # the article on both words (``بالطائرات المسيرة``: drones, no count)
        *("طائرات المسيرة", "طائرة المسيرة", "مسيّرات"),
    ),
    "ied": (
        *("IED", "IEDs", "roadside bomb", "roadside bombs", "بمب کنار جاده", "بمب کنار جاده‌ای"),
        *("عبوة ناسفة", "عبوات ناسفة", "عبوة لاصقة", "عبوات لاصقة"),
        # the compound written as one word (``بمب کنارجاده‌ای``), a home-made bomb
        *("بمب کنارجاده", "بمب کنارجاده‌ای", "بمب‌های کنارجاده‌ای", "بمب جاده‌ای", "بمب دست‌ساز"),
        *("explosive device", "explosive devices", "road-side bomb", "road-side bombs"),
    ),
    "airstrike": (
        *("airstrike", "airstrikes", "air strike", "air strikes", "warplanes", "warplane"),
        *("fighter jets", "gunship", "حمله هوایی", "حملات هوایی", "جنگنده", "جنگنده‌ها"),
        *("جنگنده‌های", "غارة", "غارات", "طائرات حربية", "طائرة حربية", "الطيران الحربي"),
        # the air strike as a noun and its adjective (``الضربات الجوية``, ``ضربة جوية``)
        *("ضربة جوية", "ضربات جوية", "ضربتين جويتين", "ضربتان جويتان", "الضربة الجوية"),
        "الضربات الجوية",
    ),
    "artillery": (
        *("artillery", "توپخانه", "توپخانه‌ای", "قذائف مدفعية", "مدفعية", "مدفعي"),
        *("mortar", "mortars", "mortar rounds", "mortar shells", "mortar round", "هاون"),
        *("قذائف هاون", "قذيفة هاون", "قذيفتا هاون", "قذيفتي هاون", "خمپاره", "خمپاره‌ها"),
        *("خمپاره‌ای", "artillery shells", "artillery shell", "artillery rounds", "گلوله توپ"),
        *("گلوله‌های توپ", "گلوله های توپ", "قذيفة مدفعية", "قذيفة مدفعیة"),
    ),
    "rocket": (
        *("rocket", "rockets", "Katyusha", "Katyushas", "missile", "missiles", "projectiles"),
        *("راکت", "راکتها", "راکت‌ها", "راکتی", "کاتیوشا", "موشک", "موشکها", "موشک‌ها"),
        *("موشکی", "صاروخ", "صواريخ", "صاروخي", "صاروخية", "قذيفة صاروخية", "قذائف صاروخية"),
        *("مقذوفات صاروخية", "قذائف", "قذيفة", "كاتيوشا", "صاروخان", "صاروخين", "قذيفتين"),
        *("قذيفتان", "صاروخا"),
        # the construct dual before its name (``صاروخَي كاتيوشا``): two, the dual's word
        *("صاروخي كاتيوشا", "صاروخا كاتيوشا"),
    ),
}
#: weapon words that say "two" by themselves (Arabic duals)
_DUALS = (
    # the construct state of the dual: قذيفتا هاون, صاروخا كاتيوشا
    *("قذيفتا هاون", "قذيفتي هاون", "صاروخا", "صاروخي كاتيوشا", "صاروخا كاتيوشا"),
    *("صاروخان", "صاروخين", "قذيفتين", "قذيفتان", "طائرتين مسيرتين", "طائرتان مسيرتان"),
    *("مسيرتين", "مسيرتان", "طائرتين", "طائرتان", "غارتين", "غارتان"),
)
#: weapon words in the singular (one weapon unless a number says otherwise)
_SINGULAR = (
    *("mortar", "mortar round", "mortar shell", "قذيفة هاون", "خمپاره"),
    *("drone", "rocket", "missile", "UAV", "IED", "roadside bomb", "ballistic missile"),
    *("cruise missile", "Katyusha", "projectile", "طائرة مسيرة", "مسيرة", "صاروخ"),
    "طائرة المسيرة",
    *("قذيفة", "قذيفة صاروخية", "عبوة ناسفة", "طائرة بدون طيار", "صاروخ باليستي"),
)
#: adjectival forms: "a drone attack", "حمله پهپادی", "هجوم صاروخي" give no count
_ADJECTIVAL = ("پهپادی", "راکتی", "موشکی", "صاروخي", "صاروخية", "توپخانه‌ای", "خمپاره‌ای")
#: a weapon word naming a facility or a team rather than a weapon used
_FACILITY_AFTER = (
    *("launch", "launcher", "launchers", "launching", "site", "sites", "storage", "depot"),
    *("depots", "factory", "factories", "facility", "facilities", "team", "teams", "unit"),
    *("units", "operators", "warehouse", "warehouses", "workshop", "workshops", "production"),
    *("plant", "plants", "hangar", "hangars", "bunker", "bunkers", "assembly", "assemblies"),
    *("store", "stores", "stockpile", "stockpiles", "cache", "caches", "storehouse"),
    *("storehouses", "arsenal", "arsenals", "depot", "dump", "dumps"),
)
_FACILITY_BEFORE = (
    *("لاطلاق", "منصه", "منصات", "مخزن", "مخازن", "مستودع", "مستودعات", "مصنع"),
    *("ورشه", "سامانه", "سکوی", "سکوهای", "انبار", "کارخانه", "launch", "anti"),
    *("انبارهای", "مخازن", "مستودعات", "ذخائر", "کارخانه‌های", "زرادخانه"),
)
#: the Arabic verbal noun "launching" (``إطلاق صواريخ``: rockets fired) names a facility only
#: after a pad or site noun (``منصة إطلاق صواريخ``, ``مواقع إطلاق الطائرات المسيرة``)
_LAUNCHING = "اطلاق"
_LAUNCH_PLACES = frozenset(("منصه", "منصات", "موقع", "مواقع", "منصتي", "منصتين"))
#: Arabic duals of people: the noun says two (``إصابة جنديين``)
_PEOPLE_DUALS = (
    *("جنديين", "جنديان", "عنصرين", "عنصران", "شخصين", "شخصان", "مستشارين اثنين"),
    *("جنديين أمريكيين", "فردين", "فردان", "طفلين", "مدنيين اثنين"),
    # the nominative dual, unambiguous (the oblique ``مقاتلين`` is the plural's spelling too)
    *("مقاتلان", "عسكريان", "مسلحان", "مدنيان", "ضابطان", "شرطيان", "قياديان", "حارسان"),
    *("متعاقدان", "موظفان", "مستشاران", "مجندتان", "مجندان"),
)
#: people in the singular after a casualty noun: one (``مقتل قيادي``)
_PEOPLE_ONE = (
    *("قيادي", "قائد", "جندي", "عنصر", "شخص", "مدني", "مقاتل", "ضابط", "مسؤول", "عسكري"),
    *("منتسب", "موظف", "عامل", "حارس", "متعاقد", "شرطي", "مجندة", "جندية", "مجند", "مسعف"),
    # the accusative: ``قتلت الغارة قياديا``
    *("قياديا", "عنصرا", "جنديا", "مقاتلا", "ضابطا", "شخصا", "مدنيا", "عسكريا"),
    # with the article: ``قتل القيادي … ومرافقاه``
    *("القيادي", "القائد", "الجندي", "العنصر", "الضابط", "المسؤول"),
)
#: words between a number and its weapon that do not count ("two more drones", ``دو فروند
#: دیگر``): the number still counts the weapon
_MORE = frozenset(("more", "other", "further", "additional", "extra", "اخري", "اضافيه"))
#: nouns an adjectival weapon form follows ("حمله پهپادی" = a drone attack)
_ATTACK_NOUNS = (
    *("حمله", "حملات", "حمله‌های", "هجوم", "هجمات", "عملیات", "ضربه", "attack", "تهاجم"),
    *("بهجوم", "لهجوم", "وهجوم", "هجوما", "قصف", "بقصف", "لقصف", "وقصف", "استهداف", "اعتداء"),
    # a salvo the weapon qualifies (``برشقة صاروخية``, ``رشقات صاروخية``): no count
    *("رشقة", "برشقة", "رشقات", "برشقات", "ورشقة", "دفعة", "بدفعة", "رگبار"),
)
#: nouns a weapon word qualifies without counting it ("a drone attack", "rocket fire")
_MASS_AFTER = frozenset(
    ("attack", "strike", "attacks", "strikes", "fire", "barrage", "barrages", "salvo", "salvos")
)
_ONE = ("a", "an", "one", "یک", "يك", "واحد", "واحدة")
#: Persian counting classifiers between a number and its noun: ``سه فروند پهپاد``,
#: ``پنج عدد راکت``, ``دو تیر خمپاره``, ``دو قبضه``, ``سه دستگاه``
_CLASSIFIERS = ("فروند", "عدد", "تیر", "قبضه", "دستگاه", "فقره", "تا", "رشته", "گلوله")
_CLITICS = ("وب", "فب", "ب", "و", "ف", "ل")

_KILLED_BEFORE = (
    *("killed", "dead", "died", "کشته", "جان باختند", "جان خود را از دست دادند", "قتلى"),
    *("را کشت", "را کشتند", "را به قتل رساند", "را به قتل رساندند"),
    *("را می‌کشد", "را مي كشد"),
    *("به شهادت رساند", "به شهادت رساندند", "کشت"),
    *("قتيلا", "قتيل", "شهيدا", "شهدا", "کشته شدند"),
    # the passive verb after its subject: ``إن ستة قتلوا``, ``لقوا حتفهم``
    *("قتلوا", "قتلا", "لقوا حتفهم", "لقي حتفه", "لقيا حتفهما"),
    # a death told as martyrdom, as the groups' own outlets write it (``سه نفر به شهادت
    # رسیدند``, ``شهید شدند``, ``ثلاثة استشهدوا``)
    *("به شهادت رسیدند", "به شهادت رسید", "شهید شدند", "شهید شد", "استشهدوا", "استشهد"),
)
#: the one-word verbs and verbal nouns of each casualty family (:func:`count_words`' names)
#: that stand before the people they count ("killing four", ``مقتل ثلاثة``, ``إصابة ٥``;
#: the present of a timeline or a headline: "Jan. 28 - A drone kills three soldiers",
#: ``هجوم يقتل ثلاثة جنود``; the Persian ``را می‌کشد`` is in :data:`_KILLED_BEFORE`): the
#: heads of :data:`_KILLED_AFTER` and :data:`_WOUNDED_AFTER`, and of the actors rule that
#: a state word after their number names the dead or the hurt, not the striker
CASUALTY_VERBS: dict[str, tuple[str, ...]] = {
    "killed": (
        *("killing", "killed", "kills", "مقتل", "قتل", "قتلت", "يقتل", "تقتل", "استشهاد"),
        # the martyrdom verb before its subject: ``استشهد ثلاثة عناصر``
        "استشهد",
    ),
    "wounded": (
        *("wounding", "injuring", "wounded", "injured", "wounds", "injures", "إصابة"),
        *("اصابه", "جرح", "جرحت", "يجرح", "تجرح"),
        # the passive verb before its subject: أصيب جنديان "two soldiers were wounded"
        *("أصيب", "اصيب", "وأصيب", "أصيبوا", "يصاب", "أصيبت"),
    ),
}
_KILLED_AFTER = (
    *CASUALTY_VERBS["killed"],
    *("کشته شدن", "جان باختن"),
    # the deaths a strike led to ("led to the deaths of four fighters", ``به شهادت چهار تن …
    # انجامید``; ``أدى إلى مقتل`` is read by ``مقتل``)
    *("deaths of", "the deaths of", "death of", "به شهادت"),
    # the martyrdom verb before its subject: ``به شهادت رسیدن دو``
    "به شهادت رسیدن",
    # "claimed the lives of": ``أودى بحياة ثلاثة``, ``أودت بحياة``
    *("أودى بحياة", "أودت بحياة", "اودى بحياة", "اودت بحياة", "claimed the lives of"),
)
_WOUNDED_BEFORE = (
    *("wounded", "injured", "hurt", "زخمی", "مجروح", "جرحى", "جريحا", "مصابين", "مصابا"),
    # "four service members suffered traumatic brain injuries"
    *("suffered injuries", "suffered minor injuries", "suffered brain injuries"),
    *("suffered traumatic brain injuries", "suffered concussions", "sustained injuries"),
    # the Arabic plural verb after its subject: ثمانية جنود أصيبوا "eight soldiers were hurt"
    *("أصيبوا", "اصيبوا", "جرحوا"),
    # ... and the dual (``جنديان أمريكيان أصيبا``)
    *("أصيبا", "اصيبا", "جرحا"),
    # the people left hurt ("leaving eight personnel with minor injuries", ``ثلاثة جنود
    # بجروح طفيفة``, ``سه نظامی مصدوم شدند``, ``دچار جراحات``)
    *("with minor injuries", "with injuries", "with minor wounds", "with wounds"),
    *("بجروح", "مصدوم", "دچار جراحات", "دچار جراحت", "دچار مصدومیت"),
    # the Persian "sustained (superficial) wounds" (``دو نفر جراحت سطحی برداشته‌اند``), the
    # active "wounded X" with its object before it (``یک پیمانکار را زخمی کرد``)
    *("جراحت برداشتند", "جراحت برداشته‌اند", "جراحت سطحی برداشتند", "جراحت سطحی برداشته‌اند"),
    *("جراحت جزئی برداشتند", "جراحت جزئی برداشته‌اند", "را زخمی کرد", "را زخمی کردند"),
    *("را زخمی کرده بود", "را زخمی کرده", "را مجروح کرد", "را مجروح کردند"),
)
_WOUNDED_AFTER = (
    *CASUALTY_VERBS["wounded"],
    *("زخمی شدن", "مجروح شدن"),
)
#: people a casualty count names: "two soldiers … were wounded", ``دو سرباز … زخمی شدند``
_PEOPLE = (
    *("soldiers", "troops", "service members", "servicemen", "contractors", "personnel"),
    *("civilians", "fighters", "militants", "members", "guards", "people", "سرباز", "سربازان"),
    *("servicewomen", "servicewoman"),
    *("نظامی", "نظامیان", "پیمانکار", "پیمانکاران", "غیرنظامی", "شبه‌نظامی", "نفر", "تن"),
    *("جنود", "جنديا", "عناصر", "مدنيين", "مقاتلين", "أشخاص", "متعاقدين", "عسكريين"),
    *("مسلحين", "مسلحون", "militiamen", "gunmen"),
    *("member", "نیروی", "نیرو", "نیروهای", "عضو", "اعضای", "رزمنده", "رزمندگان", "نگهبان"),
    *("نگهبانان", "محافظ", "محافظان", "حراس", "حارس"),
)
#: words that end a casualty phrase before its number ("killed in a drone attack": the
#: "a" is the attack's, not one person)
_PHRASE_STOPS = frozenset(
    ("in", "at", "by", "on", "during", "when", "near", "after", "در", "في", "به", "بعد", "اثر")
)
#: how far back (tokens) the verb-final sentence's subject may stand
_SUBJECT_REACH = 24
#: how far back (tokens) a Persian object marked by را may stand before its verb
_OBJECT_REACH = 30
#: words that may stand between a number and its casualty word ("three American soldiers")
_BEFORE_REACH = 4
_AFTER_REACH = 3
#: a word: an abbreviation ("u.s.": one word, so "three U.S. soldiers" keeps its number
#: near), letters and marks of the Arabic block too, but not its punctuation (``،``, ``؛``,
#: ``؟``, ``٪``, ``۔``), which would glue itself to the word before it
_TOKEN = re.compile(
    r"(?:[a-z]\.){2,}|[\w\u0600-\u060b\u060e-\u061a\u061c-\u061e\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff]+"
    r"(?:-[\w]+)?"
)


@dataclass(frozen=True)
class _Lexicon:
    weapon: re.Pattern[str]
    weapon_of: dict[str, str]
    duals: frozenset[str]
    singular: frozenset[str]
    adjectival: frozenset[str]
    facility_after: frozenset[str]
    facility_before: frozenset[str]
    people_duals: frozenset[str]
    people_one: frozenset[str]
    people: frozenset[str]
    attack_nouns: frozenset[str]
    classifiers: frozenset[str]
    killed_before: re.Pattern[str]
    killed_after: re.Pattern[str]
    wounded_before: re.Pattern[str]
    wounded_after: re.Pattern[str]


def _pattern(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    # an Arabic clitic may lead the verbal noun: ``ومقتل شخصين``, ``وإصابة ثلاثة``
    alternation = word_alternation([fold_word(w) for w in words])
    return re.compile(rf"(?<!\w)(?:[وفب]|ل)?(?:{alternation})(?!\w)")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    weapon_of = {fold_word(w): weapon for weapon, words in WEAPON_WORDS.items() for w in words}
    # (the clitics of a number word, and the article with them: ``بالصواريخ``, ``والمسيرات``)
    clitic = f"(?:{'|'.join((*_CLITICS, 'ال', 'بال', 'وال'))})?"
    return _Lexicon(
        weapon=re.compile(rf"(?<!\w){clitic}(?P<w>{word_alternation(weapon_of)})(?!\w)"),
        weapon_of=weapon_of,
        duals=frozenset(fold_word(w) for w in _DUALS),
        singular=frozenset(fold_word(w) for w in _SINGULAR),
        adjectival=frozenset(fold_word(w) for w in _ADJECTIVAL),
        facility_after=frozenset(fold_word(w) for w in _FACILITY_AFTER),
        facility_before=frozenset(fold_word(w) for w in _FACILITY_BEFORE),
        people_duals=frozenset(fold_word(w).split()[0] for w in _PEOPLE_DUALS),
        people_one=frozenset(fold_word(w) for w in _PEOPLE_ONE),
        people=frozenset(fold_word(w).split()[0] for w in _PEOPLE),
        attack_nouns=frozenset(fold_word(w) for w in _ATTACK_NOUNS),
        classifiers=frozenset(fold_word(w) for w in _CLASSIFIERS),
        killed_before=_pattern(_KILLED_BEFORE),
        killed_after=_pattern(_KILLED_AFTER),
        wounded_before=_pattern(_WOUNDED_BEFORE),
        wounded_after=_pattern(_WOUNDED_AFTER),
    )


@lru_cache(maxsize=8192)  # (a pure function of one token; the same tokens recur)
def number_at(token: str) -> int | None:
    """The number one folded token says, or ``None``.

    >>> [number_at(t) for t in ("17", "five", "باربعه", "پنج", "a", "base")]
    [17, 5, 4, 5, 1, None]
    """
    if token.isdigit():
        return int(token) if len(token) <= 6 else None
    if token[:1] in ("ب", "و", "ل") and token[1:].isdigit() and len(token) <= 4:
        return int(token[1:])  # ``بـ٤ صواريخ`` (the clitic on the digits): four
    if any(c.isdigit() for c in token):
        return None  # "AC-130", "F-16", "T22": names, not counts
    if token in _ONE:
        return 1
    if token == "both":
        return 2  # "both drones were shot down"
    value = parse_number(token)
    if value is not None:
        return value
    for clitic in _CLITICS:
        if token.startswith(clitic) and len(token) > len(clitic) + 1:
            value = parse_number(token[len(clitic) :])
            if value is not None:
                return value
    return None


def _tokens_before(folded: str, pos: int, n: int) -> list[str]:
    """The ``n`` tokens before ``pos``, nearest first (bounded look-back)."""
    return _TOKEN.findall(folded[max(0, pos - 16 * n) : pos])[::-1][:n]


def _tokens_after(folded: str, pos: int, n: int) -> list[str]:
    return _TOKEN.findall(folded[pos : pos + 16 * n])[:n]


#: a relative pronoun ends the look-back for a casualty verb's number ("the attack on Tower
#: 22, which killed three": 22 is no one), and words a number names a place after
_RELATIVES = frozenset(("which", "that", "who", "التي", "الذي", "الذين", "كه"))
_NAMED_BY_NUMBER = frozenset(("tower", "برج", "البرج", "camp", "post", "route", "highway"))


#: a vague quantity ("dozens", ``عشرات``, ``ده‌ها`` folded to ``ده ها``, ``چندین``): the
#: casualty word after it has no exact number, and none further back is its count
_VAGUE = frozenset(
    fold_word(w)
    for w in (
        *("dozens", "scores", "hundreds", "several", "many", "numerous", "some"),
        *("عشرات", "العشرات", "مئات", "المئات", "عده", "بعض", "ها", "چند", "چندين", "صدها"),
    )
)
#: nouns of a vague quantity after "a" ("a number of", "a few", "a handful of")
_VAGUE_NOUNS = frozenset(("number", "few", "handful", "host", "lot", "series", "string"))
#: "one" said as a word right before a casualty word (``یک کشته``, "one dead"), unless
#: negated ("no one was hurt", ``هیچ یک``)
_ONE_WORD = frozenset(fold_word(w) for w in ("one", "یک", "يك", "واحد"))
#: the auxiliary between "one" and its passive casualty verb ("one was killed")
_BE_ONE = frozenset({"was", "is", "has", "had"})
#: ``یکی از`` its people (Persian "one of", a pronoun of its own): one casualty ("one of
#: the dead" in English names a casualty already counted, so English is left out)
_ONE_OF = frozenset({fold_word("یکی")})
_NO_ONE = frozenset(fold_word(w) for w in ("no", "not", "هیچ", "any", "لا", "لم"))


#: nouns of places a number may count right before a casualty word (``در دو منطقه``,
#: ``في موقعين``, "at two sites"): the number is the places', not the people's
_PLACE_NOUNS = frozenset(
    fold_word(w)
    for w in (
        *("areas", "sites", "locations", "places", "positions", "towns", "villages"),
        *("منطقه", "مناطق", "موقع", "مواقع", "محل", "نقطه", "نقاط", "جا", "شهر", "روستا"),
        *("منطقة", "مكان", "أماكن", "قرى", "مدن"),
    )
)


def _vague_before(folded: str, pos: int) -> bool:
    """Whether a vague quantity stands right before ``pos`` ("dozens wounded", "dozens of
    people hurt", ``ده‌ها نفر زخمی``), a people noun or "of" between."""
    tokens = _tokens_before(folded, pos, 3)
    people = _lexicon().people
    while tokens and (tokens[0] in people or tokens[0] in ("of", "من")):
        tokens = tokens[1:]
    return bool(tokens) and tokens[0] in _VAGUE


def _number_before(folded: str, pos: int, reach: int) -> int | None:
    tokens = _tokens_before(folded, pos, reach + 1)
    if tokens[:1] == ["and"]:
        return None  # "killed three and wounded two": the number before is the first verb's
    for n, token in enumerate(tokens[:reach]):
        if token in ("than", "least", "من", "از"):
            continue
        if token in _RELATIVES or token in _VAGUE:
            return None  # "dozens wounded", ``ده‌ها نفر زخمی``: no exact count
        if n == 0 and token in _ONE_WORD and not (tokens[1:2] and tokens[1] in _NO_ONE):
            return 1  # ``یک کشته و ۸ زخمی``, "one dead"
        if (
            n == 1
            and token in _ONE_WORD
            and tokens[0] in _lexicon().people
            and not (tokens[2:3] and tokens[2] in _NO_ONE)
        ):
            return 1  # ``یک نفر کشته``, ``یک تن کشته``
        if (
            n == 1
            and token in _ONE_WORD
            and tokens[0] in _BE_ONE
            and not (tokens[2:3] and tokens[2] in _NO_ONE)
        ):
            return 1  # "one was killed": the number is the subject of the passive
        if n == 2 and token in _ONE_OF and tokens[1] in ("of", "از"):
            return 1  # ``یکی از نیروهایش کشته``: one of its forces killed
        value = number_at(token) if token not in _ONE else None  # "no one was hurt"
        if value is not None and n > 0 and tokens[n - 1] in _PLACE_NOUNS:
            continue  # ``… در دو منطقه به شهادت رسیدند``: a number of places, no one's
        if value is not None:
            if tokens[n + 1 : n + 2] and tokens[n + 1] in _NAMED_BY_NUMBER:
                return None  # "Tower 22": a name
            return _number_words(tokens, n, value, nearest_first=True)
    return None


def _number_after(folded: str, pos: int, reach: int) -> int | None:
    tokens = _tokens_after(folded, pos, reach + 2)
    for n, token in enumerate(tokens[:reach]):
        if token == "at" and tokens[n + 1 : n + 2] == ["least"]:
            continue  # "wounding at least 25 others": the "at" of "at least", no stop
        if token in _PHRASE_STOPS or (n == 0 and token in ("and", "و")):
            return None  # "one was killed and 18 were wounded": the next clause's number
        if n == 0 and _joined_verb(token):
            return None  # ``أحد عناصره قتل وأصيب اثنان``: the next verb's number
        if token in _NO_ONE:
            return None  # "wounded no one"
        if token in ("a", "an") and tokens[n + 1 : n + 2] and tokens[n + 1] in _VAGUE_NOUNS:
            return None  # "killed a number of militants", "wounded a few": no count
        if token in ("a", "an") and tokens[n + 1 : n + 2] == ["dozen"]:
            return 12  # "killed a dozen fighters"
        if token in _lexicon().people_duals:
            return 2
        if token in _lexicon().people_one:
            return 1
        value = number_at(token)
        if value is not None:
            partitive = " ".join(tokens[n + 1 : n + 3]) in _OF_THEM or tokens[n + 1 : n + 2] == [
                "منهم"
            ]
            if (partitive or (tokens[n + 1 : n + 2] and tokens[n + 1] in _DEGREE)) and (
                n > 0 or folded[pos : pos + 3].lstrip()[:1] in (",", "،")
            ):
                return None  # "wounded, one of them critically": part of a group counted before
            value = _number_words(tokens, n, value, nearest_first=False)
            # ("killing five of them": the verb's own object, counted)
            return value
    return None


def _joined_verb(token: str) -> bool:
    """Whether ``token`` is a casualty verb with "and" glued to it (``وأصيب``, ``وقتل``):
    a clause of its own starts there, its number is not the verb's before.

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("أحد عناصره قتل وأصيب اثنان آخران").folded)
    (1, 2)
    """
    rest = unclitic(token, stem=3)
    if rest == token:
        return False
    lex = _lexicon()
    return bool(
        lex.killed_before.fullmatch(rest)
        or lex.wounded_before.fullmatch(rest)
        or lex.killed_after.fullmatch(rest)
        or lex.wounded_after.fullmatch(rest)
    )


def unclitic(token: str, *, stem: int, letters: str = "وف") -> str:
    """``token`` without the clitic Arabic glues to a word's front: by default the
    conjunctions ``و`` "and" and ``ف`` "so" (``واصيب`` -> ``اصيب``), or any of ``letters``
    (``ب``, ``ل`` too), when more than ``stem`` letters are left with it (a shorter word's
    first letter is its own: ``وقع``). The one stripping of a clitic letter the text rules
    share: each caller says how short a word it strips (folded text).

    >>> unclitic("واصيب", stem=3), unclitic("وقع", stem=3), unclitic("وقصف", stem=4)
    ('اصيب', 'وقع', 'وقصف')
    >>> unclitic("وغداه", stem=0, letters="وفبل")
    'غداه'
    """
    return token[1:] if len(token) > stem and token[0] in letters else token


#: how badly, after a number set off by a comma ("three were wounded, one critically",
#: "two seriously"): part of a group counted before
_DEGREE = frozenset(
    ("critically", "seriously", "severely", "badly", "gravely", "slightly", "lightly")
)


#: what joins the two ends of a range of numbers ("two to three", "five or six", ``٣ إلى
#: ٤``, ``دو تا سه``, ``پنج یا شش``) and what opens one ("between 5 and 7", ``بين ٣ و٤``,
#: ``بین سه و چهار``): folded
_RANGE_TO = frozenset(fold_word(w) for w in ("to", "or", "-", "إلى", "الى", "أو", "او", "تا", "یا"))
_RANGE_AND = frozenset(("and", "و"))
_BETWEEN = frozenset(fold_word(w) for w in ("between", "بين", "بین", "ما بين"))


def _range_low(tokens: list[str], n: int, value: int) -> int:
    """The lower end of a range whose upper end ``value`` stands at ``tokens[n]`` (tokens
    nearest first, as :func:`_tokens_before` gives them): a range counts its lower figure.

    >>> from geoincidents.text.folding import fold_text
    >>> [weapon_count(fold_text(t).folded)[1] for t in ("two to three rockets hit",
    ...     "between 5 and 7 rockets", "سقط ٣ إلى ٤ صواريخ", "بين ٣ و٤ صواريخ",
    ...     "دو تا سه موشک", "سه تا موشک")]
    [2, 5, 3, 3, 2, 3]
    """
    glued = tokens[n][:1] == "و" and not tokens[n].isdigit()  # ``بين ٣ و٤``
    to = n + 2 < len(tokens) and tokens[n + 1] in _RANGE_TO  # "two to three"
    between = n + 3 < len(tokens) and tokens[n + 1] in _RANGE_AND and tokens[n + 3] in _BETWEEN
    if glued and n + 2 < len(tokens) and tokens[n + 2] in _BETWEEN:
        low = number_at(tokens[n + 1])
    elif to or between:
        low = number_at(tokens[n + 2])
    else:
        return value
    return low if low is not None and 0 < low < value else value


def _number_words(tokens: list[str], n: int, value: int, *, nearest_first: bool) -> int:
    """The number ``value`` read at ``tokens[n]``, read on with the number words next to it:
    after it in the text (``سبعة عشر``: 17, ``اثنين وعشرين``: 22, ``بیست و پنج``: 25) when
    ``tokens`` run in text order, before it when they run nearest first, as
    :func:`_tokens_before` gives them (``ستة عشر جنديا``: 16, ``بیست و پنج نفر زخمی``: 25).
    Digits are read as they stand.

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("قتل سبعة عشر مسلحا وإصابة اثنين وعشرين آخرين").folded)
    (17, 22)
    >>> casualties(fold_text("بیست و پنج نفر زخمی شدند").folded)
    (None, 25)
    """
    if nearest_first and _range_low(tokens, n, value) < value:
        return _range_low(tokens, n, value)  # "two to three soldiers were wounded": two
    if tokens[n].isdigit():
        return value
    for k in (3, 2):
        words = tokens[n : n + k]
        if nearest_first:
            words = words[::-1]  # (back in text order)
        if len(words) == k and not any(w.isdigit() for w in words):
            longer = parse_number(" ".join(words))
            if longer is not None and longer > value:
                return longer
    return value


#: a partitive after a number: "one of them", ``واحد منهم``, ``یکی از آنها``
_OF_THEM = frozenset(("of them", "of whom", "از انها", "از آنان", "از انان"))


#: the count told after the weapons ("the rockets, numbering four", ``وعددها أربعة``,
#: ``که تعدادشان چهار فروند بود``), within a bounded reach (folded)
_NUMBERING = re.compile(
    r"(?<!\w)(?:numbering|و?عددها|و?كان عددها|بلغ عددها|تعدادشان|تعداد انها)\s+"
    r"(?:(?:about|some|نحو|حوالي|حدود) )?(?P<n>\w+)"
)
_NUMBERING_REACH = 120


#: nouns of two before "of" and a weapon ("a pair of drones", "a couple of rockets")
_PAIR = frozenset({"pair", "couple"})


def weapon_count(folded: str) -> tuple[str, int | None]:
    """The first weapon ``folded`` names and how many (``None`` when not said).

    >>> from geoincidents.text.folding import fold_text
    >>> weapon_count(fold_text("A drone attack hit the base").folded)
    ('drone', None)
    >>> weapon_count(fold_text("أطلقت بثلاث طائرات مسيرة").folded)
    ('drone', 3)
    """
    lex = _lexicon()
    first: tuple[str, int | None] | None = None
    matches = list(lex.weapon.finditer(folded))
    chained = _facility_chain(folded, matches, lex) if len(matches) > 1 else frozenset()
    for m in matches:
        word = m.group("w")
        weapon = lex.weapon_of[word]
        if word in lex.duals:
            prior = _tokens_before(folded, m.start(), 3)
            value = number_at(prior[0]) if prior else None
            if value is not None:  # ``أربعة عشر صاروخا``: 14, the teen read whole
                value = _number_words(prior, 0, value, nearest_first=True)
            # "11 صاروخا": after 11 to 99 the accusative singular, not the dual's construct
            return weapon, value if value is not None and 10 < value < 100 else 2
        before = _tokens_before(folded, m.start(), 6)
        if before and before[0] in _MORE:
            before = before[1:]  # "two more drones"
        before = _past_modifiers(before)  # "two one-way attack drones"
        if before[:1] == ["of"] and before[1:2] and before[1] in _PAIR:
            return weapon, 2  # "a pair of drones", "a couple of rockets"
        wide = before
        before = before[:3]
        if before and before[0] in lex.classifiers:
            before = before[1:]  # "سه فروند پهپاد": the number stands before the classifier
            wide = wide[1:]
        before = before[:2]
        if before and before[0] in _VAGUE:
            first = first or (weapon, None)  # "several mortar rounds", ``چند گلوله خمپاره``
            continue
        value = number_at(before[0]) if before else None
        if value is not None:
            # ``ثلاث عشرة قذيفة``: 13, the teen read whole; "two to three rockets": two
            value = _number_words(wide, 0, value, nearest_first=True)
        if value is not None and _designation(before):
            value = None  # "AC-130 gunship", "MQ-9 drone": a model, not a count
        if value is not None and before[1:2] and before[1] in _MONTHS:
            value = None  # "the January 28 drone attack": a day of the month, not a count
        if value is None and word not in lex.adjectival:
            told = _NUMBERING.search(folded, m.end(), m.end() + _NUMBERING_REACH)
            value = number_at(told.group("n")) if told is not None else None
        after = _tokens_after(folded, m.end(), 1)
        if (
            (after and after[0] in lex.facility_after)
            or (set(before[:2]) & lex.facility_before)
            or (before[:1] == [_LAUNCHING] and before[1:2] and before[1] in _LAUNCH_PLACES)
            or m.start() in chained
        ):
            continue  # "a drone launch site", "منصة إطلاق صواريخ": a facility, not a weapon used
        if after and after[0] in _MASS_AFTER:  # "a drone attack", "rocket fire": no count
            value = None if value == 1 and before and before[0] in ("a", "an") else value
            if value is None:
                first = first or (weapon, None)
                continue
        if value is not None and 0 < value < 1000:
            return weapon, value
        if word in lex.adjectival:
            if before and _attack_noun(before[0], lex):
                first = first or (weapon, None)  # "حمله پهپادی": a drone attack
            else:
                first = first or (weapon, 1)  # "پهپادی به پایگاه اصابت کرد": a drone
            continue
        if word in lex.singular and not _plural_number_before(before):
            first = first or (weapon, 1)
            continue
        first = first or (weapon, None)
    if first is None or first[1] is None:
        rounds = _rounds_counted(folded)
        if rounds is not None:  # "seven rounds were launched": the weapons, counted
            return (first[0] if first is not None else "unknown"), rounds
    return first if first is not None else ("unknown", None)


#: the generic nouns of a munition fired, naming no weapon ("seven rounds were launched",
#: ``سبعة مقذوفات``, ``هفت گلوله شلیک شد``): counted only after a number
_ROUNDS = ("rounds", "shells", "مقذوفات", "مقذوفا", "گلوله")
#: a word after the generic noun that makes it no munition fired ("rounds of talks", "three
#: rounds of strikes"; the Persian classifier before its weapon: ``دو گلوله خمپاره``)
_ROUNDS_OF = frozenset(("of", "من", "از"))
_ROUNDS_REACH = 8  # generic nouns looked at in one sentence (bounded: linear cost)


@lru_cache(maxsize=1)
def _rounds_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation([fold_word(w) for w in _ROUNDS])})(?!\w)")


def _rounds_counted(folded: str) -> int | None:
    """How many munitions a number before a generic noun counts (``None``: none does).

    The noun names no weapon and is read only where no weapon word gave a count: "Several
    mortar rounds hit X. Officials said seven rounds were launched" (the second sentence),
    ``قالت مصادر إن سبعة مقذوفات أطلقت``, ``مقامات گفتند هفت گلوله شلیک شد``; never after
    a vague word ("several rounds") or before "of" ("three rounds of talks").

    >>> from geoincidents.text.folding import fold_text
    >>> weapon_count(fold_text("officials said seven rounds were launched").folded)
    ('unknown', 7)
    >>> weapon_count(fold_text("after three rounds of talks").folded)
    ('unknown', None)
    """
    lex = _lexicon()
    for k, m in enumerate(_rounds_pattern().finditer(folded)):
        if k >= _ROUNDS_REACH:
            break
        after = _tokens_after(folded, m.end(), 1)
        if after and (after[0] in _ROUNDS_OF or after[0] in lex.weapon_of):
            continue
        before = _past_modifiers(_tokens_before(folded, m.start(), 5))
        if before and before[0] in _MORE:
            before = before[1:]  # "seven more rounds"
        value = number_at(before[0]) if before and before[0] not in _ONE else None
        if value is not None and not _designation(before[:2]) and 1 < value < 1000:
            return _range_low(before, 0, value)
    return None


#: what may join two weapon words of one facility ("rocket and drone depots", ``مخازن
#: صواريخ وطائرات مسيرة``, ``انبارهای موشک و پهپاد``): "and", "or", a comma
_WEAPON_JOIN = re.compile(r"\s*(?:,|،)?\s*(?:(?:and|or|و|یا|يا|او)\s*)?")


def _facility_chain(folded: str, matches: list[re.Match[str]], lex: _Lexicon) -> frozenset[int]:
    """Where weapon words stand that a facility word after the last, or before the first,
    of their coordinated run qualifies.

    A run of weapon words joined by "and" names one facility: "rocket and drone storage
    sites", ``مخازن صواريخ وطائرات مسيرة``, ``انبارهای موشک و پهپاد``: no weapon of the
    run was used. One pass over the matches (linear).

    >>> from geoincidents.text.folding import fold_text
    >>> weapon_count(fold_text("jets hit rocket and drone storage sites").folded)
    ('unknown', None)
    >>> weapon_count(fold_text("two rockets and a drone hit the base").folded)
    ('rocket', 2)
    """
    out: set[int] = set()
    run = [matches[0]]
    for m in [*matches[1:], None]:
        if m is not None and _WEAPON_JOIN.fullmatch(folded, run[-1].end(), m.start()):
            run.append(m)
            continue
        if len(run) > 1:
            after = _tokens_after(folded, run[-1].end(), 1)
            before = _tokens_before(folded, run[0].start(), 2)
            if (after and after[0] in lex.facility_after) or (set(before) & lex.facility_before):
                out.update(r.start() for r in run)
        if m is not None:
            run = [m]
    return frozenset(out)


#: words describing a weapon between its number and its noun ("two one-way attack drones",
#: "three explosive-laden drones", "four Iranian-made rockets"), split at hyphens
_WEAPON_MODIFIERS = frozenset(
    {"attack", "suicide", "kamikaze", "armed", "explosive", "laden", "unmanned", "loitering"}
    | {"made", "iranian", "small", "large", "heavy"}
)


#: month names a day's number follows ("January 28", "Sept 18"): a date, no count
_MONTHS = frozenset(
    (
        *("january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december", "sept", "jan", "feb", "mar"),
        *("apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    )
)


def _past_modifiers(before: list[str]) -> list[str]:
    """``before`` (nearest first) past the words describing the weapon (at most three).

    >>> from geoincidents.text.folding import fold_text
    >>> weapon_count(fold_text("two one-way attack drones hit the base").folded)
    ('drone', 2)
    """
    k = 0
    while k < 3 and k < len(before) - 1:
        if before[k] in _WEAPON_MODIFIERS:
            k += 1
        elif before[k] == "way" and before[k + 1] == "one" and k + 2 < len(before):
            k += 2  # "one-way"
        else:
            break
    return before[k:]


def _attack_noun(token: str, lex: _Lexicon) -> bool:
    """Whether ``token`` is an attack noun, maybe with the article or a clitic (``الهجوم``)."""
    if token in lex.attack_nouns:
        return True
    for prefix in ("وال", "بال", "لل", "ال"):
        if token.startswith(prefix) and token[len(prefix) :] in lex.attack_nouns:
            return True
    return False


_SHORT_WORDS = frozenset({"a", "an", "of", "the", "at", "on", "in", "by", "and", "to", "or"})


def _designation(before: list[str]) -> bool:
    """Whether the digits before a weapon word follow a model's letters (``AC-130``)."""
    return (
        len(before) > 1
        and before[0].isdigit()
        and before[1].isascii()
        and before[1].isalpha()
        and len(before[1]) <= 3
        and before[1] not in _SHORT_WORDS
    )


def _plural_number_before(before: list[str]) -> bool:
    return bool(before) and (number_at(before[0]) or 0) > 1


def casualties(
    folded: str, present: Collection[str] = ("killed", "wounded")
) -> tuple[int | None, int | None]:
    """Killed and wounded that ``folded`` states, ``None`` when it states none.

    ``present``: the families of :func:`count_words` with a word in ``folded`` (a gate:
    a family left out gets ``None`` without running its rule); default both.

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("Three soldiers were killed and more than 40 wounded").folded)
    (3, 40)
    >>> casualties(fold_text("۴ نظامی آمریکایی زخمی شدند").folded)
    (None, 4)
    """
    if "killed" not in present and "wounded" not in present:
        return None, None  # (each half gated away: no figure, whatever the text says)
    lex = _lexicon()
    earlier = _EARLIER_AFTER.search(folded)
    if earlier is not None:
        # "wounded three …; an earlier statement had spoken of two": the figures before
        # the clause of the earlier figure stand, its own fill the gaps
        k1, w1 = casualties(folded[: earlier.start()], present)
        if k1 is None and w1 is None:
            k1, w1 = updated_toll(folded[: earlier.start()])  # "… put the toll at 22; …"
        k0, w0 = casualties(folded[earlier.end() :], present)
        return (k1 if k1 is not None else k0, w1 if w1 is not None else w0)
    first = _PRELIMINARY.search(folded)
    later = _SUPERSEDED.search(folded, first.end()) if first is not None else None
    if later is not None:
        # "an initial toll gave six hurt, before the PMF announced one killed and eight
        # hurt": the figures after the correction stand, the preliminary ones fill the gaps
        k0, w0 = casualties(folded[: later.start()], present)
        k1, w1 = casualties(folded[later.end() :], present)
        return (k1 if k1 is not None else k0, w1 if w1 is not None else w0)
    killed = _casualty(folded, lex.killed_after, lex.killed_before) if "killed" in present else None
    if killed is None and "killed" in present:
        killed = _all_killed(folded)
    wounded = (
        _casualty(folded, lex.wounded_after, lex.wounded_before) if "wounded" in present else None
    )
    if killed is None and wounded is None:
        return toll_put_at(folded)
    return killed, wounded


#: "killing them all", "killing all five", ``ما أدى إلى مقتلهم جميعاً``, ``که همه آنها کشته
#: شدند``: every one of the people counted before was killed (folded)
_ALL_KILLED = re.compile(
    r"(?<!\w)(?:killing (?:them all|all of them|all (?P<n>\w+))|all of them (?:were killed|died)"
    r"|(?:[وب]?مقتلهم|قتلوا|[وف]?قتلتهم) (?:جميعا|جميعهم|كلهم)|مقتل (?:جميعهم|كل افرادها)"
    r"|(?:همه|همگي|تمام) (?:انها|انان|افراد ان) (?:كشته|جان باختند)|همگي (?:كشته|جان باختند))"
)


def _all_killed(folded: str) -> int | None:
    """The count of "killing them all": its own number, or the people counted before it.

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("a drone struck four fighters, killing them all").folded)
    (4, None)
    """
    m = _ALL_KILLED.search(folded)
    if m is None:
        return None
    if m.group("n"):
        return number_at(m.group("n"))
    return _subject_count(folded, m.start())


#: a figure given as preliminary ("an initial toll", "early reports", ``حصيلة أولية``,
#: ``گزارش‌های اولیه``) (folded spellings)
_PRELIMINARY = re.compile(
    r"(?<!\w)(?:initial|preliminary|early|earlier|first reports?|اوليه|اولي|مبدئيه|نخستين"
    # the figure first given ("it first reported five", ``ابتدا از … خبر داد``)
    r"|first reported|initially|ابتدا|در ابتدا|في البدايه)(?!\w)"
)
#: the clause after a figure that gives the earlier one ("…; an earlier statement had
#: spoken of two", ``…؛ این نهاد پیش‌تر از ۱۷ کشته خبر داده بود``, ``…؛ وكان قد أعلن في
#: البداية``): folded, the clause's start a semicolon, the cue within a few words
_EARLIER_AFTER = re.compile(
    r"[;؛]\s*(?:[^\s;؛.]+\s+){0,5}?(?:an earlier|earlier|first|initially|previously|پيشتر"
    r"|پيش تر|قبلا|ابتدا|در ابتدا|سابقا|في وقت سابق|في البدايه)(?!\w)"
    # "…, after initial estimates of 30 to 40", ``…، بعد تقديرات أولية``
    r"|[,،]\s*(?:[^\s,،;؛.]+\s+){0,3}?(?:initial|preliminary|اوليه|اولي|مبدييه|مبدئيه)(?!\w)"
)
#: the clause that corrects it ("before …", "but …", ``قبل أن``, ``لكن``, ``اما``)
_SUPERSEDED = re.compile(
    r"(?<!\w)(?:before|but|however|later|قبل ان|لكن|ولكن|لكنه|لكنها|ولكنه|ولكنها|غير ان|ثم"
    r"|اما|ولي|سپس)(?!\w)|[;؛]"
)


@lru_cache(maxsize=1)
def count_words() -> dict[str, frozenset[str]]:
    """The folded words each count rule needs to see before it can answer (a gate).

    ``weapon``: :func:`weapon_count` answers ``("unknown", None)`` where none stands, nor
    one of ``rounds`` (the generic nouns it counts after a number: "seven rounds");
    ``killed`` and ``wounded``: the two halves of :func:`casualties`. Built from the same
    tables as the rules, so a text holding none of a family's words (as a substring) gets
    the empty answer without running the rule.

    >>> "drone" in count_words()["weapon"] and "killed" in count_words()["killed"]
    True
    """
    lex = _lexicon()
    return {
        "weapon": frozenset(fold_word(w) for w in lex.weapon_of) - {""},
        # (the generic nouns of :func:`_rounds_counted`: a family of their own, no event's)
        "rounds": frozenset(fold_word(w) for w in _ROUNDS),
        "killed": frozenset(fold_word(fold_word(w)) for w in (*_KILLED_BEFORE, *_KILLED_AFTER))
        - {""},
        "wounded": frozenset(fold_word(fold_word(w)) for w in (*_WOUNDED_BEFORE, *_WOUNDED_AFTER))
        - {""},
    }


#: a toll put at a figure ("the monitor put the death toll at 22", ``قدّر المرصد عدد
#: القتلى بـ22``, ``شمار کشته‌های این حمله را ۲۲ نفر اعلام کرد``): folded
_TOLL_PUT_AT = re.compile(
    r"(?<!\w)(?:(?:(?:the )?number of|عدد|حصيله|شمار|تعداد)\s+(?P<what>\w+)"
    r"|(?P<death>death|casualty) toll)(?:\s+\S+){0,4}?\s+(?:(?:at|را)\s+|ب(?=\d))"
    r"(?:(?:more than|over|at least|اكثر من|بيش از|نحو|حدود|دست كم|حداقل) )?(?P<n>\w+)"
)


def toll_put_at(folded: str) -> tuple[int | None, int | None]:
    """Killed and wounded as a toll put at a figure gives them (``None``: none put).

    >>> from geoincidents.text.folding import fold_text
    >>> toll_put_at(fold_text("A monitor put the death toll of the strike at 22").folded)
    (22, None)
    >>> toll_put_at(fold_text("شمار کشته‌های این حمله را ۲۲ نفر اعلام کرد").folded)
    (22, None)
    >>> toll_put_at(fold_text("قدر المرصد عدد القتلى بـ22").folded)
    (22, None)
    >>> toll_put_at(fold_text("the number of dead at the base is unknown").folded)
    (None, None)
    """
    if "toll" not in folded and not _TOLL_HEAD.search(folded):
        return None, None
    killed = wounded = None
    for m in _TOLL_PUT_AT.finditer(folded):
        n = number_at(m.group("n"))
        if n is None or _EARLIER_FIGURE.search(
            folded, max(0, m.start() - _EARLIER_REACH), m.start()
        ):
            continue  # (a figure first given, since revised: gone by)
        if m.group("death") or m.group("what") in _TOLL_KILLED:
            killed = n if killed is None else killed
        elif m.group("what") in _TOLL_WOUNDED:
            wounded = n if wounded is None else wounded
    return killed, wounded


#: a toll revised ("raised the number of injured to more than 40", ``عدد المصابين ارتفع إلى
#: أربعة``, ``شمار زخمی‌ها به بیش از ۴۰ نفر رسید``, "the death toll rose to five"), or put
#: at a figure ("now puts the number of wounded at 34", ``قدّر عدد الجرحى بـ34``, ``شمار
#: زخمی‌ها را ۳۴ نفر اعلام کرد``): folded
_TOLL_UPDATE = re.compile(
    r"(?<!\w)(?:(?:(?:the )?number of|عدد|حصيله|شمار|تعداد)\s+(?P<what>\w+)"
    r"|(?P<death>death|casualty) toll)(?:\s+\S+){0,4}?\s+(?:(?:to|at|الي|به|را)\s+|ب(?=\d)"
    # "exceeded 40", ``تجاوز الأربعين`` (more than N: N)
    r"|(?:exceeded|surpassed|topped|تجاوز|تخطي|يتجاوز)\s+(?:ال(?=\w))?)"
    r"(?:(?:more than|over|at least|اكثر من|بيش از|نحو|حدود|دست كم|حداقل) )?(?P<n>\w+)"
)
#: a figure told as the first one given, since revised ("had first put the number of
#: injured at 25", ``قدّرت في البداية عدد الجرحى``, ``در ابتدا شمار زخمی‌ها را``): folded
_EARLIER_FIGURE = re.compile(
    r"(?<!\w)(?:first|initially|originally|earlier|at first|في البدايه|بدايه|سابقا|اولا"
    r"|ابتدا|در ابتدا|نخست|قبلا|پيشتر)(?!\w)"
)
#: how far before a revised toll :data:`_EARLIER_FIGURE` is looked for (characters)
_EARLIER_REACH = 40
_TOLL_WOUNDED = frozenset(
    {"injured", "wounded", "المصابين", "الجرحي", "المصابون", "زخمي", "زخميها", "مجروحان"}
)
_TOLL_KILLED = frozenset({"dead", "killed", "القتلي", "الشهداء", "الضحايا", "كشته", "كشتگان"})


def updated_toll(folded: str) -> tuple[int | None, int | None]:
    """Killed and wounded as a revised toll in ``folded`` gives them (``None``: not revised).

    >>> from geoincidents.text.folding import fold_text
    >>> updated_toll(fold_text("The Pentagon raised the number of injured to more than 40").folded)
    (None, 40)
    >>> updated_toll(fold_text("عدد المصابين ارتفع إلى أربعة").folded)
    (None, 4)
    >>> updated_toll(fold_text("شمار زخمی‌ها به بیش از ۴۰ نفر رسید").folded)
    (None, 40)
    >>> updated_toll(fold_text("the death toll rose to five").folded)
    (5, None)
    >>> updated_toll(fold_text("An official now puts the number of wounded at 34").folded)
    (None, 34)
    >>> updated_toll(fold_text("The Pentagon had first put the number of injured at 25").folded)
    (None, None)
    """
    killed = wounded = None
    for m in _TOLL_UPDATE.finditer(folded):
        n = number_at(m.group("n"))
        if n is None:
            continue
        if _EARLIER_FIGURE.search(folded, max(0, m.start() - _EARLIER_REACH), m.start()):
            continue  # "the Pentagon had first put the number of injured at 25": gone by
        if m.group("death") or m.group("what") in _TOLL_KILLED:
            killed = n
        elif m.group("what") in _TOLL_WOUNDED:
            wounded = n
    if killed is None and wounded is None:
        return _toll_far(folded)
    return killed, wounded


#: the head of a revised toll whose casualty word stands a few words on ("the number of
#: American personnel hurt in the attack has climbed to more than 40", ``ارتفع عدد
#: المصابين جراء القصف الذي استهدف X إلى أربعة``)
_TOLL_HEAD = re.compile(r"(?<!\w)(?:(?:the )?number of|عدد|حصيله|شمار|تعداد)\s")
_TOLL_TO = frozenset({"to", "الي", "به", "exceeded", "surpassed", "topped", "تجاوز", "تخطي"})
_TOLL_SKIP = frozenset({"more", "than", "over", "at", "least", "اكثر", "من", "بيش", "از", "نحو"})
_TOLL_REACH = 24  # words from the head to its "to"


def toll_rules() -> tuple[re.Pattern[str], ...]:
    """The rules behind :func:`updated_toll`: it answers ``(None, None)`` where none of them
    matches, so a caller that knows they cannot match in a text may skip the call.

    >>> [rule.search("the number of injured rose to 40") is not None for rule in toll_rules()]
    [True, True]
    """
    return _TOLL_UPDATE, _TOLL_HEAD


def _toll_far(folded: str) -> tuple[int | None, int | None]:
    """A revised toll with words between its head, its casualty word and "to" (bounded).

    >>> from geoincidents.text.folding import fold_text
    >>> _toll_far(fold_text("the number of US troops hurt in the attack rose to 40").folded)
    (None, 40)
    """
    for m in _TOLL_HEAD.finditer(folded):
        words = _TOKEN.findall(folded[m.end() : m.end() + 16 * _TOLL_REACH])[:_TOLL_REACH]
        what = ""
        for k, word in enumerate(words):
            if not what and word in _TOLL_KILLED | _TOLL_WOUNDED | {"hurt"}:
                what = "killed" if word in _TOLL_KILLED else "wounded"
            if word in _TOLL_TO and what:
                rest = [w for w in words[k + 1 : k + 5] if w not in _TOLL_SKIP]
                n = number_at(rest[0]) if rest else None
                if n is None and rest and rest[0].startswith("ال"):
                    n = number_at(rest[0][2:])  # ``تجاوز الأربعين``: the number with the article
                if n is not None:
                    return (n, None) if what == "killed" else (None, n)
    return None, None


#: the head of a toll right before its casualty word ("the number of wounded", ``شمار
#: زخمی‌ها``, ``تعداد کشته‌ها``): a noun, no participle counting the people before it
_TOLL_NOUN_BEFORE = re.compile(r"(?<!\w)(?:number of|عدد|حصيله|شمار|تعداد)\s+$")


def _toll_noun(folded: str, pos: int) -> bool:
    """Whether the casualty word at ``pos`` is the noun of a toll ("the number of wounded is
    not yet known", ``شمار زخمی‌ها هنوز روشن نیست``): no count of its own (bounded).

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("Three soldiers were killed; the number of wounded is unknown").folded)
    (3, None)
    """
    return _TOLL_NOUN_BEFORE.search(folded, max(0, pos - 16), pos) is not None


def _casualty(folded: str, after: re.Pattern[str], before: re.Pattern[str]) -> int | None:
    if _NAMED_GATE.search(folded):
        named = _one_named_and_companions(folded, after, before)
        if named is not None:
            return named
    for m in before.finditer(folded):
        if _toll_noun(folded, m.start()):
            continue
        noun = after.match(folded, m.start())
        if noun is not None and noun.end() > m.end():
            continue  # the longer verbal noun (``کشته شدن دو``): its number follows it
        value = _number_before(folded, m.start(), _BEFORE_REACH)
        if value is None:
            joined = _one_joined_before(folded, m.start())
            if joined is not None:
                return joined
        one = _TOGETHER_ONE.search(folded, max(0, m.start() - 40), m.start())
        if value is None and one is not None:
            # ``یکی از فرماندهان به همراه محافظش کشته شد``: the one named and his companion
            return (_subject_count(folded, one.start()) or 1) + 1
        whole = _including_before(folded, m.start(), value or 1)
        if whole is not None:
            return whole  # "nine people, including a US soldier, were wounded": nine
        if value is not None:
            if _TOGETHER.search(folded, max(0, m.start() - 40), m.start()):
                return value + 1  # "X را به همراه دو نفر دیگر کشت": X and two others
            return value + _coordinated(folded, m.start())
    for m in after.finditer(folded):
        verb = before.match(folded, m.start())
        if verb is not None and verb.end() > m.end():
            continue  # the longer verb after its subject (``به شهادت رسید``): no number after
        value = _number_after(folded, m.end(), _AFTER_REACH)
        if value is not None:
            return value + (_companions(folded, m.end()) or _coordinated_after(folded, m.end()))
    for m in (*before.finditer(folded), *after.finditer(folded)):
        if _toll_noun(folded, m.start()):
            continue
        subject = _subject_just_before(_tokens_before(folded, m.start(), 6))
        if subject is not None:
            return subject  # "one of its members was killed", ``أحد عناصره قتل``
    for m in before.finditer(folded):  # the subject far before a verb at the clause end
        if _vague_before(folded, m.start()) or _toll_noun(folded, m.start()):
            continue  # "three were killed and dozens wounded": the three are not the wounded
        value = _subject_count(folded, m.start())
        if value is not None:
            return value
    return None


#: the companion phrases the rules below share (folded regex pieces): "together with" in
#: English and Persian, one companion named by a possessive (Arabic ``مرافقه``, ``حارسه``,
#: ``مساعده``, ``سائقه``; Persian ``همراهش``, ``محافظش``, ``راننده‌اش``, ``دستیارش``, maybe
#: after ``یک``), and "… and N others" in Persian (``و دو نفر دیگر``, ``به همراه دو تن دیگر``)
_ALONG_WITH_EN = "along with|together with"
_ALONG_WITH_FA = "به همراه|همراه با"
_HIS_ONE_AR = "(?:مرافقه|حارسه|مساعده|سايقه)"
_HIS_ONE_FA = "(?:يك )?(?:همراهش|محافظش|رانندهاش|دستيارش)"


def _others_fa(group: str) -> str:
    """The Persian "… and N others" piece, N captured as ``group``."""
    return rf"(?:و|{_ALONG_WITH_FA}) (?P<{group}>\w+) (?:تن|نفر) ديگر"


#: companions joined to one person named by name or title, no number ("Abu Taqwa and one
#: companion", "… and one of his aides", ``ومرافق له``, ``وأحد مرافقيه``, ``و یک همراهش``,
#: ``و یکی از محافظانش``): the one named and how many more (folded; ``n`` their number)
_NAMED_COMPANIONS = re.compile(
    rf"(?<!\w)(?:(?:and|{_ALONG_WITH_EN}|with) "
    r"(?:(?P<en>(?!his |her )\w+) (?:of (?:his|their) )?"
    r"|(?:his|her) )(?:companions?|aides?|guards?|bodyguards?|drivers?|assistants?|deputy)"
    r"|و(?:(?P<ar>\w+) من |احد |اثنين من |اثنان من )?(?:مرافقيه|مرافقاه|مرافقه|مرافق له"
    r"|مرافقين له|حراسه|حارسه|حارس له|سايقه|مساعده|مساعديه)"
    r"|(?:برفقه|مع) (?:(?P<ar3>\w+) من |احد )?(?:مرافقيه|مرافقه|حارسه|حراسه|سايقه|مساعده"
    r"|مساعديه)"
    rf"|(?:و|{_ALONG_WITH_FA}) (?:(?P<fa>\w+) (?:تن |نفر )?از |يكي از )?"
    r"(?:يك )?(?:همراهش|همراهانش|محافظش|محافظانش|رانندهاش|راننده اش|دستيارش)"
    # "… and two others", ``واثنان آخران``, ``و دو نفر دیگر``: others counted
    rf"|(?:and|{_ALONG_WITH_EN}) (?P<en2>(?!his |her )\w+) (?:others|other people)"
    r"|و(?P<ar4>\w+) (?:اخرين|اخران|اخرون|اشخاص اخرين)"
    rf"|{_others_fa('fa3')})(?!\w)"
)
#: a word each :data:`_NAMED_COMPANIONS` phrase holds (a gate: one search per sentence)
_NAMED_GATE = re.compile(
    r"companion|aide|guard|driver|assistant|deputy|مرافق|حارس|حراس|سايق"
    r"|مساعد|همراه|محافظ|راننده|دستيار|others|other people|اخرين|اخران|اخرون|ديگر"
)
#: the words a companion phrase may stand from the casualty word it joins (characters)
_NAMED_REACH = 60


def _one_named_and_companions(
    folded: str, after: re.Pattern[str], before: re.Pattern[str]
) -> int | None:
    """One person named with no number (a name, a title) and companions joined to them:
    the casualty verb before ("the strike killed Abu Taqwa and one companion", ``قتل أبو
    تقوى ومرافق له``) or after ("Abu Taqwa, a Nujaba commander, and one of his aides were
    killed", ``ابوتقوی، از فرماندهان نجباء، و یک همراهش کشته شدند``). Companions in the
    plural with no number say no figure.

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("the strike killed Abu Taqwa and one companion").folded)
    (2, None)
    >>> casualties(fold_text("Abu Taqwa and two of his aides were killed").folded)
    (3, None)
    >>> casualties(fold_text("ابوتقوی و یک همراهش کشته شدند").folded)
    (2, None)
    >>> casualties(fold_text("Abu Taqwa and his aides were killed").folded)
    (None, None)
    >>> casualties(fold_text("a drone hit his car, killing him, the commander Abu Ali and "
    ...                      "two others").folded)
    (4, None)
    """
    for m in after.finditer(folded):
        c = _NAMED_COMPANIONS.search(folded, m.end(), m.end() + 2 * _NAMED_REACH)
        named = _TOKEN.findall(folded, m.end(), c.start()) if c is not None else []
        if (
            c is not None
            # (someone named between, for "others": "killed and two others were hurt" not)
            and (named or not (c.group("en2") or c.group("ar4") or c.group("fa3")))
            and not _others_after_a_toll(folded, c, m.end())
            and not _PHRASE_BREAK.search(folded, m.end(), c.start())
            and not _counted(named)
            and not any(_lexicon().wounded_before.fullmatch(t) for t in named)
        ):
            return _plus_the_one_beside(_with_companions(c), folded, m.end(), c.start())
    for m in before.finditer(folded):
        start = max(0, m.start() - _NAMED_REACH)
        last = None
        for c in _NAMED_COMPANIONS.finditer(folded, start, m.start()):
            last = c
        if (
            last is not None
            and not _others_after_a_toll(folded, last, 0)
            and _AUXILIARY_ONLY.fullmatch(folded, last.end(), m.start())
            and not _another_group(_TOKEN.findall(folded, last.end(), m.start()))
            and not _counted(_tokens_before(folded, last.start(), _BEFORE_REACH + 1))
        ):
            start = max(0, last.start() - _NAMED_REACH)
            return _plus_the_one_beside(_with_companions(last), folded, start, last.start())
    return None


#: "with" before the one named ("Soleimani was killed with al-Muhandis and eight others",
#: ``قتل سليماني مع المهندس وثمانية آخرين``, ``سلیمانی به همراه المهندس و هشت نفر دیگر
#: کشته شد``): the one it goes with is a casualty too (folded)
_WITH_NAMED = re.compile(rf"(?<!\w)(?:{_ALONG_WITH_EN}|with|مع|برفقه|{_ALONG_WITH_FA})(?!\w)")


def _plus_the_one_beside(value: int | None, folded: str, start: int, end: int) -> int | None:
    """``value`` (the one named and companions) plus the one killed beside them, told
    between ``start`` and ``end``: the one "with" whom they were killed (no number, no
    clause break between), or the pronoun before them ("killing him, X and eight others").

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("Soleimani was killed with Abu Mahdi and eight others").folded)
    (10, None)
    >>> casualties(fold_text("the strike killed Abu Mahdi and eight others").folded)
    (9, None)
    >>> casualties(fold_text("a drone hit his car, killing him, Abu Ali and two others").folded)
    (4, None)
    """
    if value is None:
        return None
    named = _TOKEN.findall(folded, start, end)
    if named[:1] in (["him"], ["her"]) and len(named) > 2:
        return value + 1
    w = None
    for found in _WITH_NAMED.finditer(folded, start, end):
        w = found  # (the last "with" before the one named)
    if w is None or _PHRASE_BREAK.search(folded, w.end(), end):
        return value
    if _counted(_TOKEN.findall(folded, w.end(), end)):
        return value  # "with two rockets and …": a count, not one named
    return value + 1


def _another_group(tokens: list[str]) -> bool:
    """Whether the words between companions and the verb after them start another group or
    verb (a number, "and": ``و یکی از همراهانش کشته و چند نفر زخمی شدند``)."""
    lex = _lexicon()
    return _counted(tokens) or any(
        t in ("and", "و", "چند", "several", "عدد")
        or lex.killed_before.fullmatch(t)
        or lex.wounded_before.fullmatch(t)
        for t in tokens
    )


def _counted(tokens: list[str]) -> bool:
    """Whether ``tokens`` hold a number other than "a" / "an" (a count of the first group:
    "three fighters and one aide": not one person named)."""
    return any(t not in ("a", "an") and number_at(t) is not None for t in tokens)


#: what may stand between companions named before a verb and the verb: auxiliaries
#: ("were", ``نیز``) and a few words of a verb-final clause (``در این حمله``), no mark
_AUXILIARY_ONLY = re.compile(r"\s*(?:[^\W\d][^\s\d]*\s+){0,4}")
#: a clause break between a casualty verb and the companions after it
_PHRASE_BREAK = re.compile(r"[.;؛!?]|(?<!\w)(?:while|but|after|when|بعد|فيما|پس از|هنگامي)(?!\w)")


#: how far before "N others" the toll they are besides may stand (characters; bounded)
_OTHERS_REACH = 200


def _others_after_a_toll(folded: str, c: re.Match[str], start: int) -> bool:
    """Whether ``c`` counts "N others" after a casualty word ("three were killed and 34
    others wounded", ``… کشته شدند و ۳۴ نفر دیگر زخمی``): the others are besides the ones
    counted before, not the one named with them; ``start``: where to look from)."""
    if not (c.group("en2") or c.group("ar4") or c.group("fa3")):
        return False
    lex = _lexicon()
    head = folded[max(start, c.start() - _OTHERS_REACH) : c.start()]
    return any(
        rule.search(head) is not None
        for rule in (lex.killed_before, lex.wounded_before, lex.killed_after, lex.wounded_after)
    )


def _with_companions(c: re.Match[str]) -> int | None:
    """1 (the one named) + the companions :data:`_NAMED_COMPANIONS` matched (``None`` for
    companions in the plural with no number)."""
    word = (
        c.group("en")
        or c.group("ar")
        or c.group("ar3")
        or c.group("fa")
        or c.group("en2")
        or c.group("ar4")
        or c.group("fa3")
    )
    phrase = c.group()
    if word is not None:
        n = 1 if word in ("يكي", "احد", "one") else number_at(word)  # "one of his aides"
        return 1 + n if n is not None and 0 < n < 100 else None
    if any(x in phrase for x in ("مرافقاه", "اثنين من", "اثنان من")):
        return 3
    if phrase.endswith(("companions", "aides", "guards", "bodyguards", "drivers", "assistants")):
        return None
    if any(x in phrase for x in ("مرافقيه", "مساعديه", "مرافقين له", "همراهانش", "محافظانش")):
        return 2 if any(x in phrase for x in ("احد ", "يكي از")) else None
    return 2


#: "together with N others" right before the casualty verb (``به همراه دو نفر دیگر``,
#: "along with two others", ``برفقة اثنين آخرين``): the one named first and the N
_TOGETHER = re.compile(
    rf"(?<!\w)(?:{_ALONG_WITH_FA}|{_ALONG_WITH_EN}|برفقه) \w+ (?:(?:نفر|تن) )?"
    r"(?:ديگر|others|اخرين)\s*$"
)
#: "together with his companion" right before a verb at the clause end (``به همراه
#: محافظش``, ``همراه با یک همراهش``): the one named first and one more (folded)
_TOGETHER_ONE = re.compile(rf"(?<!\w)(?:{_ALONG_WITH_FA}) {_HIS_ONE_FA} (?:(?:نيز|هم) )?$")
#: "… and two of his guards", ``واثنين من مرافقيه``, ``و دو تن از محافظانش``: more people
#: named after the first casualty
_COMPANIONS = re.compile(
    rf"(?<!\w)(?:(?:and|{_ALONG_WITH_EN}) (?P<en>(?!his |her )\w+) "
    r"(?:of (?:his|their) |other |more )?"
    r"(?:guards|bodyguards"
    r"|companions|aides|associates|fighters|members|others|people|member|fighter|guard|aide"
    r"|associate|person|men|companion|bodyguard)"
    r"|و(?P<ar>\w+) (?:من|اخرين من) (?:مرافقي|حراس|حراسه|عناصر|رفاق|مساعدي)"
    r"|و (?P<fa>\w+) (?:تن|نفر) از (?:محافظان|همراهان|نيروهاي|اعضاي|افراد)"
    # "… and two others" (``به همراه دو نفر دیگر``), the dual companions (``ومرافقاه``)
    f"|{_others_fa('fa2')}"
    r"|(?P<ar2>و(?:مرافقيه|مرافقاه|حارسيه|حارساه|مساعديه))(?!\w)"
    # one companion: ``ومرافقه``, ``وحارسه``, "… و همراهش"; "along with his driver",
    # ``برفقة سائقه``, ``به همراه محافظش`` (the companion named by a possessive; the
    # pattern reads folded text, ``ئ`` as ``ي``)
    rf"|(?P<one>و{_HIS_ONE_AR}|و همراهش|و محافظش|و رانندهاش"
    rf"|(?:{_ALONG_WITH_EN}|and) (?:his|her) (?:driver|bodyguard|guard|aide"
    r"|companion|deputy|assistant)"
    rf"|(?:برفقه|مع) {_HIS_ONE_AR}"
    rf"|(?:{_ALONG_WITH_FA}) {_HIS_ONE_FA})(?!\w))"
)
#: a comma between the counted and the companions: they name the ones counted
_APPOSITION = re.compile(r"[,،]")
#: how far after the first casualty the companions may be named (characters)
_COMPANION_REACH = 80


def _companions(folded: str, pos: int) -> int:
    """How many more people the casualty phrase at ``pos`` adds ("… and two of his guards").

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("the strike killed a commander and two of his guards").folded)
    (3, None)
    """
    m = _COMPANIONS.search(folded, pos, pos + _COMPANION_REACH)
    if m is None:
        return 0
    if _APPOSITION.search(folded, pos, m.start()):
        return 0  # "killed two people, a commander and one of his aides": the two named
    if m.group("ar2"):
        return 2  # the dual: "his two companions"
    if m.group("one"):
        return 1  # "and his companion"
    value = number_at(m.group("en") or m.group("ar") or m.group("fa") or m.group("fa2"))
    return value if value is not None and 0 < value < 100 else 0


#: a part of a group counted before it ("nine people, including a US soldier",
#: ``۹ نفر از جمله یک نظامی``, ``تسعة أشخاص بينهم جندي``): folded
_INCLUDING = re.compile(
    r"(?<!\w)(?:including|among them|among whom|از جمله|من جمله|من بينهم|بينهم|بينهما)(?!\w)"
)
#: how far before a casualty word :data:`_INCLUDING` may stand (characters)
_INCLUDING_REACH = 50


def _including_before(folded: str, pos: int, value: int) -> int | None:
    """The number of the whole group when the one just before the casualty word at
    ``pos`` (``value``) counts a part of it named after "including" (``None``: none).

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("nine people, including a US soldier, were wounded").folded)
    (None, 9)
    >>> casualties(fold_text("۹ نفر از جمله دو نظامی آمریکایی زخمی شدند").folded)
    (None, 9)
    >>> casualties(fold_text("two US soldiers were wounded, including one badly").folded)
    (None, 2)
    """
    start = max(0, pos - _INCLUDING_REACH)
    cue = None
    for found in _INCLUDING.finditer(folded, start, pos):
        cue = found  # (the last before the casualty word)
    if cue is None or re.search(r"[.;؛!?]", folded[cue.end() : pos]):
        return None
    whole = _number_before(folded, cue.start(), _BEFORE_REACH)
    return whole if whole is not None and whole >= value else None


def _one_joined_before(folded: str, pos: int) -> int | None:
    """One person ("a", "one", ``یک``) with a people noun just before ``pos``, joined by
    "and" to a counted group before it ("two soldiers and a British servicewoman were
    hurt", ``دو سرباز و یک نظامی انگلیسی زخمی شدند``): 1 + the group's number.

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("two US soldiers and a British servicewoman were hurt").folded)
    (None, 3)
    >>> casualties(fold_text("a British servicewoman was hurt").folded)
    (None, 1)
    """
    tokens = _tokens_before(folded, pos, 2 * _BEFORE_REACH + 2)
    people = _lexicon().people
    for i, token in enumerate(tokens[:_BEFORE_REACH]):
        if token in _ONE and token != "واحد":
            noun = tokens[:i]
            if not noun or not any(t in people or t in _SINGULAR_PEOPLE for t in noun):
                return None
            if tokens[i + 1 : i + 2] not in (["and"], ["و"]):
                return None
            rest = tokens[i + 2 : i + 4 + _BEFORE_REACH]
            lex = _lexicon()
            for k, word in enumerate(rest):
                if lex.killed_before.fullmatch(word) or lex.wounded_before.fullmatch(word):
                    return None  # ``دو سرباز زخمی و یک نظامی کشته شد``: a verb of its own
                value = number_at(word) if word not in _ONE else None
                if value is not None:
                    ok = any(t in people for t in rest[:k]) and 0 < value < 1000
                    return 1 + value if ok else None
            return None
        if not token.isalpha() or token in _PHRASE_STOPS:
            return None
    return None


#: the last word of a Persian verb of several words (``به شهادت رسیدند``, ``جان باختند``,
#: ``کشته شدند``): a clause ends there, the group before it has its own verb
_VERB_ENDS = frozenset(
    fold_word(w) for w in ("رسیدند", "رسید", "باختند", "باخت", "شدند", "شد", "کردند", "کرد")
)


def _coordinated(folded: str, pos: int) -> int:
    """The number of a first group joined by "and" to the one counted before ``pos``.

    ("Five soldiers and two contractors were hurt": five more; ``سه سرباز و دو پیمانکار``.)

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("five US troops and two contractors were injured").folded)
    (None, 7)
    >>> casualties(fold_text("two rockets hit the base and two soldiers were injured").folded)
    (None, 2)
    >>> casualties(fold_text("دو نفر به شهادت رسیدند و ۸ نفر زخمی شدند").folded)
    (2, 8)
    """
    tokens = _tokens_before(folded, pos, 2 * _BEFORE_REACH + 2)
    people = _lexicon().people
    n = next((k for k, t in enumerate(tokens[:_BEFORE_REACH]) if number_at(t) is not None), None)
    if n is None or n + 1 >= len(tokens) or tokens[n + 1] not in ("and", "و"):
        return 0
    rest = tokens[n + 2 : n + 4 + _BEFORE_REACH]  # "five U.S. service members and …"
    lex = _lexicon()
    for k, token in enumerate(rest):
        if (
            lex.killed_before.fullmatch(token)
            or lex.wounded_before.fullmatch(token)
            or token in _VERB_ENDS
        ):
            return 0  # "five were killed and seven wounded": the first group has its own verb
        value = number_at(token) if token not in _ONE else None
        if value is not None:
            return value if any(t in people for t in rest[:k]) and value < 1000 else 0
    return 0


def _coordinated_after(folded: str, pos: int) -> int:
    """The number of a second group joined by "and" to the one counted after ``pos``.

    The mirror of :func:`_coordinated` for a verb before its objects ("injuring five
    troops and two contractors", ``إصابة خمسة جنود وثلاثة متعاقدين``): the second group
    counts too, unless a verb of its own follows it ("… and two soldiers were wounded").

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("rockets hit, injuring five US troops and two contractors").folded)
    (None, 7)
    >>> casualties(fold_text("killing two militants and a civilian").folded)
    (3, None)
    >>> casualties(fold_text("wounding five service members and a second contractor").folded)
    (None, 6)
    >>> text = fold_text("the raid killed two fighters and three soldiers were hurt").folded
    >>> casualties(text, present=("killed",))
    (2, None)
    """
    tokens = _tokens_after(folded, pos, _AFTER_REACH + 8)
    lex = _lexicon()
    n = next(
        (
            k
            for k, t in enumerate(tokens[:_AFTER_REACH])
            if number_at(t) is not None or t in lex.people_duals or t in lex.people_one
        ),
        None,
    )
    if n is None:
        return 0
    if number_at(tokens[n]) is None or tokens[n] in lex.people_duals:
        # an Arabic dual or singular noun, no number word (``أصيب جنديان أمريكيان وجندي
        # عراقي``): the groups joined to it by ``و``
        run = _arabic_run(tokens, n)
        return run[0] - _arabic_group(tokens, n)[0] if run is not None else 0
    k = _people_group(tokens, n + 1)
    if k < len(tokens) and tokens[k].startswith("و") and number_at(tokens[k]) is None:
        run = _arabic_run(tokens, k, joined=True)
        if run is not None:
            return run[0]  # ``إصابة خمسة عسكريين ومتعاقدين اثنين``: the second group
    if k == n + 1 or k >= len(tokens):
        return 0  # no people noun after the first number
    token = tokens[k]
    if token in ("and", "و") and k + 1 < len(tokens):
        k, token = k + 1, tokens[k + 1]
    elif not (token.startswith("و") and number_at(token) is not None and k > n + 1):
        return 0  # Arabic joins "and" to the number: ``وثلاثه``
    value = 1 if token in ("a", "an", "another") else number_at(token)  # "… and a civilian"
    if token in ("a", "an") and k + 2 < len(tokens) and tokens[k + 1] in _ORDINALS:
        k += 1  # "… and a second contractor": one more, told by its rank
    end = _people_group(tokens, k + 1)
    if value is None or end == k + 1 or not 0 < value < 1000:
        return 0
    if not any(t in lex.people or t in _SINGULAR_PEOPLE for t in tokens[k + 1 : end]):
        return 0
    verb = tokens[end : end + 2]
    if any(lex.killed_before.fullmatch(t) or lex.wounded_before.fullmatch(t) for t in verb):
        return 0  # "… and 12 people were wounded": the second group has its own verb
    return value


#: ranks of one more person after "a" ("five troops and a second contractor")
_ORDINALS = frozenset(("second", "third", "fourth", "fifth"))


def _nisba(token: str) -> bool:
    """Whether ``token`` is an Arabic adjective of origin after its noun (``أمريكيان``,
    ``بريطانية``, ``عراقي``: folded), or a modifier of :data:`_MODIFIERS`."""
    lex = _lexicon()
    nouns = (lex.people, lex.people_one, lex.people_duals)
    if any(token in x or (token[:1] == "و" and token[1:] in x) for x in nouns):
        return False  # a people noun, maybe joined by ``و``: another group
    return token in _MODIFIERS or (
        len(token) > 4
        and token.endswith(("ي", "يه", "يان", "يين", "يون", "يتان", "يتين"))
        and number_at(token) is None
    )


def _arabic_group(tokens: list[str], k: int) -> tuple[int, int]:
    """One Arabic people group at ``tokens[k]`` (text order): a dual noun (2), a singular
    one (1) or a plural noun, its adjectives of origin and a number word after them
    (``متعاقدين اثنين``: 2). Returns (how many, the end); (0, k) when none stands there."""
    lex = _lexicon()
    noun = tokens[k] if k < len(tokens) else ""
    if noun in lex.people_duals:
        value = 2
    elif noun in lex.people_one:
        value = 1
    elif noun in lex.people and noun.isalpha():
        value = 0  # (a plural: only a number word after it counts it)
    else:
        return 0, k
    end = k + 1
    while end < len(tokens) and end - k <= 3 and _nisba(tokens[end]):
        end += 1
    after = number_at(tokens[end]) if end < len(tokens) else None
    if after is not None and tokens[end] not in _ONE and 0 < after < 1000:
        return after, end + 1  # ``متعاقدين اثنين``, ``جندي واحد``
    return (value, end) if value else (0, k)


def _arabic_run(tokens: list[str], k: int, *, joined: bool = False) -> tuple[int, int] | None:
    """Arabic people groups joined by ``و`` from ``tokens[k]`` (text order): ``جنديان
    أمريكيان ومجندة بريطانية`` (3), ``خمسة … ومتعاقدين اثنين``. ``joined``: ``tokens[k]``
    is the first joined group itself (``و`` glued to it). Returns (how many, the end), or
    ``None`` when no group is joined, or the last group has a casualty verb of its own.

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("أصيب جنديان أمريكيان ومجنّدة بريطانية").folded)
    (None, 3)
    >>> casualties(fold_text("أصيب جنديان أمريكيان وقتل جندي عراقي").folded)
    (1, 2)
    """
    total, end, groups = 0, k, 0
    if not joined:
        total, end = _arabic_group(tokens, k)
        if not total:
            return None
    while end < len(tokens) and tokens[end].startswith("و") and len(tokens[end]) > 3:
        rest = [tokens[end][1:], *tokens[end + 1 :]]
        value, stop = _arabic_group(rest, 0)
        if not value:
            break
        total, end, groups = total + value, end + stop, groups + 1
    if not groups:
        return None
    lex = _lexicon()
    verb = [t for t in tokens[end : end + 1] if t != "بجروح"]  # (``أصيب … بجروح``: the verb's)
    if any(lex.killed_before.fullmatch(t) or lex.wounded_before.fullmatch(t) for t in verb):
        return None  # ``… وجندي أصيب``: that group has its own verb
    return total, end


def _people_group(tokens: list[str], start: int) -> int:
    """The end of the people noun and its modifiers from ``start`` (``start`` when none)."""
    k = start
    while k < len(tokens) and k - start < 4:
        t = tokens[k]
        if t in _lexicon().people or t in _SINGULAR_PEOPLE or t in _MODIFIERS:
            k += 1
        else:
            break
    if not any(t in _lexicon().people or t in _SINGULAR_PEOPLE for t in tokens[start:k]):
        return start
    return k


#: the Persian counters of people before a partitive ``از`` (``یک نفر از …``, ``سه تن از …``)
_HEADS = frozenset((fold_word("نفر"), fold_word("تن")))


def _subject_count(folded: str, pos: int) -> int | None:
    """The nearest "number + people noun" before ``pos`` (``دو سرباز آمریکایی … زخمی``).

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("دو سرباز آمریکایی در حمله روز یکشنبه به پایگاه زخمی شدند").folded)
    (None, 2)
    """
    tokens = _tokens_before(folded, pos, _OBJECT_REACH)
    people = _lexicon().people
    for i in range(len(tokens) - 1):
        # past the subject's reach, only the object marked by را (``پنج شبه‌نظامی را
        # که … هدف قرار داده و کشته‌اند``): a relative clause may stand between
        noun = tokens[i] in people or (i <= 2 and tokens[i] in _SINGULAR_PEOPLE)
        if noun and (i < _SUBJECT_REACH or (i > 0 and tokens[i - 1] == "را")):
            j = i + 1
            if j + 1 < len(tokens) and tokens[j] in people and i >= _SUBJECT_REACH:
                j += 1  # a two-word noun: ``شبه نظامی``
            # "three American service members were wounded": modifiers before the noun
            while (
                j + 1 < len(tokens)
                and j - i <= 2
                and (tokens[j] in _MODIFIERS or tokens[j] in people)
            ):
                j += 1
            if tokens[j : j + 2] in (["its", "of"], ["their", "of"], ["his", "of"]):
                j += 2  # "eight of its members were killed"
            elif i <= 3 and tokens[j + 1 : j + 3] == ["the", "of"] and tokens[j] not in people:
                j += 3  # "one of the PMF fighters was killed": one word naming the force
                if j < len(tokens) and tokens[j] in _ONE_WORD:
                    return 1
            elif i <= 3 and tokens[j : j + 2] == ["the", "of"]:
                j += 2  # "seven of the fighters were killed"
                if j < len(tokens) and tokens[j] in _ONE_WORD:
                    return 1
            if tokens[j : j + 1] == ["از"] and j + 2 < len(tokens) and tokens[j + 1] in _HEADS:
                # the people counted as a part of a force (``یک نفر از نیروهای حشد به شهادت
                # رسید``, ``هفت تن از رزمندگان … کشته شدند``): the part's number
                if tokens[j + 2] in _ONE_WORD:
                    return 1
                j += 2
            value = number_at(tokens[j]) if j < len(tokens) else None
            if value is not None and tokens[j] not in _ONE and value < 1000:
                return value
            if tokens[j] in _ONE and i <= 2 and tokens[i] in _SINGULAR_PEOPLE:
                return 1  # "a US soldier was wounded", ``یک سرباز آمریکایی زخمی شد``
            if i <= 2 and tokens[i] in _SINGULAR_PEOPLE and _one_before_noun(tokens, i):
                return 1  # "one militia member was killed", "one police officer was hurt"
    return None


#: the auxiliaries between a subject and its passive casualty verb ("was", "had been",
#: ``قد``), passed over when reading the subject just before the verb
_AUXILIARIES = frozenset({"was", "were", "had", "has", "been", "have", "قد"})


def _subject_just_before(tokens: list[str]) -> int | None:
    """How many people the subject just before a casualty verb names, when it is one of a
    group or a dual with no number word (``tokens``: nearest first, auxiliaries skipped).

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("one of its members was killed and two were hurt").folded)
    (1, 2)
    >>> casualties(fold_text("جنديان أمريكيان أصيبا").folded)
    (None, 2)
    """
    t = [x for x in tokens if x not in _AUXILIARIES]
    lex = _lexicon()
    text = t[:8][::-1]  # (text order, the verb just after the last)
    for start in range(len(text)):
        run = _arabic_run(text, start)
        if run is not None and run[1] == len(text):
            return run[0]  # ``جنديان أمريكيان ومجندة بريطانية أصيبوا``: the groups joined
    if any(x in lex.people_duals for x in t[:2]):
        return 2  # ``جنديان أمريكيان أصيبا``
    return 1 if _one_of_them_before(tokens) else None


def _one_of_them_before(tokens: list[str]) -> bool:
    """Whether ``tokens`` (nearest first) end on "one of its members" (``أحد عناصره``) or
    one person (``عنصراً عراقياً واحداً``) just before the casualty verb."""
    t = [x for x in tokens if x not in _AUXILIARIES]
    if t[:2] == ["الاقل", "علي"]:
        t = t[2:]  # ``عنصرا واحدا على الأقل أصيب``
    people = _lexicon().people
    if len(t) >= 2 and t[1] in ("احد", "احدي") and _unpossessed(t[0]) in people:
        return True
    if (
        t[:1]
        and t[0] in ("واحدا", "واحد", "واحده")
        and any(
            x in people or x in _SINGULAR_PEOPLE or x.removesuffix("ا") in _SINGULAR_PEOPLE
            for x in t[1:3]
        )
    ):
        return True  # ``عنصراً عراقياً واحداً أصيب``: one person, the verb after
    if _one_said_before(t):
        return True
    return (
        len(t) >= 4
        and t[0] in people
        and t[1] in ("its", "his", "their", "the")
        and t[2] == "of"
        and t[3] == "one"
    )


#: one person in the accusative, as "that" (``إنّ``) puts its subject (``عنصراً``)
_ONE_ACCUSATIVE = frozenset(x for x in _PEOPLE_ONE if x.endswith("ا") and not x.startswith("ال"))
#: how many words of its side (``من قوات سوريا الديمقراطية``) may follow that person
_ONE_SIDE_REACH = 4


def _one_said_before(t: list[str]) -> bool:
    """Whether ``t`` (nearest first, before the casualty verb) ends on one person told as
    the subject of "that" (``قال المرصد إن عنصراً أصيب``, ``إن عنصراً من قوات X أصيب``):
    the accusative singular after ``إن``/``أن`` is one. Not a plural (``إن عناصر أصيبوا``).

    >>> _one_said_before(["عنصرا", "ان", "المرصد", "قال"])
    True
    >>> _one_said_before(["الديمقراطيه", "سوريا", "قوات", "من", "عنصرا", "ان"])
    True
    >>> _one_said_before(["عناصر", "ان"])
    False
    """
    side = next((k for k in range(min(len(t), _ONE_SIDE_REACH + 1)) if t[k] == "من"), -1)
    k = side + 1 if side > 0 else 0
    return len(t) > k + 1 and t[k] in _ONE_ACCUSATIVE and t[k + 1] in ("ان", "بان")


def _unpossessed(token: str) -> str:
    """``token`` without an Arabic possessive suffix (``عناصره`` -> ``عناصر``)."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if token.endswith(suffix) and len(token) > len(suffix) + 2:
            return token[: -len(suffix)]
    return token


def _one_before_noun(tokens: list[str], i: int) -> bool:
    """Whether "one" stands before the singular people noun at ``tokens[i]`` with a noun
    modifier between ("one militia member", "one police officer"; nearest first).

    >>> from geoincidents.text.folding import fold_text
    >>> casualties(fold_text("One militia member was killed and 18 wounded").folded)
    (1, 18)
    """
    between = tokens[i + 1 : i + 3]
    for k, token in enumerate(between):
        if token in _ONE_WORD:
            return k > 0 and all(t.isalpha() and t not in _PHRASE_STOPS for t in between[:k])
    return False


#: words between a number and the people it counts ("three American service members")
_MODIFIERS = frozenset(
    fold_word(w)
    for w in (
        *("american", "us", "u.s.", "iraqi", "coalition", "british", "french", "syrian"),
        *("army", "military", "navy", "air", "force", "foreign"),
        *("service", "kurdish", "amerikan", "آمریکایی", "عراقی", "ائتلاف", "أمريكي"),
        *("أمريكيين", "أمريكيون", "عراقيين", "عراقي"),
    )
)
#: people nouns in the singular: "a soldier" is one (Persian keeps the singular after a number)
_SINGULAR_PEOPLE = frozenset(
    fold_word(w)
    for w in (
        *("soldier", "member", "contractor", "civilian", "fighter", "sailor", "marine"),
        *("servicewoman", "serviceman", "medic", "امدادگر", "مسعف"),
        *("militant", "commander", "person", "مسلح", "عنصر", "قيادي", "شبه‌نظامی", "فرمانده"),
        *("guard", "officer", "servicemember", "سرباز", "نظامی", "پیمانکار", "نیرو"),
        *("عضو",),
    )
)
