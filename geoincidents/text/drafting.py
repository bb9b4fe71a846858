"""Draft the incidents an article reports, for an analyst to review, correct and map.

:func:`draft_article` reads an article sentence by sentence (Arabic, Persian and
English) and drafts one :class:`DraftIncident` per struck site of each sentence that
reports an event:

- **who and what kind** (:mod:`geoincidents.text.actors`): a sentence where the United
  States or the coalition act (``US forces struck``, ``قصفت طائرات أمريكية``,
  ``جنگنده‌های آمریکایی``) drafts a ``retaliatory_strike`` (``preemptive_strike`` with
  "imminent threat", ``تهدید قریب‌الوقوع``, ``خطر وشيك``), never an ``attack``; an
  airstrike with no striker named is a strike too, with less confidence; an interception
  cue (shot down, ``رهگیری``, ``أسقطت``) drafts an ``interception``; an explosion with
  no weapon an ``explosion``; any other event an ``attack``. The group named (Kataib
  Hezbollah, ``الحشد الشعبي`` …) is the actor of an attack, and the targeted party of a
  strike.
- **where**: every place of the sentence but the origin (``from X``), the places of an
  "in response to X" clause (the event answered), a reporter's whereabouts
  (``correspondent in Aleppo``), a place that only locates the one before it
  (``Victory base by Baghdad airport``, ``قاعدة الشدادي جنوب الحسكة``), and areas
  when a site or a town is named; sites (bases, airports, fields) before towns. So a
  sentence listing several struck towns drafts one incident per town. A sentence naming
  only "the base" (``القاعدة``, ``این پایگاه``) takes the site named before it in the
  paragraph, and "the strikes" (``الغارات``, ``این حملات``) the striker of the sentence
  before, both with less confidence.
- **when** (:mod:`geoincidents.text.dates`): the sentence's own date; else a day
  relative to the event told before (``the same day``, ``روز قبل``, ``في اليوم نفسه``);
  else the date carried from earlier in the paragraph; else a date the next sentence
  gives when that sentence drafts nothing itself ("The strikes came on Tuesday"); else
  the publication date (precision ``week``). An event dated more than 60 days before
  publication, or in an earlier year, is history and drafts nothing.
- **how many** (:mod:`geoincidents.text.counts`): weapon, count (digits of any script,
  number words, Arabic duals), killed and wounded, from the sentence or the next one.
- **claim**: the group named with a claim word (``claimed``, ``تبنت``, ``مسئولیت``) in
  the sentence or a neighbour, or announcing the event in the sentence itself.
- **answers what**: a response cue (``in response``, ``ردا على``, ``در پاسخ به``)
  links a strike to the attack named in its clause or told before it (and an attack to
  a strike); with ``against`` incidents (an analyst's sheet) the clause's place is sought
  there too, and a draft matching a sheet row (kind class, target, date ±1 day) is
  marked as its duplicate.

Sentences with no event, context sentences (what a base hosts, an airport being
expanded, threats and warnings, denied reports, tallies of past events), events an analyst
of militia-vs-US incidents leaves out (ISIS's own attacks and strikes on it by Iraqi or
Kurdish forces, arrests and seizures with nothing launched, plots foiled, roads closed,
another side's account of where an event told happened; see :func:`_left_out_event`) and
history draft nothing; a reaction to an event ("Baghdad condemned the strike on X") drafts no place
already drafted; :attr:`DraftResult.skipped` says why for
every sentence with an event cue that drafted nothing. Drafts of one event told in
several sentences (same kind class, target and date, or the weapons named again at a
town or area around the site) are merged; so are a blast told first and the strike a
state owns later ("Hours later CENTCOM said it had carried out the strike"), and an
appended update (``Update:``, ``تحديث:``, ``به‌روزرسانی:``) and the story's event it
retells with a corrected day or toll. ``rule_confidence`` in
[0, 1] starts high and loses for each thing inferred rather than read (see
:func:`_confidence`; the evidence lists each loss); ``confidence`` is the chance an
analyst accepts the draft, learned from it (:mod:`geoincidents.text.draft_confidence`);
``evidence`` says where each value came from. Cost is linear in the text: each sentence
is folded and scanned once.

Examples
--------
>>> import datetime as dt
>>> from geoincidents.places.gazetteer import Gazetteer
>>> from geoincidents.places.model import Place
>>> base = Place("ain-al-asad", "Ain al-Asad Air Base", 33.8, 42.44, "air_base", "IQ",
...              2000, "example", aliases=("Ain al-Asad",))
>>> drafts = draft_incidents("Five rockets hit Ain al-Asad yesterday.",
...                          published=dt.date(2022, 1, 5), gazetteer=Gazetteer((base,)),
...                          include_geonames=False)
>>> d = drafts[0].incident
>>> d.kind, d.weapon, d.count, d.date.isoformat(), d.target.place_id
('attack', 'rocket', 5, '2022-01-04', 'ain-al-asad')
"""

from __future__ import annotations

import array
import bisect
import datetime as dt
import hashlib
import itertools
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from geoincidents.errors import GeoparseError
from geoincidents.incidents.model import STRIKE_KINDS, Incident, Location, Source
from geoincidents.incidents.rows import verdict_fields
from geoincidents.places.folding import APOSTROPHES
from geoincidents.places.gazetteer import haversine_m
from geoincidents.places.kinds import NOT_TARGET_KINDS, is_facility
from geoincidents.places.model import is_ambiguous
from geoincidents.text import actors, counts, draft_confidence
from geoincidents.text.context import AREA_KINDS, EXPLOSION_WORDS, Sentence
from geoincidents.text.datelines import find_dateline
from geoincidents.text.dates import (
    DateMention,
    EventRelative,
    find_dates,
    find_event_relative,
    parse_published,
)
from geoincidents.text.folding import FoldedText, fold_text, fold_word, word_alternation
from geoincidents.text.geoparse import ResolvedMention, geoparse

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer
    from geoincidents.places.model import Place

__all__ = [
    "Article",
    "DraftIncident",
    "DraftResult",
    "Skipped",
    "draft_article",
    "draft_file",
    "draft_incidents",
    "kind_class",
    "read_articles",
    "read_front_matter",
    "write_drafts_csv",
]

WEAPON_WORDS = counts.WEAPON_WORDS

#: the Arabic verbs of a blast ("depots exploded": ``انفجرت مخازن``, ``تفجرت``)
_BLAST_VERBS = ("انفجرت", "انفجر", "انفجرتا", "تفجرت", "تفجر")
_EVENT_WORDS = (
    *("attack", "attacks", "attacked", "strike", "strikes", "struck", "hit", "hits", "fired"),
    *("launched", "targeted", "targeting", "intercepted", "shot down", "explosion", "blast"),
    # the places struck named as such ("in Iraq the targets were around X", "one of the
    # targets was in X", ``أحد الأهداف كان في X``, ``یکی از اهداف در X بود``)
    *("the targets", "أحد الأهداف", "احد الاهداف", "یکی از اهداف", "یکی از هدف‌ها"),
    # a weapon stopped is an event too ("It was brought down outside the perimeter")
    *("brought down", "downed", "downing", "إسقاط", "اسقاط", "إسقاطها", "اسقاطها"),
    *("إسقاطهما", "اسقاطهما", "إسقاطه", "اسقاطه"),
    *(
        "exploded",
        "explosions",
        "blasts",
        "shelling",
        "shelled",
        "bombing",
        "bombed",
        "landed",
        "fell",
        "destroyed",
    ),
    *("killed", "حمله", "حملات", "شلیک", "پرتاب", "هدف", "اصابت", "رهگیری", "انفجار"),
    *("انفجاری", "انفجارها", "انفجارهای", "انفجارهایی", "انفجارات", "انفجاران", "انفجارين"),
    *("منفجر", "بمباران", "منهدم", "هجوم", "هجمات", "هجوما", "استهدف", "استهدفت", "استهداف"),
    *("أطلقت", "اطلقت", "إطلاق", "سقطت", "سقط", "قصف", "قصفت", "غارة", "غارات", "اعتراض"),
    *("أسقطت", "تفجير", "دوى", "تعرضت", "شنت", "دمرت", "لقصف", "لهجوم", "هاجم", "هاجمت"),
    *("ضربة", "ضربات", "الضربة", "بضربة", "ضربه", "raid", "raids", "مقتل", "shells"),
    # the Arabic indefinite accusative keeps its alif (``انفجاراً``, ``قصفاً``, ``استهدافاً``)
    *("انفجارا", "تفجيرا", "قصفا", "استهدافا", "اعتراضا"),
    # the dead told as the event ("killed", ``مقتل``): Persian and Arabic verbs too
    *("کشته", "کشته شدند", "كشته شدند", "قتل", "قتلوا", "قُتل", "قُتلوا"),
    # the Arabic duals of the verbs, two aircraft or two drones their subject (``طائرتين
    # من طراز إف-16 قصفتا``, ``مسيرتان استهدفتا``)
    *("قصفتا", "استهدفتا", "استهدفا", "هاجمتا", "هاجما", "أصابتا", "شنتا"),
    *("دمرتا", "أطلقتا", "اطلقتا", "أغارتا"),
    # the masculine plurals, men their subject (``مسلحين استهدفوا القاعدة``, ``هاجموا``)
    *("استهدفوا", "هاجموا", "قصفوا", "أطلقوا", "اطلقوا", "شنوا", "دمروا"),
    # (two weapons stopped: ``الطائرتين أُسقطتا``, ``اعتُرضتا``)
    *("أسقطتا", "اسقطتا", "اعترضتا"),
    # the Arabic verb of a blast (``انفجرت مخازن عتاد``, ``انفجر مستودع``)
    *_BLAST_VERBS,
    # an "air aggression", the Syrian and Iraqi state media's word for a raid (``شنّ طيران
    # … عدواناً جوياً على``, ``العدوان الجوي``)
    *("عدوانا جويا", "عدوان جوي", "العدوان الجوي", "عدوانًا جويًا"),
)
_INTERCEPT_WORDS = (
    *("intercepted", "intercept", "interception", "shot down", "downed", "foiled"),
    *("رهگیری", "خنثی", "اعتراض", "أسقطت", "اسقطت", "إسقاط", "إحباط", "احباط", "ساقط"),
    *("تصدت", "التصدي", "سرنگون", "brought down", "neutralized", "neutralised", "خنثی شد"),
    # the verbs in their forms (``اعترضت``, ``أسقطتها``, ``رهگیری کرد``), and repelling
    *("اعترضت", "اعترض", "تعترض", "يعترض", "اعترضتها", "اعترضها", "أسقط", "أسقطتها"),
    *("أسقطها", "تصدى", "يتصدى", "تصدت له", "اعتراضها", "سرنگون شد", "سرنگون کرد"),
    *("رهگیری شد", "رهگیری کرد", "رهگیری کردند", "منهدم شد", "intercepting", "repelled"),
    *("repulsed", "engaged by", "thwarted", "downing", "shooting down", "shot them down"),
    *("fought off", "fended off", "warded off"),
    # the object pronoun inside the phrasal verb ("shot it down", "brought them down")
    *("shot it down", "shot both down", "brought it down", "brought them down"),
    # foiled: ``أحبطت القوات هجوما``
    *("أحبطت", "احبطت", "أحبط", "احبط", "أفشلت", "افشلت"),
    # the verbal noun with its pronoun: ``وتم إسقاطها``, ``إسقاطهما``
    *("إسقاطها", "اسقاطها", "إسقاطهما", "اسقاطهما", "إسقاطه", "اسقاطه"),
    # the dual object on the verb: ``أسقطتهما``, ``اعترضتهما``
    *("أسقطتهما", "اسقطتهما", "أسقطهما", "اعترضتهما", "اعترضهما"),
    # the dual on the verb, active or passive: ``أُسقطتا``, ``اعتُرضتا``, ``أسقطا``
    *("أسقطتا", "اسقطتا", "أسقطا", "اعترضتا", "اعترضا"),
)
#: "imminent threat" and its kin, read as word prefixes (``قریب‌الوقوع``, ``تهدیدی قریب``);
#: self-defence ("acted in self-defence", ``دفاعا عن النفس``, ``در دفاع از خود``) is not
#: among them: it says why a strike was made, not that it came before any attack
_PREEMPTIVE = actors.fold_pattern(
    r"(?<!\w)(?:imminent threat|imminent attacks?|(?:ل|ب)?هجمات وشيكه|هجوم(?:ا)? وشيك"
    r"|حملات? قريب ?الوقوع|pre[- ]?emptive|posed a threat|تهديدي? قريب|پيش ?دستانه"
    r"|خطر(?:ا)? وشيك|تهديد(?:ا)? وشيك|استباقي|تهديد(?:ا)? مباشر|preparing to (?:launch|fire)"
    # "as they prepared to launch", "actively planning attacks", ``كانوا يخططون لشن هجمات``
    r"|prepared to (?:launch|fire)|actively planning|يخططون? (?:بنشاط )?لشن|در حال برنامه ?ريزي"
    r"|about to (?:launch|fire)|استعداده?م? ل|يستعدون|تستعد ل|آماده پرتاب|قصد پرتاب"
    r"|در حال آماده|(?:being )?readied|ready to (?:launch|fire)|poised to"
    r"|معده? ل|معده? لمهاجمه|پيشگيرانه"
    # trying to launch ("militants trying to launch drones", ``يحاولون إطلاق``, ``در تلاش
    # برای پرتاب``)
    r"|(?:trying|attempting|seeking) to (?:launch|fire)|(?:ي|ت)حاول(?:ون)? (?:ال)?اطلاق"
    r"|در تلاش براي (?:پرتاب|شليك)"
    # weapons being readied ("accused of readying drones", "preparing an attack drone",
    # ``يجهزون طائرة مسيرة``, ``در حال آماده‌سازی پهپاد``), and attacks being planned
    # ("actively involved in planning attacks", ``متورط بشكل فعال في التخطيط لهجمات``,
    # ``به طور فعال در برنامه‌ریزی حملات``): the present tense of a threat, not a past deed
    r"|(?:readying|preparing) (?!for )(?:\S+ ){0,3}?(?:drones?|rockets?|missiles?|launchers?)"
    r"(?!\w)|(?:readying|preparing) (?:(?:an?|new|more|further|fresh) )?attacks?(?!\w)"
    r"|يجهزون (?:\S+ ){0,2}?(?:طائر|صاروخ|صواريخ|مسير|منصه|منصات)"
    r"|يعدون ل(?:هجوم|شن|اطلاق)|اماده ?سازي (?:\S+ ){0,2}?(?:پهپاد|موشك|راكت|حمله)"
    r"|actively (?:\S+ ){0,3}?planning|(?:بنشاط|بشكل (?:فعال|نشط)) (?:\S+ ){0,2}?(?:في )?"
    r"(?:ال)?تخطيط|(?:فعالانه|به (?:طور|صورت) فعال) (?:\S+ ){0,2}?برنامه ?ريزي"
    # struck before it could be used ("before it could be used against its forces",
    # ``قبل استخدامها``, ``پیش از استفاده``)
    # attacks told as imminent, a word between ("to disrupt imminent attacks", ``هجمات
    # أخرى وشيكة``, ``حملات قریب‌الوقوع``)
    r"|(?:هجمات|هجوم|اعتداءات) (?:\S+ )?وشيك\w*"
    r"|(?:حملات|حمله|حمله هاي) (?:\S+ )?قريب ?الوقوع"
    r"|before (?:it|they) could be (?:used|launched|fired)|قبل استخدام\w*|قبل ان تستخدم"
    r"|پيش از (?:استفاده|به كارگيري|پرتاب)|قبل از (?:استفاده|پرتاب)"
    # no attack answered, said outright ("did not describe it as an answer to any
    # particular attack", ``لم يربطها بأي هجوم محدد``, ``به هیچ حمله مشخصی مرتبط ندانست``):
    # "any" with "particular" is only said in denial
    r"|(?:to|for|with) any (?:particular|specific|single|one) (?:attack|incident)"
    r"|باي (?:هجوم|اعتداء) (?:محدد|بعينه|معين)|على اي هجوم (?:محدد|بعينه|معين)"
    r"|(?:به|با) هيچ (?:حمله|حمله اي) (?:مشخصي|خاصي|معيني))"
)
#: the sentence is about a place, not an event there: drafted only with a weapon named
_CONTEXT = actors.fold_pattern(
    r"(?<!\w)(?:hosts|hosting|is home to|houses|stationed|expand|expansion|construction"
    # (an Arabic verb may carry its conjunction: ``وتضم القاعدة``, ``فيستضيف``)
    r"|renovat|[وف]?(?:تستضيف|يستضيف|تضم|يضم)|توسيع|توسعة|بناء|ميزبان|مستقر|توسعه|گسترش|ساخت"
    # a funeral for the dead ("mourners in X", ``تشييع … في X``, ``مراسم تشییع … در X``)
    r"|funeral|mourners|burial|تشييع|تشيع جنازه|خاكسپاري)"
)
#: a relative pronoun right before a word (``that houses``, ``التي تضم``, ``که میزبان``)
_RELATIVE_BEFORE = actors.fold_pattern(r"(?<!\w)(?:that|which|where|التي|الذي|كه)\s+$")
#: a forecast that attacks will grow ("analysts predict attacks on X will increase",
#: ``يتوقع محللون أن تتصاعد الهجمات على``, ``پیش‌بینی می‌کنند حملات به … افزایش یابد``):
#: the forecast verb, then the growth verb within the clause; nothing happened yet
_FORECAST_CUE = (
    r"(?:predict|forecast|expect)\w* (?:that )?(?:[^\s.,;]+ ){0,10}?(?:will|would|to)"
    r" (?:increase|rise|grow|intensify|escalate|mount)"
    r"|(?:[وف]?(?:يتوقع|تتوقع|توقع|يرجح|ترجح|رجح)\w{0,3}) (?:[^\s.،؛]+ ){0,10}?"
    r"(?:تزداد|يزداد|تتزايد|تتصاعد|يتصاعد|تتكثف|ترتفع|تتسع)"
    r"|(?:پیش بینی|انتظار) (?:\S+ ){0,14}?(?:افزایش|تشدید|گسترش) (?:یابد|یابند|پیدا کند|شود)"
)
_FORECAST = actors.fold_pattern(r"(?<!\w)(?:" + _FORECAST_CUE + ")")
#: threats and intent: nothing happened yet
_INTENT = actors.fold_pattern(
    r"(?<!\w)(?:threaten|vow|pledg|would respond|will respond|تهدد|هدد|توعد|يتوعد"
    r"|تهديد كرد|تهديد كردند|تهدید کرد|intend|intended to|قصد حمله|قصد داشت|قصد دارد"
    r"|يعتزم|تعتزم|ينوي|تنوي"
    # a warning of what will be done ("warned it would target", ``هشدار داد که اگر …``,
    # ``حذرت من أنها ستستهدف``) and the future of a strike verb
    r"|warned (?:that )?(?:it|they|the group|the militia)?\s?(?:would|will|could)"
    r"|(?:would|will) (?:target|strike|attack|hit|retaliate)|هشدار (?:داد|دادند|داده)"
    r"|(?:هدف|مورد حمله) قرار خواهند|خواهند داد|خواهد داد|خواهيم داد|حذر\w* من"
    r"|سوف (?:ن|ت|ي)\w+|ست(?:ستهدف|قصف|ضرب)|سن(?:ستهدف|قصف|ضرب)|سي(?:ستهدف|قصف|ضرب)"
    # the threat as a noun, of the attack it names ("the threat of a new attack on X",
    # ``التهديد بشن هجوم على``, ``تهدید گروه‌ها به حمله مجدد به``)
    r"|threats? (?:of|to) (?:\S+ ){0,2}(?:attack|strike)|(?:ال)?تهديد(?:ات)? ب(?:شن|استهداف|مهاجمه)"
    r"|تهديد (?:\S+ ){0,3}به حمله"
    # what a side may do, as speculation ("Washington may respond with strikes on X",
    # ``قد ترد بضربات في X``, ``ممکن است با حملاتی در X پاسخ دهد``)
    r"|(?:may|might|could) (?:\S+ ){0,2}?(?:respond|retaliate|strike back|hit back)"
    r"|قد (?:ت|ي)(?:رد|شن|لجا|وجه)|ربما (?:ت|ي)(?:رد|شن|لجا|وجه)"
    r"|ممكن است (?:\S+ ){0,10}?(?:پاسخ (?:دهد|دهند)|حمله كند|حمله كنند|بمباران كند)"
    r"|" + _FORECAST_CUE + ")"
)
#: the threat a strike's target posed, told as what it threatened ("fighters who were
#: preparing drones that threatened US troops", ``صواريخ كانت تهدد القوات الأمريكية``,
#: ``پهپادهایی که نیروهای آمریکایی را تهدید می‌کردند``): the reason for the strike, not a
#: threat of what is to come (the object is the forces or bases, not "to strike")
_THREAT_POSED = actors.fold_pattern(
    r"(?<!\w)(?:(?:that|which|who|whom) (?:\S+ ){0,2}?(?:threatened|threaten|threatens)"
    r" (?!to(?!\w))(?:\S+ ){0,3}?(?:troops|forces|personnel|bases|soldiers|service members"
    r"|interests)"
    r"|(?:(?:التي|الذي|الذين) )?(?:(?:كانت|كان|كانوا) )?(?:تهدد|يهدد|يهددون|هددت|هدد)"
    r" (?:\S+ )?(?:ال)?(?:قوات|جنود|قواعد|مصالح|افراد|سلامه)"
    r"|(?:نيروهاي|پايگاه ?هاي|سربازان|منافع)(?: \S+){0,3}? را تهديد (?:مي ?)?(?:كرد|كن)\w{0,4})"
    r"(?!\w)"
)
#: a drill, not an event: the shots and blasts of an exercise ("a joint exercise near X",
#: ``مناورات مشتركة قرب``, ``رزمایش مشترک در نزدیکی``)
_DRILL = actors.fold_pattern(
    # (not "in exercise of its right to self-defence": the strike's own justification)
    r"(?<!\w)(?:exercises?(?! of)|drills?|manoeuvres|maneuvers|(?:ال)?مناور(?:ه|ات)|(?:ال)?تمرين"
    r"|رزمايش\w*)(?!\w)"
)
#: a reaction to an event told elsewhere ("condemned the strike", "summoned the US envoy
#: over the strike", ``نددت بالغارة``, ``استنكرت الهجوم``, ``حمله … را محکوم کرد``): with no
#: weapon, impact or casualty of its own, the sentence tells no new event
_REACTION = actors.fold_pattern(
    r"(?<!\w)(?:condemned|condemns|denounced|denounces|summoned|protested|deplored"
    r"|called (?:the|it|them) (?:\S+ ){0,3}(?:a|an) (?:violation|breach|crime|aggression"
    r"|hostile act|act of aggression)"
    # "… called the strikes a hostile act", ``… آن را اقدامی خصمانه خواند``
    r"|(?:اقدامي|اقدام|عملي) (?:\S+ )?(?:خصمانه|تجاوزكارانه) (?:\S+ )?خواند(?:ند)?"
    r"|(?:[وف])?(?:نددت|ندد|تندد|ادانت|دانت|تدين|استنكرت|استنكر|تستنكر|استدعت|شجبت|وصفت)"
    r"|محكوم (?:كرد|كردند|كرده)|را محكوم|احضار (?:كرد|شد)|اعتراض (?:كرد|كردند)"
    # an envoy recalled ("recalled its ambassador", ``سحبت سفيرها``, ``سفیر خود را …
    # فراخواند``), the strikes called by any word in quotes (``… را «بی‌پروا» خواند``)
    r"|recalled (?:its|their) (?:ambassador|envoy)|[وف]?سحبت (?:\S+ )?سفيرها"
    r"|سفير خود را (?:\S+ ){0,3}فراخواند"
    r"|را «[^»\n]{1,30}» خواند(?:ند)?"
    # a breach of sovereignty named ("a violation of Iraqi sovereignty", ``انتهاك للسيادة``,
    # ``تجاوز على السيادة``, ``نقض حاکمیت``, ``تجاوز آشکار به حاکمیت``)
    r"|(?:violation|breach|infringement) of (?:\S+ )?sovereignty"
    r"|(?:انتهاك|انتهاكا|تجاوز|تجاوزا|خرق|خرقا) (?:\S+ )?(?:على |ل)?(?:ال)?سياده"
    r"|(?:نقض|تجاوز|تعرض) (?:\S+ )?(?:به )?حاكميت"
    # the Persian "called it an aggression" (``این حمله را «تجاوز آشکار» خواند``, ``… را
    # اقدامی خصمانه خواندند``), the name before its verb
    r"|را \W?(?:\S+ ){0,1}(?:تجاوز|جنايت|اقدامي خصمانه|اقدام خصمانه|نقض|تروريستي)"
    r"(?:\W?\s?\S+){0,2}?\W? خواند(?:ند|ه)?)(?!\w)"
    # no reaction yet ("Tehran has not reacted to the attacks", ``لم تعلق طهران على``,
    # ``تهران تاکنون واکنشی به این حملات نشان نداده``): a reaction told as missing
    r"|(?<!\w)(?:(?:has|have|had) (?:not|yet to)(?: yet)?|did not) (?:react|reacted|respond"
    r"|responded|comment|commented)(?!\w)|(?<!\w)[وف]?لم (?:تعلق|يعلق) "
    r"|(?<!\w)(?:واكنشي|واكنش|تاكنون|هنوز)\s+(?:\S+\s+){0,6}?نشان (?:نداده|نداد|ندادند)(?!\w)"
)
#: a relative clause on a speaker that opens right before a reaction cue ("…, according
#: to a spokesman, who called the raids a breach", ``…، الذي وصف الغارات بأنها انتهاك``,
#: ``…، که این حملات را نقض حاکمیت خواند``)
_SPEAKER_ASIDE = actors.fold_pattern(
    r"(?:according to|said|says|spokesman|spokeswoman|official|minister|ministry|government"
    r"|بحسب|وفق|وفقا ل|متحدث|المتحدث|الحكومه|الوزاره|وزير|مسؤول|به گفته|سخنگوي|سخنگو|دولت"
    r"|وزارت|وزير|مقام)"
    r"[^,.;،؛]{0,40}[,،]\s*(?:who|which|الذي|التي|که)\s+(?:\S+\s+){0,3}$"
)
#: a tally of past events ("more than 150 attacks since October", "targeted dozens of
#: times", ``لأكثر من 150 هجوما``, ``بیش از ۱۵۰ حمله``, ``عشرات المرات``): with no day of its
#: own, the sentence counts events, it tells none
_TALLY = actors.fold_pattern(
    r"(?<!\w)(?:\d[\d,]*\+? (?:(?:\w+ ){0,2}attacks|times)"
    r"|(?:dozens|scores|hundreds) of (?:attacks|times)|(?:\w+ )?times (?:this|since)"
    r"|\d+ (?:هجوما|هجمات|مره|هجوم|عمليه)|عشرات (?:الهجمات|المرات|الهجمات الصاروخيه)"
    r"|\d+ (?:حمله|بار)|(?:ده ?ها|دهها) (?:حمله|بار)"
    # the count in words ("about a hundred drone attacks", "two dozen attacks", ``نحو مئة
    # هجوم``, ``مئات الهجمات``, ``نزدیک به صد حمله``, ``صدها حمله``)
    r"|(?:hundred|dozen|score)s? (?:of )?(?:\w+ ){0,3}attacks"
    r"|(?:مئة|مائة|مئات|ألف|آلاف|عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين) (?:هجوم|هجمات|الهجمات)"
    r"|(?:صد|صدها|هزار|بیست|سی|چهل|پنجاه|شصت|هفتاد) (?:حمله|بار)"
    # most of the attacks counted; sites given as examples ("bases such as X, Y and Z")
    r"|most of (?:these|those|the) attacks|(?:معظم|اغلب) (?:هذه )?الهجمات|بيشتر (?:اين )?حملات"
    r"|(?:bases|sites|facilities) (?:such as|like|including)|(?:قواعد|مواقع) (?:مثل|منها|ك)"
    r"|(?:پايگاه ?هايي|پايگاه ها|پايگاههايي) (?:چون|مانند|مثل|از جمله)"
    # targeted many times, or the most ("hit several times before", "the most targeted",
    # ``عدة مرات``, ``مرارا``, ``چند بار``, ``بارها``, ``بیش از همه``)
    r"|(?:several|many|multiple|numerous|repeated) times|repeatedly"
    r"|(?:the )?most (?:often|frequently)"
    r"|(?:the )?most (?:targeted|attacked)|عده مرات|مرات عده|مرارا|مرات عديده"
    r"|الاكثر استهدافا|اكثر من غيرها|چند(?:ين)? بار|بارها|(?:بيش|بيشتر) از همه)(?!\w)"
)
#: reports of an event denied ("denied reports of rockets falling", ``نفت … صحة الأنباء``,
#: ``گزارش‌ها … را تکذیب کرد``): no event, unless a weapon arrived before the denial
_REPORTS_DENIED = actors.fold_pattern(
    r"(?<!\w)(?:(?:denied|dismissed|rejected|refuted) (?:the |any )?(?:reports?|rumou?rs"
    r"|claims|accounts)|(?:reports?|rumou?rs) (?:\S+ ){0,6}(?:were|was) (?:false|untrue|baseless)"
    # the denier may be named at length first (``نفى مصدر عسكري مسؤول في القيادة …، اليوم
    # الأربعاء، صحة ما تناقلته``)
    r"|(?:[وف]?نفت|[وف]?نفي|تنفي|ينفي|كذبت|كذب) (?:\S+ ){0,12}(?:صحه|الانباء|الاخبار|الشائعات"
    r"|التقارير|انباء|اخبار|ما تناقلته"
    # the claim of an attack flatly denied (not a role in it: ``ادعای آمریکا درباره دست
    # داشتن تهران در حمله``): "rejected the claim of an attack on X", ``ادعاء الهجوم``,
    # ``ادعای حمله به X را رد کرد``
    r"|(?:ادعاء|الادعاء|ادعاءات|مزاعم) (?:\S+ ){0,2}(?:ب|ل)?(?:ال)?(?:هجوم|استهداف|قصف))"
    r"|(?:denied|dismissed|rejected|refuted) (?:the |any )?(?:group's |militia's )?claims?"
    r" (?:of (?:an |the )?(?:attack|strike)|that it (?:had )?(?:hit|struck|attacked|targeted))"
    r"|(?:گزارش|خبر|اخبار|شايعه)\S*(?: \S+){0,14} (?:را )?(?:تكذيب|رد) (?:كرد|كردند)"
    r"|ادعاي (?:حمله|حملات)(?: \S+){0,10} (?:را )?(?:تكذيب|رد) (?:كرد|كردند)"
    r"|تكذيب (?:\S+ )?(?:گزارش|خبر|اخبار|شايعه)"
    # the event itself denied: "no attack took place", ``لم يقع أي هجوم``, ``هیچ حمله‌ای … نگرفته``
    r"|no (?:such )?(?:attack|strike|incident)(?: (?:on|at|against) \S+(?: \S+)?)? (?:had )?"
    r"(?:took place|taken place|occurred|happened)"
    r"|لم (?:يقع|يحدث|يحصل|تقع) (?:اي )?(?:هجوم|قصف|استهداف)"
    # the site itself spared: "the base had not come under any attack", ``لم تتعرض
    # القاعدة لأي هجوم``, ``القاعدة لم تتعرض لأي هجوم``
    r"|(?:had|has) not (?:come|been) under (?:any )?attack"
    r"|لم (?:تتعرض|يتعرض)(?: \S+)? (?:لاي|الي اي|ل|اي) ?(?:ال)?(?:هجوم|قصف|استهداف)"
    # the occurrence denied: ``نفت … تعرض القاعدة لأي هجوم``, ``نفى وقوع هجوم``, ``هرگونه
    # حمله به X را تکذیب کرد``, "denied any attack on X"
    r"|(?:[وف]?نفت|[وف]?نفي|تنفي|ينفي) (?:\S+ ){0,12}(?:تعرض|وقوع|حدوث)"
    r"|(?:هرگونه|هر گونه|وقوع) (?:حمله|حملهاي|حمله اي)(?: \S+){0,10} (?:را )?(?:تكذيب|رد)"
    r" (?:كرد|كردند)"
    r"|denied (?:that )?(?:any|an|the) (?:attack|strike|incident)s? (?:on|at|against|had|took)"
    r"|هيچ (?:حمله|حملهاي|حمله اي)(?: \S+){0,5} (?:صورت|رخ|انجام) (?:نگرفته|نداده|نشده)"
    r")"
)
#: a first account of the event, superseded later in the sentence ("initially said the
#: strike hit X, before officials confirmed the location", ``قال في البداية … قبل أن
#: يصحح``, ``ابتدا … اما بعدا … تصحیح کرد``): the clause it opens tells no event
_FIRST_ACCOUNT = actors.fold_pattern(
    # (the later word any statement: "before the kingdom condemned the attack on its own
    # border post", ``قبل أن تعلن عمّان إدانتها``: the first account's place is superseded)
    r"(?<!\w)(?:(?:initially|at first) (?:said|reported|claimed|stated|suggested)"
    r"(?: \S+){0,25}? (?:before|but|until|later|then) (?:\S+ ){0,6}?"
    r"(?:confirmed|corrected|clarified|retracted|condemned|acknowledged|admitted|conceded|announced|said|revised)"
    r"|في البدايه(?: \S+){0,25}? (?:قبل ان|ثم|لكن|لاحقا)(?: \S+){0,6}? (?:يؤكد|اكد|اكدت|تؤكد"
    r"|يصحح|صحح|تصحح|صححت|تعلن|يعلن|اعلن|اعلنت|تعترف|يعترف|اعترف|اعترفت|تدين|يدين|ادانت"
    r"|يقول|تقول|قال|قالت)"
    r"|(?:در )?ابتدا(?: \S+){0,25}? (?:اما|ولي|سپس|بعدا|پيش از انكه|قبل از انكه)(?: \S+){0,8}?"
    r" (?:(?:تصحيح|تاييد|اعلام|اعتراف|محكوم) (?:كرد|كند|كردند)|پذيرفت|گفت)"
    # a statement walked back later in its sentence ("said … before officials walked back
    # the account", ``أعلنت … قبل أن يعود مسؤولون لتأكيد``, ``گفت … اما بعدا حرف خود را پس
    # گرفت``): the statement was the first account
    r"|(?:said|announced|stated|reported)(?: \S+){0,40}? (?:before|but|until)(?: \S+){0,6}?"
    r" (?:walked back|backtracked|retracted|reversed)"
    r"|(?:[وف]?(?:اعلنت|اعلن|قال|قالت|صرح|صرحت|افاد|افادت))(?: \S+){0,40}? (?:قبل ان|ثم)"
    r"(?: \S+){0,2}? (?:يعود|تعود|يعودوا|يتراجع|تتراجع|تراجع|تراجعت)"
    r"|(?:گفت|گفته بود|اعلام كرد|اعلام كرده بود)(?: \S+){0,40}? (?:اما|ولي|سپس)(?: \S+){0,8}?"
    r" (?:حرف (?:خود|خويش) را پس گرفت|عقب نشيني كرد))"
)
_FIRST_TOLD = "a first account of the event, superseded in its sentence: no event"
#: the site whose air defences acted ("air defences of X", ``پدافند هوایی پایگاه X``)
_DEFENDER = actors.fold_pattern(
    r"(?:air defen[cs]es?|defen[cs]e systems?|پدافند(?: هوايي)?|الدفاعات الجويه|الدفاع الجوي"
    r"|منظومه الدفاع الجوي|دفاعات)\s*(?:of|at|in|the|ل|في)?\s*(?:the\s)?$"
)
#: where a downed weapon's debris came down ("wreckage of the drone fell on a farm near X",
#: ``سقط حطام الطائرة قرب``, ``لاشه پهپاد در نزدیکی X افتاد``): the place is where the debris
#: fell, not a site attacked (the event is the interception told with it)
_DEBRIS = actors.fold_pattern(
    r"(?<!\w)(?:(?:debris|wreckage|remnants|fragments|parts)(?: \S+){0,5}? (?:fell|landed"
    r"|came down|crashed|was found|were found|scattered)"
    r"|(?:[وف]?(?:سقط|سقطت|تناثر|تناثرت|وقع|وقعت|عثر على) )?(?:ال)?(?:حطام|بقايا|شظايا|أجزاء)"
    r"(?: \S+){0,5}? (?:سقط|سقطت|تناثر|تناثرت|وقع|وقعت|على ارض|في ارض|في منطقة)"
    r"|(?:[وف]?(?:سقط|سقطت|تناثر|تناثرت|عثر على) )(?:ال)?(?:حطام|بقايا|شظايا|أجزاء)"
    r"|(?:لاشه|بقایای|قطعات|بقایا|تکه ?های)(?: \S+){0,8}? (?:افتاد|سقوط کرد|فرود آمد|پیدا شد"
    r"|کشف شد|پخش شد|پراکنده شد))(?!\w)"
)
#: the event named as one told before, by its definite noun and a relative clause of what it
#: hit ("two were killed in the strike that hit X", ``بمقتل اثنين في القصف الذي طال X``,
#: ``در حمله‌ای که X را هدف قرار داد کشته شدند``): a figure of that event, not a new one
_BACK_REFERENCE = actors.fold_pattern(
    r"(?<!\w)(?:(?:in|by|during|from) the (?:\w+ )?(?:strikes?|raids?|bombing|bombardment"
    r"|attacks?|shelling) (?:that|which) (?:hit|struck|targeted|killed)"
    r"|(?:في|خلال|جراء|اثر|إثر) (?:ال)(?:قصف|غاره|غارات|ضربه|ضربات|هجوم|استهداف)(?: \S+)?"
    r" (?:الذي|التي) (?:طال|طالت|استهدف|استهدفت|ضرب|ضربت)"
    r"|(?:در|طی|بر اثر) (?:همان )?(?:حمله|حملات|بمباران|ضربه) ?(?:ای|هایی)? که"
    # ... or by what it hit, with the definite noun ("killed in the strike on X", ``في
    # القصف على X``, ``در حمله به X``): merged only where X was drafted before
    r"|(?:in|during) the (?:\w+ )?(?:strikes?|raids?|bombing|bombardment|shelling) on"
    r"|(?:في|خلال|جراء) (?:ال)(?:قصف|غاره|غارات|ضربه|ضربات) (?:على|علي)"
    r"|در (?:حمله|حملات|بمباران|ضربه) (?:به|بر|علیه))(?!\w)"
)
#: a weapon that was never fired: found on its launcher, failed to launch, defused
#: (``عثر على صاروخ``, ``لم ينطلق``, ``تم تفكيك``, ``پیدا شد``, ``کشف شد``, ``عمل نکرد``)
_UNFIRED = actors.fold_pattern(
    r"(?<!\w)(?:(?:rockets?|missiles?|launchers?|launch pads?|drones?|projectiles?|devices?"
    r"|explosives|mortars?|shells?)(?: \S+){0,3}? (?:was|were|had been|have been|been) (?:later )?"
    r"(?:found|discovered|seized|defused|dismantled|recovered)|never (?:fired|launched)"
    # the active ("police found a rocket launcher near X", "seized three rockets")
    r"|(?:found|discovered|seized|defused|dismantled|recovered)(?: \S+){0,3}? (?:rockets?"
    r"|missiles?|launchers?|launch pads?|projectiles?|explosives|mortars?|devices?)"
    r"|failed to (?:launch|fire|go off)|did not (?:launch|fire)"
    r"|still on (?:its|their|a|the) (?:launchers?|rails|launch rails|ramps?)"
    r"|unfired|unlaunched|not yet (?:fired|launched)"
    r"|defused|(?:و?تم )?(?:العثور|عثر)|[وف]?(?:عثرت|عثر|ضبطت)|تم ضبط|تفكيك|ابطال مفعول"
    r"|[وف]?(?:فككت|فكك|فككوا|ابطلت|ابطل)"  # (the active: ``فككت فرق الهندسة عبوة``)
    # (a bomb defused, not an attack foiled: ``بمب را پیش از انفجار خنثی کردند``)
    r"|بمب(?: \S+){0,12}? خنثي (?:كردند|كرد|شد|شدند)"
    r"|لم (?:ينطلق|تنطلق|يطلق|تطلق)|فشل (?:ال)?اطلاق|فشلت في"
    r"|(?:پيدا|كشف|ضبط)(?: و (?:خنثي|ضبط|منهدم|توقيف))? (?:شد|شدند|كردند|كرد)|خنثي ?سازي"
    r"|عمل نكرد|شليك نشده|(?:found|discovered|seized) and (?:defused|dismantled|disabled))"
)
#: a weapon stopped in flight (so it was fired): "shot down", ``أسقطت``, ``رهگیری``
_IN_FLIGHT = actors.fold_pattern(
    r"(?<!\w)(?:shot down|intercepted|downed|brought down|اسقط|اسقطت|اسقاط|اعترض|اعترضت|اعتراض"
    r"|تصدت|رهگيري|رهگيري شد|سرنگون|منهدم شد)(?!\w)"
)
#: a weapon that arrived (or was aimed and met): an unfired one named beside it does not
#: unmake the attack
_IMPACT = actors.fold_pattern(
    r"(?<!\w)(?:hit|hits|struck|landed|fell|slammed|exploded|impacted|killed|wounded|injured"
    r"|targeted|shot down|intercepted|downed"
    r"|سقط|سقطت|اصاب|اصابت|انفجر|انفجرت|قتل|اصيب|استهدف|استهدفت|اسقط|اسقطت"
    r"|فرود|اصابت كرد|منفجر شد|كشته|زخمي|هدف قرار|رهگيري)(?!\w)"
)
#: what an actor planned or was behind: a background sentence, not an event
_BACKGROUND = actors.fold_pattern(
    r"(?<!\w)(?:had planned|planned|plotted|masterminded|orchestrated|was behind|were behind"
    r"|was responsible for|were responsible for|خطط ل|خطط لهجمات|يقف وراء|وقف وراء|دبر"
    r"|المسوول عن|برنامهريزي كرده|طراحي كرده|پشت حملات|مسئول حملات)"
)
#: a lull: attacks told as halted or waning ("attacks have largely halted since …",
#: ``توقفت الهجمات``, ``حملات … متوقف شده``): the state of a campaign, no event
_LULL = actors.fold_pattern(
    # (the verb intransitive: "have stopped", "ceased"; not "the strikes stopped a launch")
    r"(?<!\w)(?:(?:attacks|strikes)(?: \S+){0,12}? (?:(?:have|has|had) (?:largely |mostly "
    r"|all but |almost |nearly )?(?:halted|stopped|ceased|paused|subsided|dwindled|died down)"
    r"|(?:largely |mostly |since )?(?:ceased|subsided|dwindled|died down|halted)(?! \w+ing)"
    r"(?=\W|$))|(?:lull|pause|halt) in (?:the )?(?:attacks|strikes)"
    r"|(?:[وف]?(?:توقفت|تراجعت|هدات|انحسرت)|توقف|تراجع)(?: \S+){0,2}? (?:ال)?هجمات"
    r"|(?:ال)?هجمات(?: \S+){0,12}? (?:[وف]?(?:توقفت|تراجعت|هدات|انحسرت))"
    r"|حملات(?: \S+){0,12}? (?:متوقف|كاهش|فروكش) (?:شده|يافته|كرده)|توقف حملات)(?!\w)"
)
_LULLED = "a lull: attacks told as halted or waning, not an event"
#: a denial of a role in an attack, with no day, weapon or toll of its own ("the PMF denied
#: any link to the attack on X", ``نفت … أي علاقة لها بالهجوم على X``, ``… هرگونه دخالت در
#: حمله به X را رد کرد``): the attack is told elsewhere, this sentence tells no event
_DENIED_ROLE = "a denial of a role in an attack, not a telling of it"
#: an attack named as a time reference right before its place ("since the attack on X",
#: ``بعد هجوم X``, ``منذ الهجوم على X``, ``پس از حمله به X``, ``از زمان حمله به X``)
_AS_REFERENCE = actors.fold_pattern(
    r"(?<!\w)(?:since|after|following|بعد|منذ|عقب|اثر|[وف]?منذ|پس از|بعد از|از زمان)"
    r" (?:the |a )?(?:(?:deadly|drone|rocket|missile) )?(?:[بل]?ال)?(?:attack|strike|هجوم|حمله)"
    r"(?: (?:on|at|against|علي|به|في))?\s*$"
)
_REPORTER = actors.fold_pattern(
    r"(?<!\w)(?:correspondent|reporter|stringer|مراسل|مراسلنا|مراسلة|مراسلتنا|خبرنگار)\w*"
)
#: a source's whereabouts or office: "a security source in Anbar", ``مصدر في شرطة قضاء هيت``,
#: ``منبعی در پلیس`` (the speaker noun, up to three words, a preposition, up to two words)
#: a diplomat's post ("the US envoy in Baghdad", ``القائم بالأعمال الأمريكي في بغداد``,
#: ``سفیر آمریکا در بغداد``): the diplomat noun, at most one word, the preposition
_DIPLOMAT_AT = actors.fold_pattern(
    r"(?<!\w)(?:ambassador|envoy|d'?affaires|diplomats?|بالاعمال|سفير|السفير|كاردار)"
    r"(?:\s+\S+)?\s+(?:in|to|at|في|لدي|در)\s*$"
    # the diplomat of the embassy named ("the chargé d'affaires of the US embassy",
    # ``کاردار سفارت آمریکا``): the embassy is his post, not a site struck
    r"|(?<!\w)(?:d'?affaires|ambassador|envoy|كاردار|سفير|بالاعمال)(?:\s+of(?:\s+the)?)?\s*$"
)
#: the place a visitor travels to ("hours before the president's visit to X", "the
#: minister arrived in X", ``قبل وصول الرئيس … إلى X``, ``زيارته إلى X``, ``سفر رئیس‌جمهور
#: به X``): a destination, not a site struck
_VISITED = actors.fold_pattern(
    r"(?<!\w)(?:(?:visits?|visited|visiting|trip|journey)(?: \S+){0,5}? (?:to|of|in)"
    r"|(?:visits?|visited|visiting)|(?:arrival|arrived|arrives|arriving) (?:in|at)"
    r"|[وبل]?(?:زياره|زيارته|زيارتها|زيارات)(?: \S+){0,4}? (?:الي|ل|في)|[وف]?(?:يزور|زار|تزور)"
    r"|(?:[وبل]?(?:وصول|قدوم)|يصل|وصل|تصل|وصلت|ورود)(?: \S+){0,4}? (?:الي|به)"
    r"|(?:سفر|بازديد|ديدار)(?: \S+){0,4}? (?:به|از))\s*$"
)
#: the visitor a verb of arrival must name (weapons "reach" the sites they strike:
#: ``قبل وصولها إلى X``, ``پیش از رسیدن به X``)
_VISITOR = actors.fold_pattern(
    r"(?<!\w)(?:(?:president|minister|premier|delegation|envoy|pope|king|emir|leader)s?"
    r"|(?:ال)?(?:رييس|وزير|وفد|مبعوث|امير|ملك)|رييس ?جمهور|وزير|هيات|نخست ?وزير)(?!\w)"
)
#: a place a statement left out ("without naming X", ``دون أن يسمي X``, ``بدون آنکه نام X``)
_UNNAMED_CUE = (
    r"(?<!\w)(?:without (?:naming|mentioning|specifying|identifying)(?: the)?"
    r"|(?:دون|من دون|بدون) (?:ان )?(?:يسمي|تسمي|يذكر|تذكر|ذكر|تسميه|تحديد)"
    r"|(?:بدون|بي) (?:انكه|ان كه) نام|بدون نام بردن از|بدون ذكر نام)"
)
_UNNAMED = actors.fold_pattern(_UNNAMED_CUE + r"\s*$")
#: a place set apart from the sites of the sentence ("naming X but not Y", "every base
#: except Y", ``ولكن ليس Y``, ``باستثناء Y``, ``اما نه Y``, ``به جز Y``): not struck
_SET_APART = actors.fold_pattern(
    r"(?<!\w)(?:(?:but|though|yet|and) not|not including|excluding|except(?: for)?"
    r"|(?:ولكن|لكن|و) ?ليس|باستثناء|ما عدا|(?:اما|ولي) نه|به جز|بجز|باستثناي)"
    r"(?:\s+(?:the|at|in|on|في|علي|على|در|به))?\s*$"
)
#: the same cue anywhere in a sentence (a claim that left a place out)
_UNNAMED_IN = actors.fold_pattern(_UNNAMED_CUE + r"(?!\w)")
#: a rally's place ("called supporters to protest outside the US embassy", ``دعت أنصارها إلى
#: التظاهر أمام السفارة``, ``تجمع مقابل سفارت``): where people gather, no site struck
_RALLY_AT = actors.fold_pattern(
    r"(?<!\w)(?:protest|protests|protested|protesting|demonstrate|demonstrated|rally|rallied"
    r"|sit in|[وف]?(?:ال)?(?:تظاهر|تظاهره|تظاهرات|اعتصام|وقفه|التجمع|تجمع|احتشد|احتشدوا)"
    r"|تجمع كردند|تجمع|تظاهرات|راهپيمايي)(?:(?: \S+){0,2}? (?:in front of|outside|امام|قباله"
    r"|مقابل|جلوي|روبروي|در برابر))?(?: the| ال)?\s*$"
)
_SPEAKER_AT = actors.fold_pattern(
    r"(?<!\w)(?:source|sources|official|officials|spokesman|spokeswoman|مصدر|مسوول"
    # (``مصادر إطلاق القذائف``: where the shells came from, not who speaks)
    r"|مصادر(?!\s+(?:ال)?(?:اطلاق|النيران|النار|القصف)(?!\w))"
    # (the words between stop at a comma, a speech verb or "that": "according to local
    # sources, positions in X", "officials said sites in X", ``مسؤولون إن مواقع في X``)
    r"|مسوولون|مسيول|متحدث|منبع|منابع|مقام|مقامات|سخنگوي)"
    r"(?:\s+(?!(?:said|say|says|told|that|ان|بان|انه|قال|قالت|قالوا|افاد|افادت|گفت|گفتند|كه"
    # (nor an event told between: "local sources reported strikes in X", ``… عن غارات في X``)
    r"|اعلام|reported|described|strikes|attacks|raids|explosions|blasts|shelling|غارات|قصف"
    r"|انفجارات|هجمات|حملات|انفجار|انفجارهايي|بمباران|حمله|ضربات)(?!\w))[^\s,،]+){0,3}?"
    r"\s+(?:in|at|في|من|لدى|ب?شرطه|در|از)"
    # the words after the preposition name the office, not the event ("منابع محلی در حمله
    # به X": the sources speak of the attack on X)
    r"(?:\s+(?!(?:حمله|حملات|هجوم|الهجوم|attack|attacks|strike|strikes|قصف|غاره|الغاره|بمباران"
    r"|انفجار|غارات|الغارات)(?!\w))"
    r"\S+){0,2}\s*$"
)
#: an earlier event recalled: an anniversary ("the anniversary of the strike", ``ذكرى``,
#: ``سالگرد``, "four years on", ``أربع سنوات على``, ``چهار سال از … می‌گذرد``), or "two
#: years ago", "last year", ``دو سال گذشته``, ``العام الماضي``
_EARLIER_EVENT = actors.fold_pattern(
    r"(?<!\w)(?:(?P<anniversary>anniversary|anniversaries|(?:[وب]?ال)?ذكري|سالگرد|سالروز"
    r"|(?:\w+ )?years? (?:on(?! end)|since)"
    r"|(?:\w+ )?(?:سنوات|سنه|سنتين|سنتان|عام|عامين|عامان|اعوام|سنين) على"
    r"|(?:\w+ )?سال (?:از|پس از) (?:\S+ ){0,8}?(?:مي گذرد|ميگذرد|گذشت|گذشته است))"
    r"|(?:(?:\w+ )?years? ago|last year|the previous year|(?:\w+ )?سال (?:گذشته|پيش|قبل)"
    r"|(?:العام|السنه) (?:الماضي|الماضيه|الفائت|السابق)|قبل (?:عام|عامين|سنه|سنتين|اعوام|سنوات))"
    r"(?!\w))"
)
_SINCE = actors.fold_pattern(r"(?<!\w)(?:since|منذ|از)\s*$")
#: the day after "since" opens a clause of what happened on it ("since Friday, when two
#: rockets were fired", ``منذ الجمعة، حين سقط``, ``از جمعه، وقتی که``): that event's day
_SINCE_WHEN = actors.fold_pattern(
    r"^\s*(?:\S+\s+)?[,،]?\s*(?:when|on which|حين|حينما|عندما|وقتي|هنگامي|زماني|كه) "
)


#: "before", "until" right before a day ("before Saturday", ``قبل السبت``, ``تا شنبه``)
_BEFORE_DAY = actors.fold_pattern(
    r"(?<!\w)(?:before|until|till|prior to|ahead of|[وف]?(?:قبل|حتى|حتي)|پيش از|قبل از|تا)\s*$"
)


def _before_the_day(af: _ArticleFold, d: DateMention) -> bool:
    """Whether the date ``d`` follows "before" or "until": a bound of the time told, not
    the day of the event (read only where the sentence gives another day)."""
    return d.precision == "day" and bool(
        _BEFORE_DAY.search(af.slice(max(0, d.start - 12), d.start)[0])
    )


def _since_the_day(af: _ArticleFold, d: DateMention) -> bool:
    """Whether the date ``d`` is where a span of days began ("since Friday"), no event's day.

    Not when a clause of what happened that day follows it ("since Friday, when …").
    """
    if not _SINCE.search(af.slice(max(0, d.start - 12), d.start)[0]):
        return False
    return not _SINCE_WHEN.match(af.slice(d.end, d.end + 24)[0])


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d|13[5-9]\d|14[0-2]\d)(?!\d)")
#: what may stand between a site and a place that only locates it
_LOCATOR_WORDS = frozenset(
    (
        *("by", "near", "at", "in", "inside", "outside", "of", "the", "close", "next", "to"),
        # a site's own extent after its name ("the embassy compound in X")
        *("beside", "compound", "complex", "grounds", "perimeter"),
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
        *("north-west", "north-east", "south-west", "south-east", "on", "در", "نزدیکی"),
        *("نزدیک", "کنار", "حوالی", "داخل", "شمال", "جنوب", "شرق", "غرب", "قرب", "في"),
        *("بالقرب", "من", "شمالي", "جنوبي", "الشمالي", "الجنوبي", "شرقي", "غربي"),
        # "adjacent to", "on the outskirts of" (``المحاذية لمطار``, ``در حومه``)
        *("adjacent", "outskirts", "edge", "المحاذية", "المحاذي", "المجاورة", "المجاور", "ل"),
        *("لـ", "ضواحي", "أطراف", "اطراف", "حومة", "حومه", "محوطه", "محدوده"),
        # the clitic "at / in" before a name (``القرية الخضراء بحقل العمر``)
        *("ب", "بـ"),
        # "adjacent to", "next to" (``الملاصقة لمطار``, ``بجوار``, ``در مجاورت``)
        *("alongside", "bordering", "الملاصقة", "الملاصق", "ملاصقة", "ملاصق", "بجوار", "جوار"),
        *("بجانب", "جانب", "مجاورت", "مجاور", "همجوار", "جنب"),
    )
)
#: "located near" (``الواقعة قرب``, ``که در نزدیکی``), right before a name
_LOCATED_NEAR = actors.fold_pattern(
    r"(?<!\w)(?:located|lying|situated|which lies|which sits|الواقعة|الواقع|التي تقع|الذي يقع"
    r"|واقع در|که در نزدیکی|که در مجاورت)"
    # (the mention itself may start with "near": ``قرب X``)
    r"(?:\s+(?:near|close to|next to|by|beside|قرب|بالقرب من|بجوار|نزدیک|نزدیکی|مجاورت))?\s*$"
)
#: a gloss in brackets after a name ("روستای سبز (Green Village)"): no word between places
_GLOSS = re.compile(r"\([^()]{0,40}\)")
_BRACKETS = str.maketrans({c: " " for c in '()[]«»"“”'})
#: strikes named again ("the strikes hit …", ``الغارات``, ``این حملات``): the sentence before
#: says whose
_STRIKE_NOUN = actors.fold_pattern(
    r"(?<!\w)(?:(?:the|these|those) (?:air ?)?strikes?|(?:the|these) raids?"
    r"|(?:[وف])?(?:هذه )?(?:الغارات|الغاره|الضربات|الضربه)"
    r"|(?:اين|آن) (?:حملات|حمله ها|حملههاي|حمله هوايي|حملات هوايي)"
    # the places struck named as "the targets" ("the targets were around X",
    # ``المواقع المستهدفة``, ``مواضع هدف قرار گرفته``)
    r"|the targets|the (?:sites|areas|locations|positions|facilities) (?:struck|hit|targeted"
    r"|bombed)|(?:[وف])?(?:الاهداف|(?:المواقع|المناطق|المنشات) المستهدفه)"
    r"|(?:مواضع|اهداف|مواقع|مناطق) (?:هدف قرار گرفته|مورد حمله)"
    # the strikes by their owner or as a wave ("its strikes", "the wave", ``ضرباتها``,
    # ``حملاتش``)
    r"|its (?:air ?)?strikes|the (?:wave|round) of (?:air ?)?strikes|the wave"
    r"|(?:[وف])?(?:ضرباتها|ضرباته|غاراتها|غاراته)|حملاتش|حملات خود|اين موج"
    # the strikes as "them", placed ("statements located them near X", ``حددت مواقعها``,
    # ``محل آنها را``)
    r"|located them|placed them|(?:[وف])?(?:حددت|حدد)(?: [^\s.،,]+){0,3} (?:مواقعها|اماكنها)"
    r"|محل (?:آنها|انها) را)(?!\w)"
)
#: a state's air arm as the subject ("aircraft struck", "the jets hit", "B-1 bombers
#: dropped", ``الطائرات الحربية``, ``المقاتلات``, ``جنگنده‌ها``, ``هواپیماها``): armed groups fly
#: drones, not aircraft, so after a state's strikes were told they are that state's
_AIR_ARM = actors.fold_pattern(
    r"(?<!\w)(?:aircraft|(?:war|air)planes?|(?:fighter )?jets|bombers|gunships?|helicopters"
    r"|(?:[وف]?ال)?(?:طائرات|الطيران|مقاتلات|قاذفات|مروحيات)"
    r"|(?:جنگنده|هواپيما|بمب افكن|بالگرد)(?: ?ها)?(?:ي)?)(?!\w)"
)
#: states other than the US and its coalition whose jets strike in Iraq and Syria (Israel,
#: ``الاحتلال``/``الكيان الصهيوني``, ``رژیم صهیونیستی``, Turkey, Russia): a strike told as
#: theirs is neither side's of the incidents drafted here
_THIRD_STATE = actors.fold_pattern(
    r"(?<!\w)(?:israel|israeli|israelis|turkey|turkish|russia|russian"
    r"|(?:[وفب]?ال)?اسرائيل(?:ي|يه|يون|ين)?|(?:[وفب]?ال)?صهيوني(?:ه)?|صهيونيستي"
    r"|اسرائيلي|(?:[وفب]?ال)?تركي(?:ه|ا)?|(?:[وفب]?ال)?روسي(?:ه|ا)?)(?!\w)"
)
#: a weapon or a force named with a third state's adjective ("a Turkish drone", "Israeli
#: missiles", ``طائرة مسيرة تركية``, ``غارة إسرائيلية``, ``قصف صهيوني``, ``پهپاد ترکیه``,
#: ``حمله موشکی رژیم صهیونیستی``), or the state as the subject of a strike verb ("Israel
#: struck", ``رژیم صهیونیستی … را هدف حمله قرار داد``): that state's arm, like its jets
_THIRD_STATE_ARM = actors.fold_pattern(
    r"(?<!\w)(?:(?:israeli|turkish|russian) (?:drones?|uavs?|missiles?|rockets?|strikes?"
    r"|airstrikes?|raids?|shelling|artillery|bombardment|bombing|army|military|forces"
    r"|aggression)"
    r"|(?:israel|turkey|russia) (?:struck|bombed|hit|targeted|attacked|shelled|killed)"
    # (the noun may carry its preposition: ``تصدت الدفاعات لعدوان إسرائيلي``, ``للقصف``)
    r"|(?:(?:[وف]?[لب]?(?:ال)?|[وف]?لل)(?:مسيره|مسيرات|طائره|صواريخ|صاروخ|غاره|غارات|قصف|ضربه"
    r"|ضربات|هجوم"
    r"|عدوان|استهداف|مدفعيه)|بدون طيار) (?:\S+ )?(?:ال)?(?:تركي|اسرائيلي|روسي|صهيوني)\S*"
    r"|(?:پهپاد|موشك|حمله|حملات|بمباران|تجاوز|توپخانه)(?:ها|هاي|ي)?(?: موشكي| هوايي| پهپادي)?"
    r"(?: ارتش)? (?:تركيه|اسرائيل|روسيه|تركيه اي|اسرائيلي|روسي|تركي|رژيم صهيونيستي)"
    r"|(?:رژيم صهيونيستي|ارتش اسرائيل|اسرائيل|ارتش تركيه|تركيه)(?: \S+){0,10}? را"
    r" (?:هدف(?: \S+){0,2}? قرار (?:داد|دادند)|بمباران (?:كرد|كردند)))(?!\w)"
)
#: a killing told as an assassination ("the killing of …", ``اغتيال``, ``ترور``): with a
#: third state named beside it, and no base or installation struck, that state's deed
#: ("… over the killing of a Hamas leader in Tehran, blamed on Israel")
_ASSASSINATION = actors.fold_pattern(
    r"(?<!\w)(?:assassinat\w*|the killing of|[وفب]?(?:ال)?اغتيال\S*|ترور|به ترور رسيد\S*)(?!\w)"
)
_THIRD_STRIKE = "a strike by a third state"
#: where a sentence's account turns to another ("…; the militias said it answered Israeli
#: strikes", ``… وقال …``, ``… گفت``): a third state's arm past it is not the event's
_CLAUSE_TURN = actors.fold_pattern(
    # (the fold makes dashes spaces: the semicolons stay)
    r"[;\u061b]|(?<!\w)(?:said|says|added|answered|revenge|retaliation|response|قال|قالت|اضاف"
    r"|اضافت|ردا|انتقاما|گفت|افزود|پاسخ|انتقام)(?!\w)"
)
#: how far past the place struck a third state's arm still names the event's ("the
#: outskirts of X were hit by Israeli missiles")
_ARM_REACH = 80


#: a clause told beside the event ("…, as Iran vowed revenge", ``فيما توعدت``, ``در حالی که
#: … تهدید کرد``): what it says is another's, not the event's
_ASIDE = actors.fold_pattern(
    r"(?<!\w)(?:as|while|whereas|even as|فيما|بينما|في حين|في وقت|در حالي كه|در حالي|همزمان"
    r"|در همين حال)(?!\w)"
)


def _intent_aside(
    folded: str,
    event: re.Match[str] | None,
    intent: int,
    targets: Sequence[ResolvedMention],
    af: _ArticleFold,
    fa: int,
) -> bool:
    """Whether the threat or vow at folded position ``intent`` is told in a clause beside
    an event the sentence tells first ("US jets struck X on Friday, as Iran vowed revenge",
    ``قصفت … المسيب، فيما توعدت إيران بالرد``, ``… را بمباران کردند، در حالی که ایران تهدید
    کرد``): the event happened; every place struck lies before that clause."""
    if event is None or not targets:
        return False
    aside = _ASIDE.search(folded, event.end(), intent)
    if aside is None:
        return False
    return all(af.pos(m.start) - fa < aside.start() for m in targets)


def _third_states_deed(folded: str) -> bool:
    """Whether ``folded`` (a response clause) tells a third state's strike or killing
    (:data:`_THIRD_STATE` with its arm, :data:`_THIRD_STATE_ARM`, or an assassination)."""
    return _THIRD_STATE.search(folded) is not None and (
        _THIRD_STATE_ARM.search(folded) is not None or _ASSASSINATION.search(folded) is not None
    )


#: how far before a place an assassination may name it as where it was ("the killing of
#: a Hamas political leader in Tehran")
_KILLING_REACH = 80


def _third_states_killing_at(folded: str, at: int) -> bool:
    """Whether the place at folded position ``at`` of the sentence ``folded`` is named as
    where an assassination was (:data:`_ASSASSINATION` at most :data:`_KILLING_REACH`
    characters before it, with no turn to another account between) with a third state
    named in the sentence."""
    killing = next(
        reversed(list(_ASSASSINATION.finditer(folded, max(0, at - _KILLING_REACH), at))), None
    )  # (the last one before the place; a bounded window)
    return (
        killing is not None
        and _CLAUSE_TURN.search(folded, killing.end(), at) is None
        and _THIRD_STATE.search(folded) is not None
    )


def _arm_of_the_event(
    arm: int, targets: Sequence[ResolvedMention], af: _ArticleFold, fa: int, folded: str
) -> bool:
    """Whether a third state's arm at folded position ``arm`` (of the sentence ``folded``,
    starting at ``fa`` in the article's fold) names the event's striker: before the first
    place struck, or just after it with no turn to another account between."""
    if not targets:
        return True
    first = min(af.pos(m.start) for m in targets) - fa
    if arm < first:
        return True
    return arm - first <= _ARM_REACH and _CLAUSE_TURN.search(folded, first, arm) is None


#: a correction notice ("Correction: an earlier version of this story said …", ``تصحيح:``,
#: ``نسخة سابقة من هذا الخبر``, ``اصلاحیه:``, ``نسخه قبلی این خبر``): its paragraph tells what
#: the story said and says, no new event (the story's own sentences tell it)
_CORRECTION = actors.fold_pattern(
    r"(?<!\w)(?:correction\s*:|an earlier version of this (?:story|article|report)"
    r"|this (?:story|article) has been (?:corrected|updated to correct)|تصحيح\s*:|تنويه\s*:"
    r"|(?:نسخه|النسخه) (?:سابقه|السابقه) من (?:هذا|هذه) (?:الخبر|التقرير|المقال)"
    r"|اصلاحيه\s*:|نسخه (?:قبلي|پيشين) (?:اين|همين) (?:خبر|گزارش))"
)
_CORRECTED = "a correction notice: what the story said, no new event"
#: a false alarm ("during a false alarm about an incoming drone", ``إنذار كاذب``, ``هشدار
#: کاذب``): nothing was fired
_FALSE_ALARM = actors.fold_pattern(
    r"(?<!\w)(?:false (?:alarm|alert)s?"
    r"|(?:[وب]?(?:ال)?انذار|[وب]?(?:ال)?تحذير|صفارات)(?:ات)?(?: \S+){0,2}? (?:ال)?(?:كاذب|خاطئ)\S*"
    r"|(?:هشدار|آژير|اژير)(?: \S+){0,2}? (?:كاذب|نادرست|اشتباه|دروغين)\S*)(?!\w)"
)
#: the alarm only the time of the event ("hours after a false alarm", ``بعد ساعات من``,
#: ``پس از``), a few words before it
_AFTER_ALARM = actors.fold_pattern(
    r"(?<!\w)(?:after|since|following|بعد|عقب|منذ|پس از|بعد از|از زمان)(?: \S+){0,3}\s*$"
)
#: how far (folded characters) before the alarm :data:`_AFTER_ALARM` is looked for
_AFTER_ALARM_REACH = 30


def _false_alarm(folded: str, present: frozenset[str]) -> bool:
    """Whether the sentence ``folded`` tells a false alarm (no weapon fired), not an event
    after one ("hours after a false alarm, rockets hit X").

    >>> from geoincidents.text.folding import fold_text
    >>> [_false_alarm(fold_text(t).folded, _ALL_FAMILIES()) for t in (
    ...     "Troops hid during a false alarm.", "Rockets hit X after a false alarm.")]
    [True, False]
    """
    m = _search(_FALSE_ALARM, folded, present)
    return m is not None and (
        _AFTER_ALARM.search(folded[max(0, m.start() - _AFTER_ALARM_REACH) : m.start()]) is None
    )


#: a second event at the same place ("again", "another", ``مرة أخرى``, ``مجدداً``, ``دوباره``)
_AGAIN = actors.fold_pattern(
    r"(?<!\w)(?:again|another|a second (?:attack|salvo|wave)|later|then|afterwards"
    r"|مره اخري|مجددا|ثانيه|مجدد|ثم|بعد ذلك|لاحقا|دوباره|بار ديگر|بار دوم|ساعاتي بعد|سپس"
    r"|پس از ان|بعدا)(?!\w)"
)
#: a statement's verb, then what it says ("said … that", ``قال … إن``, ``أعلنت … أن``,
#: ``اعلام کرد که``), up to the event's date
_SAYS = actors.fold_pattern(
    r"(?<!\w)(?:said|says|announced|told|stated|reported|قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر"
    r"|ذكرت|اكد|اكدت|اعلام كرد|اعلام كردند|گفت|اظهار داشت"
    # a toll revised is a statement too ("the Pentagon on Monday raised the number hurt
    # when …", ``رفعت … حصيلة``, ``آمار … را افزایش داد``)
    r"|raised|revised|updated|lowered|رفع|رفعت|عدل|عدلت|افزايش داد|افزايش دادند"
    # a reaction is told on its own day, after the event it answers ("the government
    # condemned on Saturday the strikes which hit X last night", ``أدانت … اليوم السبت
    # الضربات التي طالت ليلة أمس``, ``دولت روز شنبه حملاتی را که دیشب … محکوم کرد``)
    r"|condemned|denounced|condemns|denounces|ادان|ادانت|استنكر|استنكرت|ندد|نددت"
    r"|محكوم كرد|محكوم كردند)(?!\w)"
)
#: what a statement says: "that …", or the event its toll counts, "… hurt when …"
#: (``حين``, ``عندما``, ``جراء``, ``هنگامی که`` / ``وقتی``, which end in ``كه``)
_THAT = actors.fold_pattern(
    r"(?<!\w)(?:that|when|which|ان|بان|انه|انها|كه|حين|عندما|جراء|اثر|وقتي|التي|الذي)(?!\w)"
)


#: an event at night ("overnight", "during the night", ``خلال الليل``, ``ليلا``, ``شبانه``,
#: ``در طول شب``)
_OVERNIGHT = actors.fold_pattern(
    r"(?<!\w)(?:overnight|during the night|in the night|خلال الليل|ليلا|شبانه|در طول شب"
    r"|طي شب)(?!\w)"
)


def _overnight_before_statement(folded: str, day_at: int) -> bool:
    """Whether the day at folded ``day_at`` is a statement's, and what it says, overnight.

    "The ministry said on Saturday that six were killed when jets bombed X overnight"
    (``قالت الوزارة السبت إن … قصفت … ليلا``, ``وزارت روز شنبه اعلام کرد که … شبانه``):
    a night told on the day after it, so the event is on the day before.
    """
    night = _OVERNIGHT.search(folded, 0, day_at)
    if night is not None and _NIGHT_OF.fullmatch(folded, night.end(), day_at):
        return False  # "overnight on Saturday", ``ليلا يوم السبت``: the night's own day
    if night is not None:
        # the attribution after the event: "… struck X overnight, the SDF said on Monday"
        # (``… ليلا، وفق ما أعلنته قسد يوم الاثنين``, ``… شبانه … به گفته قسد روز دوشنبه``):
        # the day stands next to the speech verb, the night told before them both
        said = _SAYS.search(folded, night.end())
        if said is not None and abs(said.start() - day_at) <= _ATTRIBUTION_REACH:
            return True
    said = _SAYS.search(folded)
    if said is None:
        return False
    that = _THAT.search(folded, said.end())
    if that is None or day_at > that.start():
        return False  # (the day stands in what is said: the event's own)
    return _OVERNIGHT.search(folded, that.end()) is not None


#: what joins a night to its own day ("overnight on Saturday", ``ليلا يوم السبت``, ``شبانه
#: روز شنبه``)
_NIGHT_OF = re.compile(r"\s*(?:(?:on|of|يوم|روز)\s*)?")
#: how far (folded characters) a day may stand from the speech verb of its attribution
#: ("the SDF said on Monday", ``أعلنت قسد يوم الاثنين``)
_ATTRIBUTION_REACH = 24


def _said_on(between: str) -> bool:
    """Whether a statement's verb stands right after its day, before the event's day.

    "The Pentagon on Saturday said it struck 85 targets on Friday" (``ارتش آمریکا بامداد
    شنبه اعلام کرد … روز جمعه … بمباران کرده است``, ``أعلن الجيش السبت أنه قصف الجمعة``):
    the "that" news often leaves out, the first day next to the verb is the statement's.
    ``between``: the folded text from the end of the first day to the event's day.
    """
    said = _SAYS.search(between, 0, _ATTRIBUTION_REACH)
    return said is not None and said.start() <= _ATTRIBUTION_REACH // 2


#: a day that dates an event noun ("Friday's attack", ``هجوم الجمعة``, ``حمله جمعه``)
_DAY_OF_EVENT_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:(?:[وبل]?ال)?(?:هجوم|هجمات|ضربه|ضربات|غاره|غارات|قصف)|هجوما|حمله|حملات|attack)"
    r"\s+(?:(?:يوم|روز|of)\s+)?$"
)


def _names_an_event(text: str, af: _ArticleFold, sentence: Sentence, day: DateMention) -> bool:
    """Whether the day ``day`` dates an event noun, so is that event's, not a statement's."""
    if _POSSESSIVE.search(text[day.start : day.end]):  # (the date's span holds its "'s")
        return True
    return (
        _DAY_OF_EVENT_BEFORE.search(af.slice(max(sentence.start, day.start - 24), day.start)[0])
        is not None
    )


def _said_before(before: str) -> bool:
    """Whether a statement's verb stands just before its day, no event told between.

    (``أعلن الجيش الأمريكي السبت قصف … يوم الجمعة``, "The Pentagon said on Saturday it
    struck … on Friday": the verb, its subject, the statement's day.) ``before``: the
    folded text up to the first day.
    """
    said = next(iter(reversed(list(_SAYS.finditer(before)))), None)  # (a short span)
    if said is None or len(before) - said.end() > _ATTRIBUTION_REACH:
        return False
    return _IMPACT.search(before, said.end()) is None


def _debris_only(
    outside: str,
    kind: str,
    striker: str,
    killed: int | None,
    wounded: int | None,
    present: frozenset[str],
) -> bool:
    """Whether the sentence only tells where a downed weapon's debris fell (see
    :data:`_DEBRIS`): no striker, no stop of its own, no one hurt, no hit told before the
    debris ("drones hit X and a missile's remains were found later": the hit is the event)."""
    if kind != "attack" or striker or killed or wounded:
        return False
    debris = _search(_DEBRIS, outside, present)
    return debris is not None and _IMPACT.search(outside, 0, debris.start()) is None


def _says_that(folded: str) -> bool:
    """Whether ``folded`` has a statement's verb and, after it, what it says (linear)."""
    said = _SAYS.search(folded)
    return said is not None and _THAT.search(folded, said.end()) is not None


#: a site named again by its head noun only ("the base", ``القاعدة``, ``پایگاه یادشده``)
_ANAPHOR = actors.fold_pattern(
    # ("the same base", "the US base": the one named before, all the same)
    r"(?<!\w)(?:the (?:same |nearby |us |u\.s\. |american |coalition )?(?:base|airport|air base"
    r"|airbase|field|outpost|garrison|embassy|camp)"
    r"|(?:[وفب]|ل)?(?:ال|لل)(?:قاعده|مطار|حقل|معسكر|سفاره)(?!\w)"
    r"|(?:اين|همين|همان|آن) (?:پايگاه|فرودگاه|ميدان|پادگان|سفارت)"
    r"|(?:پايگاه|فرودگاه|ميدان|پادگان) (?:يادشده|ياد شده|مذكور|مزبور)"
    # Persian has no article: the bare noun after a preposition is "the base" (``به سمت
    # پایگاه پرتاب شد``, ``در داخل پایگاه منفجر شد``), unless a name follows (a place then)
    r"|(?:به|در|داخل|سمت|سوي|بر) (?:پايگاه|فرودگاه|پادگان)(?!\w)(?! ?هاي))"
)
#: a comma, then a phrase that locates what came before ("…, near the", "…, where the",
#: ``، قرب``, ``، حيث``, ``، جایی که``, ``، نزدیک``): the place after it is no second target
_LOCATING_GAP = actors.fold_pattern(
    r"(?:\s*[^\s,،]+){0,2}\s*[,،]\s*"
    r"(?:near|close to|next to|beside|outside|by|in the vicinity of|not far from|where|inside"
    r"|within|adjacent to|alongside|bordering|الملاصقه ل|الملاصق ل|المجاوره ل|در مجاورت"
    r"|داخل|ضمن|في محيط|درون|در داخل|در محدوده"
    r"|which is (?:near|next to|close to)|قرب|بالقرب من|بجوار|على مقربة من"
    r"|حيث(?: تقع| توجد| يقع| يوجد)?|التي تضم|الذي يضم|نزدیک|نزدیکی|در نزدیکی|کنار|حوالی"
    r"|جایی که|که)(?:\s+(?:the|a|an|ال))?(?:\s+\w+){0,2}\s*$"
)
#: whose a site is, then a locator ("the X base of the coalition in Y", "X, used by US
#: forces, near Y", ``قاعدة X التابعة للتحالف الدولي في Y``, ``پایگاه X متعلق به ائتلاف در
#: Y``): the place after it locates the site, as with no owner between
_OWNER_GAP = actors.fold_pattern(
    r"^[\s»\"”’)]*,?\s*(?:(?:belonging to|of|run by|used by|operated by|held by|housing) (?:the )?"
    r"(?:\S+ ){0,2}?(?:coalition|forces|troops|army|military|soldiers)"
    r"|[وف]?(?:ال)?تابع(?:ه|ين)? (?:ل|لل)?\S+(?: \S+){0,2}?"
    r"|(?:متعلق به|وابسته به|تحت كنترل|در اختيار|محل استقرار) (?:\S+ ){0,2}?\S+)"
    r"\s*,?\s+(?:in|at|near|inside|within|in the|near the|في|قرب|داخل|ضمن|در|نزديك|نزديكي"
    r"|در نزديكي|داخل)(?:\s+the)?\s*$"
)
#: a comma alone (maybe after a word or two): "the camp, near the garrison" when the
#: mention after it is itself a relative phrase ("near the al-Tanf garrison")
_COMMA_GAP = re.compile(r"(?:\s*[^\s,،]+){0,2}\s*[,،]\s*$")
_LIST_GAP = re.compile(r"(?:,|،|(?<!\w)and(?!\w)|(?<!\w)و|(?<!\w)or(?!\w))")
#: a relative phrase joined by "and" (``وقرب``, ``و نزدیک``, "and near")
_JOINED_NEAR = actors.fold_pattern(
    r"^\s*(?:and\s+|و\s?)(?:near|قرب|بالقرب|نزدیک|نزدیکی|در نزدیکی)(?!\w)"
)
#: a possessive in the gap ("in Baghdad's Green Zone") names what holds the place
#: weapons a US or coalition strike hits rather than uses (their count is the target's)
_TARGETED_WEAPONS = frozenset({"drone", "rocket", "mortar"})
_POSSESSIVE = re.compile(f"[{re.escape(''.join(sorted(APOSTROPHES)))}]s$")
#: the kinds of place that locate an event but are never the site struck
_WATER_KINDS = frozenset({"river", "lake", "sea"})
_TOWN_KINDS = frozenset({"city", "town", "village", "neighbourhood", "neighborhood"})
#: a date this many characters before a sentence still dates it
_DATE_REACH = 300
#: a month (of any calendar) begun this many days before publication is over
_MONTH_DAYS = 31
#: an event dated (coarser than a day) this long before publication is history
_HISTORY_DAYS = 60
#: an event dated to its day this long before publication is history (a past attack of
#: the last year retold with its day is an incident)
_HISTORY_DAY_EXACT_DAYS = 366


def _history_days(precision: str) -> int:
    """How long before publication an event dated with ``precision`` is history.

    >>> _history_days("day"), _history_days("month")
    (366, 60)
    """
    return _HISTORY_DAY_EXACT_DAYS if precision == "day" else _HISTORY_DAYS


# ------------------------------------------------------------------ values


@dataclass(frozen=True)
class DraftIncident:
    """An incident drafted from an article, for review.

    ``span`` indexes the article (the supporting sentence); ``confidence`` is the chance
    in [0, 1] that an analyst accepts the draft as it is (learned:
    :mod:`geoincidents.text.draft_confidence`), ``rule_confidence`` the rule score it is
    learned from, whose deductions the ``evidence`` lists (``confidence: …``);
    ``evidence`` lists where each value came from (offsets, never article sentences);
    ``duplicate_of`` is the id of an ``against`` incident this draft repeats, if any.
    """

    incident: Incident
    span: tuple[int, int]
    confidence: float
    evidence: tuple[str, ...] = ()
    duplicate_of: str = ""
    rule_confidence: float = 0.0


@dataclass(frozen=True)
class Skipped:
    """A sentence with an event cue that drafted nothing, and why (``span`` into the text)."""

    span: tuple[int, int]
    reason: str


@dataclass(frozen=True)
class DraftResult:
    """What :func:`draft_article` found: the drafts, and the event sentences it skipped."""

    drafts: tuple[DraftIncident, ...]
    skipped: tuple[Skipped, ...] = ()
    published: dt.date | None = None
    published_from: str = ""


@dataclass(frozen=True)
class Article:
    """An article to draft from: its text, publication date (if known) and source."""

    text: str
    published: dt.date | None = None
    name: str = ""
    url: str = ""
    published_from: str = ""


def kind_class(kind: str) -> str:
    """``"strike"`` for the US/coalition strike kinds, else the kind itself.

    >>> kind_class("preemptive_strike"), kind_class("attack")
    ('strike', 'attack')
    """
    return "strike" if kind in STRIKE_KINDS else kind


# ------------------------------------------------------------------ front matter, corpora

_FRONT = re.compile(r"^(?P<key>[A-Za-z_\-]+)\s*:\s*(?P<value>.*?)\s*$")
_DATE_KEYS = frozenset({"published", "date", "publication_date", "published_at"})


def read_front_matter(text: str) -> tuple[dt.date | None, int]:
    """The ``published: YYYY-MM-DD`` (or ``date:``) line at the top of ``text``.

    Returns the date (``None`` if absent) and where the body starts. Front matter is the
    run of ``key: value`` lines at the very top (optionally between ``---`` lines).

    Raises
    ------
    GeoparseError
        When the date line holds no ISO date (the message gives the line and value).

    >>> read_front_matter("published: 2024-01-20\\nRockets hit the base.")
    (datetime.date(2024, 1, 20), 22)
    >>> read_front_matter("Rockets hit the base.")
    (None, 0)
    """
    pos = 0
    published = None
    lines = text.split("\n", 20)[:20]
    fenced = bool(lines) and lines[0].strip() == "---"
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if fenced and stripped == "---":
            pos += len(line) + 1
            if number > 1:
                return published, min(pos, len(text))
            continue
        m = _FRONT.match(stripped)
        if not m or (not fenced and m.group("key").lower() not in _DATE_KEYS | {"title", "url"}):
            break
        if m.group("key").lower() in _DATE_KEYS:
            try:
                published = dt.date.fromisoformat(m.group("value")[:10])
            except ValueError:
                raise GeoparseError(
                    f"line {number}, column {line.index(':') + 2}: front matter "
                    f"{m.group('key')!r} is not an ISO date: {m.group('value')!r}"
                ) from None
        pos += len(line) + 1
    return published, min(pos, len(text)) if published or fenced else 0


def read_articles(path: str | os.PathLike[str]) -> list[Article]:
    """The articles of a file: one text file, or a JSON Lines corpus (``.jsonl``).

    A corpus record has ``text`` and optionally ``published`` (or ``date``), ``url`` and
    ``id`` (or ``source``); a text file may start with a ``published:`` line.

    Raises
    ------
    GeoparseError
        When the file cannot be read, or a record is malformed (file, line and value).
    """
    name = os.fspath(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GeoparseError(f"{name}: cannot read as UTF-8 text: {exc}") from exc
    if not name.endswith((".jsonl", ".ndjson")):
        published, _ = _front_matter_of(raw, name)
        return [Article(raw, published, Path(name).name, "", "front matter" if published else "")]
    articles = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GeoparseError(f"{name}, line {number}, column {exc.colno}: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise GeoparseError(f"{name}, line {number}: a record needs a 'text' string")
        value = record.get("published", record.get("date"))
        try:
            published = parse_published(value) if value else None
        except ValueError:
            raise GeoparseError(
                f"{name}, line {number}: 'published' is not an ISO date: {value!r}"
            ) from None
        label = str(record.get("id") or record.get("source") or f"{Path(name).name}:{number}")
        articles.append(
            Article(
                record["text"],
                published,
                label,
                str(record.get("url") or ""),
                "corpus metadata" if published else "",
            )
        )
    return articles


def _front_matter_of(text: str, name: str) -> tuple[dt.date | None, int]:
    try:
        return read_front_matter(text)
    except GeoparseError as exc:
        raise GeoparseError(f"{name}, {exc}") from None


# ------------------------------------------------------------------ lexicon


def _words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:[وفبل]|ال|بال|لل)?(?:{word_alternation(words)})(?!\w)")


@dataclass(frozen=True)
class _Lexicon:
    event: re.Pattern[str]
    intercept: re.Pattern[str]
    explosion: re.Pattern[str]
    airstrike: re.Pattern[str]


#: aircraft: named, they are no event by themselves ("warplanes flew over the city")
_AIRCRAFT = frozenset(
    (
        *("warplanes", "warplane", "fighter jets", "gunship", "جنگنده", "جنگنده‌ها"),
        *("جنگنده‌های", "طائرات حربية", "طائرة حربية", "الطيران الحربي"),
    )
)


def _event_words() -> tuple[str, ...]:
    """The words that make a sentence tell an event (weapons count, aircraft do not)."""
    weapons = [w for words in WEAPON_WORDS.values() for w in words if w not in _AIRCRAFT]
    return (*_EVENT_WORDS, *weapons)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon(
        event=_words(_event_words()),
        intercept=_words(_INTERCEPT_WORDS),
        explosion=_words((*EXPLOSION_WORDS, *_BLAST_VERBS)),
        airstrike=_words(WEAPON_WORDS["airstrike"]),
    )


def _language(text: str) -> str:
    if _PERSIAN_LETTER.search(text):
        return "fa"
    if _ARABIC_LETTER.search(text):
        return "ar"
    return "en"


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")  # (escapes: a raw-text rule)
#: the letters Persian writes and Arabic does not (پ چ ژ گ ک ی)
_PERSIAN_LETTER = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]")


# ------------------------------------------------------------------ one sentence


@dataclass(frozen=True)
class _Reading:
    """What one sentence says (before dates are carried across the article)."""

    sentence: Sentence
    paragraph: int
    event: bool
    kind: str = ""
    striker: str = ""
    group: str = ""
    claim: bool = False
    #: the claim covers more than its own event ("claimed both attacks", ``الهجومين``)
    claim_all: bool = False
    claim_cue: bool = False
    official: bool = False
    responds: bool = False
    response_places: tuple[str, ...] = ()
    #: it answers the events told before in the plural ("in response to the strikes",
    #: ``رداً على الغارات``, ``در پاسخ به این حملات``): every site of the sentence before
    answers_many: bool = False
    weapon: str = "unknown"
    count: int | None = None
    killed: int | None = None
    wounded: int | None = None
    targets: tuple[ResolvedMention, ...] = ()
    origin: ResolvedMention | None = None
    anchor_target: Location | None = None
    date: DateMention | None = None
    relative: EventRelative | None = None
    history: str = ""
    context: str = ""
    reason: str = ""
    anaphor: bool = False
    places: int = 0
    #: the event a response clause reports with its own date ("… the attack on X yesterday")
    answered: tuple[ResolvedMention, ...] = ()
    answered_date: DateMention | None = None
    #: a day relative to the event told before, in the response clause ("… the same day")
    answered_relative: EventRelative | None = None
    answered_weapon: str = "unknown"
    #: its kind, from its own clause ("in response to the missile attack on X": an attack)
    answered_kind: str = ""
    #: the state whose strike it is, when the clause names one ("a day after US strikes")
    answered_actor: str = ""
    answered_count: int | None = None
    #: the casualties the response clause gives its event ("the attack that killed three")
    answered_killed: int | None = None
    answered_wounded: int | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: targets of an interception sentence the interception does not name: attacks
    through: tuple[str, ...] = ()
    #: what was inferred rather than read in the sentence (each lowers the confidence):
    #: ``striker`` (from the sentence or clause before), ``kind`` (launchers, returned
    #: fire), ``stopped`` (interception or attack: part of the weapons stopped), ``named
    #: next`` (the site named by the sentence after)
    inferred: tuple[str, ...] = ()
    #: a reaction to an event ("Baghdad condemned the strike on X"): it drafts no place
    #: already drafted before it (see :data:`_REACTION`)
    reaction: bool = False
    #: the sentence names its event as one told before ("killed in the strike that hit X",
    #: see :data:`_BACK_REFERENCE`): merged into the draft at X told before, whatever kind
    back_reference: bool = False


#: up to this many spans, :meth:`_ArticleFold.prefill` bisects (the same positions)
_PREFILL_BISECT = 16


@dataclass(frozen=True)
class _ArticleFold:
    """The article folded once, with positions both ways (bisect on the index array)."""

    view: FoldedText
    index: object  # numpy int64 array: folded position -> original offset
    #: slices already cut, by original span (each sentence is sliced by several rules)
    cut: dict[tuple[int, int], tuple[str, int]] = field(
        default_factory=dict, compare=False, repr=False
    )

    #: ``index`` as a machine-integer array (built on first use)
    offsets: array.array[int] = field(
        default_factory=lambda: array.array("q"), compare=False, repr=False
    )
    #: where the words of :func:`_gate_words` occur (built on first use)
    hits: list[_Hits] = field(default_factory=list, compare=False, repr=False)
    #: the gate families already read, by folded span (a clause is gated by several steps)
    gates: dict[tuple[int, int], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, text: str) -> _ArticleFold:
        view = fold_text(text)
        return cls(view, view.original_indices())

    def prefill(self, spans: Sequence[Sentence]) -> None:
        """Cut every span's slice at once (one vectorised search, not two per span)."""
        import numpy as np

        todo = [s for s in spans if (s.start, s.end) not in self.cut]
        if not todo:
            return
        if len(todo) <= _PREFILL_BISECT:  # a few spans: bisection costs less than numpy's call
            for s in todo:
                self.slice(s.start, s.end)
            return
        bounds = np.array([[s.start, s.end] for s in todo], dtype=np.int64)
        folded = np.searchsorted(self.index, bounds).tolist()  # type: ignore[call-overload]
        for s, (a, b) in zip(todo, folded, strict=True):
            self.cut[(s.start, s.end)] = (self.view.folded[a:b], a)

    def families(self, start: int, end: int) -> frozenset[str]:
        """The families of :func:`_gate_words` with a word inside ``folded[start:end]``.

        A superset test: the rule a family gates can match only where one of its words
        stands, so a family absent here means the rule's answer is the empty one.
        """
        done = self.gates.get((start, end))
        if done is None:
            if not self.hits:
                self.hits.append(_find_hits(self.view.folded))
            done = self.gates[(start, end)] = self.hits[0].within(start, end)
        return done

    def gated(self, start: int, end: int) -> tuple[str, frozenset[str]]:
        """The folded text of ``original[start:end]`` and its gate families."""
        folded, at = self.slice(start, end)
        return folded, self.families(at, at + len(folded))

    def search(self, rule: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """``rule.search`` in the folded text of ``original[start:end]``, unrun where its
        gate words are absent from that span (see :func:`_search`)."""
        return _search(rule, *self.gated(start, end))

    def pos(self, original: int) -> int:
        """The folded position of original offset ``original`` (first at or after it)."""
        if not self.offsets:  # a compact copy bisect reads (a numpy search per call is slow)
            self.offsets.frombytes(self.index.astype("int64").tobytes())  # type: ignore[attr-defined]
        return bisect.bisect_left(self.offsets, original)

    def slice(self, start: int, end: int) -> tuple[str, int]:
        """The folded text of ``original[start:end]`` and its folded start."""
        done = self.cut.get((start, end))
        if done is None:
            a, b = self.pos(start), self.pos(end)
            done = self.cut[(start, end)] = (self.view.folded[a:b], a)
        return done

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.view.to_original(start, end)


@dataclass(frozen=True)
class _Hits:
    """Occurrences of the gate words in the folded article: ends (in order), starts, and
    the families (bit masks, bit ``k`` for family ``k`` of :func:`_gate_words`)."""

    ends: list[int]
    starts: list[int]
    masks: list[int]

    def within(self, start: int, end: int) -> frozenset[str]:
        """The families with a word lying wholly inside ``[start, end)``."""
        mask = 0
        i = bisect.bisect_right(self.ends, start)  # the first hit ending past ``start``
        while i < len(self.ends) and self.ends[i] <= end:
            if self.starts[i] >= start:
                mask |= self.masks[i]
            i += 1
        return _family_names(mask)


@lru_cache(maxsize=1)
def _gate_words() -> dict[str, frozenset[str]]:
    """The words that must stand in a sentence before each gated rule can answer.

    ``event``: the words of :attr:`_Lexicon.event`; the actor families of
    :func:`geoincidents.text.actors.actor_words`; the count families of
    :func:`geoincidents.text.counts.count_words`.
    """
    return {
        "event": frozenset(fold_word(w) for w in _event_words()) - {""},
        **actors.actor_words(),
        **counts.count_words(),
        **{rule.pattern: words for rule in _gated_rules() if (words := _required_words(rule))},
    }


#: a literal shorter than this gates nothing (it stands nearly everywhere)
_GATE_MIN = 3


def _required_words(rule: re.Pattern[str]) -> frozenset[str]:
    r"""Words one of which every match of ``rule`` holds, read off the rule itself (so the
    rule stays the one source of truth); empty when no such words of
    :data:`_GATE_MIN` characters or more are found.

    Each word has no space: a text whose spans are blanked to spaces (``_outside``) holds
    a word only where the text before blanking does, at the same place.

    >>> sorted(_required_words(re.compile(r"(?<!\w)(?:the )?(?:drone|rocket) fire")))
    ['drone', 'rocket']
    >>> _required_words(re.compile(r"\w+ was hit"))
    frozenset({'was'})
    >>> _required_words(re.compile(r"(?i)drone"))
    frozenset()
    """
    if rule.flags & re.IGNORECASE:
        return frozenset()
    try:
        found = _required_in(_sre_parser().parse(rule.pattern, rule.flags))
    except Exception:
        return frozenset()
    return found if found and min(map(len, found)) >= _GATE_MIN else frozenset()


@lru_cache(maxsize=1)
def _sre_parser() -> Any:
    import importlib

    try:
        return importlib.import_module("re._parser")  # Python 3.11 and later
    except ImportError:  # pragma: no cover (Python 3.10)
        return importlib.import_module("sre_parse")


#: the most strings :func:`_exact_in` spells out for one part of a rule
_EXACT_MAX = 512


def _exact_in(items: Any) -> set[str] | None:
    """Every string the parsed sequence ``items`` matches, when they are few (``None``:
    a class of many characters, a repeat, or too many); assertions match ``""``."""
    sre = _sre_parser()
    out = {""}
    for op, av in items:
        part: set[str] | None
        if op == sre.LITERAL:
            part = {chr(av)}
        elif op == sre.IN and all(o == sre.LITERAL for o, _ in av):
            part = {chr(c) for _, c in av}
        elif op == sre.BRANCH:
            branches = [_exact_in(branch) for branch in av[1]]
            part = set().union(*branches) if all(b is not None for b in branches) else None  # type: ignore[arg-type]
        elif op == sre.SUBPATTERN:
            part = None if av[1] & re.IGNORECASE else _exact_in(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] <= 1:
            inner = _exact_in(av[2])
            part = (
                None
                if inner is None
                else ({""} if av[0] == 0 else set()) | (inner if av[1] == 1 else set())
            )
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            part = {""}
        else:
            part = None
        if part is None or len(out) * len(part) > _EXACT_MAX:
            return None
        out = {x + y for x in out for y in part}
    return out


def _required_in(items: Any) -> frozenset[str] | None:
    """Words one of which every match of the parsed sequence ``items`` holds (``None``: no
    such words known); the best of what each part of the sequence requires."""
    sre = _sre_parser()
    best: frozenset[str] | None = None

    def consider(found: Iterable[str] | None) -> None:
        nonlocal best
        if found is None:
            return
        words = []
        for literal in found:
            pieces = [p for p in literal.split(" ") if p]
            if not pieces:
                return  # a literal of spaces alone (or nothing): no word required
            words.append(max(pieces, key=len))
        if not words:
            return
        candidate = frozenset(words)
        if best is None or _gate_rank(candidate) > _gate_rank(best):
            best = candidate

    consider(_exact_in(items))  # (each part alone may need fewer words: both are looked at)
    run: set[str] = {""}  # the strings of the exact parts just before
    for item in items:
        op, av = item
        exact = _exact_in([item])
        if exact is not None:
            consider(exact)
            if len(run) * len(exact) <= _EXACT_MAX:
                run = {x + y for x in run for y in exact}
            else:
                consider(run)
                run = exact
            continue
        consider(run)
        run = {""}
        if op == sre.BRANCH:
            branches = [_required_in(branch) for branch in av[1]]
            if all(b is not None for b in branches):
                consider([w for b in branches if b is not None for w in b])
        elif op == sre.SUBPATTERN:
            if not av[1] & re.IGNORECASE:
                consider(_required_in(av[3]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                consider(_required_in(av[2]))
        elif op == getattr(sre, "ATOMIC_GROUP", None):
            consider(_required_in(av))
        # anything else (a class of many characters, any character, a backreference)
        # holds no literal every match must contain
    consider(run)
    return best


def _gate_rank(words: frozenset[str]) -> tuple[bool, bool, int, int]:
    """How well ``words`` gate: first each of :data:`_GATE_MIN` letters or more, then no
    word of :func:`_common_words` (an event sentence, where the gated rules run, nearly
    always holds one), then the longest shortest word, then the fewest words."""
    shortest = min(map(len, words))
    return shortest >= _GATE_MIN, not words & _common_words(), shortest, -len(words)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Each word of the event words (:func:`_event_words`, folded): they stand in every
    sentence a gated rule reads, so they make poor gates."""
    return frozenset(piece for w in _event_words() for piece in fold_word(w).split())


@lru_cache(maxsize=1)
def _gated_rules() -> tuple[re.Pattern[str], ...]:
    """The rules :func:`_read_sentence` runs on an event sentence through :func:`_search`."""
    return (
        _ON_LAUNCHERS,
        _EARLIER_SALVO,
        _LAUNCHERS_SOUGHT,
        _PREEMPTIVE,
        _EARLIER_EVENT,
        _REPORTS_DENIED,
        _FALSE_ALARM,
        _FIRST_ACCOUNT,
        _ATTACK_VERB,
        _CASUALTY_WORD,
        _TALLY,
        _INTENT,
        _FORECAST,
        _THE_CLAIM,
        _IN_FLIGHT,
        _BACKGROUND,
        _UNFIRED,
        _DEBRIS,
        _BACK_REFERENCE,
        _IMPACT,
        _CONTEXT,
        _REACTION,
        _BOTH,
        _STOPPED,
        _NOT_STOPPED,
        _PARTITIVE,
        _ALSO_STOPPED,
        _ANOTHER_WEAPON,
        _ARRIVED,
        _OWN_WORDS,
        _PER_STATEMENT,
        _GROUP_AGAIN,
        _AIR_AGGRESSION,
        _ANSWERS_MANY,
        _MOURNS,
        _PAST_SPAN,
        _OWN_SITES,
        _OWN_LOSS,
        _SAID_BEHIND,
        _THE_WEAPONS,
        _lexicon().intercept,
        _lexicon().explosion,
        _BLAME,
        _THIRD_STATE_ARM,
        _ASSASSINATION,
        _DRILL,
        _LULL,
        _CAUSE_UNKNOWN,
        _OVERFLIGHT,
        _STRIKE_TOLL,
        _ISIS_DEED,
        _ISIS_HIT,
        _LOCAL_STRIKER,
        _ARREST,
        _ARRESTED_FOR_IT,
        _PLOT_FOILED,
        _CLOSURE,
        _AFTER_EVENT,
        _COUNTER_ACCOUNT,
        *actors.gate_rules().values(),
        # the windows around a place (:func:`_targets`)
        _REPORTER,
        _DIPLOMAT_AT,
        _UNNAMED,
        _UNNAMED_IN,
        _SPEAKER_AT,
        _PLACE_SPEAKS_BEFORE,
        _PLACE_SPEAKS_AFTER,
        _PATRON_BEFORE,
        _THREATENED,
        _ORIGIN_WIDE,
        _ORIGIN_AFTER,
        _BLAMED_FOR,
        # (each rule given to :func:`_search`, :func:`_runs` or :meth:`_ArticleFold.search`
        # is listed here: tests/text/test_drafting_gates.py reads the calls)
        _DEFENCE_DESTROYS,
        _THIRD_STATE,
        _AIR_ARM,
        _LOCATED_NEAR,
        _ANAPHOR,
        _CORRECTION,
        _LAUNCH_SITE,
        _LAUNCHER_STRUCK,
        _LAUNCHER_FOUND,
        _SITES_NAMED,
        _ONE_OF_THE_SITES,
        _SITES_LAY,
        _SITE_LIES_NEAR,
        _DEFENDER,
        _THIS_EVENT,
        _STRIKE_NOUN,
        _ONE_OF_THE_STRIKES,
        *counts.toll_rules(),
    )


@lru_cache(maxsize=1)
def _ALL_FAMILIES() -> frozenset[str]:
    """Every gate family: nothing gated away (for a text of no known span)."""
    return frozenset(_gate_words())


def _runs(rule: re.Pattern[str], present: frozenset[str]) -> bool:
    """Whether ``rule`` may match in a span whose gate families are ``present``: not when
    the words every match of it holds (:func:`_required_words`) are absent."""
    # (``present`` first: a set lookup, cheaper than the cached table's call)
    return rule.pattern in present or rule.pattern not in _gate_words()


def _search(rule: re.Pattern[str], folded: str, present: frozenset[str]) -> re.Match[str] | None:
    """``rule.search(folded)``, unrun (``None``) where :func:`_runs` says it cannot match
    (``present``: the gate families of a span ``folded`` lies in, blanked or not)."""
    if rule.pattern in present:
        return rule.search(folded)
    if rule.pattern in _gate_words():
        return None  # (its words are absent: see :func:`_runs`)
    # a rule no family gates (a required word too short to gate an article): its required
    # words looked for in ``folded`` itself, a substring test cheaper than the regex
    weak = _short_gate(rule)
    if weak is not None and not any(word in folded for word in weak):
        return None
    return rule.search(folded)


#: the most words :func:`_short_gate` checks one by one (more cost about the regex's scan)
_SHORT_GATE_MAX = 12


@lru_cache(maxsize=256)
def _short_gate(rule: re.Pattern[str]) -> frozenset[str] | None:
    r"""Words one of which every match of ``rule`` holds, however short (``None``: none
    known, too many, or a rule matching either case); see :func:`_required_in`.

    >>> sorted(_short_gate(re.compile(r"(?<!\w)(?:both|هر دو)(?!\w)")))
    ['both', 'هر']
    """
    if rule.flags & re.IGNORECASE:
        return None
    try:
        found = _required_in(_sre_parser().parse(rule.pattern, rule.flags))
    except Exception:
        return None
    if not found or "" in found or len(found) > _SHORT_GATE_MAX:
        return None
    return found


@lru_cache(maxsize=4096)
def _family_names(mask: int) -> frozenset[str]:
    return frozenset(f for bit, f in enumerate(_gate_words()) if mask >> bit & 1)


def _updated_toll(folded: str, present: frozenset[str]) -> tuple[int | None, int | None]:
    """:func:`geoincidents.text.counts.updated_toll`, unrun (``(None, None)``) where none of
    :func:`geoincidents.text.counts.toll_rules` may match (``present``: as for
    :func:`_search`)."""
    if any(_runs(rule, present) for rule in counts.toll_rules()):
        return counts.updated_toll(folded)
    return None, None


@lru_cache(maxsize=1)
def _gate_automaton() -> object:
    import ahocorasick

    masks: dict[str, int] = {}
    for bit, words in enumerate(_gate_words().values()):
        for word in words:
            masks[word] = masks.get(word, 0) | (1 << bit)
    automaton = ahocorasick.Automaton()
    for word, mask in masks.items():
        automaton.add_word(word, (len(word), mask))
    automaton.make_automaton()
    return automaton


def _find_hits(folded: str) -> _Hits:
    """Every occurrence (as a substring) of every gate word in ``folded``."""
    # the automaton reports hits by their end, in order: no sorting needed
    found = list(_gate_automaton().iter(folded))  # type: ignore[attr-defined]
    ends = [last + 1 for last, _ in found]
    starts = [last + 1 - length for last, (length, _) in found]
    masks = [mask for _, (_, mask) in found]
    return _Hits(ends, starts, masks)


#: a weapon stopped on its way: "before reaching", ``قبل وصولها``, ``پیش از رسیدن … منهدم شد``
_STOPPED = actors.fold_pattern(
    r"(?<!\w)(?:before (?:it |they )?(?:could |can )?(?:reach|reached|reaching|hit)"
    r"|قبل (?:وصول|ان تصل|بلوغ)|(?:پيش|قبل) از (?:رسيدن|اصابت)|منهدم شد|منهدم شدند)"
)
#: part of the weapons stopped ("two of them", ``اثنتان منها``, ``دو فروند از آنها``, "the
#: third crashed"): the attack went on, so it is an attack, not an interception
_PARTITIVE = actors.fold_pattern(
    r"(?<!\w)(?:of them|of which|the (?:rest|others?|third|remaining)|منها|منهم|بقيه|الباقي"
    r"|از انها|مابقي|another|a second|a third|a fourth|got through|اخري|ثانيه|ديگري"
    # "one of the two … the other" (``إحداهما … الأخرى``, ``یکی … دیگری``; not the Hijri
    # months ``ربيع الآخر``, ``جمادى الآخرة``/``الأخرى``)
    r"|(?<!ربيع )(?<!جمادي )(?:الاخري|الاخر)|الثانيه|احداهما|احدهما|احداها|احدها|يكي از"
    r"|the second one"
    # "one was downed; the second hit the base" (not "the second attack": another event)
    r"|the second(?! (?:attack|strike|raid|barrage|time|day|round|wave|such|one))"
    # "three of the drones", ``ثلاث من الطائرات``, ``۳ فروند از پهپادها``, ``دو فروند دیگر``
    r"|(?<!all )(?<!both )(?<!each )of the (?:drones|rockets|missiles|projectiles)"
    r"|(?<!كل )(?<!جميع )من (?:الصواريخ|الطائرات|المسيرات|القذائف)"
    r"|از (?:اين )?(?:پهپادها|موشكها|راكتها|پهپاد ها|موشك ها|راكت ها)|(?:فروند|تاي) ديگر"
    r"|(?:most|some|many) of|(?:معظم|بعض|اغلب|غالبيت)(?:ها|هم)"
    r"|most (?:missiles|rockets|drones|projectiles)|(?:معظم|اغلب|بعض|غالبيه) (?:ال)?(?:صواريخ"
    r"|مسيرات|طائرات|قذائف)|(?:بيشتر|اكثر|برخي از|برخي) (?:موشك|پهپاد|راكت|خمپاره)\w*"
    # "most" as the subject, its weapons named before ("most were intercepted", ``بیشتر
    # آنها رهگیری شدند``, ``بیشترشان``): the rest got through
    r"|(?:most|some|many) (?:were|was)|(?:بيشتر|اكثر|برخي) انها|بيشترشان|اكثرشان)(?!\w)"
)


#: the next weapon stopped as well ("a third drone … was also shot down", ``كما أسقطت …
#: أيضاً``, ``… نیز رهگیری شد``): a part, but of weapons all stopped
_ALSO_STOPPED = actors.fold_pattern(
    r"(?<!\w)(?:(?:was|were) also (?:shot down|intercepted|downed|brought down|destroyed)"
    r"|also (?:shot down|intercepted|downed)"
    r"|[وف]?(?:اسقطت|اعترضت|اسقاط|اعتراض|تصدت)\w*(?: \S+){0,8} (?:ايضا|كذلك)"
    r"|(?:ايضا|كذلك) (?:تم )?(?:اسقاط|اعتراض)"
    r"|نيز(?: \S+){0,8} (?:رهگيري|سرنگون|منهدم|ساقط))(?!\w)"
)
#: one more weapon, told apart ("a third drone", "another rocket", ``طائرة مسيرة ثالثة``,
#: ``صاروخ آخر``, ``پهپاد سوم``, ``پهپاد دیگری``)
_ANOTHER_WEAPON = actors.fold_pattern(
    r"(?<!\w)(?:(?:a second|a third|a fourth|another|one more) (?:\S+ ){0,2}?"
    r"(?:drones?|rockets?|missiles?|projectiles?)"
    r"|(?:طائره|صاروخ|قذيفه)(?: مسيره)? (?:اخري|اخر|ثانيه|ثان|ثالثه|ثالث)"
    r"|(?:پهپاد|موشك|راكت)(?:ي)? (?:ديگري|ديگر|دوم|سوم))(?!\w)"
)
#: a weapon arriving or aimed home ("hit", "targeted", "got through", ``سقط``, ``استهدفت``,
#: ``اصابت کرد``)
_ARRIVED = actors.fold_pattern(
    r"(?<!\w)(?:hit|hits|struck|landed|fell|exploded|slammed|impacted|got through|reached"
    r"|targeted|attacked|[وف]?(?:سقط|سقطت|اصاب|اصابت|انفجر|انفجرت|استهدف|استهدفت|هاجمت)"
    r"|اصابت (?:كرد|كردند)|فرود (?:امد|امدند)|هدف قرار (?:داد|دادند)|منفجر شد)(?!\w)"
)


def _another_stopped(folded: str, present: frozenset[str]) -> bool:
    """Whether the weapon stopped is one more, told apart, and none arrived in the sentence
    (read where the sentence names its own place: "the base" after an attack is that
    salvo's, see :func:`draft_article`).

    ("Later, a third drone approaching the base was intercepted", ``وأسقطت الدفاعات طائرة
    مسيرة ثالثة``, ``پهپاد سوم رهگیری شد``): "a third" counts the weapons of the day, not
    the part of a salvo that got through: an interception.
    """
    if _search(_ANOTHER_WEAPON, folded, present) is None:
        return False
    # (the arrival a stop denies is none: "was shot down before it reached the base")
    stops = [m.span() for m in _STOPPED.finditer(folded)] if _runs(_STOPPED, present) else []
    return _search(_ARRIVED, _outside(folded, stops) if stops else folded, present) is None


_NUMBER_TOKEN = re.compile(r"\w+")
#: a strike whose object is launchers ("struck rocket launchers", ``حمله به سامانه‌های پرتاب``,
#: ``قصف منصات إطلاق``): militias fire from launchers, the side they threaten hits them
_ON_LAUNCHERS = actors.fold_pattern(
    r"(?<!\w)(?:(?:struck|hit|targeted|destroyed|strikes? on|attacks? on|strike against)"
    r"(?: \w+){0,2} (?:rocket |drone |missile )?(?:launchers|launcher|launch sites?|launch pads?"
    r"|launching sites?)"
    r"|(?:حمله|حملات|حملاتي) (?:به|عليه) (?:\w+ )?(?:سامانه|سامانههاي|سكوي|سكوهاي) (?:\w+ )?پرتاب"
    r"|(?:قصف|استهداف|استهدفت|قصفت|دمرت|تدمير) (?:\w+ )?(?:منصه|منصات|منصتي) (?:ل|ال)?اطلاق)"
)


#: Persian text: letters the fold keeps (``پ``, ``چ``, ``ژ``, ``گ``), the object marker or a
#: verb word (``کرد``, ``شد``, ``است``)
_PERSIAN = re.compile(r"[پچژگ]|(?<!\w)(?:را|كرد|كردند|شد|شدند|است|مي)(?!\w)")


#: "was destroyed" in Persian (``منهدم شد``): a weapon downed when a weapon is named, else
#: the site destroyed
_SITE_DESTROYED = actors.fold_pattern(r"(?<!\w)منهدم (?:شد|شدند|گردید|گردیدند)(?!\w)")


def _intercept(
    folded: str, lex: _Lexicon, present: frozenset[str] | None = None
) -> re.Match[str] | None:
    """The first interception word of ``folded``; ``اعتراض`` in Persian is a protest.

    >>> from geoincidents.text.folding import fold_text
    >>> bool(_intercept(fold_text("بغداد به این حمله اعتراض کرد").folded, _lexicon()))
    False
    >>> bool(_intercept(fold_text("وتم اعتراض الطائرة").folded, _lexicon()))
    True
    """
    persian: bool | None = None
    if present is not None and not _runs(lex.intercept, present):
        return None  # no interception word in the span (see :func:`_search`)
    for m in lex.intercept.finditer(folded):
        if "اعتراض" not in m.group():
            return m
        if persian is None:
            persian = _PERSIAN.search(folded) is not None
        if not persian:
            return m
    return None


def _stop_word(
    folded: str, lex: _Lexicon, weapon: str, present: frozenset[str] | None = None
) -> re.Match[str] | None:
    """The first interception word of ``folded`` (see :func:`_intercept`), where "was
    destroyed" (:data:`_SITE_DESTROYED`) tells a stop only of a weapon named (``weapon``).

    >>> from geoincidents.text.folding import fold_text
    >>> bool(_stop_word(fold_text("مواضع داعش در ادلب منهدم شد").folded, _lexicon(), "unknown"))
    False
    >>> bool(_stop_word(fold_text("یک پهپاد منهدم شد").folded, _lexicon(), "drone"))
    True
    """
    m = _intercept(folded, lex, present)
    if m is None or weapon != "unknown" or not _SITE_DESTROYED.search(folded):
        return m
    return _intercept(_SITE_DESTROYED.sub(" ", folded), lex, present)


def _fewer_stopped(folded: str, count: int, lex: _Lexicon) -> bool:
    """Whether a number smaller than ``count`` stands next to the interception word.

    ("two were shot down", ``وأسقطت الدفاعات اثنتين``, ``دو تا رهگیری شدند``.)
    """
    m = _intercept(folded, lex)
    if m is None:
        return False
    near = _NUMBER_TOKEN.findall(folded[max(0, m.start() - 30) : m.start()])[-3:]
    near += _NUMBER_TOKEN.findall(folded[m.end() : m.end() + 30])[:2]
    for token in near:
        value = counts.number_at(token)
        if value is not None and token not in ("a", "an", "یک", "يك") and value < count:
            return True
    return False


#: an interception denied: "was not intercepted", ``لم يتم اعتراضها``, ``رهگیری نشد``
#: a defence system as the one that destroyed ("the C-RAM destroyed a drone", ``سامانه
#: دفاعی سفارت یک پهپاد را منهدم کرد``, ``دمرت الدفاعات الجوية طائرة مسيرة``): a defence
#: destroys only what flies at it, so it stopped the weapon (an interception)
_DEFENCE_DESTROYS = actors.fold_pattern(
    r"(?<!\w)(?:(?:air )?defen[cs]e systems?|air defen[cs]es|c ?ram|counter ?drone systems?"
    r"|patriot (?:batteries|battery|system)|(?:سامانه|سامانه هاي) (?:دفاعي|پدافند\w*)|پدافند"
    r"|(?:ال)?دفاعات(?: الجويه)?|(?:منظومه )?(?:ال)?دفاع الجوي|منظومه (?:سي رام|الدفاع))"
    r"(?: \S+){0,20}? (?:destroyed|destroying|منهدم (?:كرد|كردند|ساخت)|دمرت|دمرتها|دمرها)(?!\w)"
    r"|(?<!\w)(?:دمرت|دمرتها)(?: \S+){0,2}? (?:ال)?(?:دفاعات|منظومه|الدفاع الجوي)(?!\w)"
)
_NOT_STOPPED = actors.fold_pattern(
    r"(?<!\w)(?:(?:not|n't|never|failed to|without|و?لم|و?لا|دون|بدون|فشلت في)\s+(?:\w+\s+){0,2}"
    r"(?:intercept|intercepted|shot down|downed|يتم اعتراض|اعتراض|تعترض|اعترضت|اسقاط)"
    r"|(?:رهگیری|سرنگون|منهدم|خنثی)\s?(?:نشد|نشده|نشدند))"
)


#: a blast's cause left open ("not yet known whether an air strike or a fire caused them",
#: "it was unclear what caused", "officials could not say whether a raid set them off", "the
#: cause is unclear", ``لم يعرف ما إذا كانت ناجمة عن غارة``, ``لم تتضح أسبابه``, ``مجهول
#: السبب``, ``مشخص نیست که علت آن``, ``علت آن معلوم نیست``): a blast, not a strike. The doubt
#: must be about the cause: "it was not clear whether anyone was killed", ``وعدد الضحايا غير
#: معروف``, ``مشخص نیست که تلفاتی داشته است`` leave a strike told as a fact a strike
_CAUSE_UNKNOWN = actors.fold_pattern(
    r"(?<!\w)(?:"
    # English: whether it was an air strike / a drone / an accident ...; whether ... caused it
    r"whether (?:it was |they were |the (?:blasts?|explosions?) (?:was|were) )?"
    r"(?:caused by |due to |the result of |from )?(?:an? )(?:air ?strikes?|airstrikes?|raids?"
    r"|strikes?|drones?|attacks?|accident\w*|fire|rockets?|missiles?|shells?|bomb\w*)"
    r"|(?:whether|if)(?: \S+){0,6}? (?:caused|triggered|set (?:it|them) off|was behind|were behind)"
    r"|(?:unclear|unknown|not (?:yet |immediately )?(?:known|clear)"
    r"|(?:did|do|does) not (?:yet )?know) what (?:caused|triggered|set off)"
    r"|causes? (?:of (?:the |its |their )?(?:blasts?|explosions?|fires?|blaze|incident) )?"
    r"(?:is|was|were|are|remains?|remained) (?:still |yet )?"
    r"(?:unknown|unclear|not (?:yet )?(?:known|clear))"
    r"|unknown causes?|of unknown origin|for unknown reasons?"
    # Arabic: not known whether it came from a raid; its causes not clear; of unknown cause
    r"|(?:[وف]?لم (?:يعرف|يتضح|يعلم|تعرف|تتضح|تعلم)|غير (?:معروف|واضح)\S*)(?: بعد)?"
    r"(?: (?:ما اذا|ان كان\S*)(?: \S+){0,3}? (?:ناجم\S*|ناتج\S*|بسبب|بفعل|جراء|غاره|غارات|قصف"
    r"|استهداف|هجوم|مسيره|طائره|صاروخ)| (?:ال)?(?:اسباب|سبب)\S*)"
    r"|(?:ال)?(?:اسباب|سبب)\S* (?:ال\S+ )?"
    r"(?:غير (?:معروف|واضح)|مجهول|لا تزال مجهول|ما زالت مجهول)\S*"
    r"|مجهول\S* (?:ال)?(?:اسباب|سبب)"
    # Persian: not clear whether its cause was an air strike; its cause is not known
    r"|(?:مشخص|معلوم|روشن) (?:نيست|نشده)(?: است)? (?:كه |ايا )?(?:\S+ ){0,3}?"
    r"(?:(?:علت|ناشي|منشا|دليل)|(?:حمله|پهپاد|بمباران|موشك)(?: \S+){0,2}? (?:بوده|بود|باشد))"
    r"|(?:علت|منشا|دليل|دلايل)(?: \S+){0,2}? (?:(?:مشخص|معلوم|روشن) (?:نيست|نشده)|نامعلوم)"
    r")(?!\w)"
)


#: aircraft seen overhead ("coalition jets flew low over the area", ``حلقت طائرات التحالف``,
#: ``هواپیماهای ائتلاف بر فراز منطقه پرواز کردند``): a flight, not a strike
_OVERFLIGHT = actors.fold_pattern(
    r"(?<!\w)(?:flew|flying|hovered|hovering|circled|circling|overflew"
    r"|[وف]?(?:حلقت|حلق|تحلق|يحلق)|(?:ال)?تحليق|پرواز)(?!\w)"
)


def _overflight_only(folded: str, weapon: str, lex: _Lexicon, present: frozenset[str]) -> bool:
    """Whether a state is named in ``folded`` only by its aircraft seen overhead while
    blasts of unknown cause were heard (:data:`_OVERFLIGHT`, :data:`_CAUSE_UNKNOWN`): the
    event told is the blasts, no strike of that state."""
    return (
        weapon == "unknown"
        and _search(_OVERFLIGHT, folded, present) is not None
        and _search(_CAUSE_UNKNOWN, folded, present) is not None
        and _search(lex.explosion, folded, present) is not None
    )


def _kind(
    folded: str,
    striker: str,
    weapon: str,
    lex: _Lexicon,
    present: frozenset[str] | None = None,
    *,
    own_place: bool = False,
) -> str:
    """The kind of event ``folded`` tells (``present``: its gate families, see :func:`_search`;
    ``own_place``: the sentence names the place of its event, see :func:`_another_stopped`)."""
    if present is None:
        present = _ALL_FAMILIES()
    stopped = (
        _intercept(folded, lex, present)
        or (not striker and weapon != "airstrike" and _search(_STOPPED, folded, present))
        or (weapon != "airstrike" and _search(_DEFENCE_DESTROYS, folded, present))
    )
    if stopped and weapon == "unknown" and _SITE_DESTROYED.search(folded):
        # "the group's positions in X were destroyed" (``مواضع … در X منهدم شد``), no weapon
        # named: a site hit, not a weapon stopped, unless another word tells a stop
        rest = _SITE_DESTROYED.sub(" ", folded)
        stopped = (
            _stop_word(rest, lex, weapon, present)
            or (not striker and _search(_STOPPED, rest, present))
            or _search(_DEFENCE_DESTROYS, rest, present)
        )
    if stopped and _search(_NOT_STOPPED, folded, present):
        stopped = None  # "the drone was not intercepted": it got through
    if (
        stopped
        and _search(_PARTITIVE, folded, present)
        and not striker
        and not _search(_ALSO_STOPPED, folded, present)
        and not (own_place and _another_stopped(folded, present))
    ):
        return "attack"
    if stopped:
        return "interception"
    if (
        not striker
        and weapon == "airstrike"
        and _search(_CAUSE_UNKNOWN, folded, present)
        and _search(lex.explosion, folded, present)
    ):  # "blasts, and it was not known whether an air strike or a depot fire caused them"
        return "explosion"
    if striker or weapon == "airstrike":
        return (
            "preemptive_strike" if _search(_PREEMPTIVE, folded, present) else "retaliatory_strike"
        )
    if (
        _search(lex.explosion, folded, present)
        and weapon == "unknown"
        and _CONVOY_BOMBED.search(folded) is None
    ):
        return "explosion"
    return "attack"


#: a convoy or patrol a blast hit ("a convoy was hit by a similar blast", ``تعرض رتل
#: لتفجير``, ``انفجار در مسیر کاروان``): a bombing of a convoy is an attack on it
_CONVOY_BOMBED = actors.fold_pattern(
    r"(?<!\w)(?:convoys?|patrols?|[وفب]?(?:ال)?(?:رتل|رتلا|ارتال|دوريه|دوريات)"
    r"|(?:كاروان|ستون) (?:\S+ )?(?:نظامي|لجستيكي|تداركاتي|ائتلاف|آمريكايي|نيروهاي)"
    r"|كاروان ?(?:ها|هاي)?)(?!\w)"
)


def _in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _span_test(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a position lies in any of ``spans``, built once for many positions
    (sorting, then a bisection per position: a sentence with no end may hold hundreds of
    clauses and places, and testing each place against each clause grows as their product).

    >>> inside = _span_test([(10, 20), (0, 5), (12, 30)])
    >>> [inside(p) for p in (3, 7, 15, 29, 30)]
    [True, False, True, True, False]
    """
    if not spans:
        return _nowhere
    if len(spans) == 1:
        ((a, b),) = spans
        return lambda pos: a <= pos < b
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < reach[i]

    return inside


def _nowhere(pos: int) -> bool:
    """In no span (:func:`_span_test` of none)."""
    return False


#: how many places on either side, in the sentence's order, a place is compared with when
#: one of them may hold, or lie beyond, the other (a sentence with no end names hundreds)
_NEIGHBOURS = 16


#: kinds of place that hold sites without being one (a fortified district, a camp area)
_HOLDER_KINDS = frozenset({"landmark", "district"})


def _holds_another(m: ResolvedMention, others: Sequence[ResolvedMention]) -> bool:
    """Whether ``m`` is a district or landmark that holds another, narrower, site named."""
    place = m.place
    if place is None or place.kind not in _HOLDER_KINDS or m.relative is not None:
        return False
    reach = _specificity(m)[1]
    return any(
        o is not m
        and o.place is not None
        and o.place.id != place.id
        and _specificity(o) < (1, 0.0)
        # (the site's own extent: "some fell near the embassy" is still the embassy inside)
        and min(_specificity(o)[1], float(o.place.precision_m)) < reach
        and haversine_m(place.lat, place.lon, o.place.lat, o.place.lon) <= reach
        for o in others
    )


#: a town or city named as its countryside or province ("the Deir ez-Zor countryside",
#: "eastern Hasakah province", ``ريف دير الزور``, ``محافظة الحسكة``, ``استان دیرالزور``,
#: ``حومه البوکمال``): the region around it, not the town
_REGION_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:countryside of|province of|governorate of|(?:[وفب]?ال)?ريف|(?:[وفب]?ل?ال)?محافظه"
    r"|ولايه|استان|حومه|روستاهاي اطراف)(?:\s+(?:the|eastern|western|northern|southern))?\s*$"
)
_REGION_AFTER = actors.fold_pattern(
    r"^(?:'s)?\s*(?:countryside|province|governorate|region|outskirts)(?!\w)"
)


def _region_of_town(m: ResolvedMention, af: _ArticleFold) -> bool:
    """Whether ``m``, a town or city, is named as its countryside or province.

    The words may stand in the mention (``ريف دير الزور``) or just around it.
    """
    place = m.place
    if place is None or place.kind not in _TOWN_KINDS or m.relative is not None:
        return False
    name = af.slice(m.start, m.end)[0]
    first = name.split(maxsplit=1)[0] if " " in name else ""
    if _REGION_BEFORE.search(af.slice(max(0, m.start - 24), m.start)[0] + " " + first + " "):
        return True
    return bool(_REGION_AFTER.match(af.slice(m.end, m.end + 20)[0]))


#: how far from the direction named a site may lie and still be "east of" the city
_TOWARD_DEG = 67.5


def _lies_toward(r: ResolvedMention, o: ResolvedMention) -> bool:
    """Whether ``o``'s place lies in the direction ``r`` names from its city, in its province.

    ``r`` is "east of X" (a bearing, no distance) from a town or city; ``o`` a place of
    the same province beyond the city, within :data:`_TOWARD_DEG` of that bearing.
    """
    rel, site = r.relative, o.place
    if rel is None or rel.distance_m is not None or rel.bearing_deg is None or site is None:
        return False
    city = rel.anchor
    if city.kind not in _TOWN_KINDS or not city.admin1 or site.admin1 != city.admin1:
        return False
    if (
        site.id == city.id
        or haversine_m(city.lat, city.lon, site.lat, site.lon) <= city.precision_m
    ):
        return False
    bearing = _bearing_deg(city.lat, city.lon, site.lat, site.lon)
    return abs((bearing - rel.bearing_deg + 180.0) % 360.0 - 180.0) <= _TOWARD_DEG


def _bearing_deg(lat_from: float, lon_from: float, lat_to: float, lon_to: float) -> float:
    """The initial compass bearing (degrees, 0 = north, 90 = east) from one point to another.

    >>> round(_bearing_deg(33.0, 44.0, 32.0, 44.0))
    180
    """
    lat1, lat2 = math.radians(lat_from), math.radians(lat_to)
    dlon = math.radians(lon_to - lon_from)
    return math.degrees(
        math.atan2(
            math.sin(dlon) * math.cos(lat2),
            math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon),
        )
    )


def _drop_regions(
    located: list[ResolvedMention], af: _ArticleFold, notes: list[str]
) -> list[ResolvedMention]:
    """``located`` without a countryside or province that holds another site of the list.

    "Jets hit depots in the Deir ez-Zor countryside, one by Albu Kamal, one by al-Mayadin"
    (``قصف مستودعات في ريف دير الزور، أحدها قرب البوكمال``): the countryside is where the
    sites are (the same province), not a third target.
    """
    if len(located) < 2:
        return located
    regions = [m for m in located if _region_of_town(m, af)]
    region_ids = {id(m) for m in regions}
    # (the places of each province the list names outside its regions: one pass)
    by_province: dict[str, set[str]] = {}
    for o in located:
        if id(o) not in region_ids and o.place is not None and o.place.admin1:
            by_province.setdefault(o.place.admin1, set()).add(o.place.id)
    held = [
        r
        for r in regions
        if r.place is not None and bool(by_province.get(r.place.admin1, set()) - {r.place.id})
    ]
    # "Albu Kamal and its countryside, east of Deir ez-Zor" (``شرقي دير الزور``): a
    # direction from a city, with no distance, toward a site of the list in its province
    held_ids = {id(m) for m in held}
    held += [
        r
        for i, r in enumerate(located)
        if id(r) not in held_ids
        and any(
            o is not r and o.relative is None and _lies_toward(r, o)
            for o in located[max(0, i - _NEIGHBOURS) : i + _NEIGHBOURS + 1]
        )
    ]
    notes += [f"{m.start}-{m.end}: the region holding the sites, not a target" for m in held]
    held_ids = {id(m) for m in held}
    return [m for m in located if id(m) not in held_ids]


#: "between X and Y" (``بين X و Y``, ``بین X و Y``, ``میان X و Y``): the stretch between
#: two places (a road, a front), one place of one event
_BETWEEN_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:between|بين|ميان)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+|(?:مدينه|بلده"
    r"|قريه|شهر|شهرك|روستاي)\s+)?$"
)
_BETWEEN_AND = actors.fold_pattern(r"^\s*(?:and|و)\s*$")


def _one_between(
    located: list[ResolvedMention], af: _ArticleFold, notes: list[str]
) -> list[ResolvedMention]:
    """``located`` with one place for each "between X and Y": the narrower of the two.

    "A roadside bomb hit a patrol on the road between Hasakah and al-Shaddadi" (``على
    الطريق بين الحسكة والشدادي``, ``در جاده میان حسکه و الشدادی``): one event on the
    stretch between them, drafted once, at the place of smaller extent (the town over the
    city: its point is the nearer guess), not twice.
    """
    if len(located) < 2:
        return located
    dropped: list[ResolvedMention] = []
    for a, b in itertools.pairwise(located):
        if (
            b.start > a.end
            and b.start - a.end <= 12
            and _BETWEEN_AND.match(af.slice(a.end, b.start)[0])
            and _BETWEEN_BEFORE.search(af.slice(max(0, a.start - 30), a.start)[0])
        ):
            wider = a if _specificity(a) > _specificity(b) else b
            dropped.append(wider)
            notes.append(f"{wider.start}-{wider.end}: one end of a stretch 'between' two places")
    dropped_ids = {id(m) for m in dropped}
    return [m for m in located if id(m) not in dropped_ids]


def _specificity(m: ResolvedMention) -> tuple[int, float]:
    place = m.place
    assert place is not None
    # (an area, or a natural feature such as a river: never a site of its own)
    rank = 2 if place.kind in NOT_TARGET_KINDS else (1 if place.kind in _TOWN_KINDS else 0)
    return rank, float(m.radius_m or place.precision_m)


#: a place that speaks or mourns for its government ("Baghdad said", ``أعلنت بغداد الحداد``,
#: ``بغداد اعلام کرد``): a speaker, not a place of the event
_PLACE_SPEAKS_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:و|ف)?(?:اعلنت|قالت|اكدت|نددت|دانت|ادانت|طالبت|اتهمت|حملت|ردت|نفت|رفضت"
    r"|استنكرت|وصفت|اعتبرت|حذرت|ابلغت|ابلغ|اخطرت|اعترفت|اقرت|تعترف|تقر"
    # a capital summoning an envoy (``وستستدعي بغداد السفير``)
    r"|استدعت|تستدعي|ستستدعي"
    # a capital that strives or seeks (``تحاول بغداد``, ``تسعى بغداد``): its government
    r"|تحاول|حاولت|تسعى|سعت)(?:ها|هما|هم|ه)?\s*$"  # (its object on the verb: ``وصفتها دمشق``)
    # the capital's leave (``با اطلاع بغداد``, ``بدون هماهنگی با بغداد``, ``دون علم بغداد``,
    # ``بالتنسيق مع بغداد``, "without the consent of Baghdad"): its government, not a place
    r"|(?<!\w)(?:با|بدون|بي)\s+(?:اطلاع|هماهنگي|اجازه|موافقت|اذن|رضايت)(?:\s+با)?\s*$"
    r"|(?<!\w)(?:[بو]?علم|(?:ب|دون )(?:موافقه|اذن|تنسيق مع|التنسيق مع|علم)|بالتنسيق مع)\s*$"
    r"|(?<!\w)(?:knowledge|consent|approval|permission|coordination) (?:of|with)\s*$"
)
_PLACE_SPEAKS_AFTER = actors.fold_pattern(
    # (an auxiliary or "also" first: "Baghdad has condemned", "Damascus also said",
    # ``دمشق نیز …``, ``تهران هم …``)
    r"^\s*(?:(?:has|have|had|also|has also|had also|نيز|هم)\s+)?"
    r"(?:said|says|announced|condemned|denounced|declared|accused|blamed|warned|called"
    r"|calls|denied|denies|rejected|protested|summoned|described|will summon|would summon"
    # a capital that owns a fact ("before Amman acknowledged the site was on its soil",
    # ``قبل أن تعترف عمّان``, ``عمان پذیرفت``): its government speaking, not a place hit
    r"|acknowledged|acknowledges|admitted|admits|conceded|concedes|confirmed|confirms"
    r"|تعترف|تقر|اعترفت|اقرت|پذيرفت|پذيرفتند|اعتراف كرد|تاييد كرد"
    # condemning, with it (``دمشق با محکوم کردن این حملات``)
    r"|(?:با )?محكوم (?:كردن|كرد|كردند|كرده)"
    # the capital's leave asked or skipped ("without Baghdad's approval", the possessive
    # folded to "baghdads"): its government, not a place
    r"|s (?:approval|consent|knowledge|permission|coordination)"
    # the subject of a future (``أن بغداد ستتخذ``, ``دمشق ستر د``): the government acts
    r"|ست(?:تخذ|رد|اتخذ|تحتفظ|طالب|لجا|رفع|قدم)"
    # the capital told or warned: the government informed ("Baghdad had been told
    # beforehand", "Tehran was warned", ``بغداد از قبل مطلع شده بود``; ``أبلغت بغداد``)
    r"|(?:had been|has been|was|were) (?:told|informed|notified|warned|briefed)"
    r"|(?:از (?:قبل|پيش) )?(?:مطلع|آگاه|اگاه) (?:شده بود|شده است|شد|بود)"
    r"|اعلام كرد|اعلام كرده|گفت|محكوم كرد|اعلام داشت|هرگونه|هر گونه|تكذيب"
    # the subject before its verb after ``أن``: ``أن بغداد ترفض``, ``أن طهران تنفي``
    r"|ترفض|تدين|تستنكر|تطالب|تنفي|تؤكد|تحذر|تعتبر"
    # a Persian object pronoun and its ``را`` right after: the capital is the subject
    # (``دمشق آن را تجاوز خواند``)
    r"|(?:آن|آنها|اين|اينها) (?:\S+ )?را"
    # a Persian capital summoning an envoy (``بغداد کاردار آمریکا را احضار خواهد کرد``)
    r"|(?:\S+ ){1,3}?را (?:احضار|فراخواند|فرا خواند)"
    # a capital that strives, seeks or hopes ("when Baghdad was trying to keep the region
    # calm", "Baghdad sought", ``بغداد تلاش می‌کرد``): its government, not a place hit
    r"|(?:was|is|has been|had been) (?:trying|seeking|working|hoping|attempting)|tried"
    r"|sought|seeks|hopes|hoped|wants|wanted|تلاش|مي كوشد|مي كوشيد|تحاول|تسعي)(?!\w)"
)
#: where the weapons came from, a few words before the place ("the rockets were launched
#: from a truck parked near X", ``انطلقت من بستان قرب X``, ``از محل … در X شلیک``)
_ORIGIN_WIDE = actors.fold_pattern(
    r"(?<!\w)(?:(?:launched|fired|shot|took off|came|come|coming) from|originat\w* (?:from|in)"
    # the weapon's coming (``قادمة من``, ``جاءت من``)
    r"|(?:[وف]?(?:ال)?قادم(?:ه|ين|تين)?|جاءت|جاء|اتت|اتي) (?:من|انطلاقا من)"
    r"|(?:انطلق|انطلقت|اطلق|اطلقت|اطلقوا|اطلاقها|اطلاقه|اطلاقهما|اطلاقهم)(?:ت)?"
    r" (?:من|انطلاقا من)|انطلاقا من"
    r"|از (?:محل|مبدا|منطقه|مناطق|مواضع|سمت|داخل|حوالي|اطراف|شهر|شهرك|روستاي|روستا|بخش)"
    # the fire verb, its time between, then "from" ("fired late on Sunday from X")
    r"|(?:launched|fired|shot)(?: \S+){1,3}? from"
    # from a vehicle, where it stood ("fired from a truck parked on a road in X")
    r"|(?:launched|fired|shot) from (?:a |an |the )?(?:\S+ )?(?:truck|vehicle|car|pickup|lorry"
    r"|van)(?: (?:parked|left|hidden|abandoned|stationed) (?:on|along|by|beside) (?:a|the)"
    r"(?: \S+)? (?:road|street|highway|track))?"
    r"|(?:انطلقت|اطلقت|اطلق|انطلق) من (?:ال)?(?:عجله|شاحنه|سياره|مركبه|عربه)\S*"
    r"(?: (?:\S+ ){0,2}?(?:متوقفه|مركونه|متروكه|مخباه)"
    r"(?: (?:علي|في|قرب) (?:ال)?(?:طريق|شارع)\S*)?)?"
    # (the Persian vehicle with the word of where it stood: ``از خودروهای …`` alone is "of")
    r"|از (?:يك )?(?:كاميون|خودرو|خودروي|وانت|ماشين)\S* (?:\S+ ){0,3}?(?:پارك ?شده|متوقف"
    r"|رها ?شده)(?: (?:در|كنار) (?:\S+ )?(?:جاده|خيابان)\S*)?"
    # "from the (Iraqi border) town of X": the weapons' place of departure
    r"|from (?:the )?(?:\S+ ){0,3}(?:town|city|village|area|district|outskirts|vicinity) of)"
    # no word of the target between ("from near Hit toward the base": the base is struck),
    # nor the verb of the impact ("rockets fired from X struck the base"), nor the Persian
    # object's ``را`` ("fired from inside the base on the launch positions around X":
    # ``از داخل پایگاه مواضع شلیک را در اطراف X گلوله‌باران کرد``, X is struck)
    r"(?:\s+(?!(?:at|toward|towards|on|into|against|به|سوي|باتجاه|نحو|علي|الي|ضد|را|struck|hit"
    r"|hits|slammed|landed|targeted|استهدفت|استهدف|ضربت|اصابت)(?!\w))\S+){0,8}"
    r"\s*$"
)
#: …or right after it ("in X, from where the attack was launched", ``X، حيث انطلقت``,
#: ``X، که راکت‌ها از آنجا``)
_ORIGIN_AFTER = actors.fold_pattern(
    r"^\s*[,،]?\s*(?:from where|where the (?:rockets?|drones?|missiles?|attack) (?:was|were)"
    r" launched|whence|التي انطلق|الذي انطلق|حيث انطلق|ومنها انطلق|كه (?:\S+\s+){0,2}از انجا)"
)


#: the place a threat was aimed at, a few words before it ("launchers readied to fire at
#: troops stationed at X", ``تشكل تهديدا وشيكا لقواتها في قاعدة X``, ``تهدیدی برای پایگاه X``):
#: threatened, not struck
_THREATENED = actors.fold_pattern(
    r"(?<!\w)(?:(?:to|could) (?:fire|launch|strike|attack)(?: \w+)? (?:on|at|against)"
    r"|(?:a |an )?(?:imminent )?threat (?:to|against)|threatening|endangering"
    r"|تهديدا?(?: وشيكا| مباشرا)?(?: علي| ل\w*)|تهدد|يهدد|لاستهداف|تهديدي(?: \S+){0,2} براي"
    r"|براي حمله به|قصد حمله به|تهديد (?:\w+ )?براي)(?:\s+\S+){0,5}\s*$"
    # readied, not fired: "a launcher ready to fire at X", ``منصة معدة للإطلاق باتجاه X``,
    # ``پهپادی آماده پرتاب به سوی X`` (right after: "… near Y" is where it stood)
    r"|(?:(?:ready|readied|poised|primed|prepared) (?:to (?:be )?(?:launch|fire)\w*|for"
    r" (?:launch|firing))(?: \S+){0,2}? (?:at|toward|towards|on|against)"
    r"|معده? (?:للاطلاق|لاطلاق|للاستهداف|لاستهداف|للهجوم)(?: \S+){0,2}? (?:باتجاه|نحو|علي|الي)"
    r"|اماده (?:پرتاب|شليك|حمله)(?: \S+){0,2}? (?:به سوي|به سمت|به طرف|به)"
    # launchers aimed at X, to be used against X (``منصات موجهة نحو X``, ``قبل استخدامها ضد
    # X``, ``پیش از استفاده علیه X``; a weapon "aimed at X" in flight is an attack on X)
    r"|(?:launchers?|launch (?:sites?|positions?|pads?|points?)|منصات|منصه|منصتي)"
    r"(?: \S+){0,3}? (?:aimed at|pointed at|directed at|trained on"
    r"|(?:ال)?موجهه? (?:نحو|الي|باتجاه|صوب))"
    r"|(?:could )?be used against|(?:قبل )?استخدامها ضد"
    r"|(?:پیش|قبل) از (?:استفاده|به ?کارگیری)(?: \S+){0,2}? (?:علیه|بر ضد|ضد))"
    r"(?:\s+(?!(?:near|outside|in|قرب|بالقرب|في|علي|نزديك|نزديكي|در)(?!\w))\S+){0,2}\s*$"
)


#: a patron named with its client ("Tehran-backed", "Iran-aligned", "backed by Tehran",
#: ``الموالية لطهران``, ``مورد حمایت تهران``): who stands behind a group, not a place struck
_PATRON_AFTER = re.compile(
    r"[-\u2010\u2011\u2013]\s?(?:backed|aligned|allied|funded|supported|sponsored|linked"
    r"|affiliated|armed|sponsored|based|led)(?!\w)",
    re.IGNORECASE,
)
_PATRON_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:backed by|supported by|aligned with|allied with|allied to|loyal to|funded by"
    r"|armed by|(?:ال)?مدعوم\w* من|(?:ال)?موالي\w*(?: ل)?|(?:ال)?مقرب\w* من"
    r"|مورد حمايت|تحت حمايت|وابسته به|نزديك به|طرفدار)\s*$"
)
#: what comes between a site and a place that locates it by an apposition or a relative
#: clause ("Victory base, the US logistics hub beside X", ``قاعدة X التي يتمركز فيها جنود
#: أمريكيون في Y``, ``پایگاه X که نیروهای آمریکایی در آن مستقرند در Y``)
_APPOSITION_GAP = actors.fold_pattern(
    r"^\s*[,،]?\s*(?:(?:the|a|an)\s+(?:[^\s,،]+\s+){0,6}?(?:beside|near|next to|by|outside"
    r"|close to|adjacent to|on the edge of|in|at)"
    r"|(?:[^\s,،.]+\s+){1,4}?(?:قرب|بجوار|بالقرب من|علي مقربه من|نزديك|نزديكي|در نزديكي|كنار)"
    r"|(?:التي|الذي|اللتين|اللذين|حيث|which|that|where|كه)\s+(?:[^\s,،.]+\s+){0,5}?"
    r"(?:in|at|في|ب|در))\s+(?:the\s+)?$"
)

_APPOSITION_WORDS = actors.fold_pattern(
    r"\s*[,،]\s*(?:the|which is|that is|وهي|وهو|هي|هو|وهما|كه)\s+(?:[^\s,،]+\s+){0,5}$"
)


#: a cause blamed ("the PMF blamed a US drone", ``اتهم الحشد طائرة أمريكية``, ``حشد … را
#: مقصر دانست``)
_BLAME = actors.fold_pattern(
    r"(?<!\w)(?:blamed|blames|accused|attributed|(?:[وف])?(?:اتهم|اتهمت|حمل|حملت|نسب|نسبت)"
    r"|مقصر (?:دانست|دانستند)|نسبت (?:داد|دادند))(?!\w)"
)
#: a Persian blame verb ends its clause: its object (the cause blamed) stands before it
_BLAME_PERSIAN = actors.fold_pattern(r"(?:مقصر (?:دانست|دانستند)|نسبت (?:داد|دادند))$")
_BLAME_STOP = re.compile(r"[,،;؛.]|(?<!\w)but(?!\w)")
_CLAUSE_AND = actors.fold_pattern(r"(?:^|[,،;؛]|\s)و\s|[,،;؛]|(?<!\w)but(?!\w)")


def _blamed_cause(folded: str, lex: _Lexicon) -> tuple[int, int] | None:
    """The span of a cause blamed for a blast told before it, if any.

    ("An explosion hit the depot; the PMF blamed a US drone", ``… واتهم الحشد طائرة
    مسيرة أمريكية``, ``… و حشد یک پهپاد آمریکایی را مقصر دانست``): the blast's cause is
    said by someone, not read: the span (from the blame word to the clause end, or in
    Persian from the clause start to the verb) is left out of the sentence's reading.
    """
    blame = _BLAME.search(folded)
    if blame is None or not lex.explosion.search(folded, 0, blame.start()):
        return None
    if _BLAME_PERSIAN.search(folded, 0, blame.end()):
        starts = [m.end() for m in _CLAUSE_AND.finditer(folded, 0, blame.start())]
        return (starts[-1] if starts else blame.start()), blame.end()
    stop = _BLAME_STOP.search(folded, blame.end())
    return blame.start(), stop.start() if stop else len(folded)


#: the attack a group is blamed for ("which the US blames for the attack on X", ``التي
#: تتهمها واشنطن بالهجوم على X``, ``که آمریکا آن را مسئول حمله به X می‌داند``): an event
#: told before, when the sentence names another place
_BLAMED_FOR = actors.fold_pattern(
    r"(?<!\w)(?:(?:blames?|blamed|accuses?|accused|holds? responsible|held responsible)"
    r"(?: \S+){0,4} (?:for|of)|(?:تتهم|اتهمت|يتهم|اتهم|تحمل|حملت)\S*(?: \S+){0,3}"
    r" (?:ب|مسووليه )?(?:ال)?(?:هجوم|الهجوم|بالهجوم|بهجوم)|مسئول (?:\S+ )?حمله)(?:\s+\S+){0,4}\s*$"
)


#: a plural site noun ("the bases", ``پایگاه‌های``, ``قاعدتي``, ``قواعد``) heading a list of
#: places: each place of the list names a site there, a town included ("the al-Tanf and
#: al-Shaddadi bases", ``پایگاه‌های التنف و الشدادی``)
_SITES_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:bases|outposts|garrisons|(?:[وب]?ال)?(?:قاعدتي|قاعدتين|قواعد)|پايگاه ?هاي"
    r"|پادگان ?هاي|(?:دو|سه|چهار|پنج|\d+) (?:پايگاه|پادگان))(?:\s+\S+){0,3}\s*$"
)
#: the plural sites of a strike, then where they lie ("militia positions in X, Y and Z",
#: ``مواقع عدة في X وY``, ``مواضع شبه‌نظامیان در X و Y``): each place of the list is a
#: site struck, a town beside an airport too (not the area around it)
_STRUCK_SITES_IN = actors.fold_pattern(
    r"(?<!\w)(?:(?:positions|sites|targets|facilities|locations|depots|hideouts|strongholds)"
    r"|(?:[وب]?ال)?(?:مواقع|مقرات|مواضع|اهداف|مخازن|مستودعات|منشات|معاقل)"
    r"|مقر ?هاي|مراكز|انبار ?هاي)(?:ي)?(?:\s+\S+){0,3}\s+(?:in|at|near|في|قرب|در|نزديك|نزديكي)"
    r"(?:\s+\S+){0,2}\s*$"
)
_SITES_AFTER = actors.fold_pattern(r"^\s*(?:bases|outposts|garrisons)(?!\w)")
_LIST_JOIN = re.compile(r"^\s*(?:,|،)?\s*(?:and|و|or)?\s*$")
#: a list item's locating phrase before the join ("X in Hasakah, and Y", ``الشدادي في
#: الحسكة، والتنف على الحدود``, ``X در حسکه و Y``): the list goes on past it
_LOCATED_JOIN = actors.fold_pattern(
    r"^\s*(?:in|at|on|near|by|في|عند|على|قرب|در|نزدیک)\s+[^,،.;؛]{1,40}?\s*[,،]\s*(?:and|و|or)?\s*$"
)

#: a list item added with "in addition to" (``مواقع في X وقرب Y، إضافة إلى Z``, "sites in X,
#: as well as Z", ``مواضعی در X و همچنین Z``), its locating phrase before it: the list goes on
_ADDED_JOIN = actors.fold_pattern(
    r"^(?:\s*(?:and |و ?)?(?:in|at|near|في|عند|قرب|در|نزديك|نزديكي)\s+[^,،.;؛]{1,40}?)?\s*"
    r"[,،]?\s*(?:in addition to|as well as|along with|[وب]?(?:ال)?اضافه (?:الي|لل)"
    r"|فضلا عن|و همچنين|و نيز|همچنين)(?:\s+\S+)?\s*$"
)

#: "one in X … the other in Y" (``أحدهما في X … والآخر في Y``, ``یکی در X … و دیگری در
#: Y``): the words just before each place of an enumeration of the sites struck; the
#: first names "one", each next "the other", "another", "a second"
_ENUM_ONE = actors.fold_pattern(
    # (or "among them", opening the sites one by one: ``بينها موقع في X، وآخر في Y``)
    r"(?<!\w)(?:one|the first|احدهما|احداهما|احدها|احداها|الاول|الاولي|یکی|اولی|نخستین"
    r"|among them|[وف]?(?:من )?بينها|[وف]?(?:من )?بينهما)"
    r"(?: (?:of them|of which|منها|منهما|از آنها|از آن‌ها|از این دو))?(?:\s+[^\s,،.;؛]+){0,3}\s*$"
)
_ENUM_OTHER = actors.fold_pattern(
    r"(?<!\w)(?:the other|another|a second|the second|a third|the third"
    r"|[وف]?(?:الاخر|الاخري|الثاني|الثانيه|الثالث|الثالثه|اخر|اخري|ثالث|ثالثه|رابع|رابعه)"
    r"|دیگری|دومی|سومی)"
    r"(?:\s+[^\s,،.;؛]+){0,3}\s*$"
)
#: how far before a place its enumerator may stand (a few words: "one of them near")
_ENUM_REACH = 32
#: a count of the sites struck ("two Kataib Hezbollah sites", ``موقعين``, ``دو مقر``) …
_SITES_COUNTED = actors.fold_pattern(
    r"(?<!\w)(?:(?:two|three|four|five|both|\d+) (?:[^\s,;:]+ ){0,3}(?:sites|targets|facilities"
    r"|locations|positions|centres|centers|headquarters|depots|compounds)"
    r"|(?:موقعين|مقرين|هدفين|مركزين|مخزنين|مستودعين|(?:ثلاثه|اربعه|خمسه|\d+) (?:مواقع|مقرات"
    r"|اهداف|مراكز|مخازن|مستودعات))"
    r"|(?:دو|سه|چهار|پنج|\d+) (?:مقر|مرکز|موضع|هدف|انبار|محل|نقطه|سایت))(?!\w)"
)
#: … then each told by a noun of its own and where it stood, one after the other ("…, an
#: operations centre in X and a command node at Y", ``…، مركز عمليات في X وعقدة قيادة في
#: Y``, ``…: یک مرکز عملیات در X و یک مرکز فرماندهی در Y``): the words before each place
_ITEM_FIRST = actors.fold_pattern(
    r"(?:[,:;،]\s*(?:(?:a|an|one|یک)\s+)?(?:[^\s,;:،]+\s+){1,3}(?:in|at|near|outside|في|قرب"
    r"|عند|در|نزدیک|نزدیکی)\s+(?:the\s+)?)$"
)
_ITEM_NEXT = actors.fold_pattern(
    r"(?:(?:[,;،]\s*|,?\s+and\s+)(?:a|an|another)\s+(?:[^\s,;:،]+\s+){1,3}(?:in|at|near"
    r"|outside)\s+(?:the\s+)?"
    r"|(?:[،,]\s*|\s)و\s?(?:یک\s+)?[^\s,;:،]+(?:\s+[^\s,;:،]+){0,2}\s+(?:في|قرب|عند|در"
    r"|نزدیک|نزدیکی)\s+)$"
)


def _enumerated_sites(
    located: Sequence[ResolvedMention], af: _ArticleFold, start: int
) -> list[ResolvedMention]:
    """The places of ``located`` the sentence enumerates as the sites struck, one by one.

    "Jets bombed two centres, one in X and the other in Anbar province" (``أحدهما في X
    والآخر في محافظة الأنبار``, ``یکی در X و دیگری در استان انبار``): each is a site of
    its own, a province or countryside too (not the region holding the others), when one
    place opens the enumeration ("one") and another follows it ("the other").
    """
    if len(located) < 2:
        return []
    firsts, others = [], []
    for m in located:
        lead = af.slice(max(start, m.start - _ENUM_REACH), m.start)[0]
        if _ENUM_OTHER.search(lead):
            others.append(m)
        elif _ENUM_ONE.search(lead):
            firsts.append(m)
    if firsts and others and others[-1].start >= firsts[0].start:
        told = {id(m) for m in (*firsts, *others)}
        return [m for m in located if id(m) in told]
    return _sites_one_by_one(located, af, start)


def _sites_one_by_one(
    located: Sequence[ResolvedMention], af: _ArticleFold, start: int
) -> list[ResolvedMention]:
    """The places of ``located`` told one by one after a count of the sites struck, each
    with a noun of its own (see :data:`_ITEM_FIRST`): a run from the first such place."""
    for n, m in enumerate(located[:-1]):
        lead = af.slice(max(start, m.start - 2 * _ENUM_REACH), m.start)[0]
        if not _ITEM_FIRST.search(lead):
            continue
        head = af.slice(start, m.start)[0]
        if not _SITES_COUNTED.search(head):
            return []
        run = [m]
        for o in located[n + 1 :]:
            gap = af.slice(max(run[-1].end, o.start - 2 * _ENUM_REACH), o.start)[0]
            if not _ITEM_NEXT.search(gap):
                break
            run.append(o)
        return run if len(run) > 1 else []
    return []


#: the words joining two places of one list ("near X, south of Y, and at Z", ``قرب X
#: وفي Z``, ``در نزدیکی X و در Z``): the last words before the second place
_AND_AT = actors.fold_pattern(
    r"(?:^|[\s,،])(?:and|و)\s*(?:(?:at|in|near|on|the|unfinished|في|قرب|عند|در|نزديكي)\s+){0,3}$"
)
#: how far a town must lie from every site of its sentence to be a place of its own
_APART_M = 20_000.0


def _joined_far_apart(
    m: ResolvedMention, sites: Sequence[ResolvedMention], af: _ArticleFold
) -> bool:
    """Whether the town ``m`` is joined by "and" to a site of the sentence it lies far from.

    "Strikes hit depots near X, south of Baghdad, and at the Y airport" (``قرب X وفي
    مطار Y``): a town :data:`_APART_M` or more from every site named is no area around
    them but a place of its own, the list's other item.
    """
    if m.place is None or m.place.kind not in _TOWN_KINDS or not sites:
        return False  # (a province or region may hold the sites: only a town is a point)
    if any(s.place is None for s in sites):
        return False
    if any(
        haversine_m(m.place.lat, m.place.lon, s.place.lat, s.place.lon) < _APART_M
        for s in sites
        if s.place is not None
    ):
        return False
    return any(
        s.start > m.end
        and s.start - m.end <= 80
        and _AND_AT.search(af.slice(max(m.end, s.start - 40), s.start)[0]) is not None
        for s in sites
    )


def _listed_sites(
    located: Sequence[ResolvedMention],
    text: str,
    af: _ArticleFold,
    start: int,
    heads: re.Pattern[str] = _SITES_BEFORE,
) -> set[int]:
    """Indexes of ``located`` in a list a plural site noun heads (see :data:`_SITES_BEFORE`).

    A run of places joined only by commas and "and"/``و`` with a plural site noun just
    before its first place (``heads``) or just after its last one.
    """
    out: set[int] = set()
    i = 0
    while i < len(located):
        j = i
        while j + 1 < len(located) and (
            _LIST_JOIN.match(text[located[j].end : located[j + 1].start])
            or _LOCATED_JOIN.match(af.slice(located[j].end, located[j + 1].start)[0])
            or _ADDED_JOIN.match(af.slice(located[j].end, located[j + 1].start)[0])
        ):
            j += 1
        if j > i:
            first, last = located[i], located[j]
            lead = af.slice(max(start, first.start - 40), first.start)[0]
            tail = af.slice(last.end, min(len(text), last.end + 12))[0]
            if heads.search(lead) or (heads is _SITES_BEFORE and _SITES_AFTER.match(tail)):
                out.update(range(i, j + 1))
        i = j + 1
    return out


#: what may open a line before a heading's label: bullets, dashes, spaces
_BULLETS = frozenset(" \t-–—•*·▪●")


def _heading_label(text: str, m: ResolvedMention) -> bool:
    r"""Whether ``m`` is a line's label: only bullets before it on its line, a colon after
    ("- Baghdad: a blast was heard in Abu Ghraib", ``• أربيل: …``, ``- بغداد: …``).

    >>> from types import SimpleNamespace as NS
    >>> _heading_label("Digest\n- Baghdad: blast in Abu Ghraib", NS(start=9, end=16))
    True
    >>> _heading_label("A blast in Baghdad: police", NS(start=11, end=18))
    False
    """
    line = text.rfind("\n", 0, m.start) + 1
    if m.start - line > 4 or any(c not in _BULLETS for c in text[line : m.start]):
        return False
    return text[m.end : m.end + 2].lstrip()[:1] in (":", "：")


#: the gap between a site and a phrase placing it (", a base south of", ``، وهي قاعدة جنوب``)
_PLACING_GAP = actors.fold_pattern(
    r"^\s*[,،]\s*(?:(?:the|a|an|which is|وهي|وهو|كه)\s+)?(?:[^\s,،.]+\s+){0,3}$"
)


def _locates_the_answered(
    m: ResolvedMention, site: ResolvedMention, text: str, af: _ArticleFold
) -> bool:
    """Whether ``m`` only locates ``site``, a place of the event a response clause names.

    "Rockets hit Y, a day after an explosion at Camp X, a depot north of Z" (``بعد يوم من
    انفجار في X، وهي قاعدة شمال Z``): the relative phrase right after the clause's site,
    past its comma, places that site; it is none of this event's.
    """
    if m.start < site.end or m.start - site.end > 40:
        return False
    gap = af.slice(site.end, m.start)[0]
    if m.relative is not None and _PLACING_GAP.match(gap):
        return True
    return bool(_LOCATING_GAP.match(gap) or _APPOSITION_GAP.match(gap))


#: an earlier event named by its place after a word of time ("since the Tower 22 attack",
#: ``بعد هجوم البرج 22``, ``پس از حمله برج ۲۲``): the event is known, not told here (the
#: Arabic and Persian construct, with no preposition between the noun and the place)
_EARLIER_NAMED = actors.fold_pattern(
    r"(?<!\w)(?:بعد|منذ|عقب|اثر|غداه|قبل|پس از|بعد از|از زمان|پيش از|قبل از)"
    r" (?:ال)?(?:هجوم|هجمات|ضربه|ضربات|قصف|استهداف|حمله|حملات|اعتداء)\s+$"
)
_SINCE_THE = actors.fold_pattern(r"(?<!\w)(?:after|since|following|before) the\s+$")
#: an event told in a "since" clause ("since the commander was killed in X", ``منذ مقتل
#: القائد في X``, ``از زمان کشته شدن فرمانده در X``): recalled, not told here
_SINCE_CLAUSE = actors.fold_pattern(
    r"(?<!\w)(?:since (?:\S+ ){0,8}?(?:was|were) (?:killed|struck|hit|targeted|assassinated)"
    r" (?:in|at|near)|منذ (?:\S+ ){0,2}?(?:مقتل|اغتيال|استهداف|قصف)(?: \S+){0,6}? (?:في|قرب)"
    r"|از زمان (?:\S+ ){0,2}?(?:كشته شدن|ترور|حمله|هدف قرار گرفتن)(?: \S+){0,6}? در)\s+$"
)
_EVENT_NOUN_AFTER = actors.fold_pattern(
    r"^(?:'s)?\s+(?:(?:drone|rocket|missile|deadly) )?(?:attacks?|strikes?|bombing|raid|assault)"
    r"(?!\w)"
)


#: the time words one of which every rule of :func:`_names_an_earlier_event` holds, as
#: written (a cheap look before the folded rules run)
_EARLIER_CUES = (
    *("after", "since", "following", "before", "After", "Since", "Following", "Before"),
    *("بعد", "منذ", "عقب", "اثر", "إثر", "غداة", "قبل", "پس از", "از زمان", "پیش از"),
)


#: the words of :data:`_SINCE_CLAUSE`, as written
_SINCE_CUES = ("since", "Since", "منذ", "از زمان")


#: a publication day for telling whether a span writes a date at all (a day and month
#: written without a year is found only against one)
_ANY_DAY = dt.date(2024, 1, 1)


def _names_an_earlier_event(
    af: _ArticleFold,
    start: int,
    m: ResolvedMention,
    text: str,
    end: int,
    has_toll: Callable[[], bool],
) -> bool:
    """Whether ``m`` names an earlier event by its place ("after the Tower 22 attack").

    ``start``, ``end``: ``m``'s sentence (the words looked at stand in it; a sentence with
    a toll of its own, ``has_toll()``, read once for all its places, tells the event it
    names: "two were wounded after the attack on X"); ``text``: the article, for a cheap
    look for a time word first.
    """
    wide = text[max(start, m.start - 90) : m.start]
    if any(cue in wide[-40:] for cue in _EARLIER_CUES):
        before = af.slice(max(start, m.start - 30), m.start)[0]
        if _EARLIER_NAMED.search(before):
            return True
        if (
            _AS_REFERENCE.search(af.slice(max(start, m.start - 40), m.start)[0])
            and not has_toll()
            # (any publication day lets a date written without its year be found)
            and not find_dates(text[m.end : min(end, m.end + 40)], _ANY_DAY)
        ):  # "since the attack on X", ``منذ الهجوم على X``, ``پس از حمله به X``; not "after
            # the attack on X on 8 Bahman" (a timeline) nor a sentence with its toll
            return True
        if _SINCE_THE.search(before) and _EVENT_NOUN_AFTER.match(af.slice(m.end, m.end + 24)[0]):
            return True
    if any(cue in wide for cue in _SINCE_CUES):
        return bool(_SINCE_CLAUSE.search(af.slice(max(start, m.start - 90), m.start)[0]))
    return False


#: a source speaking to an outlet whose name, in brackets or quotes, starts with a place
#: ("told (Baghdad Today)", ``وقال مسؤول لـ(بغداد اليوم)``): the speech verb, up to three
#: words, the preposition, the bracket
_TO_OUTLET = actors.fold_pattern(
    r"(?:(?<!\w)told|(?<!\w)(?:و|ف)?(?:قال|اضاف|صرح|افاد|ذكر|اكد|كشف|اوضح)ت?"
    r"(?:\s+\S+){0,3}\s+ل)\s*[(«\"“]\s*$"
)
_OUTLET_END = re.compile(r"[^\S\n]*(?:[^\s()«»\"“”]+[^\S\n]*){0,2}[)»\"”]")


#: an outlet noun right before the name (``لقناة``, ``وكالة``, ``به خبرگزاری``, "channel")
_OUTLET_NOUN = actors.fold_pattern(
    r"(?<!\w)(?:[وبل]?(?:قناه|وكاله|صحيفه|اذاعه)|خبرگزاري|روزنامه|شبكه|راديو"
    r"|تلويزيون|channel|broadcaster|newspaper|agency)\s+$"
)
#: the outlet word after a place in English ("told Baghdad Today", "the Kurdistan 24 site")
_OUTLET_AFTER = re.compile(r"\s+(?:Today|Post|News|TV|Times|24)(?!\w)")
_TOLD = re.compile(r"(?<!\w)told\s+$")


#: what may stand right before an outlet's name in brackets or quotes
_OPENERS = frozenset('(«"“')
#: pieces of the words :func:`_names_an_outlet` reads, as written (any spelling)
_OUTLET_RAW = (
    *("told", "channel", "broadcaster", "newspaper", "agency", "قناة", "قناه", "وكال"),
    *("وکال", "صحيف", "صحیف", "اذاع", "إذاع", "خبرگزار", "روزنام", "شبک", "شبك"),
    *("رادیو", "راديو", "تلویزیون", "تلويزيون"),
)


def _names_an_outlet(text: str, m: ResolvedMention, af: _ArticleFold | None = None) -> bool:
    """Whether ``m`` opens an outlet's name a source speaks to ("told (Baghdad Today)").

    >>> from geoincidents.places.model import Place
    >>> text = "وقال مسؤول لـ(بغداد اليوم) إن القصف توقف"
    >>> at = text.index("بغداد")
    >>> _names_an_outlet(text, ResolvedMention(at, at + 5, "بغداد", None, 1.0))
    True
    """
    if m.start == 0:
        return False
    lead = text[max(0, m.start - 60) : m.start]
    if text[m.start - 1] not in _OPENERS and not any(w in lead[-24:] for w in _OUTLET_RAW):
        return False  # (a cheap look: no bracket, no "told", no outlet noun just before)
    folded = af.slice(max(0, m.start - 60), m.start)[0] if af else fold_text(lead).folded
    if _OUTLET_NOUN.search(folded[-24:] + " "):
        return True  # ``لقناة الفلوجة``, ``به خبرگزاری بغداد الیوم``
    if _TOLD.search(lead) and _OUTLET_AFTER.match(text, m.end):
        return True  # "told Baghdad Today"
    if text[m.start - 1 : m.start].strip() not in ("(", "«", '"', "“", ""):
        return False
    return bool(_TO_OUTLET.search(folded) and _OUTLET_END.match(text, m.end, m.end + 30))


#: where the site struck lies ("the targeted site lies near X", "the position is located
#: close to X", ``الموقع المستهدف يقع داخل الأردن قرب X``, ``محل مورد حمله در نزدیکی X``):
#: X locates the site, it is no second target
_SITE_LIES_NEAR = actors.fold_pattern(
    # (the mention may hold the near word itself: "near the Rukban camp")
    r"(?<!\w)(?:(?:site|location|position|outpost|post) (?:\S+ ){0,2}(?:lies|sits|is located"
    r"|is situated|was located|lay)(?:(?: \S+){0,6}? (?:near|close to|next to|by|beside))?"
    r"|[وف]?(?:ال)?(?:موقع|مكان)(?: \S+){0,2}? (?:يقع|تقع|كان يقع)(?:(?: \S+){0,6}? (?:قرب"
    r"|بالقرب من|بجوار|عند))?"
    r"|(?:محل|موقعیت|مکان) (?:مورد حمله|حمله|هدف|مورد هدف)(?: \S+){0,3}? (?:در نزدیکی|نزدیک"
    r"|در مجاورت|در))"
    r"(?: \S+){0,4}?\s*$"
)
#: how far before a place :data:`_SITE_LIES_NEAR` reads
_SITE_LIES_REACH = 90


def _site_lies_near(
    af: _ArticleFold, start: int, m: ResolvedMention, present: frozenset[str]
) -> bool:
    """Whether ``m`` follows words telling where the site struck lies (a locator)."""
    window = af.slice(max(start, m.start - _SITE_LIES_REACH), m.start)[0]
    return _search(_SITE_LIES_NEAR, window, present) is not None


def _visited(af: _ArticleFold, start: int, m: ResolvedMention) -> bool:
    """Whether ``m`` is where a visitor travels (:data:`_VISITED`; an arrival names the
    visitor, :data:`_VISITOR`, in the few words before the place)."""
    said = " ".join(af.slice(max(start, m.start - 80), m.start)[0].split()[-8:])
    cue = _VISITED.search(said)
    if cue is None:
        return False
    # (the visitor before the arrival, "the president's arrival in X", or after it,
    # ``وصول الرئيس … إلى X``)
    return not _ARRIVAL_WORD.match(cue.group()) or bool(_VISITOR.search(said))


#: the words of :data:`_VISITED` that tell an arrival (a weapon arrives too: the visitor
#: must be named)
_ARRIVAL_WORD = actors.fold_pattern(r"(?:[وبل]?(?:وصول|قدوم)|يصل|وصل|تصل|وصلت|ورود|arriv)")


#: the wounded taken to a hospital ("were taken to X General Hospital", "rushed to a
#: hospital in X", ``نقلوا إلى مستشفى X``, ``به بیمارستان X منتقل شدند``): the word of their
#: transfer, then the hospital's, a place right after it (or right before "hospital")
_TAKEN_TO = actors.fold_pattern(
    r"(?<!\w)(?:taken|rushed|admitted|transferred|evacuated|flown|treated|moved"
    r"|[وف]?(?:نقل|نقلوا|نقلت|نقله|نقلهم|اسعف|اسعفوا|ادخل|ادخلوا)\S*|منتقل|اعزام|بستري)(?!\w)"
)
_HOSPITAL_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:hospitals?|medical cent(?:er|re)|clinic)(?: (?:in|of|at))?(?: the)?"
    r"|[وب]?(?:ال)?(?:مستشفي|مستشفيات|مشفي|مشافي)|بيمارستان(?: ?هاي?)?\s*$"
)
_HOSPITAL_AFTER = actors.fold_pattern(
    r"^\s*(?:general |teaching |military |main |city |emergency |public )*"
    r"(?:hospitals?|medical cent(?:er|re)|clinic)(?!\w)"
)
#: bystanders and officers speaking from a place ("witnesses in X said", "a police officer
#: in the X district", ``شهود عيان في X``, ``شاهدان عینی در شهر X گفتند``)
_BYSTANDER_AT = actors.fold_pattern(
    r"(?<!\w)(?:(?P<officer>(?:police |army )?officers?|[وف]?ضابط|افسر)|witness(?:es)?"
    r"|eyewitness(?:es)?|residents?|activists?|[وف]?(?:شهود|شاهد|سكان|اهالي|ناشطون|ناشطين)"
    r"|شاهدان|ساكنان|فعالان)"
    r"(?: \S+){0,2}? (?:in|of|at|from|في|من|در|از)(?: the)?"
    r"(?: (?:town|city|village|district|area|شهر|روستاي|بلده|مدينه|قريه|قضاء|منطقه))?(?: of)?\s*$"
)
#: an office named by its province ("X police said", ``قيادة شرطة X``, ``دائرة صحة X``,
#: ``پلیس X``), then speaking: where it serves, not where the event was
_POLICE_OF = actors.fold_pattern(
    r"(?<!\w)(?:(?:قياده )?(?:شرطه|عمليات)|(?:دائره )?صحه|پليس|فرماندهي انتظامي"
    r"|(?:اداره )?بهداشت)\s*$"
)
_POLICE_AFTER = actors.fold_pattern(
    r"^\s*(?:police|operations command|health (?:directorate|department))(?!\w)"
)
_SAYS_NEAR = actors.fold_pattern(
    r"(?<!\w)(?:said|says|announced|reported|stated|told|[وف]?(?:اعلنت|اعلن|قالت|قال|افادت"
    r"|افاد|ذكرت|اكدت|اوضحت|تعلن|يعلن|تقول|يقول)|اعلام (?:كرد|كرده)|گفت|اعلام داشت)(?!\w)"
)
_BYSTANDER_REACH = 48


def _bystanders_place(
    af: _ArticleFold, sentence: Sentence, m: ResolvedMention, before: Sequence[str]
) -> str:
    """Why the place ``m`` is where people stand rather than where the event was ("" when
    it is not): the hospital the wounded were taken to (:data:`_TAKEN_TO` before the
    hospital's word, :data:`_HOSPITAL_BEFORE` or :data:`_HOSPITAL_AFTER`); the whereabouts
    of witnesses or an officer speaking (:data:`_BYSTANDER_AT`), when the sentence names
    its site as "the base" (:data:`_ANAPHOR`); a police or operations command named by its
    province (:data:`_POLICE_OF`, :data:`_POLICE_AFTER`) that speaks (:data:`_SAYS_NEAR`).
    ``before``: the folded words before ``m`` in its sentence (a bounded window).
    """
    lead = " ".join(before[-8:])
    after = af.slice(m.end, min(sentence.end, m.end + _BYSTANDER_REACH))[0]
    if (_HOSPITAL_BEFORE.search(" ".join(before[-2:])) or _HOSPITAL_AFTER.match(after)) and (
        _TAKEN_TO.search(lead) or _TAKEN_TO.search(after)
    ):
        return "where the wounded were taken (a hospital), not an event place"
    bystander = _BYSTANDER_AT.search(lead)
    if bystander is not None and (
        bystander.group("officer") or af.search(_ANAPHOR, sentence.start, sentence.end)
    ):  # (an officer speaks from his post; witnesses, when the sentence names "the base")
        return "where witnesses or an officer speak from, not an event place"
    if (_POLICE_OF.search(" ".join(before[-3:])) or _POLICE_AFTER.match(after)) and (
        _SAYS_NEAR.search(after) or _SAYS_NEAR.search(" ".join(before[-4:]))
    ):
        return "the province of the police speaking, not an event place"
    return ""


def _targets(
    text: str,
    sentence: Sentence,
    inside: Sequence[ResolvedMention],
    af: _ArticleFold,
    clauses: Sequence[tuple[int, int]],
    present: frozenset[str] | None = None,
) -> tuple[list[ResolvedMention], ResolvedMention | None, list[ResolvedMention], list[str]]:
    """Struck places, origin, places of response clauses, and notes on what was left out.

    ``present``: the gate families of ``sentence`` (see :func:`_search`); each window a
    rule reads lies in the sentence (default: every rule runs).
    """
    if present is None:
        present = _ALL_FAMILIES()
    notes: list[str] = []
    origin = next((m for m in inside if m.role == "origin"), None)
    answered: list[ResolvedMention] = []
    kept: list[ResolvedMention] = []
    blamed: list[ResolvedMention] = []
    origin_end = -1  # where the last place the weapons came from ends
    headings: list[ResolvedMention] = []
    toll: list[bool] = []  # (the sentence's own toll, read once, for all its places)

    def has_toll() -> bool:
        if not toll:
            toll.append(
                counts.casualties(af.slice(sentence.start, sentence.end)[0]) != (None, None)
            )
        return toll[0]

    in_clauses = _span_test(clauses)
    for m in inside:
        if m is origin:
            origin_end = m.end
            continue
        if (
            0 <= origin_end <= m.start
            and m.start - origin_end <= 40
            and m.relative is not None
            and _COMMA_GAP.match(text[origin_end : m.start])
        ):  # "fired from near X, about 15 km from the base": the distance locates X
            notes.append(f"{m.start}-{m.end}: locates where the weapons came from")
            continue
        if in_clauses(m.start):
            answered.append(m)
            continue
        if answered and _locates_the_answered(m, answered[-1], text, af):
            answered.append(m)  # (dropped with the clause's sites: it only locates one)
            notes.append(f"{m.start}-{m.end}: locates the site of the event it answers")
            continue
        if m.place is not None and m.place.kind in _WATER_KINDS:
            # "the far bank of the Euphrates", ``عبر نهر الفرات``: a river locates, it is not struck
            notes.append(f"{m.start}-{m.end}: a river locates the event, it is no struck site")
            continue
        if len(inside) > 1 and _heading_label(text, m):
            headings.append(m)  # "- Baghdad: a blast heard in Abu Ghraib": the digest's label
            continue
        before = af.slice(max(sentence.start, m.start - 40), m.start)[0].split()
        if _search(_REPORTER, " ".join(before[-3:]), present):
            notes.append(f"{m.start}-{m.end}: where a reporter is, not an event place")
            continue
        if _names_an_earlier_event(af, sentence.start, m, text, sentence.end, has_toll):
            notes.append(f"{m.start}-{m.end}: an earlier event recalled ('since the X attack')")
            continue
        if _names_an_outlet(text, m, af):
            notes.append(f"{m.start}-{m.end}: an outlet's name, not an event place")
            continue
        if _search(_DIPLOMAT_AT, " ".join(before[-3:]), present):
            notes.append(f"{m.start}-{m.end}: a diplomat's post, not an event place")
            continue
        if _search(_UNNAMED, " ".join(before[-5:]), present):
            # "… claimed attacks on three bases, without naming Tower 22"
            notes.append(f"{m.start}-{m.end}: a place the statement did not name")
            continue
        if _visited(af, sentence.start, m):
            notes.append(f"{m.start}-{m.end}: a visitor's destination, not a site struck")
            continue
        if _search(_SET_APART, " ".join(before[-4:]), present):
            # "… claimed attacks on three bases, naming X but not Y": Y is set apart
            notes.append(f"{m.start}-{m.end}: a place set apart ('but not'), not struck")
            continue
        if _search(_LOCATED_NEAR, " ".join(before[-4:]), present) and af.search(
            _ANAPHOR, max(sentence.start, m.start - 80), m.start
        ):  # "the base, located near X, was hit": X locates the site named before
            notes.append(f"{m.start}-{m.end}: locates the site named before, not struck")
            continue
        if _search(_SPEAKER_AT, " ".join(before[-7:]), present):
            notes.append(f"{m.start}-{m.end}: where a source speaks from, not an event place")
            continue
        if bystanders := _bystanders_place(af, sentence, m, before):
            notes.append(f"{m.start}-{m.end}: {bystanders}")
            continue
        if _RALLY_AT.search(" ".join(before[-6:])):
            notes.append(f"{m.start}-{m.end}: where a rally is held, not an event place")
            continue
        if _search(_PLACE_SPEAKS_BEFORE, " ".join(before[-3:]), present) or (
            _runs(_PLACE_SPEAKS_AFTER, present)
            and _PLACE_SPEAKS_AFTER.match(af.slice(m.end, min(sentence.end, m.end + 24))[0])
        ):
            notes.append(f"{m.start}-{m.end}: a capital speaking for its government")
            continue
        if _PATRON_AFTER.match(text, m.end) or _search(
            _PATRON_BEFORE, " ".join(before[-3:]), present
        ):
            notes.append(f"{m.start}-{m.end}: the patron of a group, not an event place")
            continue
        wide = " ".join(af.slice(max(sentence.start, m.start - 100), m.start)[0].split()[-10:])
        if _search(_THREATENED, wide, present) and not _IN_FLIGHT.search(
            af.slice(sentence.start, sentence.end)[0]
        ):  # "a drone meant to attack X was shot down": X was its target
            notes.append(f"{m.start}-{m.end}: the place threatened, not struck")
            continue
        if _search(_ORIGIN_WIDE, wide, present) or (
            _runs(_ORIGIN_AFTER, present)
            and _ORIGIN_AFTER.match(af.slice(m.end, min(sentence.end, m.end + 40))[0])
        ):
            notes.append(f"{m.start}-{m.end}: where the weapons came from, not a target")
            origin = origin or m
            origin_end = m.end
            continue
        if _search(_BLAMED_FOR, wide, present):
            blamed.append(m)
            continue
        kept.append(m)
    if kept:
        notes += [f"{m.start}-{m.end}: a heading's label, not an event place" for m in headings]
    else:
        kept = headings  # (the label is the only place: the line's event is there)
    if len(kept) > 1 and _runs(_SITE_LIES_NEAR, present):
        near = [m for m in kept if _site_lies_near(af, sentence.start, m, present)]
        if len(near) < len(kept):  # "… the targeted site lies near the Rukban camp"
            notes += [f"{m.start}-{m.end}: where the site struck lies, not a target" for m in near]
            near_ids = {id(m) for m in near}
            kept = [m for m in kept if id(m) not in near_ids]
    if kept and blamed:  # "KH, which the US blames for the attack on X, denied … on Y"
        notes += [
            f"{m.start}-{m.end}: an attack a group is blamed for, told before" for m in blamed
        ]
    else:
        kept = sorted((*kept, *blamed), key=lambda m: m.start)
    # a place right after a site, joined by a locator word only, locates that site
    # ("the embassy in Baghdad's Green Zone": a chain of locators, possessives allowed)
    located: list[ResolvedMention] = []
    chain_end = 0
    for m in kept:
        if located:
            gap = text[chain_end : m.start]
            words = [
                w
                for w in _GLOSS.sub(" ", gap).lower().translate(_BRACKETS).split()
                if not _POSSESSIVE.search(w)
            ]
            if (
                len(gap) <= 30
                and not _LIST_GAP.search(gap)
                and set(words) <= _LOCATOR_WORDS
                # ("in X and near Y", ``في X وقرب Y``: the relative phrase joined, a second site)
                and not (m.relative is not None and _JOINED_NEAR.match(af.slice(m.start, m.end)[0]))
            ):
                notes.append(f"{m.start}-{m.end}: locates the place before it")
                chain_end = m.end
                continue
            folded_gap = af.slice(chain_end, m.start)[0] if len(gap) <= 60 else ""
            if (
                len(gap) <= 40
                and (
                    _LOCATING_GAP.match(folded_gap)
                    or _OWNER_GAP.match(folded_gap)
                    or (m.relative is not None and _COMMA_GAP.match(gap))
                )
            ) or (
                folded_gap
                and (
                    _APPOSITION_GAP.match(folded_gap)
                    # "X, a logistics hub near Y": the relative phrase holds the locator
                    or (m.relative is not None and _APPOSITION_WORDS.match(folded_gap))
                )
                and not _lexicon().event.search(folded_gap)
            ):
                # "the camp, near the al-Tanf garrison", "the Green Zone, where the US
                # embassy is", ``منطقه سبز، جایی که سفارت آمریکا``: a place that locates
                notes.append(f"{m.start}-{m.end}: a locating phrase, not a second target")
                chain_end = m.end
                continue
        located.append(m)
        chain_end = m.end
    enumerated = _enumerated_sites(located, af, sentence.start)
    enumerated_ids = {id(m) for m in enumerated}
    if enumerated:
        notes.append("sites told one by one ('one in X, the other in Y'): each a target")
    if len(located) > 1:
        # "rockets hit the embassy, setting off sirens across the Green Zone": a district
        # or landmark holding another site of the sentence is where that site is
        held = [
            m
            for i, m in enumerate(located)
            if id(m) not in enumerated_ids
            and _holds_another(m, located[max(0, i - _NEIGHBOURS) : i + _NEIGHBOURS + 1])
        ]
        notes += [f"{m.start}-{m.end}: a district holding the site, not a target" for m in held]
        held_ids = {id(m) for m in held}
        located = [m for m in located if id(m) not in held_ids]
    kept_ids = {id(m) for m in _drop_regions(located, af, notes)} | enumerated_ids
    located = [m for m in located if id(m) in kept_ids]
    located = _one_between(located, af, notes)
    if not located:
        return [], origin, answered, notes
    best = min(_specificity(m)[0] for m in located)
    listed = _listed_sites(located, text, af, sentence.start) if len(located) > 1 else set()
    listed |= {n for n, m in enumerate(located) if id(m) in enumerated_ids}
    if best < 2 and len(located) > 1 and not listed:
        # "jets bombed positions in X, Y and Z airport": the towns are sites, not areas
        struck = _listed_sites(located, text, af, sentence.start, _STRUCK_SITES_IN)
        listed = struck if any(_specificity(located[n])[0] > best for n in struck) else set()
    if best < 2:
        sites = [m for m in located if _specificity(m)[0] == best]
        listed |= {
            n
            for n, m in enumerate(located)
            if _specificity(m)[0] > best and _joined_far_apart(m, sites, af)
        }
        dropped = [
            m for n, m in enumerate(located) if _specificity(m)[0] > best and n not in listed
        ]
        notes += [f"{located[n].start}-{located[n].end}: a site in a list of sites" for n in listed]
        located = [m for n, m in enumerate(located) if _specificity(m)[0] == best or n in listed]
        notes += [f"{m.start}-{m.end}: an area or town around the site" for m in dropped]
    else:
        best_area = min(located, key=_specificity)
        located = [m for m in located if m is best_area or id(m) in enumerated_ids]
    seen: set[str] = set()
    unique = []
    for m in located:
        assert m.place is not None
        if m.place.id not in seen:
            seen.add(m.place.id)
            unique.append(m)
    return unique, origin, answered, notes


#: a negation up to three words before an event word ("no attack", "no rockets were fired",
#: ``لم يتم إطلاق``, ``هیچ حمله‌ای``) or just after it (``حمله‌ای صورت نگرفت``, ``شلیک نشد``)
_DENIED_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:no|never|not|n't|without|none|nor|لم|لا|ولم|ولا|بدون|دون|هيچ)(?:\s+\S+){0,3}\s+$"
)
_DENIED_AFTER = actors.fold_pattern(
    r"\S*\s+(?:\S+\s+)?(?:نشد|نشده|نگرفت|نگرفته|نكرد|نكردند|نشدند)(?!\w)"
)


def _all_denied(folded: str, lex: _Lexicon, start: int = 0) -> bool:
    """Whether every event word of ``folded`` is denied ("no attack had been reported").

    >>> from geoincidents.text.folding import fold_text
    >>> _all_denied(fold_text("No attack on the base had been reported.").folded, _lexicon())
    True
    >>> _all_denied(fold_text("Rockets hit the base; no one was killed.").folded, _lexicon())
    False
    """
    found = False
    # (``start``: where the first event word is known to stand, the same matches after it)
    for m in lex.event.finditer(folded, start):
        found = True
        lead = folded[max(0, m.start() - 40) : m.start()]
        if not _DENIED_BEFORE.search(lead) and not _DENIED_AFTER.match(folded, m.end()):
            return False
    return found


#: a cue word in quotes before its preposition ('"a response" to the attack', ``«ردا» على``,
#: ``«پاسخ» به``): the quote moved past the preposition, the cue reads whole
_QUOTED_CUE = re.compile(r"(?<=\w)[\"'“”«»](\s+)(to|for|علي|به)(?!\w)")


def _unquoted(folded: str) -> str:
    """``folded`` with a quote between a cue word and its preposition moved after it.

    The same length, so every position stays (the quote becomes a space after the word).

    >>> _unquoted('called it "retaliation" for the attack')
    'called it "retaliation for  the attack'
    """
    if not any(q in folded for q in "\"'”»"):
        return folded
    return _QUOTED_CUE.sub(lambda m: m.group(1) + m.group(2) + " ", folded)


def _around_a_town(origin: ResolvedMention) -> bool:
    """Whether ``origin`` is "around" a town with no distance: the launch area, no anchor
    of the target (as "15 km from the base" is), whether the weapons are sent on toward a
    target ("fired from the outskirts of X toward the base", ``من محيط X باتجاه القاعدة``)
    or told to have taken off there ("the drones took off from near X", ``از حوالی شهر X
    به پرواز درآمدند``); "rockets fell near X" is where they fell (a target, no origin)."""
    rel = origin.relative
    return rel is not None and rel.distance_m is None and rel.anchor.kind in _TOWN_KINDS


def _name_spans(
    inside: Sequence[ResolvedMention], fa: int, af: _ArticleFold
) -> list[tuple[int, int]]:
    """The folded spans, from folded ``fa``, of the places named in a sentence."""
    return [(af.pos(m.start) - fa, af.pos(m.end) - fa) for m in inside if m.place is not None]


def _event_outside_names(
    f: str,
    fa: int,
    first: re.Match[str],
    inside: Sequence[ResolvedMention],
    lex: _Lexicon,
    af: _ArticleFold,
) -> re.Match[str] | None:
    """The first event word of folded sentence ``f`` (at folded ``fa``) outside the names
    of its places: the town of Hit ("found the launcher near Hit") tells no hit.

    Linear: one bisection per event word, the next looked for after it.
    """
    spans = _name_spans(inside, fa, af)
    starts = [a for a, _ in spans]
    found: re.Match[str] | None = first
    while found is not None:
        n = bisect.bisect_right(starts, found.start()) - 1
        if n < 0 or found.start() >= spans[n][1]:
            return found
        found = lex.event.search(f, spans[n][1])
    return None


#: a relative word a few words before a word of what a place hosts ("where coalition
#: advisers are stationed", ``التي تضم``, ``حيث يتمركز``, ``که … مستقر هستند``)
_RELATIVE_NEAR = actors.fold_pattern(
    r"(?<!\w)(?:that|which|where|التي|الذي|حيث|كه|جايي كه)(?!\w)(?:\s+\S+){0,4}\s*$"
)
_RELATIVE_REACH = 48


def _hosts_after_impact(outside: str, at: int, present: frozenset[str]) -> bool:
    """Whether the hosts word at folded ``at`` stands in a relative clause of a sentence
    with an impact verb outside it (:data:`_IMPACT`): it tells what the place struck hosts,
    in an event's sentence."""
    start = max(0, at - _RELATIVE_REACH)
    rel = _RELATIVE_NEAR.search(outside, start, at)
    if rel is None or not _runs(_IMPACT, present):
        return False
    # before the clause, or after it (Persian puts the verb last: ``… را که … مستقر هستند
    # هدف قرار داد``; "The base, which hosts advisers, was hit")
    return _IMPACT.search(outside, 0, rel.start()) is not None or (
        _IMPACT.search(outside, at) is not None
    )


#: a clause of another speaker ("…, while Tehran denied any link", ``فيما نفت طهران``,
#: ``بينما``, ``در حالی که``)
_WHILE = actors.fold_pattern(
    r"(?:,|،|;|؛)?\s*(?<!\w)(?:while|whereas|even as|فيما|بينما|في حين|در حالي كه|حال انكه)(?!\w)"
)


#: a group telling its deed in its own words: the first person ("our fighters", ``مجاهدونا``,
#: ``رزمندگان ما``) or its name as the speaker before a colon (``المقاومة الإسلامية في
#: العراق: هاجم …``)
#: an active verb of attacking right after its subject (English order: "The Islamic
#: Resistance in Iraq on Friday targeted X with a drone"), the subject a few words at most
_OWN_ATTACK_EN = actors.fold_pattern(
    r"^\W*(?:[^,،.]{0,60}[,،]\s*)?(?P<subject>(?:[^\s,،;.]+ ){1,9}?)"
    r"(?:(?:on|late on|early on) \w+ )?"
    r"(?:targeted|attacked|struck|shelled|hit|fired|launched)(?!\w)"
)
#: the same verb before its subject (Arabic order: ``استهدفت المقاومة الإسلامية … قاعدة``)
_OWN_ATTACK_AR = actors.fold_pattern(
    # (maybe after its time set off by a comma: ``ففي يوم الاثنين ٢٠ تشرين الثاني، استهدفت``)
    r"^\W*(?:[^,،.]{0,60}[,،]\s*)?[وف]?(?:استهدفت|استهدف|هاجمت|هاجم|قصفت|قصف|اطلقت|اطلق)\s+"
    r"(?P<subject>(?:\S+\s+){1,5})"
)
#: the Persian verb-final order: the subject opening the sentence, its object marked by
#: ``را`` and the verb at the end (``مقاومت اسلامی عراق روز جمعه پایگاه … را با یک فروند
#: پهپاد هدف قرار داد``)
_OWN_ATTACK_FA = actors.fold_pattern(
    r"^\W*(?P<subject>(?:\S+\s+){1,5}).*?\s+را\s+(?:\S+\s+){0,8}?"
    r"(?:هدف (?:قرار داد|قرار دادند)|مورد (?:حمله|هدف) قرار (?:داد|دادند)|بمباران (?:كرد|كردند))"
)
#: a source the sentence gives for what it tells ("…, US officials said", ``بحسب
#: مسؤولين``, ``به گفته مقامات``): the deed is then that source's account, no claim
_TOLD_BY = actors.fold_pattern(
    r"(?<!\w)(?:said|says|say|according to|told|reported|blamed|accused|alleged|believed"
    r"|suspected|[وف]?(?:بحسب|حسب|وفق|قال|قالت|قالوا|افاد|افادت|ذكر|ذكرت|اتهم|اتهمت|حمل|حملت"
    r"|يعتقد|رجح|رجحت)|به گفته|گفت|گفتند|اعلام (?:كرد|كردند)|گزارش|متهم|نسبت داد)(?!\w)"
)


#: the group held responsible by another ("which Washington blamed on Kataib Hezbollah",
#: ``والذي حمّلت واشنطن مسؤوليته لكتائب حزب الله``, ``واشنگتن کتائب حزب‌الله را مسئول این
#: حمله دانست``): blamed, so the statement the sentence tells is the blamer's, no claim
_HELD_RESPONSIBLE = actors.fold_pattern(
    r"(?<!\w)(?:held (?:\S+ ){1,4}?responsible|blamed|blames|blaming|accused|accuses"
    r"|[وف]?(?:حملت|حمل|يحمل|تحمل) (?:\S+ ){0,3}?(?:ال)?(?:مسووليته|مسووليتها|مسووليه)"
    r"|[وف]?(?:اتهمت|اتهم|يتهم|تتهم)"
    r"|(?:مسيول|عامل) (?:\S+ ){0,3}?(?:دانست|دانستند|مي داند|مي دانند|خواند|خواندند)"
    r"|را متهم (?:كرد|كردند))(?!\w)"
)


def _resistance_tells_it(folded: str) -> bool:
    """Whether the resistance noun (:data:`_RESISTANCE`) is the subject of the sentence's
    active verb of attacking, no other source given (``استهدفت المقاومة قاعدة X``, "The
    resistance targeted X"); see :func:`_tells_its_own_attack`.

    >>> from geoincidents.text.folding import fold_text
    >>> _resistance_tells_it(fold_text("استهدفت المقاومة قاعدة عين الأسد بصاروخ").folded)
    True
    >>> _resistance_tells_it(fold_text("استهدفت المقاومة القاعدة، بحسب مسؤولين").folded)
    False
    """
    if _TOLD_BY.search(folded):
        return False
    for rule in (_OWN_ATTACK_EN, _OWN_ATTACK_AR, _OWN_ATTACK_FA):
        m = rule.match(folded)
        if m is not None and _RESISTANCE.match(m.group("subject")) is not None:
            return True
    return False


def _tells_its_own_attack(folded: str, group: str) -> bool:
    """Whether ``group`` is the subject of the sentence's active verb of attacking, the
    sentence giving no other source for the deed: the group's own telling, as its outlets
    relay it ("The Islamic Resistance in Iraq on Friday targeted X with a drone",
    ``استهدفت المقاومة الإسلامية في العراق يوم الجمعة قاعدة X``, ``مقاومت اسلامی عراق روز
    جمعه X را با یک پهپاد هدف قرار داد``); not "…, US officials said", nor the group named
    after a preposition (``در حمله … کتائب حزب‌الله به X``).

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("The Islamic Resistance in Iraq targeted the base with a drone.").folded
    >>> _tells_its_own_attack(f, "Islamic Resistance in Iraq")
    True
    >>> f = fold_text("Kataib Hezbollah fired the rockets at the base, officials said.").folded
    >>> _tells_its_own_attack(f, "Kataib Hezbollah")
    False
    """
    if not group or _TOLD_BY.search(folded):
        return False
    for rule in (_OWN_ATTACK_EN, _OWN_ATTACK_AR, _OWN_ATTACK_FA):
        m = rule.match(folded)
        if m is None:
            continue
        subject = m.group("subject").split()
        if subject[:1] == ["the"]:
            subject = subject[1:]
        # (the subject opens on the group's name: not on a word before it, "in the attack of")
        if (
            actors.militia(" ".join(subject)) == group
            and actors.militia(" ".join(subject[1:])) != group
        ):
            return True
    return False


_OWN_WORDS = actors.fold_pattern(
    r"(?<!\w)(?:our (?:fighters|mujahideen|heroes|operations?)|[وف]?(?:مجاهدونا|مجاهدينا"
    r"|ابطالنا|عملياتنا|مقاتلونا|مقاتلينا)|(?:رزمندگان|مجاهدان|عمليات|عمليات هاي) ما"
    r"|(?:العراق|iraq|عراق|حزب الله|hezbollah|النجباء|nujaba)\s*:)(?!\w)"
)


def _denied_by_another(outside: str, group: str) -> bool:
    """Whether the group of ``outside`` claims in its own clause and the denial of a role
    stands in another's, after "while" (``فيما نفت طهران``): the denial is not the group's.

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("The Islamic Resistance in Iraq claimed drone attacks on the bases, "
    ...               "while Tehran denied any link to the attack.").folded
    >>> _denied_by_another(f, "Islamic Resistance in Iraq")
    True
    >>> f = fold_text("Kataib Hezbollah denied any role in the attack.").folded
    >>> _denied_by_another(f, "Kataib Hezbollah")
    False
    """
    cut = _WHILE.search(outside)
    if cut is None:
        return False
    own, other = outside[: cut.start()], outside[cut.end() :]
    return (
        actors.militia(own) == group
        and actors.claims(own, announce=True)
        and not actors.denies(own)
        and actors.denies(other)
    )


#: an aggression carried out, the state media's word for a strike without its "air" ("US
#: occupation forces carried out an aggression on sites near X", ``نفذت قوات الاحتلال …
#: عدواناً على مواقع``, ``تجاوز هوایی آمریکا به مواضعی در``): a deed verb before it (a few
#: words between: ``نفذت، أمس الأربعاء، عدواناً``), not the word a description or a
#: reaction calls something by ("… was an aggression", ``يعد عدواناً``, ``… را تجاوز خواند``)
_AGGRESSION_DONE = actors.fold_pattern(
    r"(?<!\w)(?:(?:carried out|committed|launched|waged|conducted) (?:an? )?(?:new |fresh )?"
    r"(?:act of )?aggression"
    r"|[وف]?(?:نفذت|نفذ|شنت|شن|ارتكبت|ارتكب|تنفذ|ينفذ|يشن|تشن)(?: [^\s.]+){0,4}? عدوانا"
    r"|تجاوز (?:هوایی|نظامی)(?: \S+){0,8}? (?:انجام|صورت) (?:داد|دادند|گرفت))(?!\w)"
)
#: an "air aggression" (``عدواناً جوياً``, ``العدوان الجوي``): the state media's raid
_AIR_AGGRESSION = actors.fold_pattern(r"(?<!\w)(?:عدوانا جويا|عدوان جوي|العدوان الجوي)(?!\w)")
#: how far before the aggression its aircraft and their state are named
_AGGRESSOR_REACH = 48


def _air_aggressor(outside: str, present: frozenset[str]) -> str:
    """The state whose aircraft the sentence says made an "air aggression", or ``""``.

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("شن طيران الاحتلال الأمريكي عدوانا جويا على موقعين").folded
    >>> _air_aggressor(f, _ALL_FAMILIES())
    'United States'
    """
    m = _search(_AIR_AGGRESSION, outside, present)
    if m is None:
        return ""
    return actors.state_named(outside[max(0, m.start() - _AGGRESSOR_REACH) : m.start()]) or ""


#: the events a response answers, named again in the definite plural ("in response to the
#: strikes", "retaliation for these attacks", ``رداً على الغارات``, ``رداً على هذه
#: الهجمات``, ``در پاسخ به این حملات``): all the events the sentence before told
_ANSWERS_MANY = actors.fold_pattern(
    r"(?<!\w)(?:(?:in )?response to|in retaliation for|retaliation for|(?:an? |its )?answer to"
    r"|(?:a |its )?reply to|ردا علي|ردا علی|جوابا علي|انتقاما ل|(?:در )?پاسخ به|در تلافي)"
    r" (?:(?:the|these|those) (?:\S+ )?(?:strikes|raids|attacks|bombings|airstrikes)"
    r"|(?:هذه |تلك )?(?:الغارات|الضربات|الهجمات|الاعتداءات)"
    r"|(?:اين|آن) (?:حملات|حمله ها|حملات هوايي|بمباران ها|ضربات))(?!\w)"
)


#: a group announcing or mourning a death ("the PMF announced the death of a commander",
#: ``أعلنت هيئة الحشد مقتل قيادي``, ``نعت الكتائب``, ``حشد از شهادت یک فرمانده خبر داد``):
#: in a sentence naming no state's people, the dead are its own
_MOURNS = actors.fold_pattern(
    r"(?<!\w)(?:(?:announced|mourned|confirmed) (?:on \S+ )?the (?:death|deaths|killing|martyrdom)"
    r" of|mourned|[وف]?(?:نعت|نعي|نعا)"
    r"|[وف]?(?:اعلنت|اعلن|اكدت|اكد)(?: \S+){0,6}? (?:مقتل|استشهاد)"
    r"|از (?:شهادت|كشته شدن)(?: \S+){1,16}? خبر (?:داد|دادند))(?!\w)"
)


#: why a sentence naming only the places of the event it answers drafts nothing
_ONLY_ANSWERED = "the only places named are those of the event it answers"


#: a barrier against blasts, no blast ("the blast walls", "blast-proof shelters", ``جدران
#: مقاومة للانفجار``, ``الكتل المضادة للانفجار``, ``دیوارهای ضد انفجار``)
_NAMES_A_THING = actors.fold_pattern(
    r"(?<!\w)(?:blast[- ]?(?:walls?|proof|barriers?|resistant|shields?)"
    r"|(?:ضد|مضاده? ل|المضاده? ل|مقاومه? ل|المقاومه? ل|واقيه? من|الواقيه? من)(?:ال|ل)?(?: )?"
    r"(?:ال|ل)?انفجار(?:ات)?|ضد ?انفجار"
    # a launcher named by its launching (``منصات إطلاق``, ``سکوهای پرتاب``: launch pads)
    # with the weapons they launch (``منصات إطلاق الصواريخ``, ``سکوهای پرتاب راکت``)
    r"|[وفب]?(?:ال)?(?:منصه|منصات|منصتي|منصتا|منصتان)(?: ال| ل)? ?(?:ال|ل)?اطلاق"
    r"(?: (?:ال|لل)?(?:صواريخ|صاروخ|قذائف|الطائرات المسيره|الطائرات|المسيرات))?"
    r"|(?:سكو|سكوي|سكوها|سكوهاي|سكوهايي) ?(?:ي )?پرتاب(?: (?:راكت|موشك|پهپاد)(?:ها|هاي)?)?)"
    r"(?!\w)"
)


def _names_a_thing(folded: str, event: re.Match[str]) -> bool:
    """Whether the event word at ``event`` names a thing, not an event: a barrier against
    blasts ("blast walls", ``جدران مضادة للانفجار``) or a launcher named by its launching
    (``منصات إطلاق``, ``سکوهای پرتاب``, launch pads)."""
    return any(
        m.start() <= event.start() < m.end()
        for m in _NAMES_A_THING.finditer(folded, max(0, event.start() - 24), event.end() + 16)
    )


#: what a base holds, its aircraft and drones among it ("the base has long housed US
#: aircraft and drones", ``وتضم القاعدة طائرات مسيرة``, ``این پایگاه میزبان پهپادهای
#: آمریکایی است``)
_HOSTS_ARMS = actors.fold_pattern(
    r"(?<!\w)(?:housed|hosted|houses|hosts|is home to|been home to"
    r"|[وف]?(?:تضم|يضم|تستضيف|يستضيف|ضمت|استضافت|تؤوي)|ميزبان|محل استقرار)(?!\w)"
)


def _hosts_its_arms(outside: str, first: int, killed: int | None, wounded: int | None) -> bool:
    """Whether a sentence tells only the weapons a place hosts: a hosts word before its first
    event word (``first``, a weapon's name: "aircraft and drones"), no impact, no toll.

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("The base has long housed American aircraft and drones.").folded
    >>> _hosts_its_arms(f, f.index("drones"), None, None)
    True
    >>> f = fold_text("The base, which houses advisers, was hit by drones.").folded
    >>> _hosts_its_arms(f, f.index("drones"), None, None)
    False
    """
    hosts = _HOSTS_ARMS.search(outside, 0, first)
    return (
        hosts is not None
        # (a relative clause: "X, which hosts US forces, came under drone attack")
        and not _RELATIVE_BEFORE.search(outside, max(0, hosts.start() - 16), hosts.start())
        and killed is None
        and wounded is None
        and _IMPACT.search(outside) is None
        and _ATTACK_VERB_AFTER.search(outside, hosts.end()) is None
    )


#: an attack's verb (what a hosts word stands beside in a sentence telling an event)
_ATTACK_VERB_AFTER = actors.fold_pattern(
    r"(?<!\w)(?:attacked|attack on|fired|launched|shelled|struck|bombed|targeted"
    r"|[وف]?(?:هاجم|هاجمت|قصف|قصفت|اطلق|اطلقت)|حمله (?:كرد|كردند|شد)|شليك"
    r"|مورد (?:\S+ )?حمله)(?!\w)"
)


# ------------------------------------------------------------------ events left out
#
# An analyst of militia-vs-US incidents leaves out what happens between other sides (an
# ISIS attack on Iraqi soldiers or the SDF, an Iraqi air strike on ISIS), what stops short
# of any launch (arrests, a plot foiled, a seized weapon) and what security forces do
# around an event (a road closed, a curfew): :func:`_left_out_event` names each, and the
# sentence drafts nothing (its place, day and actor still reach the neighbours).

#: the Islamic State group, by its names (``داعش``, ``تنظيم الدولة``, ``دولت اسلامی``)
_ISIS_NAME = (
    r"(?:islamic state|isis|isil|daesh|(?:[لبو])?داعش|(?:[لبو])?(?:ال)?داعشي\S*"
    r"|تنظيم الدوله(?: الاسلاميه)?|دولت اسلامي)"
)
#: its people as a side ("an ISIS cell", ``خلايا``, ``فلول``, ``عناصر``)
_ISIS_MEN_AR = (
    r"(?:[لب]?(?:خلايا|خليه|عناصر|مسلحو|مسلحون|مسلحي|فلول|بقايا|ارهابيو|ارهابيي|انتحاري"
    r"|انتحاريون|مقاتلو|مقاتلي|مجموعه|مجاميع|عصابات)(?: من)?)"
)
#: ISIS as the doer of the sentence's event ("a roadside bomb planted by Islamic State
#: remnants", "an attack by an ISIS cell", "ISIS militants ambushed", ``بهجوم شنه عناصر من
#: تنظيم داعش``, ``هاجمت خلية تابعة لتنظيم داعش``, ``بهجوم لخلايا داعش``, ``حمله داعش``,
#: ``گفته می‌شود داعش پشت این حمله است``); not ISIS as what was hit (``مواضع داعش``)
_ISIS_DEED = actors.fold_pattern(
    r"(?<!\w)(?:"
    r"(?:attacks?|ambush|assault|bombings?|bomb|ieds?|raid|blast|explosion|suicide bombing)"
    r"(?: \S+){0,4}? (?:by|of) (?:an? |the )?(?:suspected )?(?:remnants of (?:the )?)?"
    + _ISIS_NAME
    + r"|(?:planted|claimed|carried out|staged|mounted|laid|set) by (?:an? |the )?(?:suspected )?"
    r"(?:remnants of (?:the )?)?"
    + _ISIS_NAME
    + r"|blamed on (?:the )?"
    + _ISIS_NAME
    + r"|"
    + _ISIS_NAME
    + r"(?: group)?(?:[- ](?:cell|cells|militants?|fighters?|remnants|gunmen|jihadists|members"
    r"|suicide bombers?|sleeper cells?|elements|insurgents))? (?:had |have |has )?(?:attacked"
    r"|ambushed|stormed|claimed|detonated|planted|raided|shelled|carried out)"
    r"|(?:an?|the) (?:suspected )?" + _ISIS_NAME + r"(?:[- ]claimed)? (?:attack|ambush|assault"
    r"|bombing|ied|suicide|raid)"
    # Arabic: the verb before its subject; the attack noun and who made it
    r"|[وف]?(?:هاجم|هاجمت|هاجموا|شن|شنت|نفذ|نفذت|تبني|تبنت|زرع|زرعت|فجر|فجرت|اغتال|اغتالت)"
    r" (?:"
    + _ISIS_MEN_AR
    + r" )?(?:(?:تابعه|تابعون|ينتمون) )?(?:من |ل|الي )?(?:تنظيم |عصابات )?"
    + _ISIS_NAME
    + r"|[وفب]?(?:ال)?(?:هجوم|هجمات|هجوما|اعتداء|تفجير|كمين|عبوه|عبوات)(?: ناسفه| ارهابي"
    r"| انتحاري\S*| مسلح)? (?:(?:شنه|شنها|شنته|نفذه|نفذها|نفذته|تبناه|تبناها|زرعها|زرعه"
    r"|زرعتها) )?(?:" + _ISIS_MEN_AR + r" )?(?:(?:تابعه|تابعين|ينتمون) )?(?:من |ل|الي )?"
    r"(?:تنظيم |عصابات )?"
    + _ISIS_NAME
    # Persian: ISIS behind it, claiming it; the attack of ISIS; by ISIS; ISIS attacking
    + r"|(?:عناصر |تروريست هاي |تروريستهاي )?داعش(?: \S+){0,2}? (?:پشت|مسئوليت|مسووليت"
    r"|مسؤوليت)|(?:حمله|حملات|انفجار|بمب گذاري|بمب گذاري هاي|كمين|عمليات)(?: ي| تروريستي"
    r"| انتحاري)? (?:عناصر |تروريست هاي |تروريستهاي |گروه |گروهك |شبه نظاميان )?"
    r"(?:تروريستي |تكفيري )?داعش|توسط (?:عناصر |تروريست هاي |تروريستهاي |گروه |گروهك )?"
    r"(?:تروريستي )?داعش|(?:منتسب|وابسته|مرتبط) به داعش"
    r"|داعش(?: (?!را(?!\S))\S+){0,6}? (?:حمله|يورش) (?:كرد|كردند|كرده|بردند|برد)"
    r")(?!\w)"
)
#: ISIS as the side hit ("struck Islamic State hideouts", "killing five ISIS militants",
#: ``مقتل إرهابيين اثنين من عصابات داعش``, ``أوكار داعش``, ``مواضع داعش``)
_ISIS_HIT = actors.fold_pattern(
    r"(?<!\w)(?:(?:struck|hit|bombed|targeted|pounded|killing|killed|destroyed|destroying)"
    r" (?:\S+ ){0,3}?" + _ISIS_NAME + r"(?: group)? (?:hideouts?|positions?|militants|fighters"
    r"|members|targets|sites|cells?|leaders?|commanders?|elements|remnants|camps?|tunnels?"
    r"|caves?|gunmen|insurgents)"
    r"|(?:[وب]?(?:مقتل|قتل|استهداف|قصف|تدمير|ضرب)|(?:ال)?(?:مواقع|مواضع|اوكار|وكر|مضافات|مضافه"
    r"|تجمعات|معاقل|مخابئ|اهداف|انفاق|نفق|ارهابيين|ارهابيي|قياديين|قيادي))(?: \S+){0,3}?"
    r" (?:ل|من |في )?(?:عصابات |تنظيم |عناصر |خلايا )?"
    + _ISIS_NAME
    + r"|(?:مواضع|مقر|مقرهاي|مخفيگاه|مخفيگاههاي|پناهگاه|تجمع|عناصر|سركردگان|سركرده|اهداف)"
    r"(?: ي| هاي)? (?:\S+ )?(?:گروه |گروهك |تروريست هاي )?(?:تروريستي )?داعش"
    r")(?!\w)"
)
#: a striker of Iraq's or the Kurdish and Syrian forces' own ("an Iraqi air strike", "Iraqi
#: F-16s", ``بضربة جوية عراقية``, ``طيران الجيش``, ``قسد``, ``جنگنده‌های عراقی``): neither
#: the US and its coalition nor the militias
_LOCAL_STRIKER = actors.fold_pattern(
    r"(?<!\w)(?:iraqi (?:f[- ]?16 )?(?:air ?strikes?|airstrikes?|jets?|f[- ]?16s?|aircraft"
    r"|warplanes?|air force|army aviation|helicopters?|artillery|drones?)"
    r"|iraq's (?:air force|army aviation)"
    r"|peshmerga|sdf|syrian democratic forces|counter terrorism service"
    r"|[وب]?(?:ال)?(?:ضربه|ضربات|غاره|غارات|طائرات|قصف) (?:جويه |جويا )?(?:ال)?عراقي\S*"
    r"|(?:ال)?طيران (?:ال)?(?:حربي |جيش )?(?:ال)?عراقي|طيران الجيش|(?:ال)?قوه الجويه"
    r"|جهاز مكافحه الارهاب|قوات سوريا الديمقراطيه|[وب]?قسد|(?:ال)?بيشمركه"
    r"|(?:حمله|حملات|جنگنده|جنگنده هاي|نيروي|نيروهاي|بالگرد|بالگردهاي) (?:هوايي )?(?:ارتش )?"
    r"عراق\S*|پيشمرگ\S*|قسد|نيروهاي سوريه دموكراتيك)(?!\w)"
)
#: an arrest ("arrested two men", ``اعتقال``, ``ألقت القبض``, ``بازداشت``, ``دستگیر``)
_ARREST = actors.fold_pattern(
    r"(?<!\w)(?:arrested|arrests?|detained|apprehended|rounded up|taken into custody"
    r"|[وف]?(?:اعتقال|اعتقل|اعتقلت|اعتقلوا|القاء القبض|القبض|قبض|توقيف|اوقف|اوقفت|احتجاز"
    r"|احتجز|احتجزت)|دستگير\S*|بازداشت\S*)(?!\w)"
)
#: those arrested for an attack that was made ("suspected of firing the rockets", "who
#: launched the drone", ``المتورطين في``, ``منفذي الهجوم``, ``عاملان حمله``): the attack is
#: told too, not only the arrest
_ARRESTED_FOR_IT = actors.fold_pattern(
    r"(?<!\w)(?:(?:who|that) (?:had )?(?:fired|launched|carried out|attacked|staged)"
    r"|(?:suspected|accused) of (?:firing|launching|carrying out|involvement|taking part"
    r"|being behind)|involved in (?:the|an|last|a|this|that)|responsible for (?:the|an|last)"
    r"|[وف]?(?:ال)?متورط\S*|(?:ال)?متهم\S* ب(?:اطلاق|تنفيذ|استهداف)|(?:ال)?مسؤول\S* عن"
    r"|(?:ال)?منفذ\S*|عاملان|عاملين|دست داشتن|متهم به)(?!\w)"
)
#: a plot foiled before anything was planted or fired ("foiled an attempt to plant a
#: bomb", ``إحباط محاولة لزرع عبوة``, ``توطئه … را خنثی کردند``)
_PLOT_FOILED = actors.fold_pattern(
    r"(?<!\w)(?:(?:foiled|thwarted|prevented|averted)(?: \S+){0,2}? (?:plot|attempt|plan|bid)s?"
    r" (?:\S+ )?to (?:plant|place|smuggle|lay|detonate|set off)"
    r"|[وف]?(?:احباط|احبطت|احبط|تحبط|يحبط)(?: \S+){0,2}? (?:محاوله|مخطط)\S* (?:\S+ )?"
    r"(?:ل|الي )?(?:زرع|وضع|تفجير|تهريب)"
    r"|(?:توطئه|نقشه)\S*(?: \S+){0,8}? (?:را )?(?:خنثي|ناكام) (?:كرد|كردند|شد|ساختند))(?!\w)"
)
#: roads closed, a curfew ("closed the airport road", ``أغلقت الطريق``, ``حظر التجوال``,
#: ``جاده‌ها را بستند``): what security forces did, no event
_CLOSURE = actors.fold_pattern(
    r"(?<!\w)(?:(?:closed|shut|sealed off|cordoned off|blocked|reopened)(?: \S+){0,3}?"
    r" (?:road|roads|highway|crossing|border|entrances?)|curfew|road closures?"
    r"|[وف]?(?:اغلقت|اغلق|اغلاق|قطعت|قطع|فرضت|فرض)(?: \S+){0,3}? (?:ال)?(?:طريق|طرق|منفذ"
    r"|معبر|مداخل|حظر|طوق)|حظر (?:ال)?تجوال|حظرا للتجوال"
    r"|(?:جاده|راه|گذرگاه|مرز)\S*(?: \S+){0,8}? (?:را )?(?:بستند|بست|بسته شد|بسته شدند|مسدود)"
    r"|حكومت نظامي|منع (?:رفت و امد|تردد))(?!\w)"
)
#: a time clause of the event the closure followed ("after the attack", ``عقب``, ``پس از``)
_AFTER_EVENT = actors.fold_pattern(
    r"(?<!\w)(?:after|following|in the wake of|عقب|بعد|اثر|إثر|پس از|بعد از|به دنبال|در پي)(?!\w)"
)
#: another side's account of where the event told happened, set against the first
#: ("…, contradicting the US account", ``وهو ما يخالف الرواية الأمريكية``, ``برخلاف روایت
#: آمریکا``): a disputed place, no second event
_COUNTER_ACCOUNT = actors.fold_pattern(
    r"(?<!\w)(?:(?:contradict\w*|contrary to|at odds with|disput\w*|challeng\w*)"
    r" (?:the |this |that )?(?:\S+ ){0,2}?(?:account|version|narrative)s?"
    r"|(?:[يت]خالف|[يت]ناقض|خلافا ل|مخالف\S* ل|عكس) (?:ال)?(?:روايه|روايات)"
    r"|(?:برخلاف|مغاير با|در تناقض با|خلاف|مخالف) (?:\S+ ){0,2}?روايت\S*)(?!\w)"
)
_ISIS_EVENT = "an event of ISIS (its attack, or a strike on it by local forces): left out"
_ARRESTED = "an arrest or a seizure, nothing launched: no event"
_FOILED = "a plot foiled before anything was planted or fired: no event"
_CLOSED = "a road closure or a curfew: what security forces did, no event"
_COUNTERED = "another side's account of where the event told happened: no second event"


def _left_out_event(
    outside: str,
    unnamed: str,
    kind: str,
    striker: str,
    weapon: str,
    killed: int | None,
    wounded: int | None,
    present: frozenset[str],
) -> str:
    """Why the event a sentence tells is one an analyst of militia-vs-US incidents leaves
    out ("" when it is not): ISIS's own attack (:data:`_ISIS_DEED`) or a strike on ISIS by
    Iraqi or Kurdish forces (:data:`_ISIS_HIT` with :data:`_LOCAL_STRIKER`); an arrest or a
    plot foiled with no weapon arriving (:data:`_ARREST`, :data:`_PLOT_FOILED`); a road
    closed or a curfew (:data:`_CLOSURE`); another side's account of where the event told
    happened (:data:`_COUNTER_ACCOUNT`).

    ``outside`` is the folded sentence with its response clauses blanked, ``unnamed`` the
    same with its places' names blanked too (the town of Hit tells no hit).

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("An Islamic State cell attacked an army post, killing two.").folded
    >>> _left_out_event(f, f, "attack", "", "unknown", 2, None, _ALL_FAMILIES()) == _ISIS_EVENT
    True
    >>> f = fold_text("The IRGC fired missiles at ISIS militants in Idlib.").folded
    >>> _left_out_event(f, f, "attack", "", "ballistic_missile", None, None, _ALL_FAMILIES())
    ''
    >>> f = fold_text("Police arrested two men with a drone in their car.").folded
    >>> _left_out_event(f, f, "attack", "", "drone", None, None, _ALL_FAMILIES()) == _ARRESTED
    True
    """
    own_strike = kind.endswith("strike") and striker in _OWN_STRIKERS
    if not own_strike and _search(_ISIS_DEED, outside, present) is not None:
        return _ISIS_EVENT  # "a roadside bomb planted by Islamic State remnants struck …"
    if (
        not own_strike
        and _search(_ISIS_HIT, outside, present) is not None
        and _search(_LOCAL_STRIKER, outside, present) is not None
    ):  # "two ISIS militants were killed in an Iraqi air strike near X"
        return _ISIS_EVENT
    quiet = (
        killed is None
        and wounded is None
        and _search(_IMPACT, unnamed, present) is None
        and _search(_IN_FLIGHT, unnamed, present) is None
    )
    if not quiet:
        return ""
    if _search(_ARREST, outside, present) is not None and not _search(
        _ARRESTED_FOR_IT, outside, present
    ):  # "police arrested two men with a dismantled drone in their car"
        return _ARRESTED
    if _search(_PLOT_FOILED, outside, present) is not None:
        return _FOILED  # "police foiled an attempt to plant a bomb on the road near X"
    if (
        not striker
        and _search(_CLOSURE, outside, present) is not None
        and _search(_AFTER_EVENT, outside, present) is None
    ):  # "police closed the road to X while engineers removed the rockets"
        return _CLOSED
    if weapon == "unknown" and _search(_COUNTER_ACCOUNT, outside, present) is not None:
        return _COUNTERED  # "Amman said the attack was at Y, contradicting the US account"
    return ""


#: the Arabic present of a strike verb (``مقاتلات أمريكية تقصف مستودعات``, ``صواريخ
#: تستهدف قاعدة``): the tense of a headline or a digest's bullet, an event only where the
#: sentence gives its day (``• الأربعاء: …``); undated it is a habit or a claim of one
#: (``الفصائل تستهدف القواعد منذ سنوات``). (English and Persian headlines tell the day's
#: news in words the event table already reads: "jets strike", ``هدف قرار می‌دهند``.)
_DATED_PRESENT_STRIKE = actors.fold_pattern(
    r"(?<!\w)[وف]?(?:تقصف|يقصف|تستهدف|يستهدف|تشن|يشن|تهاجم|يهاجم|تضرب|يضرب)(?!\w)"
)


def _read_sentence(
    text: str,
    sentence: Sentence,
    paragraph: int,
    inside: Sequence[ResolvedMention],
    dates: Sequence[DateMention],
    relatives: Sequence[EventRelative],
    published: dt.date | None,
    lex: _Lexicon,
    af: _ArticleFold,
) -> _Reading:
    f, fa = af.slice(sentence.start, sentence.end)
    fb = fa + len(f)
    present = af.families(fa, fb)
    first = lex.event.search(f) if "event" in present else None
    while first is not None and _names_a_thing(f, first):
        first = lex.event.search(f, first.end())  # "the blast walls of the base": no blast
    if first is None:
        first = _AGGRESSION_DONE.search(f)  # "… forces carried out an aggression on X"
    if first is None and (dates or relatives):
        first = _DATED_PRESENT_STRIKE.search(f)  # "• Wednesday: US jets bomb depots near X"
    if first is not None and inside:
        first = _event_outside_names(f, fa, first, inside, lex, af)
    if first is None or _all_denied(f, lex, first.start()):
        # no event: only what the neighbours take (actor, claim, date); each actor rule
        # runs only where one of its words stands (the rest are empty without looking)
        group = actors.militia(f) if "militia" in present else ""
        claim_cue = "claim" in present and actors.claims(f)
        return _Reading(
            sentence,
            paragraph,
            event=False,
            striker=(actors.state_striker(f) or "") if "state" in present else "",
            group=group,
            places=len(inside),
            claim_cue=claim_cue,
            # a group telling its own deed claims it ("… said it had targeted both bases");
            # not a group saying it had no part in it
            claim=bool(group)
            and (claim_cue or ("deed" in present and actors.claims_deed(f)))
            and not actors.denies(f),
            date=dates[0] if dates else None,
        )
    rules = actors.gate_rules()
    clauses_f = (
        [(a, _with_casualties(f, b)) for a, b in actors.response_clauses(_unquoted(f))]
        if _runs(rules["response_to"], present)
        else []
    )
    promised, promises = _promised_clauses(f, clauses_f)
    clauses_f += promised
    clauses = [af.to_original(fa + a, fa + b) for a, b in clauses_f]
    outside = _outside(f, clauses_f)
    blamed = _blamed_cause(outside, lex) if _runs(_BLAME, present) else None
    if blamed is not None:  # "An explosion hit a depot; the PMF blamed a US drone"
        outside = _outside(outside, [blamed])
    targets, origin, answered, notes = _targets(text, sentence, inside, af, clauses, present)
    if len(targets) > 1 and _runs(_ASSASSINATION, present) and _runs(_THIRD_STATE, present):
        killed_at = [m for m in targets if _third_states_killing_at(outside, af.pos(m.start) - fa)]
        if len(killed_at) < len(targets):  # "… struck X, as Iran weighed its answer to
            # Israel over the killing of a leader in Y": Y is where that killing was
            notes += [f"{m.start}-{m.end}: where {_THIRD_STRIKE}'s killing was" for m in killed_at]
            targets = [m for m in targets if m not in killed_at]
    if blamed is not None:
        notes.append("a cause only blamed: not read as the blast's")
    # (a rule gated on a family absent from the sentence gets its empty answer unrun: the
    # blanked ``outside`` holds no word the sentence does not)
    striker = (actors.state_striker(outside) or "") if "state" in present else ""
    if not striker and "state" in present and _BY_US_STRIKE.search(outside):
        # ``قتل خمسة مسلحين بضربة جوية أميركية``: killed by the state's strike, the noun
        # carrying its clitic
        striker = "United States"
        notes.append("striker United States: killed by its strike (``بضربة أمريكية``)")
    fire_back = (  # fire returned toward its source
        (actors.counter_fire(outside) or "") if _runs(rules["counter_fire"], present) else ""
    )
    returned = "" if striker else fire_back
    striker = striker or returned
    weapon, count = (
        counts.weapon_count(outside)
        if "weapon" in present or "rounds" in present
        else ("unknown", None)
    )
    if not striker and weapon == "unknown":
        aggressor = _air_aggressor(outside, present)
        if aggressor:  # ``شنّ طيران الاحتلال الأمريكي عدواناً جوياً``: the state's aircraft
            striker, weapon = aggressor, "airstrike"
            notes.append(f"an air aggression by the aircraft of {aggressor}")
    kind = _kind(outside, striker, weapon, lex, present, own_place=bool(targets))
    if kind.endswith("strike") and _overflight_only(outside, weapon, lex, present):
        notes.append(f"{striker}: aircraft only seen overhead, the blasts' cause unknown")
        kind, striker = "explosion", ""
    if kind == "explosion" and weapon == "airstrike" and not striker:
        weapon, count = "unknown", None  # the air strike only a guess: no weapon, no count
    inferred: list[str] = []
    if returned:
        notes.append(f"{returned} returned fire toward its source")
        inferred.append("kind")
    if kind == "attack" and not striker and _search(_ON_LAUNCHERS, outside, present):
        kind = (
            "preemptive_strike" if _search(_PREEMPTIVE, outside, present) else "retaliatory_strike"
        )
        notes.append("an attack on launchers: a strike by the side they threaten")
        inferred.append("kind")
    if kind == "interception" and count is not None and _fewer_stopped(outside, count, lex):
        kind = "attack"  # "three drones targeted X; two were shot down": the attack went on
        notes.append("fewer weapons stopped than fired: an attack")
        inferred.append("stopped")
    elif kind == "attack" and _stop_word(outside, lex, weapon, present):
        inferred.append("stopped")  # part stopped ("the other struck the base"): an attack
    elif kind == "interception" and not _intercept(outside, lex, present):
        inferred.append("stopped")  # "before reaching" alone: stopped, or fell short?
    if kind == "interception" and len(targets) > 1:
        defended = [m for m in targets if af.search(_DEFENDER, max(0, m.start - 40), m.start)]
        if len(defended) < len(targets):  # "Victory base's air defences downed a drone over X"
            notes += [f"{m.start}-{m.end}: whose air defences, not where" for m in defended]
            targets = [m for m in targets if m not in defended]
    through: tuple[str, ...] = ()
    if kind == "interception" and len(targets) > 1:
        through = _got_through(outside, fa, targets, inside, lex)
        notes += [f"{place}: named apart from the interception: an attack" for place in through]
    if kind.endswith("strike") and weapon in _TARGETED_WEAPONS and not fire_back:
        count = None  # "CENTCOM destroyed four drones": what was hit, not what struck
    elif kind.endswith("strike") and weapon == "airstrike":
        count = None  # "two F-15 jets struck X", ``غارتين``: the platforms or raids, no munitions
    killed, wounded = counts.casualties(outside, present)
    # "the number wounded in the attack on X rose to four": the toll revised in the event's
    # own sentence, the latest figure, beside a half told otherwise ("… killed three, while
    # the number of wounded rose from 12 to 14", ``… فيما ارتفع عدد الجرحى إلى``)
    revised_killed, revised_wounded = _updated_toll(outside, present)
    killed = revised_killed if revised_killed is not None else killed
    wounded = revised_wounded if revised_wounded is not None else wounded
    group = actors.militia(outside) if "militia" in present else ""
    denial = _runs(rules["denies"], present) and actors.denies(outside)
    if group and denial and _denied_by_another(outside, group):
        denial = False  # "The group claimed the attacks, while Tehran denied any link"
        notes.append(f"{group} claims; another denies a role")
    if group and denial:
        notes.append(f"{group} denied a role: not its actor")
        group = ""
    if (
        group
        and kind == "attack"
        and not striker
        and weapon in ("unknown", "drone", "airstrike")
        and (
            (not actors.claims(outside, announce=True) and actors.group_hit(outside))
            # (a group announcing a death, no state's people named: its own dead, mourned)
            or (
                _search(_MOURNS, outside, present) is not None
                and actors.state_named(outside) is None
            )
        )
    ):  # "a drone struck a Nujaba headquarters": the group was hit, someone struck it
        kind = (
            "preemptive_strike" if _search(_PREEMPTIVE, outside, present) else "retaliatory_strike"
        )
        # (no "kind" doubt: "a strike with no striker named" already says it was inferred)
        notes.append(f"{group}'s own site or leader was hit: a strike on it")
        if weapon in ("drone", "airstrike"):
            count = None  # "a drone struck the commander's car": the platform, no munitions
    usable = list(dates)  # (the days a span of time began are gone: see draft_article)
    if len(usable) > 1:  # "the worst attack before Saturday came on Dec. 25": a bound
        bounds = [d for d in usable if _before_the_day(af, d)]
        if bounds and len(bounds) < len(usable):
            usable = [d for d in usable if d not in bounds]
            notes.append("a day after 'before' bounds the time, it is not the event's")
    in_clauses = _span_test(clauses)
    main_dates = [d for d in usable if not in_clauses(d.start)]
    clause_dates = [d for d in usable if in_clauses(d.start)]
    appositive = [d for d in main_dates if _dates_the_clause(af, clauses, d)]
    if appositive and len(main_dates) == 1:
        # "in response to the attack on X in Jordan, on Jan. 28, which killed three",
        # ``رداً على هجوم X في الأردن، في 28 يناير، الذي قتل``: the day set off after the
        # clause, and what it did after the day, are the answered event's
        main_dates = []
        clause_dates = sorted([*clause_dates, *appositive], key=lambda d: d.start)
        notes.append("the day set off after its response clause is the clause's event's")
    date = main_dates[0] if main_dates else None
    event_day = (
        next((d for d in main_dates[1:] if d.precision == "day" and d.date < date.date), None)
        if date is not None and date.precision == "day" and len(main_dates) > 1
        else None
    )
    if (
        event_day is not None
        and date is not None
        and not _names_an_event(text, af, sentence, date)
        and (
            _says_that(af.slice(sentence.start, event_day.start)[0])
            or (
                date is not None
                and _denies_the_event(af.slice(date.end, event_day.start)[0], outside)
            )
            or (
                date is not None
                and (
                    _said_on(af.slice(date.end, event_day.start)[0])
                    or _said_before(af.slice(max(sentence.start, date.start - 32), date.start)[0])
                )
            )
        )
    ):
        # "the spokesman said on Thursday that drones were downed on Wednesday" (``قال …
        # اليوم الخميس، إن … أسقطت أمس الأربعاء``): the first day is the statement's
        date = event_day
        notes.append("the first day is the statement's, not the event's")
    if (
        date is not None
        and date.precision == "day"
        and event_day is None
        and len(main_dates) == 1
        and _runs(_OVERNIGHT, present)
        and _overnight_before_statement(f, len(af.slice(sentence.start, date.start)[0]))
    ):
        date = replace(date, date=date.date - dt.timedelta(days=1))
        notes.append("the day is the statement's, the night it tells the one before")
    answered_sites = _sites(_unlocated(answered, text))
    if not answered_sites and targets and clause_dates and _similar_in(f, clauses_f):
        # "X was hit again on Thursday, a day after a similar attack on Wednesday": the
        # clause's event struck the same site
        answered_sites = _sites(_unlocated(targets, text))
        notes.append("a similar attack in its clause: at the same site")
    if answered_sites and _third_states_deed(" ".join(f[a:b] for a, b in clauses_f)):
        # "… vowed to answer Israel over the killing of a leader in Tehran", ``بالرد على
        # إسرائيل بعد اغتيال …``: the event the clause reports is neither side's
        notes.append(f"{_THIRD_STRIKE} in its clause: not drafted")
        answered_sites = []
    answered_date = clause_dates[0] if answered_sites and clause_dates else None
    if answered_date is not None and answered_date.precision != "day":
        # "a response to last week's attack on X", ``پاسخ به حمله هفته گذشته به X``: an
        # event retold with no day of its own is background, not an incident
        notes.append("the event its clause names has no day of its own: not drafted")
        answered_date = None
    if answered_sites and answered_date is None and date is not None and date.precision == "day":
        # "… on Tuesday, shortly after they fired at X", ``بعد يوم من سقوط صاروخين في X``:
        # the clause's time cue dates its event from this one's date
        days = next((d for a, _ in clauses_f if (d := actors.clause_days(f, a)) is not None), None)
        if days is not None:
            answered_date = replace(date, date=date.date + dt.timedelta(days=days))
            notes.append(f"the event its clause names: {days:+d} day(s) from this one's date")
    if (
        date is None
        and answered_date is not None
        and any(actors.clause_days(f, a) == 0 for a, _ in clauses_f)
    ):  # "struck the launcher that fired at X late on Tuesday": the same day, this one too
        date = answered_date
        notes.append("dated by its clause: the same day as the event it names")
    answered_relative = None
    if answered_sites and answered_date is None:
        # "The strikes answered a drone attack earlier the same day on X": dated from the
        # event told before (see :func:`_assemble`)
        answered_relative = next((x for x in relatives if _in_spans(x.start, clauses)), None)
        if answered_relative is None and date is None:
            # "The strike came hours after a drone attack on X": the clause's time cue, from
            # the event told before (this sentence's own, with no date of its own)
            for (a, _), span in zip(clauses_f, clauses, strict=True):
                days = actors.clause_days(f, a)
                if days is not None:
                    answered_relative = EventRelative(span[0], span[1], days)
                    break
    own_relative = relatives[0] if relatives else None
    if own_relative is None and date is None and not answered_sites and clauses:
        # "… destroyed a launcher shortly after the attack, in response to it" (``بعد ساعات
        # من الهجوم``, ``ساعاتی پس از این حمله``): a time cue naming the event told before,
        # no site of its own, dates this one from that event (see :func:`_assemble`)
        for (a, _), span in zip(clauses_f, clauses, strict=True):
            days = actors.clause_days(f, a)
            if days is not None:
                own_relative = EventRelative(span[0], span[1], days)
                notes.append(f"its time cue counts {days:+d} day(s) from the event told before")
                break
    answered_weapon = "unknown"
    answered_count: int | None = None
    answered_kind = ""
    answered_actor = ""
    answered_killed = answered_wounded = None
    if answered_date is not None or answered_relative is not None:
        clause_text = " ".join(f[a:b] for a, b in clauses_f)
        answered_weapon, answered_count = counts.weapon_count(clause_text)
        answered_killed, answered_wounded = counts.casualties(clause_text)
        answered_kind = _answered_kind(clause_text, answered_weapon, kind)
        if answered_kind.endswith("strike"):  # "a day after US strikes on X": whose
            answered_actor = actors.state_named(clause_text) or ""
    elif answered and ("killed" in present or "wounded" in present):
        # the toll of an event a response clause names with no day of its own ("in response
        # to a drone attack on X that wounded three"): the draft of X told later takes it
        # (see :func:`_link`)
        answered_killed, answered_wounded = counts.casualties(
            " ".join(f[a:b] for a, b in clauses_f), present
        )
    history = ""
    earlier = _search(_EARLIER_EVENT, outside, present)
    if earlier is not None:
        history = (
            "history: an anniversary of an earlier event"
            if earlier.group("anniversary")
            else "history: years before publication"
        )
    elif (
        date is not None
        and published is not None
        # (a past attack of the last year retold with its day and site is an incident: a
        # coarser date long gone by, "last week" or a month, or a day years ago is history)
        and date.date < published - dt.timedelta(days=_history_days(date.precision))
    ):
        history = f"history: dated {date.date.isoformat()}, long before publication"
    elif (
        date is not None
        and published is not None
        and date.precision == "month"
        and (published - date.date).days >= _MONTH_DAYS
    ):  # "in January" in a February article: a month gone by, told as background
        history = f"history: the month from {date.date.isoformat()}, over by publication"
    if (
        not history
        and date is None
        and published is not None
        # (each year starts 19, 20, 13 or 14: a substring test spares most sentences the scan)
        and ("19" in f or "20" in f or "13" in f or "14" in f)
    ):
        for y in _YEAR.finditer(f):
            year = int(y.group(1))
            year = year + 621 if year < 1500 else year
            if year < published.year - (0 if published.month > 2 else 1):
                history = f"history: the year {y.group(1)}"
                break
    context = ""
    reports_denied = _search(_REPORTS_DENIED, outside, present)
    if reports_denied is not None and not _IMPACT.search(outside, 0, reports_denied.start()):
        context = "reports of an event denied, not an event"
    elif (
        not striker and _false_alarm(outside, present) and not _search(_IMPACT, outside, present)
    ):  # "… sheltered during a false alarm about an incoming drone": nothing came
        context = "a false alarm, not an event"
    elif (
        denial
        and not dates
        and not striker
        and weapon == "unknown"
        and killed is None
        and wounded is None
    ):
        context = _DENIED_ROLE
    elif (date is None or date.precision != "day") and _search(_LULL, outside, present):
        context = _LULLED
    elif (date is None or date.precision != "day") and _search(_TALLY, outside, present):
        context = "a tally of past events, not an event"
    elif _debris_only(outside, kind, striker, killed, wounded, present):
        context = "where a downed weapon's debris fell, not an event"
    elif (
        # (not "the retaliation Washington had vowed for X": a promise kept, see
        # :func:`_promised_clauses`)
        (intent := _search(_INTENT, _outside(outside, promises), present)) is not None
        and not _search(_IN_FLIGHT, outside, present)
        and not _threat_posed_only(outside, kind, present)
        and not _intent_aside(outside, first, intent.start(), targets, af, fa)
    ):
        # "a drone meant to attack X was shot down": the weapon's aim, and it flew
        context = "a threat or intent, not an event"
    elif (
        not killed
        and not wounded
        and _search(_DRILL, outside, present)
        and not _search(_IMPACT, outside, present)
    ):  # "Iraqi and coalition forces held a counter-drone drill near X": no attack
        context = "a drill or exercise, not an event"
    elif (date is None or date.precision != "day") and _search(_BACKGROUND, outside, present):
        context = "background: what an actor planned or was behind, not an event"
    elif (
        not striker
        and not _search(_IN_FLIGHT, outside, present)  # a weapon stopped in flight was fired
        and _search(_UNFIRED, outside, present)
        # (a place's name is no impact: "found the launcher near Hit")
        and not _search(_IMPACT, _outside(outside, _name_spans(inside, fa, af)), present)
    ):
        context = _UNFIRED_WEAPON
    elif (
        # (aircraft are a state's arm: "Israeli jets struck X" is a strike, whoever's)
        (
            kind.endswith("strike")
            or (kind == "attack" and _search(_AIR_ARM, outside, present))
            or (
                # (the third state's weapons stopped too: "air defences confronted an
                # Israeli aggression over X and downed missiles", ``تصدت … لعدوان إسرائيلي``)
                kind in ("attack", "interception")
                and (arm := _search(_THIRD_STATE_ARM, outside, present)) is not None
                and _arm_of_the_event(arm.start(), targets, af, fa, outside)
            )
            or (
                kind == "attack"
                and not group
                and _search(_ASSASSINATION, outside, present)
                and not any(m.place is not None and is_facility(m.place.kind) for m in targets)
            )
        )
        and not striker
        and (third := _search(_THIRD_STATE, outside, present)) is not None
    ):  # "Air strikes hit X, state media said, blaming Israeli aggression"
        context = f"{_THIRD_STRIKE} ({third.group(0)}), neither side's"
    elif (
        (hosts := _search(_CONTEXT, outside, present)) is not None
        and weapon == "unknown"
        and not striker
        # (what a site hosts, told in a relative clause of an event with its toll: "a blast
        # tore through X, a base that houses PMF units, killing one", ``…، التي تضم …``)
        and not (
            (killed is not None or wounded is not None)
            and _RELATIVE_BEFORE.search(outside, max(0, hosts.start() - 16), hosts.start())
        )
        # (nor in a relative clause of a sentence telling an impact: "an attack hit the
        # base where advisers are stationed", ``… القاعدة التي تضم مستشارين``)
        and not _hosts_after_impact(outside, hosts.start(), present)
    ):
        context = "context: what a place hosts or how it is being built, not an event"
    elif targets and _hosts_its_arms(outside, first.start(), killed, wounded):
        context = "context: what a place hosts (its aircraft, its drones), not an event"
    if not context:  # (ISIS's own events, arrests, plots foiled, roads closed)
        context = _left_out_event(
            outside,
            _outside(outside, _name_spans(inside, fa, af)),
            kind,
            striker,
            weapon,
            killed,
            wounded,
            present,
        )
    anchor_target = None
    if (
        not targets
        and origin is not None
        and origin.role == "origin"
        and origin.relative
        and not _around_a_town(origin)
    ):
        anchor = origin.relative.anchor  # "fired from 15 km of the base toward it"
        anchor_target = Location(
            lat=anchor.lat,
            lon=anchor.lon,
            name=anchor.name,
            place_id=anchor.id,
            radius_m=float(anchor.precision_m),
        )
    reason = ""
    if history:
        reason = history
    elif context:
        reason = context
    elif not targets and anchor_target is None:
        reason = (
            _ONLY_ANSWERED
            if answered and not (_sites(answered) and clause_dates)
            else ("no place of the event named" + ("; " + "; ".join(notes) if notes else ""))
        )
    # (a blast's group speaking is the side hit, unless it claims: "the PMF said in a
    # statement that a blast at its base killed one"; so is a group telling its own dead or
    # sites hit: "KH said four of its fighters were killed")
    own_loss = _search(_OWN_LOSS, outside, present) is not None
    hit_side = kind == "explosion" or own_loss or bool(_search(_OWN_SITES, outside, present))
    group_claims = bool(group) and (
        actors.claims(outside)
        or (
            not hit_side
            # (the group held responsible by another: that one's statement, no claim)
            and _HELD_RESPONSIBLE.search(outside) is None
            and (
                actors.claims(outside, announce=True)
                or _search(_OWN_WORDS, outside, present) is not None
                or (kind == "attack" and _tells_its_own_attack(outside, group))
            )
        )
    )
    react = _search(_REACTION, outside, present)
    reaction = (
        react is not None
        # "… near X, according to a spokesman, who called the raids a breach of
        # sovereignty", ``… الذي وصف الغارات بأنها انتهاك``: the speaker's aside, not the
        # sentence's event
        and not _SPEAKER_ASIDE.search(outside, max(0, react.start() - 60), react.start())
        and weapon in ("unknown", "airstrike")  # (``بالغارة``: the strike reacted to)
        and killed is None
        and wounded is None
        and not _search(_IMPACT, outside, present)
    )
    return _Reading(
        sentence,
        paragraph,
        event=True,
        kind=kind,
        striker=striker,
        group=group,
        # (a side telling its own dead claims nothing: "KH said eight of its men were killed")
        claim=group_claims and not kind.endswith("strike") and not own_loss,
        claim_all=_search(_BOTH, outside, present) is not None,
        claim_cue="claim" in present and actors.claims(outside),
        official=_runs(rules["official"], present) and actors.is_official(outside),
        responds=(_runs(rules["responds"], present) and actors.responds(_unquoted(f)))
        or bool(promised)
        or bool(fire_back),
        answers_many=_runs(rules["responds"], present)
        and _search(_ANSWERS_MANY, f, present) is not None,
        response_places=tuple(m.place.id for m in answered if m.place is not None),
        weapon=weapon,
        count=count,
        killed=killed,
        wounded=wounded,
        targets=tuple(targets),
        origin=origin,
        anchor_target=anchor_target,
        date=date,
        relative=own_relative,
        history=history,
        context=context,
        reason=reason,
        notes=tuple(notes),
        places=len(inside),
        answered=tuple(answered_sites)
        if answered_date is not None or answered_relative is not None
        else (),
        answered_date=answered_date,
        answered_relative=answered_relative,
        answered_weapon=answered_weapon,
        answered_kind=answered_kind,
        answered_actor=answered_actor,
        answered_count=answered_count,
        answered_killed=answered_killed,
        answered_wounded=answered_wounded,
        inferred=tuple(inferred),
        through=through,
        reaction=reaction,
        back_reference=_search(_BACK_REFERENCE, outside, present) is not None
        and not striker
        and weapon in ("unknown", "airstrike"),
    )


#: the gap between a response clause's end and a day set off after it (", on", ``، في``,
#: ``، در``), and what follows the day: a relative clause on the answered event (folded)
_APPOSITIVE_GAP = actors.fold_pattern(r"\s*[,،]\s*(?:on|في|در)?\s*")
_APPOSITIVE_AFTER = actors.fold_pattern(r"\s*[,،]\s*(?:which|that|الذي|التي|الذى|که)(?!\w)")


def _dates_the_clause(af: _ArticleFold, clauses: Sequence[tuple[int, int]], d: DateMention) -> bool:
    """Whether the day ``d`` stands right after a response clause, set off by commas and
    followed by a relative clause on the event the clause names ("…, on Jan. 28, which").

    >>> from geoincidents.text.dates import DateMention
    >>> import datetime as dt
    >>> t = "in response to the attack on X in Jordan, on Jan. 28, which killed three"
    >>> d = DateMention(45, 52, dt.date(2024, 1, 28), "day", "gregorian")
    >>> _dates_the_clause(_ArticleFold.of(t), [(0, 40)], d)
    True
    >>> _dates_the_clause(_ArticleFold.of(t.replace(", which", " and")), [(0, 40)], d)
    False
    """
    return any(
        b <= d.start
        and d.start - b <= 12
        and _APPOSITIVE_GAP.fullmatch(af.slice(b, d.start)[0]) is not None
        and _APPOSITIVE_AFTER.match(af.slice(d.end, d.end + 16)[0]) is not None
        for _, b in clauses
    )


def _threat_posed_only(outside: str, kind: str, present: frozenset[str]) -> bool:
    """Whether a strike's only threat words tell the threat its target posed.

    ("US jets struck fighters preparing drones that threatened US troops": the strike
    happened; the threat is why, see :data:`_THREAT_POSED`.)

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("US jets struck fighters whose drones threatened to hit bases").folded
    >>> _threat_posed_only(f, "retaliatory_strike", _ALL_FAMILIES())
    False
    """
    if not kind.endswith("strike"):
        return False
    spans = [m.span() for m in _THREAT_POSED.finditer(outside)]
    return bool(spans) and _search(_INTENT, _outside(outside, spans), present) is None


#: how far after an interception word the place it names may stand ("downed the drones
#: before they reached X", ``أسقطت الطائرتين قبل وصولهما إلى X``)
_STOPPED_REACH = 60


def _got_through(
    folded: str,
    folded_start: int,
    targets: Sequence[ResolvedMention],
    inside: Sequence[ResolvedMention],
    lex: _Lexicon,
) -> tuple[str, ...]:
    """The targets of an interception sentence that the interception does not name.

    "Militants targeted X with two drones and Y with five rockets; the drones were
    downed before reaching X" (``… أسقطت الطائرتين قبل وصولهما إلى X``, ``… پهپادها پیش از
    رسیدن به X سرنگون شدند``): the place named right after the interception word is the
    one defended; the other targets were attacked. Nothing when no target or every
    target is named there.
    """
    cue = _intercept(folded, lex)
    if cue is None:
        return ()
    # folded and original offsets differ by a few characters at most: a bound, not a span
    lo, hi = folded_start + cue.start() - 40, folded_start + cue.end() + _STOPPED_REACH
    ids = {m.place.id for m in targets if m.place is not None}
    named = {
        m.place.id
        for m in inside
        if m.place is not None and m.place.id in ids and lo <= m.start <= hi
    }
    if not named or named == ids:
        return ()
    return tuple(sorted(ids - named))


#: weapons militias fire: a clause naming one tells an attack ("the missile attack on X")
_MILITIA_WEAPONS = frozenset(
    {"rocket", "drone", "ballistic_missile", "cruise_missile", "ied", "artillery"}
)


#: a state's strikes named as a noun ("the coalition strikes on X", ``الغارات الأمريكية``,
#: ``حملات هوایی آمریکا``): the state words stand after a preposition of the target, so
#: :func:`actors.state_striker` passes them over
_STATE_STRIKES = actors.fold_pattern(
    r"(?<!\w)(?:(?:us|u\.s\.|american|coalition)\s+(?:air ?strikes?|drone strikes?|strikes?"
    r"|raids?|bombing)|(?:ال)?(?:غارات|غاره|ضربات|ضربه|قصف)\s+(?:ال)?(?:امريكي|اميركي|تحالف)"
    r"|(?:حملات|حمله|بمباران)(?:\s+هوايي)?\s+(?:امريكا|امريكايي|ائتلاف))"
)


#: the dead killed "by a US strike", the Arabic noun carrying its preposition (``بضربة جوية
#: أميركية``, ``بغارة أمريكية``, ``بالقصف الأمريكي``): the US struck
_BY_US_STRIKE = actors.fold_pattern(
    r"(?<!\w)[وف]?ب(?:ال)?(?:غارات|غاره|ضربات|ضربه|قصف)(?: (?:ال)?جوي(?:ه)?)?"
    r" (?:ال)?(?:امريكي|اميركي)(?:ه|ين)?(?!\w)"
)


#: the answer a state promised for an event ("the retaliation Biden had promised for the
#: attack on X", ``الرد الذي توعد به بايدن على الهجوم على X``, ``انتقامی که بایدن برای
#: حمله به X وعده داده بود``): the event after the preposition is what the strikes answer
_PROMISED_RESPONSE = actors.fold_pattern(
    r"(?<!\w)(?:(?:retaliation|response|reprisal|revenge|answer) (?:that |which )?"
    r"(?:\S+ ){0,4}?(?:had |has )?(?:promised|vowed|pledged) (?P<en>for|to) "
    r"|(?:ال)?(?:رد|انتقام) (?:الذي )?[وف]?(?:توعد|وعد|تعهد)\w*(?: (?:به|بها))?(?: \S+){0,3}? "
    r"(?P<ar>على|ل)(?=\s|ال)"
    r"|(?:پاسخ|انتقام|تلافي)(?:ي)? كه (?:\S+ ){0,3}?(?P<fa>براي|به) "
    r"(?P<body>(?:\S+ ){1,16}?)وعده (?:داده|داد|كرده|كرد))"
)
#: the words one of which every match of :data:`_PROMISED_RESPONSE` holds (a look-up first)
_PROMISE_WORDS = ("promised", "vowed", "pledged", "وعد", "توعد", "تعهد", "وعده")
#: how far a promised answer's clause reaches past its preposition (bounded: linear cost)
_PROMISED_REACH = 200


def _promised_clauses(
    folded: str, clauses: Sequence[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the events answers were promised for (:data:`_PROMISED_RESPONSE`), from
    the preposition to the next comma (or the Persian verb), outside ``clauses``; and the
    spans of the promises themselves (a promise kept: no threat of what is to come).

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("US jets struck X, the retaliation Biden had promised for the "
    ...               "attack on Tower 22.").folded
    >>> events, promises = _promised_clauses(f, [])
    >>> [f[a:b] for a, b in events], [f[a:b] for a, b in promises]
    (['for the attack on tower 22.'], ['retaliation biden had promised '])
    """
    if not any(w in folded for w in _PROMISE_WORDS):
        return [], []
    out: list[tuple[int, int]] = []
    promises: list[tuple[int, int]] = []
    for m in _PROMISED_RESPONSE.finditer(folded):
        if m.group("fa") is not None:
            start, end = m.start("fa"), m.end("body")
            promises += [(m.start(), start), (end, m.end())]
        else:
            start = m.start("en") if m.group("en") is not None else m.start("ar")
            limit = min(len(folded), start + _PROMISED_REACH)
            comma = _PHRASE_COMMA.search(folded, start, limit)
            end = comma.start() if comma is not None else limit
            promises.append((m.start(), start))
        if not any(a < end and start < b for a, b in (*clauses, *out)):
            out.append((start, end))
    return out, promises


_PHRASE_COMMA = re.compile(r"[,،;؛]")


#: a casualty phrase right after a response clause is that clause's event's ("…, minutes
#: after they fired a missile at X, wounding eight", ``…، ما أسفر عن إصابة``, ``…، که منجر به``)
_CLAUSE_CASUALTIES = actors.fold_pattern(
    r"\s*[,،]\s*(?:wounding|killing|injuring|leaving|(?:م)?ما اسفر|و?اسفر|وادي|موقعا|مخلفا"
    # the relative pronoun of the event before its toll ("…, which killed one",
    # ``…، والذي أسفر عن مقتل متعاقد``, ``…، التي أدت إلى``)
    r"|(?:and )?which (?:killed|wounded|injured|left)|و?(?:الذي|التي) (?:اسفر|اسفرت|ادي|ادت)"
    # (and the Persian relative's active verb: ``…، که یک پیمانکار را کشت``)
    r"|كه (?:منجر|به) \S+|كه (?:\S+ ){0,3}(?:كشته|زخمي|مجروح)"
    r"|كه (?:\S+ ){0,3}را (?:كشت|زخمي))(?!\w)"
)
_PHRASE_END = re.compile(r"[,،;؛.]")


def _with_casualties(folded: str, end: int) -> int:
    """The end of a response clause, with the casualty phrase that follows it, if any.

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("US jets hit X, hours after they fired at Y, wounding two, CENTCOM said")
    >>> _with_casualties(f.folded, f.folded.index(", wounding")) == f.folded.index(", centcom")
    True
    """
    m = _CLAUSE_CASUALTIES.match(folded, end)
    if m is None:
        return end
    stop = _PHRASE_END.search(folded, m.end())
    return stop.start() if stop else len(folded)


#: an attack named as such ("the attack that killed three", ``الهجوم الذي أودى``, ``حمله
#: پهپادی``): with no state acting in its clause, what militias do
_ATTACK_NOUN = actors.fold_pattern(
    r"(?<!\w)(?:attacks?|assault|barrage|salvo|(?:[وبل]?ال)?(?:هجوم|هجمات)|هجوما|لهجوم"
    r"|(?:حمله|حملات)(?! هوايي))(?!\w)"
)


#: a similar or the same kind of event ("a similar attack", ``هجوم مماثل``, ``حمله مشابه``)
_SIMILAR = actors.fold_pattern(
    r"(?<!\w)(?:similar|identical|مماثل|مماثله|مشابه|مشابهي|مشابهه)(?!\w)"
)


def _similar_in(folded: str, clauses: Sequence[tuple[int, int]]) -> bool:
    """Whether a response clause of ``folded`` names "a similar" event (no place of its own)."""
    return any(_SIMILAR.search(folded, a, b) is not None for a, b in clauses)


#: a denial of a role in the event ("denied any link to the attack", ``نفت … أي صلة``,
#: ``تکذیب کرد``): a statement, its day the statement's
_DENIAL = actors.fold_pattern(
    r"(?<!\w)(?:denied|denies|نفت|نفي|تنفي|ينفي|نفى|تكذيب كرد|رد كرد|انكار كرد)(?!\w)"
)


def _denies_the_event(between: str, outside: str) -> bool:
    """Whether a denial speaks of the attack named between its two days (statement, event).

    ``نفت الكتائب، اليوم الخميس، أي صلة لها بالهجوم الذي استهدف X يوم الأربعاء``: the
    first day is the denial's, the event's is the one after the attack noun.
    """
    return _DENIAL.search(outside) is not None and _ATTACK_NOUN.search(between) is not None


def _explosion_only(clause: str) -> bool:
    """Whether ``clause`` names a blast and no attack or group ("a day after a blast at X").

    >>> from geoincidents.text.folding import fold_text
    >>> _explosion_only(fold_text("two days after an explosion at depot x").folded)
    True
    >>> _explosion_only(fold_text("a day after the attack that caused a blast").folded)
    False
    """
    return (
        _lexicon().explosion.search(clause) is not None
        and _ATTACK_NOUN.search(clause) is None
        and not actors.militia(clause)
    )


def _answered_kind(clause: str, weapon: str, kind: str) -> str:
    """The kind of the event a response clause names, from the clause's own words.

    A state acting in it (``in response to the US strikes``, ``ردا على الغارات
    الأمريكية``) or an airstrike is a strike; a group or a weapon militias fire (``the
    missile attack on X``, ``حمله موشکی``) an attack; else the other side of ``kind``.

    >>> from geoincidents.text.folding import fold_text
    >>> _answered_kind(fold_text("in response to the missile attack on X").folded,
    ...                "rocket", "attack")
    'attack'
    >>> _answered_kind(fold_text("ردا على الغارات الأمريكية").folded, "airstrike", "attack")
    'retaliatory_strike'
    >>> _answered_kind(fold_text("in response to the attack on X").folded, "unknown", "attack")
    'attack'
    """
    if actors.state_striker(clause) or weapon == "airstrike" or _STATE_STRIKES.search(clause):
        # ("… days after a US strike on men readying drones near X": a threat answered)
        return "preemptive_strike" if _PREEMPTIVE.search(clause) else "retaliatory_strike"
    if weapon == "unknown" and _explosion_only(clause):
        return "explosion"  # "hours after an explosion at X": a blast, no one's attack
    if actors.militia(clause) or weapon in _MILITIA_WEAPONS or _ATTACK_NOUN.search(clause):
        return "attack"  # "… in response to the attack on X": an attack, whoever answers
    return "attack" if kind.endswith("strike") else "retaliatory_strike"


def _unlocated(mentions: Sequence[ResolvedMention], text: str) -> list[ResolvedMention]:
    """``mentions`` without those that only locate the one before (``السفارة داخل X``)."""
    out: list[ResolvedMention] = []
    for m in mentions:
        if out:
            gap = text[out[-1].end : m.start]
            words = [w for w in gap.lower().split() if not _POSSESSIVE.search(w)]
            if len(gap) <= 30 and not _LIST_GAP.search(gap) and set(words) <= _LOCATOR_WORDS:
                continue
        out.append(m)
    return out


def _sites(mentions: Sequence[ResolvedMention]) -> list[ResolvedMention]:
    """The most specific of ``mentions`` (sites before towns before areas)."""
    if not mentions:
        return []
    best = min(_specificity(m)[0] for m in mentions)
    return [m for m in mentions if _specificity(m)[0] == best]


def _outside_clauses(folded: str) -> str:
    """``folded`` with its own response clauses blanked ("hours after the US strikes")."""
    return _outside(folded, actors.response_clauses(folded))


def _outside(folded: str, clauses: Sequence[tuple[int, int]]) -> str:
    """``folded`` with its response clauses blanked (same length, so offsets hold)."""
    if not clauses:
        return folded
    # (a few spans inside the text: slices, cheaper than a list of its characters; each
    # slice copies the text, so many spans, one per place of a sentence with no end, go
    # through the list)
    if len(clauses) <= 4 and all(0 <= a <= b <= len(folded) for a, b in clauses):
        for a, b in clauses:
            folded = folded[:a] + " " * (b - a) + folded[b:]
        return folded
    chars = list(folded)
    for a, b in clauses:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# ------------------------------------------------------------------ the article


def _location(m: ResolvedMention) -> Location:
    place = m.place
    assert place is not None and m.lat is not None and m.lon is not None
    area = place.kind in AREA_KINDS
    relation = m.relative.phrase if m.relative is not None else ""
    return Location(
        lat=m.lat,
        lon=m.lon,
        name=place.name if m.relative is None else f"{m.relative.phrase} ({place.name})",
        place_id=place.id,
        radius_m=float(m.radius_m or 0.0),
        geo_precision=3 if area else (2 if m.relative is not None else 1),
        relation=relation,
        polygon_wkt=m.estimate.polygon_wkt if m.estimate is not None else None,
        **_verdict_of(m, place),
    )


#: :func:`verdict_fields` already worked out, by the identity of the place and of each
#: candidate's place (each entry holds them, so no id is reused while it stands), the
#: query, method and scores: the fields are a function of these alone
_VERDICTS: dict[tuple[object, ...], tuple[object, tuple[object, ...], dict[str, Any]]] = {}
#: entries kept (the table is emptied when full: bounded memory)
_VERDICTS_MAX = 4096


def _verdict_of(m: ResolvedMention, place: Place) -> dict[str, Any]:
    """:func:`verdict_fields` of ``m`` found as ``place`` (see :data:`_VERDICTS`)."""
    key = (
        id(place),
        m.text,
        m.method,
        m.score,
        tuple((id(c.place), c.score) for c in m.candidates),
    )
    hit = _VERDICTS.get(key)
    if hit is not None:
        return hit[2]
    fields = verdict_fields(
        place,
        query=m.text,
        method=m.method,
        score=m.score,
        candidates=m.candidates,
        ambiguous=is_ambiguous(place, m.score, m.candidates),
    )
    if len(_VERDICTS) >= _VERDICTS_MAX:
        _VERDICTS.clear()
    _VERDICTS[key] = (place, tuple(c.place for c in m.candidates), fields)
    return fields


#: what an inferred date costs, by where it came from (a date in the sentence costs nothing)
_DATE_DOUBT = {
    "sentence": 0.0,
    "same": 0.05,
    "relative": 0.05,
    "clause": 0.05,
    "paragraph": 0.2,
    "next": 0.15,
    "published": 0.3,
}


def _confidence(
    reading: _Reading,
    target: ResolvedMention | None,
    date_from: str,
    claimed: bool,
) -> tuple[float, tuple[str, ...]]:
    """How far the draft is read rather than inferred: a value in [0.05, 0.95] and why.

    Starts at 0.95, a draft whose kind, actor, place and date the sentence itself states,
    and takes off for each thing inferred: a date not written in the sentence (carried,
    from the next sentence, from publication: :data:`_DATE_DOUBT`), a striker from the
    sentence or clause before (or an airstrike with none named), a site named only as
    "the base", a kind decided by a rule rather than a verb (launchers struck, fire
    returned, part of the weapons stopped), an area or a town rather than a site, a
    doubtful or contested place, and no weapon named. A draft of the event a response
    clause reports loses more (its sentence tells another event), and so does one whose
    figures a later sentence gave (:data:`_FOLLOW_DOUBT`). The weights follow what
    analysts accepted on the evaluation sets (``benchmarks/eval_drafts.py``): a carried
    date, part of the weapons stopped, a contested place and "the base" cost most; one
    of several sites listed costs nothing (such drafts were accepted as often as any).

    >>> r = _Reading(Sentence(0, 10), 0, event=True, kind="attack", weapon="rocket")
    >>> _confidence(r, None, "sentence", False)
    (0.95, ())
    >>> _confidence(r, None, "published", False)
    (0.65, ('date from published -0.3',))
    """
    why: list[tuple[str, float]] = []
    doubt = _DATE_DOUBT.get(date_from, 0.3)
    if doubt:
        label = {"same": "the event named before"}.get(date_from, date_from)
        why.append((f"date from {label}", doubt))
    if target is not None and target.place is not None:
        rank = _specificity(target)[0]
        if rank == 2:
            why.append(("an area as target", 0.25))
        elif rank == 1:
            why.append(("a town as target", 0.05))
        if target.score < 0.9:
            why.append(("a doubtful place", round(min(0.35, 0.1 + 0.9 - target.score), 3)))
        rivals = [c for c in target.candidates if c.place.id != target.place.id]
        if rivals and max(c.score for c in rivals) >= target.score - 0.05:
            why.append(("a contested place", 0.15))
    strike = reading.kind.endswith("strike")
    if strike and not reading.striker:
        why.append(("a strike with no striker named", 0.2))
    elif "striker" in reading.inferred:
        why.append(("striker from the sentence before", 0.05))
    if reading.anaphor:
        why.append(("site named only as 'the base'", 0.25))
    if "place" in reading.inferred:
        why.append(("site: where the attack before came from", 0.15))
    if "named next" in reading.inferred:
        why.append(("site named in the sentence after", 0.1))
    if "kind" in reading.inferred:
        why.append(("kind by rule, not by a verb", 0.1))
    if "stopped" in reading.inferred:
        why.append(("interception or attack: part stopped", 0.25))
    if reading.weapon == "unknown":
        why.append(("no weapon named", 0.05))
    if reading.reaction:
        why.append(("told in a reaction to it", 0.15))
    c = 0.95 - sum(v for _, v in why)
    return round(max(0.05, min(0.95, c)), 3), tuple(f"{k} -{v:g}" for k, v in why)


def _paragraphs(text: str, sentences: Sequence[Sentence]) -> list[int]:
    out = []
    paragraph = 0
    prev_end = 0
    for s in sentences:
        if "\n" in text[prev_end : s.start]:
            paragraph += 1
        out.append(paragraph)
        prev_end = s.end
    return out


#: an earlier attack on the site just told, named as such ("the first salvo", "the earlier
#: barrage", ``الرشقة الأولى``, ``الهجوم الأول``, ``حمله نخست``, ``نخستین حمله``)
_EARLIER_SALVO = actors.fold_pattern(
    r"(?<!\w)(?:the (?:first|earlier|previous) (?:salvo|barrage|volley|attack)"
    r"|(?:ال)?(?:رشقه|هجوم|هجمه) (?:ال)?(?:اولي|اول|سابق|سابقه)"
    r"|(?:حمله|رگبار) (?:نخست|اول|قبلي)|(?:نخستين|اولين) (?:حمله|رگبار))(?!\w)"
)


def _last_attack(readings: Sequence[_Reading], paragraph: int) -> _Reading | None:
    """The last event drafted, in this paragraph or the one before, when it is an attack
    on one site (bounded look-back: linear cost)."""
    for r in reversed(readings[-_TOLD_REACH:]):
        if r.paragraph < paragraph - 1:
            return None
        if r.event and not r.reason:
            if r.kind == "attack" and not r.striker and len(r.targets) == 1:
                return r
            return None
    return None


def _history_goes_on(reading: _Reading, before: _Reading, whole: Sentence) -> _Reading:
    """A clause with no day of its own, joined to a clause of history in its sentence, is
    history too ("in 2019 its rockets on X set off the chain that ended with missiles
    falling on Y", ``في عام 2019 … وسقوط صواريخ على Y``, ``در سال ۲۰۱۹ … و موشک‌هایی که
    بر Y فرود آمد``)."""
    if (
        before.history
        and not reading.history
        and reading.event
        and reading.date is None
        and reading.relative is None
        and whole.start <= before.sentence.start
    ):
        return replace(reading, history=before.history, reason=before.history)
    return reading


def _awaits_striker(r: _Reading) -> bool:
    """Whether ``r`` reports an event with no striker or group named, of a kind a striker
    told nearby settles (an attack or a strike), by no weapon but air power or none."""
    return bool(
        r.event
        and not r.reason
        and not r.striker
        # (a group whose own site was struck is the side hit: "a PMF headquarters near X,
        # where one fighter was killed")
        and (not r.group or r.kind.endswith("strike"))
        and r.kind in ("attack", "retaliatory_strike", "preemptive_strike")
        and r.weapon in ("unknown", "airstrike")
    )


def draft_article(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    source_name: str = "",
    url: str = "",
    include_geonames: bool = True,
    against: Sequence[Incident] = (),
) -> DraftResult:
    """Draft the incidents ``text`` reports (see the module docstring).

    Parameters
    ----------
    text
        The article (a ``published: YYYY-MM-DD`` line at the top dates it when
        ``published`` is not given).
    published
        Publication date (date, datetime or ISO string) for relative and year-less dates.
    gazetteer
        Default: the bundled gazetteer.
    source_name
        Outlet or file name recorded in each draft's source and id.
    url
        URL of the article, if known.
    include_geonames
        Also look for populated places in the offline GeoNames index.
    against
        Incidents already known (an analyst's sheet): "in response to" may link to them,
        and drafts repeating one are marked with ``duplicate_of``.

    Returns
    -------
    DraftResult
        The drafts in article order (ids ``draft-<hash>``), and the skipped sentences.
    """
    pub = parse_published(published)
    published_from = "given" if pub else ""
    front_pub, body = read_front_matter(text)
    if pub is None and front_pub is not None:
        pub, published_from = front_pub, "front matter"
    if body:  # scan the body only; blanks keep every offset into the original
        text = re.sub(r"[^\n]", " ", text[:body]) + text[body:]
    dateline = find_dateline(text, pub)
    if dateline is not None and _names_a_site(
        text[dateline.place_start : dateline.place_end], gazetteer
    ):
        dateline = None  # "AIN AL-ASAD, Iraq (AP) — Rockets struck the base": the base named
    if dateline is not None:  # where and when the story was filed: no event's place or day
        if pub is None and dateline.date is not None:
            pub, published_from = dateline.date, "dateline"
        text = text[: dateline.start] + " " * (dateline.end - dateline.start) + text[dateline.end :]
    result = geoparse(text, gazetteer, published=pub, include_geonames=include_geonames)
    mentions = [m for m in result.mentions if m.found]
    starts = [m.start for m in mentions]
    af = _ArticleFold.of(text)  # (one fold of the article for every rule below)
    relatives = find_event_relative(text, folded=af.view)
    relative_starts = [r.start for r in relatives]
    dates = [
        d
        for d in find_dates(text, pub, folded=af.view)
        if not any(
            r.start < d.end and d.start < r.end for r in _near(relatives, relative_starts, d)
        )
    ]
    # "the tally since Oct. 17", ``منذ 17 أكتوبر``, ``از ۲۶ مهر``: where a span of days
    # began, no event's day (nor a neighbour's to take)
    dates = [d for d in dates if not _since_the_day(af, d)]
    date_starts = [d.start for d in dates]
    lex = _lexicon()
    sentences = list(result.sentences)  # geoparse's own split of the same text
    paragraphs = _paragraphs(text, sentences)
    readings: list[_Reading] = []
    first_accounts: dict[int, re.Match[str] | None] = {}  # by sentence start: one search each
    last_site: tuple[int, ResolvedMention] | None = None  # paragraph, site
    site_denied = False  # the last site's sentence denies reports of an event there
    told_yet = False  # whether any sentence so far told an event
    # clause, paragraph, follows a clause, the whole sentence
    clauses: list[tuple[Sentence, int, bool, Sentence]] = []
    af.prefill(sentences)
    for whole, paragraph in zip(sentences, paragraphs, strict=True):
        parts = _split_clauses(text, whole, mentions, starts, lex, af)
        clauses += [(c, paragraph, n > 0, whole) for n, c in enumerate(parts)]
    af.prefill([c for c, _, _, _ in clauses])
    before_sentence: _Reading | None = None  # the last reading of the sentence before
    # the sentences after a correction's cue, as read before it (by index in ``readings``)
    corrected: dict[int, _Reading] = {}
    for sentence, paragraph, joined, whole in clauses:
        if not joined:
            before_sentence = readings[-1] if readings else None
            # "US jets pounded targets. Officials said the aircraft hit depots. In Iraq the
            # targets were around X": a placeless, actorless sentence between passes the
            # striker on (two at most, in the paragraph)
            back = len(readings) - 1
            while (
                before_sentence is not None
                and back > 0
                and back >= len(readings) - 2
                and not before_sentence.striker
                and not before_sentence.group
                and before_sentence.reason.startswith("no place")
                and readings[back - 1].paragraph == before_sentence.paragraph
            ):
                back -= 1
                before_sentence = readings[back]
        a, b = sentence.start, sentence.end
        inside = mentions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        own = dates[bisect.bisect_left(date_starts, a) : bisect.bisect_left(date_starts, b)]
        rel = relatives[
            bisect.bisect_left(relative_starts, a) : bisect.bisect_left(relative_starts, b)
        ]
        reading = _read_sentence(text, sentence, paragraph, inside, own, rel, pub, lex, af)
        first = (
            _first_account(af, sentence, whole, first_accounts)
            if reading.event and not reading.reason
            else None
        )
        if first is not None:
            reading = _without_the_first_account(af, reading, first)
        if reading.event and not reading.group and not reading.striker and readings:
            reading = _the_group_again(af, reading, readings)
        own_cue = af.search(_CORRECTION, sentence.start, sentence.end) is not None
        if own_cue or (
            readings and readings[-1].paragraph == paragraph and readings[-1].context == _CORRECTED
        ):  # "Correction: an earlier version of this story said … The attack was on X"
            if not own_cue:
                corrected[len(readings)] = reading
            reading = replace(
                reading, context=_CORRECTED, reason=_CORRECTED if reading.event else reading.reason
            )
        if (
            reading.event
            and not reading.reason
            and not reading.striker
            and not reading.group
            and reading.weapon == "unknown"
            and readings
            and readings[-1].paragraph == paragraph
            and readings[-1].context.startswith(_THIRD_STRIKE)
            # (a blast told as of unknown cause is its own: "… police did not know what
            # caused it", ``ولم تعرف أسباب الانفجار``, ``علت آن هنوز روشن نیست``)
            and af.search(_CAUSE_UNKNOWN, sentence.start, sentence.end) is None
        ):  # "Jets struck X, blaming Israel. A monitor said six were killed at a site near Y"
            reading = replace(
                reading,
                context=readings[-1].context,
                reason=readings[-1].context,
                notes=(*reading.notes, "what the third state's strike just told did"),
            )
        site = None
        if (
            reading.reason.startswith("no place")
            and last_site is not None
            and (
                last_site[0] == paragraph
                # "AL-ASAD, Iraq — Inside the walls of this base … ¶ On Wednesday, drones
                # flew at the base": the site of the paragraph before, no event told yet in
                # the article, is this paragraph's first sentence's "the base"
                or (
                    last_site[0] == paragraph - 1
                    and not joined
                    and not told_yet
                    and (not readings or readings[-1].paragraph != paragraph)
                )
            )
            and af.search(_ANAPHOR, sentence.start, sentence.end)
            # "Analysts predict attacks on the base will increase": a forecast, no event
            and af.search(_FORECAST, sentence.start, sentence.end) is None
            # "Kataib Hezbollah denied any link to the attack on the embassy": no new event
            and not actors.denies(af.slice(sentence.start, sentence.end)[0])
        ):
            site = last_site[1]
        if reading.reason.startswith("no place") and site is not None and site_denied:
            # "The army denied reports of an attack on X. … channels had reported rockets
            # fired at the base": the base is the site of the denied report
            reading = replace(reading, reason="reports of an event denied (the site named before)")
        elif reading.reason.startswith("no place") and site is not None:
            prev = readings[-1] if readings else None
            same_salvo = (
                prev is not None
                and prev.paragraph == paragraph
                and not prev.reason  # drafted, not a tally or history
                and prev.kind == "attack"
                and reading.kind == "interception"
                and site in prev.targets
                # the same weapons ("two drones … one was shot down"), none other named
                and _same_weapons(reading.weapon, prev.weapon)
                and not _AGAIN.search(af.slice(sentence.start, sentence.end)[0])
                # ("Two drones flew at X. Both were downed before reaching the base": all
                # stopped, the attack told before is an interception)
                and not _all_stopped(af, reading, prev)
            )
            reading = replace(
                reading,
                targets=(site,),
                reason="",
                anaphor=True,
                # "Two drones flew at X. One was shot down; the other reached the base": the
                # part stopped is of the attack told just before, not an interception of its own
                kind="attack" if same_salvo else reading.kind,
                notes=(
                    *reading.notes,
                    f"target: the site named before, at {site.start}-{site.end} ('the base')",
                    *(["part of the attack told just before"] if same_salvo else []),
                ),
            )
        if (
            reading.event
            and reading.reason.startswith("no place")
            and not joined
            and reading.kind == "attack"
            and not reading.striker
            and reading.date is not None
            and reading.date.precision == "day"
            and af.search(_EARLIER_SALVO, sentence.start, sentence.end) is not None
            and (before := _last_attack(readings, paragraph)) is not None
            # (its own day, before the attack told: "the first" is the earlier one)
            and before.date is not None
            and reading.date.date < before.date.date
        ):  # "Rockets hit X on Saturday, the second time in four days. ¶ The first salvo,
            # 18 rockets on Wednesday, killed two": the earlier attack on the same site
            first_site = before.targets[0]
            reading = replace(
                reading,
                targets=(first_site,),
                reason="",
                anaphor=True,
                notes=(
                    *reading.notes,
                    "target: the site of the attack told before ('the first salvo'), at "
                    f"{first_site.start}-{first_site.end}",
                ),
            )
        if reading.event and reading.reason.startswith("no place") and not joined:
            reading = _the_site_named_next(reading, whole, mentions, starts, af)
        if (
            reading.reason.startswith("no place")
            and reading.kind.endswith("strike")
            and reading.striker
            and af.search(_LAUNCH_SITE, sentence.start, sentence.end)
        ):
            reading = _at_the_launch_site(reading, readings)
        elif (
            reading.event
            and not reading.reason
            and not reading.responds
            and reading.kind == "retaliatory_strike"
            and reading.striker
            and af.search(_LAUNCHER_STRUCK, sentence.start, sentence.end)
        ):
            reading = _on_the_launcher_of(reading, readings)
        if (
            reading.event
            and not reading.reason
            and not reading.striker
            and not reading.group
            and reading.kind in ("attack", "retaliatory_strike", "preemptive_strike")
            and before_sentence is not None
            and before_sentence.paragraph == paragraph
            and before_sentence.striker
            # the whole sentence: "Depots near X and sites near Y were hit in the strikes"
            and _names_the_strikes(_outside_clauses(af.slice(whole.start, whole.end)[0]))
        ):
            striker = before_sentence.striker  # "The US launched strikes. The strikes hit …"
            reading = replace(
                reading,
                striker=striker,
                kind=reading.kind if reading.kind.endswith("strike") else "retaliatory_strike",
                # "The US struck in retaliation for X. Sites near Y were hit in the strikes."
                responds=reading.responds or before_sentence.responds,
                notes=(*reading.notes, f"striker {striker} from the sentence before"),
                inferred=(*reading.inferred, "striker"),
            )
        elif (
            _awaits_striker(reading)
            and (told := _strikes_told_before(readings, paragraph)) is not None
            # (a base struck is the state's own side: "the strikes on the al-Tanf base")
            and not any(
                t.place is not None and t.place.kind in _OWN_SIDE_KINDS for t in reading.targets
            )
            and (
                _names_the_strikes(_outside_clauses(af.slice(whole.start, whole.end)[0]))
                or _paragraph_names_the_strikes(readings, paragraph, af)
            )
        ):
            dated = any(  # (the paragraph's own day first: "… on Tuesday. Within minutes …")
                r.date is not None for r in readings[-_TOLD_REACH:] if r.paragraph == paragraph
            )
            reading = _the_strikes_again(reading, told, dated=dated)
        elif (
            _awaits_striker(reading)
            and (
                told := _placeless_strikes_before(readings, paragraph)
                or _placeless_strikes_past_their_cause(readings, paragraph, af)
            )
            is not None
            # (a day of its own, not theirs: another event)
            and (reading.date is None or told.date is None or reading.date.date == told.date.date)
            and not any(
                t.place is not None and t.place.kind in _OWN_SIDE_KINDS for t in reading.targets
            )
        ):  # "The US struck 85 targets on Friday.\n\nSites near X and Y were hit."
            reading = _the_strikes_again(reading, told, dated=False)
        if _awaits_striker(reading):
            reading = _by_a_us_aircraft(reading, af)
        if (
            reading.event
            and not reading.reason
            and not reading.striker
            and reading.weapon == "unknown"
            and reading.count is None
            and reading.killed is None
            and reading.wounded is None
            and af.search(_LAUNCHERS_SOUGHT, sentence.start, sentence.end) is not None
        ):  # "Police combed the roads to X for the launchers": no weapon fired is told
            reading = replace(reading, reason=_LAUNCHERS_SOUGHT_FOR)
        launcher = (
            not reading.striker
            and af.search(_LAUNCHER_FOUND, sentence.start, sentence.end) is not None
        )
        if launcher and reading.context == _UNFIRED_WEAPON and len(inside) > 1:
            # "… found a launcher near X from which rockets were fired at Y": Y's attack
            used = _launcher_used(reading, inside, af)
            launcher = used is reading
            reading = used
        if launcher and readings:  # "Police later found the launcher near X": the origin
            reading = _launcher_found(reading, readings, inside)  # of the attack told before
        if joined and readings and readings[-1].striker:
            reading = _inherit_striker(reading, readings[-1])
        if joined and readings:
            reading = _history_goes_on(reading, readings[-1], whole)
        if joined and reading.response_places and reading.kind.endswith("strike"):
            _share_the_response(readings, reading, whole)
        if readings and _answers_as_the_one_before(reading, readings[-1], af):
            # "The US struck 85 targets in retaliation for X.\n\nB-1 bombers struck Y and Z":
            # the places of the strikes told in general, answering what those answered
            reading = replace(
                reading,
                responds=True,
                notes=(*reading.notes, "answers what the strikes told just before answered"),
            )
        elif readings and (told := _strikes_named_back(reading, readings, af)) is not None:
            # "US jets struck three sites in response to the attack on X. The group claimed
            # the attack. One of the US strikes hit Y": those strikes, a sentence between
            reading = replace(
                reading,
                striker=told.striker,
                kind=reading.kind if reading.kind.endswith("strike") else told.kind,
                responds=True,
                response_places=reading.response_places or told.response_places,
                notes=(*reading.notes, "answers what the strikes it names again answered"),
                inferred=reading.inferred if reading.striker else (*reading.inferred, "striker"),
            )
        if (
            not reading.event
            and reading.places
            and readings
            and (
                af.search(_SITES_NAMED, sentence.start, sentence.end) is not None
                or af.search(_ONE_OF_THE_SITES, sentence.start, sentence.end) is not None
                or af.search(_SITES_LAY, sentence.start, sentence.end) is not None
            )
        ):  # "US jets hit 85 targets. Local sources named X and Y": the strikes' sites
            reading = _sites_named(text, reading, readings, inside, af)
        if readings and _stops_the_one_before(reading, readings[-1], af):
            readings[-1] = replace(
                readings[-1],
                kind="interception",
                notes=(*readings[-1].notes, "intercepted, says the sentence after"),
                inferred=(*readings[-1].inferred, "stopped"),
                # "… targeted X with drones. Air defences downed both drones": its count
                count=readings[-1].count if readings[-1].count is not None else reading.count,
            )
        readings.append(reading)
        told_yet = told_yet or bool(reading.event and not reading.reason)
        sites = [m for m in inside if m.place is not None and _specificity(m)[0] == 0]
        # "the base" after a sentence that struck one site is that site, not a place
        # that only located it
        struck = [m for m in sites if m in reading.targets]
        sites = struck or sites
        if sites:
            last_site = (paragraph, sites[-1])
            site_denied = reading.reason.startswith("reports of an event denied")
    if corrected:
        _corrected_account(readings, corrected)
    readings = _claims_denied(_occasions(_blasts_confirmed(readings, af), af), af)
    readings = _claims_denied_after(readings, mentions, starts, af)
    source = Source(outlet=source_name or "article", url=url, date=pub, language=_language(text))
    pending, skipped = _assemble(
        af, readings, dates, date_starts, pub, source, rollovers=_midnights(text)
    )
    merged = _own_losses(_fold_lede(_fold_headline(_merge(pending, af), text)), readings, af)
    merged = _fold_answered_in_region(
        _fold_answered_told_before(_claimed_by_the_statement(merged, text), af)
    )
    drafts = _link(
        _fold_followups(_fold_explosions(_fold_salvo_part(_fold_stopped(merged, text), af))),
        against,
    )
    return DraftResult(tuple(drafts), tuple(skipped), pub, published_from)


#: a state owning a strike after a blast was told ("CENTCOM said it had carried out the
#: strike", "a US official confirmed that American forces had carried out a strike there",
#: ``أكد مسؤول أمريكي أن القوات الأمريكية نفذت الضربة``, ``پنتاگون تأیید کرد که نیروهای
#: آمریکایی این حمله را انجام داده‌اند``)
_OWNS_THE_STRIKE = actors.fold_pattern(
    r"(?<!\w)(?:confirm(?:ed|s)?|acknowledg(?:ed|es)|admitted|took responsibility"
    r"|said (?:it|they) (?:had )?(?:carried out|conducted|launched)"
    r"|[وف]?(?:اكد|اكدت|اعترف|اعترفت|اقر|اقرت|تبنت|تبنى)"
    r"|تاييد (?:كرد|كردند)|پذيرفت|پذيرفتند)(?!\w)"
)

#: a state disowning a strike ("said it had carried out no strikes there", "did not
#: conduct", ``لم تنفذ أي ضربة``, ``عملیاتی نداشته``, ``حمله‌ای انجام نداده``)
_DISOWNS_THE_STRIKE = actors.fold_pattern(
    r"(?<!\w)(?:(?:carried out|conducted|launched) no|(?:did not|didn't|had not|hadn't|has not"
    r"|never) (?:carry|carried|conduct|conducted|launch|launched|strike|struck)"
    r"|[وف]?لم (?:تنفذ|ينفذ|تشن|يشن|تقصف|يقصف|تضرب|يضرب)"
    r"|انجام (?:نداد|ندادند|نداده)|(?:عملياتي|عمليات|حمله اي|حمله) (?:\S+ )?نداشت\w*)(?!\w)"
)

#: how many readings back from a state's word a blast it owns may stand
_BLAST_REACH = 4

_BLAST_CONFIRMED = "a blast told first, confirmed as a strike by the sentence at "


#: the states whose strikes are drafted (a third state's are left out)
_OWN_STRIKERS = frozenset({"United States", "coalition"})


def _blast_owner(af: _ArticleFold, c: _Reading) -> str:
    """The state whose word ``c`` owns a strike with no place of its own ("" if none),
    after a blast was told (see :func:`_blasts_confirmed`): a strike reading by a state
    speaking or confirming, or a state named owning "the strike" ("The United States
    later acknowledged the strike", ``وتبنت واشنطن الضربة``)."""
    if not (c.event and not c.targets and c.reason.startswith(_NO_PLACE)):
        return ""
    folded = af.slice(c.sentence.start, c.sentence.end)[0]
    if (
        actors.denies(folded)
        or _DENIAL.search(folded) is not None
        or _DISOWNS_THE_STRIKE.search(folded) is not None
    ):
        return ""  # "The Pentagon denied carrying out any strike there"
    owns = _OWNS_THE_STRIKE.search(folded) is not None
    if c.kind.endswith("strike") and c.striker:
        return c.striker if c.official or owns else ""
    if c.kind != "attack" or c.group or not owns or _STRIKE_NOUN.search(folded) is None:
        return ""
    state = actors.state_named(folded)
    return state if state in _OWN_STRIKERS else ""


def _the_blast_before(readings: Sequence[_Reading], i: int) -> int | None:
    """The reading of the blast told before ``readings[i]`` (its index), the blast's other
    tellings with no place and sentences with no event between them."""
    for j in range(i - 1, max(-1, i - 1 - _BLAST_REACH), -1):
        e = readings[j]
        if not e.event:
            continue
        if e.kind != "explosion" or e.striker:
            return None
        if e.targets and not e.reason:
            return j
        if not e.reason.startswith(_NO_PLACE):
            return None
    return None


def _blasts_confirmed(readings: list[_Reading], af: _ArticleFold) -> list[_Reading]:
    """A blast told first and owned later by a state as its strike is that strike.

    ("Residents of X heard a loud explosion on Wednesday. Hours later CENTCOM said it had
    carried out the strike", ``سمع سكان X دوي انفجار … وبعد ساعات أكد مسؤول أمريكي أن
    القوات الأمريكية نفذت الضربة``, ``صدای انفجار در X شنیده شد … ساعاتی بعد پنتاگون تأیید
    کرد که این حمله را انجام داده است``): the blast's reading takes the strike's kind,
    striker and word (claimed), at the blast's place and day; a threat the strike answers,
    told in the placeless sentence just after the state's word, makes it preemptive. A
    blast no state owns stays an explosion; a state's word with its own other day owns
    another event.
    """
    for i, c in enumerate(readings):
        owner = _blast_owner(af, c)
        if not owner:
            continue
        j = _the_blast_before(readings, i)
        if j is None:
            continue
        e = readings[j]
        if c.date is not None and e.date is not None and c.date.date != e.date.date:
            continue  # "… a blast on Monday. On Wednesday the US said it struck …": another
        kind = c.kind if c.kind.endswith("strike") else "retaliatory_strike"
        after = [n for n in readings[i + 1 : i + 4] if n.event]
        for n in after[:2]:  # "… ¶ Why now? The Pentagon said the men posed a threat"
            if n.paragraph - c.paragraph > 1 or n.targets or not n.reason.startswith(_NO_PLACE):
                break
            if (n.kind == "preemptive_strike" and n.striker in ("", owner)) or (
                _names_a_threat(af, n)
            ):
                kind = "preemptive_strike"
                break
        readings[j] = replace(
            e,
            kind=kind,
            striker=owner,
            official=True,
            group=e.group or c.group,
            weapon=e.weapon if e.weapon != "unknown" else c.weapon,
            killed=e.killed if e.killed is not None else c.killed,
            wounded=e.wounded if e.wounded is not None else c.wounded,
            notes=(*e.notes, f"{_BLAST_CONFIRMED}{c.sentence.start}"),
            inferred=(*e.inferred, "kind"),
        )
    return readings


#: an occasion that is no event: a session, a vote, a funeral, a rally, a drill
#: ("parliament held a session", ``جلسة``, ``تشييع``, ``مراسم تشییع``, ``رزمایش``)
_OCCASION = actors.fold_pattern(
    r"(?<!\w)(?:session|sitting|debate|vote|funeral|mourners|burial|rally|protest|drill"
    r"|exercise|[وف]?(?:جلسه|اجتماع|التصويت|تصويت|تشييع|جنازه|مظاهره|تظاهره|مناوره|مناورات|عزاء)"
    r"|نشست|مراسم|خاكسپاري|تظاهرات|راهپيمايي|رزمايش|عزاداران)(?!\w)"
)

#: the events an occasion is held over ("against the backdrop of the US strikes on X",
#: ``على خلفية الضربات الأمريكية``, ``در پی حملات آمریکا``)
_BACKDROP = actors.fold_pattern(
    r"(?<!\w)(?:against the backdrop of|on the back of|in the light of|in light of"
    r"|[وف]?علي (?:خلفيه|وقع)|في ضوء|در پي|در سايه|به دليل)(?!\w)"
)

#: an event told as done before the occasion ("he had been killed in a US strike",
#: ``كان قد قُتل``, ``در حمله پهپادی آمریکا کشته شده بود``)
_PLUPERFECT = actors.fold_pattern(
    r"(?<!\w)(?:had been (?:killed|struck|hit|targeted|wounded)|had (?:struck|hit|killed|targeted)"
    r"|[وف]?(?:كان|كانت|كانوا) قد|(?:شده|كرده) (?:بود|بودند))(?!\w)"
)
#: how the one mourned died, told after a funeral ("he was killed in a US strike",
#: ``قُتل في غارة``, ``در حمله … کشته شد``)
_DIED_IN = actors.fold_pattern(
    r"(?<!\w)(?:(?:was|were) killed in|died in|[وف]?(?:قتل|قتلوا|استشهد|استشهدوا) (?:\S+ )?في"
    r"|(?:كشته|جان باخته) (?:شد|شدند|است))(?!\w)"
)
#: a funeral ("funeral", "mourners", ``تشييع``, ``مراسم تشییع``, ``عزاداران``)
_FUNERAL = actors.fold_pattern(
    r"(?<!\w)(?:funeral|mourners|burial|[وف]?(?:تشييع|جنازه|عزاء)|خاكسپاري|عزاداران)(?!\w)"
)

_OCCASION_ONLY = "the backdrop of an occasion (a session, a funeral), no day of its own: no event"

#: how many readings back an occasion's day may stand
_OCCASION_REACH = 3


def _backdrop_only(af: _ArticleFold, r: _Reading) -> bool:
    """Whether ``r`` names its event only as what an occasion is held over ("Parliament
    held a session over the US strikes on X", ``عقد مجلس النواب جلسة … على خلفية الضربات
    الأمريكية التي طالت X``, ``مجلس جلسه‌ای … در پی حملات آمریکا به X برگزار کرد``):
    the occasion, then the cue, then the first event word."""
    folded = af.slice(r.sentence.start, r.sentence.end)[0]
    cue = _BACKDROP.search(folded)
    if cue is None:
        return False
    occasion = _OCCASION.search(folded, 0, cue.start())
    event = _lexicon().event.search(folded)
    return occasion is not None and (event is None or event.start() >= cue.end())


def _done_before_the_occasion(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> bool:
    """Whether ``readings[i]`` tells its event as done before an occasion told just before
    with its day ("Thousands attended the funeral of X on Friday. He had been killed in a
    US strike", ``… مراسم تشییع … روز جمعه … او در حمله پهپادی آمریکا کشته شده بود``): the
    day is the occasion's, the event has none."""
    r = readings[i]
    folded = af.slice(r.sentence.start, r.sentence.end)[0]
    done = _PLUPERFECT.search(folded) is not None
    if not done and _DIED_IN.search(folded) is None:
        return False
    for b in reversed(readings[max(0, i - _OCCASION_REACH) : i]):
        if b.paragraph != r.paragraph or (b.event and not b.reason):
            return False
        if b.date is not None:
            held = af.slice(b.sentence.start, b.sentence.end)[0]
            # (the simple past of a death: only after a funeral, the one mourned)
            occasion = _OCCASION if done else _FUNERAL
            return not b.event and occasion.search(held) is not None
    return False


def _occasions(readings: list[_Reading], af: _ArticleFold) -> list[_Reading]:
    """Events named only as an occasion's backdrop, with no day of their own, draft nothing.

    A parliament session, a funeral, a rally held over strikes told without their day
    (:func:`_backdrop_only`, :func:`_done_before_the_occasion`) tells no event: its day is
    the occasion's. An event with a day or a relative day of its own stays.
    """
    for i, r in enumerate(readings):
        if (
            r.event
            and not r.reason
            and r.date is None
            and r.relative is None
            and (_backdrop_only(af, r) or _done_before_the_occasion(af, readings, i))
        ):
            readings[i] = replace(r, reason=_OCCASION_ONLY, notes=(*r.notes, _OCCASION_ONLY))
    return readings


_CLAIM_DENIED = "a claim the other side flatly denies in the sentence at "

#: how many readings back from a denial the claim it answers may stand
_DENIED_CLAIM_REACH = 2


#: the denial names what it denies as a claim ("calling the claim fabricated", ``وصف
#: الادعاء بأنه كاذب``, ``این ادعا را ساختگی خواند``): the event told before is that claim
_THE_CLAIM = actors.fold_pattern(
    r"(?<!\w)(?:(?:the|this|that|its|their|such) (?:group's |militia's )?claims?"
    r"|(?:ال)?(?:ادعاء|ادعاءات|مزاعم)|هذه المزاعم|هذا الادعاء"
    r"|(?:این|آن|چنین) (?:ادعا|ادعاها)|ادعای (?:این|آن) گروه)(?!\w)"
)


def _claims_denied(readings: list[_Reading], af: _ArticleFold) -> list[_Reading]:
    """A group's claim of an attack that the next sentence flatly denies is no event.

    ("The group claimed it had hit X on Friday. A US official rejected the claim of an
    attack on X", ``زعمت مجموعة أنها قصفت X … ¶ ونفى متحدث باسم التحالف ذلك وقال إن
    القاعدة لم تتعرض لأي هجوم``, ``این گروه مدعی شد X را زده است. یک مقام آمریکایی ادعای
    حمله به X را رد کرد``): the denial (:data:`_REPORTS_DENIED`) names the claim's own
    site, in its paragraph or the next; the claim tells no weapon count or toll. A denial
    that names what it denies as the claim (:data:`_THE_CLAIM`: "… denied any attack had
    taken place, calling the claim fabricated") makes the event before a claim, its
    weapon count told or not ("a post said the group hit X with a drone"). A denial of a
    role in an attack leaves the attack.
    """
    for i, d in enumerate(readings):
        if not d.reason.startswith("reports of an event denied") or not d.targets:
            continue
        sites = {m.place.id for m in d.targets if m.place is not None}
        named_claim = af.search(_THE_CLAIM, d.sentence.start, d.sentence.end) is not None
        for j in range(i - 1, max(-1, i - 1 - _DENIED_CLAIM_REACH), -1):
            c = readings[j]
            if not c.event:
                continue
            if (
                (c.claim or c.claim_cue or named_claim)
                and not c.reason
                and not c.striker
                and d.paragraph - c.paragraph in (0, 1)
                and (c.count is None or named_claim)
                and c.killed is None
                and c.wounded is None
                and {m.place.id for m in c.targets if m.place is not None} == sites
            ):
                why = f"{_CLAIM_DENIED}{d.sentence.start}"
                readings[j] = replace(c, reason=why, notes=(*c.notes, why))
            break
    return readings


def _claims_denied_after(
    readings: list[_Reading],
    mentions: Sequence[ResolvedMention],
    starts: Sequence[int],
    af: _ArticleFold,
) -> list[_Reading]:
    """A group's claim denied by a clause that tells no event at all is no event either.

    ("The group also claimed an attack on X, but a US official said no attack on X had
    taken place", ``… وادعت الجماعة قصف X، لكن مسؤولاً أمريكياً قال إنه لم يقع أي هجوم
    على X``, ``این گروه مدعی حمله به X شد، اما یک مقام آمریکایی گفت هیچ حمله‌ای به X صورت
    نگرفته است``): the denial (:data:`_REPORTS_DENIED`) denies every event word of its
    clause, so it is read as no event and names no target; its places are looked up here
    and must be the claim's (in the paragraph or the next, :data:`_DENIED_CLAIM_REACH`
    readings back), told by a group with no count or toll. See :func:`_claims_denied` for
    a denial that is read as an event.
    """
    for i, d in enumerate(readings):
        if d.event or not d.places:
            continue
        a, b = d.sentence.start, d.sentence.end
        if af.search(_REPORTS_DENIED, a, b) is None:
            continue
        named = {
            m.place.id
            for m in mentions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
            if m.place is not None
        }
        for j in range(i - 1, max(-1, i - 1 - _DENIED_CLAIM_REACH), -1):
            c = readings[j]
            if not c.event:
                continue
            sites = {m.place.id for m in c.targets if m.place is not None}
            if (
                (c.group or c.claim or c.claim_cue)
                and not c.reason
                and not c.striker
                and d.paragraph - c.paragraph in (0, 1)
                and c.count is None
                and c.killed is None
                and c.wounded is None
                and sites
                and sites <= named
            ):
                why = f"{_CLAIM_DENIED}{d.sentence.start}"
                readings[j] = replace(c, reason=why, notes=(*c.notes, why))
            break
    return readings


_CORRECTS_THE_STORY = "a correction notice's sentence, retelling the story's event"


def _corrected_account(readings: list[_Reading], corrected: dict[int, _Reading]) -> None:
    """A correction notice with no story beside it tells the event in its corrected words.

    ("Correction: a story on Tuesday misstated the toll. Nine were wounded in Monday's
    attack on X, not five", ``تصحيح: … وأصيب تسعة في هجوم الاثنين على X``, ``اصلاحیه: …
    در حمله دوشنبه به X نُه نفر زخمی شدند``): where no sentence outside the notice tells
    an event, the sentences after its cue (``corrected``: as read before the notice marked
    them) are read again; the cue's own sentence (what the story said) stays unread.
    """
    told = [
        i
        for i, r in enumerate(readings)
        if i not in corrected and r.context != _CORRECTED and r.event and not r.reason
    ]
    if told:
        # the story's own sentences tell the event: a corrected sentence after them naming
        # a site with a day of its own retells the story's event there (:func:`_merge`)
        for i, before in corrected.items():
            if (
                before.event
                and not before.reason
                and before.date
                and before.targets
                and told[0] < i
            ):
                readings[i] = replace(before, notes=(*before.notes, _CORRECTS_THE_STORY))
        return
    for i, before in corrected.items():
        readings[i] = replace(
            before, notes=(*before.notes, "the corrected account of a correction notice")
        )


def _first_account(
    af: _ArticleFold,
    clause: Sentence,
    whole: Sentence,
    found_in: dict[int, re.Match[str] | None],
) -> tuple[int, int] | None:
    """The span of the first account ``clause`` opens and its sentence ``whole`` supersedes.

    ("Officials initially said the drone hit X, but later said it struck Y"): the clause
    holding the start of :data:`_FIRST_ACCOUNT`'s match, with no weapon's impact told in it
    before that start; the span (folded positions) runs from that start to the word that
    turns to the later account (the last :data:`_PIVOT` in the match: "before", "but",
    ``قبل أن``, ``اما``), where the correction begins (it drafts as ever). ``found_in``
    keeps each sentence's match, searched once for all its clauses.
    """
    if whole.start not in found_in:
        found_in[whole.start] = af.search(_FIRST_ACCOUNT, whole.start, whole.end)
    found = found_in[whole.start]
    if found is None:
        return None
    wa = af.slice(whole.start, whole.end)[1]
    at = wa + found.start()
    folded, ca = af.slice(clause.start, clause.end)
    if not ca <= at < ca + len(folded) or _IMPACT.search(folded, 0, at - ca):
        return None
    whole_folded = af.slice(whole.start, whole.end)[0]
    # (the last turn in the match: the one its later statement's verb follows, past a
    # "but" that brings the asserted place: "… not Jordan but at X, before officials …")
    turns = [m.start() for m in _PIVOT.finditer(whole_folded, found.start() + 1, found.end())]
    return at, wa + (turns[-1] if turns else found.end())


#: the turn from a first account to the later one ("before", "but", "later", ``قبل أن``,
#: ``ثم``, ``لكن``, ``اما``, ``سپس``)
_PIVOT = actors.fold_pattern(
    r"(?<!\w)(?:before|but|until|later|then|قبل ان|ثم|لكن|لاحقا|اما|ولي|سپس|بعدا"
    r"|پيش از انكه|قبل از انكه)(?!\w)"
)
#: the word that brings the place a first account asserted ("not in Jordan but at X",
#: ``لم يقع داخل الأراضي الأردنية بل في X``, ``وإنما استهدف X``, ``نه در اردن بلکه در X``)
_ASSERTED = actors.fold_pattern(r"(?<!\w)(?:but (?:in|at|on)|instead|بل|وانما|انما|بلكه)(?!\w)")


def _without_the_first_account(
    af: _ArticleFold, reading: _Reading, span: tuple[int, int]
) -> _Reading:
    """``reading`` of a clause opening a first account (folded ``span``), its superseded
    place dropped.

    The places inside the first account are its own, the others (before it, or in the
    correction after it) the event's; inside it, those before the word that brings the
    asserted place ("the attack that struck Tower 22 was not in Jordan but at X", ``بل في
    X``) are the event's too. With none of the event's left, the clause drafts nothing,
    unless the correction tells the event again with its count and no place of its own
    ("… but later said three rockets hit the base": the first account's figures corrected,
    not its place; the count is the correction's).
    """
    start, end = span
    inside = [m for m in reading.targets if start <= af.pos(m.start) < end]
    if inside:
        cue = _ASSERTED.search(af.view.folded, start, end)
        if cue is not None:
            inside = [m for m in inside if af.pos(m.start) >= cue.start()]
    kept = tuple(m for m in reading.targets if m not in inside)
    if kept and inside:
        dropped = [f"{m.start}-{m.end}: a first account's place, superseded" for m in inside]
        return replace(reading, targets=kept, notes=(*reading.notes, *dropped))
    if not kept:
        folded, ca = af.slice(reading.sentence.start, reading.sentence.end)
        later = folded[max(0, end - ca) :]
        count = counts.weapon_count(later)[1] if _IMPACT.search(later) else None
        if count is not None:  # "… but later said three rockets hit the base"
            return replace(
                reading,
                count=count,
                notes=(*reading.notes, "a first account corrected in its figures"),
            )
    return replace(reading, context=_FIRST_TOLD, reason=_FIRST_TOLD)


#: the event told "according to the statement" (``بر اساس این بیانیه``, ``وبحسب البيان``,
#: "the statement said"): the statement named before tells it
_PER_STATEMENT = actors.fold_pattern(
    r"(?<!\w)(?:according to (?:the|this|that|its|the group's) statement|the statement said"
    r"|the statement added|[وف]?(?:بحسب|وفق|حسب) (?:البيان|بيانها|بيانه)|[وف]?اضاف البيان"
    r"|[وف]?جاء في البيان|(?:بر اساس|براساس|بنا بر|طبق|به گفته) (?:اين|همين) (?:بيانيه|اطلاعيه)"
    # the report of that statement ("according to this report", ``بحسب هذا التقرير``,
    # ``بر اساس این گزارش``)
    r"|according to this report|[وف]?(?:بحسب|وفق|حسب) هذا التقرير"
    r"|(?:بر اساس|براساس|بنا بر|طبق) (?:اين|همين) گزارش"
    r"|در (?:اين|همين|ادامه اين) (?:بيانيه|اطلاعيه) (?:امده|آمده)"
    # another statement of the group named before ("in a second statement", ``في بيان
    # آخر``, ``در بیانیه دیگری``, ``در بیانیه دوم این گروه``), its fighters again (``كما دك
    # المجاهدون``)
    r"|in (?:a|another) (?:second|further|later|separate) statement|in another statement"
    r"|(?:في|ب) ?بيان (?:اخر|ثان|ثاني|لاحق)|[وف]?(?:كما )?\S+ المجاهدون"
    r"|در (?:بيانيه|اطلاعيه) (?:ديگري|دوم|بعدي|جداگانه)|(?:بيانيه|اطلاعيه) (?:ديگري|دوم)"
    r")(?!\w)"
    # (and "the statement says", "in the statement", ``قال البيان``, ``وتابع البيان``)
    r"|"
    r"(?<!\w)(?:(?:according to|in) (?:the|its|this) statement|the statement (?:said|added"
    r"|says)|(?:[وف]?(?:بحسب|وفق|حسب|اضاف|قال|ذكر|اكد|تابع) (?:ال)?بيان)"
    r"|(?:بر اساس|طبق|بنابر|به گفته|در) (?:اين|همين) (?:بيانيه|اطلاعيه))(?!\w)"
)
#: the group named before, named again ("the group also claimed …", ``این گروه همچنین
#: مسئولیت … را بر عهده گرفت``, ``كما تبنى الفصيل``): with a claim cue, its claim
_GROUP_AGAIN = actors.fold_pattern(
    r"(?<!\w)(?:the (?:group|militia|faction|umbrella group)|this group|(?:اين|همين) گروه"
    r"|گروه مذكور|[وف]?(?:الفصيل|الجماعه|الحركه|الكتائب))(?!\w)"
)
#: the groups' own name for themselves, standing for the group the article named ("the
#: resistance", ``المقاومة``, ``مقاومت``): not the alliance ("the axis of resistance",
#: ``محور المقاومة``, ``جبهه مقاومت``), nor the group's full name (``المقاومة الإسلامية``)
_RESISTANCE = actors.fold_pattern(
    r"(?<!axis of )(?<!محور )(?<!جبهه )(?<!\w)(?:the resistance|[وف]?المقاومه|مقاومت)"
    r"(?! (?:islamic|in iraq|axis|الاسلاميه|اسلامي|محور))(?!\w)"
)
#: how many readings back the group the resistance noun stands for may be told (any
#: paragraph: the group's own name for itself, not a noun naming the last one told)
_RESISTANCE_REACH = 6
_GROUP_SAYS = actors.fold_pattern(
    r"(?<!\w)(?:said|says|announced|claimed|stated|خبر (?:داد|دادند)|اعلام (?:كرد|كردند)"
    r"|مدعي شد|[وف]?(?:اعلنت|اعلن|قالت|قال|افادت|تبنت|تبني))(?!\w)"
)
#: how many readings back the group named again may stand
_GROUP_AGAIN_REACH = 3
#: a sentence that opens on the group's speech verb with no subject of its own (the group
#: of the sentence before speaks on: "It said in statements that it had targeted X",
#: ``وقالت في بيان إنها استهدفت``, ``در بیانیه‌ای اعلام کرد … را هدف قرار داده``): folded,
#: matched at the sentence's start
_SAYS_ON = actors.fold_pattern(
    r"\s*(?:(?:it|they) (?:said|added|announced|stated|claimed)(?!\w)"
    r"|[وف](?:قالت|اضافت|اعلنت|ذكرت|اكدت) (?:في (?:بيان|بيانات|بلاغ)\w*(?: \w+)? )?"
    r"(?:انها|انهم|ان) "
    r"|(?:در (?:بيانيه|اطلاعيه)(?: ?اي| ?هايي)?(?: ديگر| جداگانه)? )?(?:همچنين )?"
    r"(?:اعلام كرد|افزود) )"
)


def _the_group_again(af: _ArticleFold, reading: _Reading, readings: Sequence[_Reading]) -> _Reading:
    """``reading`` with the group named just before when it names it again by a noun, or
    names its statement again ("according to the statement", ``بر اساس این بیانیه``).

    ("The Islamic Resistance claimed the attack on X. ¶ The group also announced a drone
    attack on Y", ``این گروه همچنین از حمله پهپادی به Y خبر داد``): the group of a reading
    up to :data:`_GROUP_AGAIN_REACH` back, this paragraph or the one before, and its claim
    when the sentence has it say so.
    """
    folded, present = af.gated(reading.sentence.start, reading.sentence.end)
    statement = _search(_PER_STATEMENT, folded, present) is not None
    says_on = _SAYS_ON.match(folded) is not None and actors.claims_deed(folded)
    resistance = _RESISTANCE.search(folded) is not None
    if (
        not statement
        and not says_on
        and not resistance
        and not _search(_GROUP_AGAIN, folded, present)
    ):
        return reading
    reach = _RESISTANCE_REACH if resistance else _GROUP_AGAIN_REACH
    for before in readings[-1 : -1 - reach : -1]:
        if reading.paragraph - before.paragraph > 1 and not resistance:
            break
        if statement and not (before.group and (before.claim or before.claim_cue)):
            continue  # (the statement named again: a group's that claimed)
        if before.group and not before.striker:
            says = (
                statement
                or _GROUP_SAYS.search(folded) is not None
                or _STATEMENT_HEADING.search(folded) is not None  # "in the group's statement"
                or actors.claims(folded)  # "the group also claimed the attack on Y"
                # ("the resistance targeted Y with a missile": its own telling)
                or (resistance and reading.kind == "attack" and _resistance_tells_it(folded))
            ) and not actors.denies(folded)
            return replace(
                reading,
                group=before.group,
                claim=says and not reading.kind.endswith("strike"),
                notes=(*reading.notes, f"the group named again: {before.group}"),
            )
    return reading


#: a statement's own heading word ("Statement by", ``بيان صادر عن``, ``بیانیه``, ``بلاغ``)
_STATEMENT_HEADING = actors.fold_pattern(
    r"(?<!\w)(?:statement|communiqu\w*|بيان|بلاغ|بيانيه|اطلاعيه)(?!\w)"
)
#: the most words of a heading or signature line naming the group whose statement it is
_SIGNATURE_WORDS = 7


def _statement_of(text: str) -> str:
    """The group whose own statement ``text`` is, or ``""``.

    A communiqué is headed ``بيان صادر عن المقاومة الإسلامية في العراق`` ("Statement by
    …", ``بیانیه …``) or signed with the group's name alone on its last line: a short line
    (at most :data:`_SIGNATURE_WORDS` words, no sentence: no final stop, no verb of
    claiming) naming a group, no event word, no denial, with a statement word or as the
    last line.

    >>> _statement_of("بيان صادر عن المقاومة الإسلامية في العراق\\nاستهدفنا قاعدة.")
    'Islamic Resistance in Iraq'
    >>> _statement_of("Kataib Hezbollah denies role\\n\\nA drone struck Tower 22.")
    ''
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return ""
    lex = _lexicon()
    for n, line in enumerate((lines[0], lines[-1])):
        if len(line.split()) > _SIGNATURE_WORDS + 2:  # (a look before the fold: most lines)
            continue
        folded = fold_text(line).folded
        if len(folded.split()) > _SIGNATURE_WORDS or lex.event.search(folded):
            continue
        if n == 1 and (line[-1] in ".!?؟" or actors.claims(folded)):
            continue  # a sentence ("The group claimed responsibility."), not a name alone
        group = actors.militia(folded)
        if not group or actors.denies(folded):
            continue
        if n == 1 or _STATEMENT_HEADING.search(folded):
            return group
    return ""


def _claimed_by_the_statement(drafts: list[_Pending], text: str) -> list[_Pending]:
    """Every attack of a group's own statement (:func:`_statement_of`) claimed by it.

    ("Statement by the Islamic Resistance in Iraq ¶ our fighters struck X with drones.
    The fighters also shelled Y", ``… كما دكّ المجاهدون قاعدة Y``): the statement is the
    claim of each attack it tells whose actor is the group or none.
    """
    if all(d.incident.kind != "attack" or d.incident.claim_status == "claimed" for d in drafts):
        return drafts
    group = _statement_of(text)
    if not group:
        return drafts
    for d in drafts:
        inc = d.incident
        if inc.kind == "attack" and inc.claim_status != "claimed" and inc.actor in ("", group):
            d.incident = replace(inc, actor=group, claim_status="claimed")
            d.evidence.append(f"claimed: the article is a statement of {group}")
    return drafts


#: a side telling its own dead ("six of its members were killed", ``ستة من عناصرها``,
#: ``شش تن از نیروهایش``): the losses of the side struck, not of the side it attacked
_OWN_LOSS = actors.fold_pattern(
    r"(?<!\w)(?:of (?:its|their|the group'?s|the militia'?s) (?:own )?(?:members|fighters|men"
    r"|militants|commanders|personnel)"
    r"|من (?:عناصرها|عناصره|مقاتليها|مقاتليه|افرادها|اعضائها|منتسبيها|مقاتلي الكتائب)"
    r"|از (?:نیروهایش|نیروهای خود|اعضایش|اعضای خود|رزمندگانش|رزمندگان خود))(?!\w)"
)


def _one_of_several_sites(d: _Pending, strikes: Sequence[_Pending]) -> bool:
    """Whether the strike ``d`` was drafted with others from its sentence (several sites
    struck at once: a toll told after them with no place is theirs together, no one's)."""
    return any(
        o is not d
        and o.reading.sentence.start == d.reading.sentence.start
        and o.incident.date == d.incident.date
        for o in strikes
    )


def _own_losses(
    drafts: list[_Pending], readings: Sequence[_Reading], af: _ArticleFold
) -> list[_Pending]:
    """A side's own dead or wounded told in a sentence of no place ("Kataib Hezbollah said
    six of its members were killed", :data:`_OWN_LOSS`) are the toll of the strike told
    before it (on that group when one is named so), when that strike has none: not of
    the attack told last. Bounded: each such sentence looks at the drafts once."""
    strikes = [d for d in drafts if d.incident.kind.endswith("strike")]
    if not strikes:
        return drafts
    for n in readings:
        if n.places or (n.event and not n.reason):
            continue
        if af.search(_OWN_LOSS, n.sentence.start, n.sentence.end) is None:
            continue
        folded = af.slice(n.sentence.start, n.sentence.end)[0]
        killed, wounded = _casualties_of(af, n)
        if killed is None and wounded is None:
            continue
        group = actors.militia(folded)
        before = [d for d in strikes if d.reading.sentence.start < n.sentence.start]
        theirs = [d for d in before if group and d.incident.targeted_party == group]
        chosen = (theirs or before)[-1:]
        if chosen and _one_of_several_sites(chosen[0], strikes):
            continue  # "KH said 25 of its fighters died" after strikes at five sites: shared
        for d in chosen:
            inc = d.incident
            if inc.killed is not None or inc.wounded is not None:
                continue
            d.incident = replace(inc, killed=killed, wounded=wounded)
            d.evidence.append(f"its side's own losses, told at {n.sentence.start}")
            for other in drafts:  # the same figures given the attack told last: not its
                o = other.incident
                if (
                    other is not d
                    and not o.kind.endswith("strike")
                    and (o.killed, o.wounded) == (killed, wounded)
                    and other.reading.sentence.start < n.sentence.start
                ):
                    other.incident = replace(o, killed=None, wounded=None)
    return drafts


def _names_a_site(name: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a dateline's place is a site (a base, an airport): then it is the story's."""
    from geoincidents.places.resolve import resolve

    place = resolve(name, gazetteer, use_geonames=False).place
    return place is not None and is_facility(place.kind)


#: where one sentence may join two events: a semicolon, "and", "while", ``، و``, ``فيما``,
#: `` و `` (the split is made only when both sides tell an event at a place of their own)
_CLAUSE_BREAK = re.compile(
    r"[;؛]\s*|,?\s+(?:and|while|whereas|but)(?:\s+|,\s*)|،\s*و(?=\S)|،?\s+و\s+"
    r"|،?\s+(?:فيما|بينما|لكن|ولكن|غير أن|در حالی که|در حالي كه|درحالی که|اما|ولی)\s+"
)
#: clauses looked at per sentence (keeps the cost linear on run-on text)
_MAX_CLAUSE_BREAKS = 12


def _split_clauses(
    text: str,
    sentence: Sentence,
    mentions: Sequence[ResolvedMention],
    starts: Sequence[int],
    lex: _Lexicon,
    af: _ArticleFold,
) -> list[Sentence]:
    """``sentence`` cut where it joins two events, each at a place of its own.

    "A drone struck X and four rockets were fired at Y", "… أطلقت على X، وإن طائرات
    أمريكية قصفت Y", "… به X حمله کردند و جنگنده‌ها Y را بمباران کردند" are two clauses;
    a list of places ("struck X, Y and Z", ``القائم و المیادین``) and a clause with no
    place of its own ("… and wounded two") are not cut. Each side needs an event word and
    a found place; the right side may not open with the place (a list goes on).
    """
    a, b = sentence.start, sentence.end
    inside = [  # looked up first: a bisection is cheaper than the break pattern's scan
        m
        for m in mentions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        if m.place is not None
    ]
    if len(inside) < 2 and not (
        inside and af.search(_ANAPHOR, a, b)  # "… at this base, and … at X"
    ):
        return [sentence]  # each side needs a place of its own
    f, fa = af.slice(a, b)
    if "event" not in af.families(fa, fa + len(f)):
        return [sentence]  # no event word at all (a look-up, cheaper than the break scan)
    breaks = []
    for brk in _CLAUSE_BREAK.finditer(text, a, b):
        breaks.append(brk)
        if len(breaks) >= _MAX_CLAUSE_BREAKS:
            break
    if not breaks:
        return [sentence]
    first = lex.event.search(f)
    if first is None or lex.event.search(f, first.end()) is None:
        return [sentence]  # fewer than two event words
    # an event word inside a response clause ("in retaliation for attacks on …") tells the
    # event answered, not a second event of this sentence: it makes no cut
    response = actors.response_clauses(f)
    f = _outside(f, response)

    def event_from(start: int, end: int) -> bool:
        """An event word in folded ``f[start:end]`` (one character before ``start`` too:
        the و a break ends with opens ``، وقصفت``)."""
        m = lex.event.search(f, max(0, start - 1), end)
        return m is not None

    guarded: Callable[[int], bool] | None = None  # in the response clauses (when needed)
    place_starts = [m.start for m in inside]
    out: list[Sentence] = []
    cur = a
    for brk in breaks:
        left, right = (cur, brk.start()), (brk.end(), b)
        # (an event word may take the و the break ends with: ``، وقصفت``)
        cut = af.pos(brk.start()) - fa
        if not (event_from(af.pos(left[0]) - fa + 1, cut) and event_from(cut + 1, len(f))):
            continue
        if not _has(place_starts, *left) and not af.search(_ANAPHOR, *left):
            continue  # (a side naming "the base" again has a place: the one named before)
        if _has(place_starts, *right):
            opening = place_starts[bisect.bisect_left(place_starts, right[0])]
            lead = text[right[0] : opening].lower().split()
            if set(lead) <= _LOCATOR_WORDS | {"and", "و"}:
                continue  # "… and in Albu Kamal": the list of places goes on
        elif not (
            actors.state_striker(af.slice(*right)[0])
            and not actors.state_striker(af.slice(*left)[0])
        ):
            continue  # a clause with no place of its own, and no other actor, goes on
        if guarded is None:
            guarded = _span_test([af.to_original(fa + x, fa + y) for x, y in response])
        if guarded(brk.start()):
            continue  # "in response to the attack on X and the strike on Y" is one clause
        if _one_side_holds_the_other(inside, left, right, af):
            continue  # "… landed in the Green Zone, and some fell near the embassy": one site
        if _only_where_it_lies(inside, right, af):
            continue  # "…, and the targeted site lies near X": where the site is, no event
        out.append(Sentence(cur, brk.start()))
        cur = brk.end()
    out.append(Sentence(cur, b))
    return out


def _only_where_it_lies(
    inside: Sequence[ResolvedMention], right: tuple[int, int], af: _ArticleFold
) -> bool:
    """Whether the places of the clause ``right`` only tell where the site struck lies
    (see :data:`_SITE_LIES_NEAR`): at least one, each after those words."""
    places = [m for m in inside if right[0] <= m.start < right[1]]
    if not places:
        return False
    present = af.gated(*right)[1]
    return all(_site_lies_near(af, right[0], m, present) for m in places)


def _one_side_holds_the_other(
    inside: Sequence[ResolvedMention],
    left: tuple[int, int],
    right: tuple[int, int],
    af: _ArticleFold,
) -> bool:
    """Whether every place of one side of a cut is a district holding a site of the other.

    "Rockets landed in the Green Zone, and some fell near the US embassy" (``سقطت صواريخ
    في المنطقة الخضراء، وسقط بعضها قرب السفارة``, ``… در منطقه سبز فرود آمد و برخی نزدیک
    سفارت افتاد``): one event at the site inside (see :func:`_holds_another`), no cut.
    """
    lefts = [m for m in inside if left[0] <= m.start < left[1]]
    rights = [m for m in inside if right[0] <= m.start < right[1]]
    if not lefts or not rights:
        return False
    if _explosion_only(af.slice(*left)[0]) or _explosion_only(af.slice(*right)[0]):
        return False  # "…, and blasts were heard near the embassy": where it was heard
    return all(_holds_another(m, rights) for m in lefts) or all(
        _holds_another(m, lefts) for m in rights
    )


#: the place an attack was launched from, named by what stood there ("destroyed the
#: launcher", "the point of origin", ``منصة الإطلاق``, ``سکوی پرتاب``, ``مبدأ شلیک``)
_LAUNCH_SITE = actors.fold_pattern(
    r"(?<!\w)(?:(?:the|its|their) (?:rocket |drone |missile )?(?:launchers?|launch (?:site|point"
    r"|pad|rail|position)s?|launching (?:site|point|position)s?|firing (?:position|point)s?"
    r"|point of origin|source of (?:the )?fire)|(?:ال)?(?:منصه|منصات|منصتي) (?:ال)?اطلاق"
    r"|مصدر (?:ال)?نيران|(?:مكان|مواقع|موقع) (?:ال)?اطلاق|سکوی پرتاب|سکوهای پرتاب|مبدا شلیک"
    r"|محل شلیک|محل پرتاب|مواضع پرتاب|مبدا حمله)(?!\w)"
)


#: how many readings back the attack whose launcher was struck may be told
_LAUNCH_SITE_REACH = 20

#: the launcher found after the attack ("police found the launcher in a truck near X",
#: "a launch pad was discovered in X", ``عثرت القوات على منصة الإطلاق في X``, ``سکوی
#: پرتاب … در X کشف شد``): where the weapons came from, no event of its own
_LAUNCHER_FOUND = actors.fold_pattern(
    r"(?<!\w)(?:(?:found|discovered|seized|located|recovered|captured|uncovered)"
    r"(?: \S+){0,4}? (?:(?:used|serving|rigged) as )?(?:the |a |an |two |three |several )?"
    r"(?:\S+ )?(?:rocket |drone |missile )?"
    r"(?:launchers?|launch(?:ing)? (?:pads?|platforms?|rails?|sites?|points?|tubes?)"
    r"|rocket (?:pads?|platforms?|rails?))"
    r"|(?:launchers?|launch(?:ing)? (?:pads?|platforms?|rails?|tubes?)|rocket platforms?)"
    r"(?: \S+){0,6}? (?:was|were|had been|has been|have been) (?:later |also |then )?"
    r"(?:found|discovered|seized|located|recovered|captured|uncovered)"
    r"|(?:[وف]?(?:عثرت|عثر|ضبطت|ضبط)|(?:و?تم )?(?:العثور|ضبط))(?: \S+){0,6}? (?:على )?"
    r"(?:ك?ال|ك)?(?:منصه|منصات|منصتي|منصتين|قاعده|قواعد) (?:ل|ال|لل)?(?:اطلاق|صواريخ|الصواريخ)"
    r"|(?:سکوی|سکوهای|لانچر|پرتابگر)(?: \S+){0,10}? (?:کشف|پیدا|ضبط|شناسایی)(?: و \S+)?"
    r" (?:شد|شدند|کردند|کرد)|(?:کشف|ضبط|پیدا کردن) (?:\S+ )?(?:سکوی|سکوهای) پرتاب)(?!\w)"
)


#: a search for the launchers ("police searched for the launchers near X", ``بحثاً عن
#: منصات الإطلاق``, ``در جستجوی سکوهای پرتاب``): neither an event nor a launch site
_LAUNCHERS_SOUGHT = actors.fold_pattern(
    r"(?<!\w)(?:(?:(?:search(?:ed|es|ing)?|hunt(?:ed|ing)?|comb(?:ed|ing)?|look(?:ed|ing)?)"
    r" (?:\S+ ){0,2}?for|(?:a |the |in )?(?:search|hunt) (?:\S+ ){0,2}?for|in search of)"
    r" (?:the |a |any |its |their )?(?:\S+ )?(?:rocket |drone |missile )?(?:launchers?"
    r"|launch(?:ing)? (?:sites?|pads?|platforms?|points?|positions?|teams?|crews?))"
    r"|(?:[وف]?(?:بحثا|بحث|للبحث|يبحث|يبحثون|تبحث|البحث)|بحثها|بحثهم) عن (?:ال)?(?:منصه|منصات"
    r"|منصتي|مطلق|مطلقي) (?:ال)?(?:اطلاق|صواريخ|الصواريخ|النار)"
    r"|(?:جستجوي|جست وجوي|جستجو براي|جست وجو براي|به دنبال|بدنبال|تعقيب)"
    r" (?:\S+ )?(?:سكوي|سكوهاي|لانچر|لانچرهاي|پرتابگر|پرتابگرهاي|محل|عاملان) (?:پرتاب|شليك)?"
    r")(?!\w)"
)
_LAUNCHERS_SOUGHT_FOR = "a search for the launchers: no event, no launch site told"


def _launcher_found(
    reading: _Reading, readings: list[_Reading], inside: Sequence[ResolvedMention]
) -> _Reading:
    """A launcher found at X after the attack told before: X is that attack's origin.

    "Rockets hit X. ¶ Police later found the launcher in a truck near Y" (``عثرت القوات
    على منصة الإطلاق في Y``, ``سکوی پرتاب در Y کشف شد``): Y is where the rockets came
    from, set as the origin of the attack told before (in the paragraph or the one before,
    when it has none), and the sentence drafts nothing. Bounded: a few readings back.
    """
    sites = [m for m in inside if m.place is not None]
    for i in range(len(readings) - 1, max(-1, len(readings) - 1 - _LAUNCH_SITE_REACH), -1):
        before = readings[i]
        if reading.paragraph - before.paragraph > 1:
            break
        if before.event and not before.reason and before.kind == "attack":
            struck = {t.place.id for t in before.targets if t.place is not None}
            found = [m for m in sites if m.place is not None and m.place.id not in struck]
            if not found:
                return reading
            site = min(found, key=_specificity)
            if before.origin is None:
                readings[i] = replace(
                    before,
                    origin=site,
                    notes=(
                        *before.notes,
                        f"origin: where its launcher was found, at {site.start}-{site.end}",
                    ),
                )
            return replace(
                reading,
                context=_LAUNCHER_FOUND_AT,
                reason=_LAUNCHER_FOUND_AT if reading.event else reading.reason,
            )
    return reading


_UNFIRED_WEAPON = "an unfired weapon (found, defused, never launched): no attack"
_LAUNCHER_FOUND_AT = "where the launcher of the attack told before was found: its origin"

#: the launcher found is the one that fired ("… from which four rockets were fired at X",
#: ``… بعد ساعات من إطلاق خمسة صواريخ منها باتجاه X``, ``… که از آن چهار راکت به سمت X
#: شلیک شده بود``): the find tells the attack, and where it came from
_FIRED_FROM_IT = actors.fold_pattern(
    r"(?<!\w)(?:from which|(?:that|which) (?:had )?(?:been )?(?:used to )?(?:fired|launched|fire"
    r"|launch)|used (?:in|to fire|to launch|for)|after (?:\S+ ){1,5}(?:were|was|had been) (?:fired"
    r"|launched) from it"
    r"|(?:اطلاق|انطلاق)(?: \S+){0,3} (?:منها|منه|منهما)|(?:التي|الذي) (?:اطلقت|اطلق|استخدمت"
    r"|استخدم|انطلقت|انطلق)|(?:ال)?مستخدم(?:ه)? في|استخدمت في"
    r"|كه (?:از ان|از انها|با ان)|(?:مورد استفاده|استفاده شده) (?:در|براي))(?!\w)"
)


def _launcher_used(
    reading: _Reading, inside: Sequence[ResolvedMention], af: _ArticleFold
) -> _Reading:
    """A launcher found that fired at a place named after it: the attack, from where found.

    "Police found a launcher near Hit from which four rockets were fired at Ain al-Asad"
    (see :data:`_FIRED_FROM_IT`): the places after the firing words are struck, the one
    before them (where the launcher stood) is the origin; the sentence is no unfired
    weapon's. Without a place on each side it stays as it was.
    """
    cue = af.search(_FIRED_FROM_IT, reading.sentence.start, reading.sentence.end)
    if cue is None:
        return reading
    fa = af.slice(reading.sentence.start, reading.sentence.end)[1]
    at, _ = af.to_original(fa + cue.start(), fa + cue.end())
    found = [m for m in inside if m.place is not None and m.end <= at]
    struck = [m for m in reading.targets if m.start >= at]
    # (the firing told as a time clause: "…, hours after four rockets were fired from it at
    # Y", ``بعد ساعات من إطلاق أربعة صواريخ منها باتجاه Y``: Y is this sentence's site)
    answered = [m for m in reading.answered if m.start >= at] if not struck else []
    struck = struck or answered
    if not found or not struck:
        return reading
    if answered:
        reading = replace(
            reading,
            answered=(),
            answered_date=None,
            answered_relative=None,
            date=reading.date or reading.answered_date,
        )
    origin = reading.origin or min(found, key=_specificity)
    weapon, count = reading.weapon, reading.count
    if weapon == "unknown":  # (the firing told in a time clause: "hours after five rockets …")
        f = af.slice(reading.sentence.start, reading.sentence.end)[0]
        weapon, count = counts.weapon_count(f[cue.start() :])
    return replace(
        reading,
        weapon=weapon,
        count=count,
        targets=tuple(struck),
        origin=origin,
        context="",
        reason="",
        notes=(
            *reading.notes,
            f"the launcher found fired the weapons: origin at {origin.start}-{origin.end}",
        ),
    )


#: the launcher or its vehicle named as what a strike hit ("destroyed the rocket launch
#: truck", "the launch positions", ``دمرت شاحنة الإطلاق``, ``خودروی پرتاب راکت را منهدم
#: کرد``): :data:`_LAUNCH_SITE` and the vehicles that carried it (folded)
_LAUNCHER_STRUCK = actors.fold_pattern(
    rf"{_LAUNCH_SITE.pattern}"
    r"|(?<!\w)(?:the (?:rocket |drone |missile )?launch(?:er|ing)? (?:truck|vehicle|car)s?"
    r"|the (?:truck|vehicle) (?:carrying|that carried) the launcher"
    r"|(?:شاحنه|عجله|سياره|مركبه) (?:ال)?اطلاق"
    r"|(?:ال)?(?:شاحنه|عجله|سياره) (?:ال)?(?:حامله|التي تحمل)"
    r"|(?:خودروي|كاميون|ماشين) (?:حامل )?(?:سكوي )?پرتاب)(?!\w)"
)


def _on_the_launcher_of(reading: _Reading, readings: Sequence[_Reading]) -> _Reading:
    """A strike on the launcher of the attack told before answers that attack.

    "Five rockets were fired from near X at the base. A US aircraft, in self-defence,
    destroyed the rocket launch truck near X" (``… دمرت طائرة أمريكية شاحنة الإطلاق قرب
    X``, ``… خودروی پرتاب راکت را در نزدیکی X منهدم کرد``): the strike names its own
    place, where the attack (in the paragraph or the one before) came from, or, that
    attack told with no origin, in its own paragraph. Bounded: a few readings back.
    """
    sites = {m.place.id for m in reading.targets if m.place is not None}
    for before in reversed(readings[-_LAUNCH_SITE_REACH:]):  # bounded: linear cost
        if reading.paragraph - before.paragraph > 1:
            break
        if before.event and not before.reason and before.kind == "attack":
            origin = before.origin.place.id if before.origin and before.origin.place else None
            if origin in sites or (origin is None and before.paragraph == reading.paragraph):
                return replace(
                    reading,
                    responds=True,
                    notes=(
                        *reading.notes,
                        f"a strike on the launcher of the attack at {before.sentence.start}",
                    ),
                )
            return reading
    return reading


def _at_the_launch_site(reading: _Reading, readings: Sequence[_Reading]) -> _Reading:
    """A strike on "the launcher" with no place of its own hits where the attack came from.

    "Five rockets were fired from X at the base. A coalition jet destroyed the launcher
    in self-defence" (``… ودمرت طائرة للتحالف منصة الإطلاق``, ``… سکوی پرتاب را منهدم
    کرد``): the strike's site is the origin of the attack told before in the paragraph
    or the one before (the answer often opens a paragraph of its own: "¶ A coalition jet
    then destroyed the launcher"), and it answers that attack. When that attack was told
    with no origin, the strike's own sentence may name it ("… the rockets were launched
    from near X, and US forces answered with fire on the launch positions there",
    ``… أطلقت من X وردت القوات الأمريكية بقصف مواقع الإطلاق``): the strike is there.
    """
    for before in reversed(readings[-_LAUNCH_SITE_REACH:]):  # bounded: linear cost
        if reading.paragraph - before.paragraph > 1:
            break
        if before.event and not before.reason and before.kind == "attack":
            origin = before.origin
            if origin is None or origin.place is None:
                origin = reading.origin
            if origin is None or origin.place is None:
                return reading
            return replace(
                reading,
                targets=(origin,),
                reason="",
                responds=True,
                notes=(
                    *reading.notes,
                    f"target: the launch site, where the attack at {before.sentence.start} "
                    f"came from ({origin.start}-{origin.end})",
                ),
                inferred=(*reading.inferred, "place"),
            )
    return reading


#: the sentence after names the site by its noun: "The outpost, known as X, …", ``وتعرف
#: القاعدة باسم X``, ``القاعدة، المعروفة باسم X``, ``این پایگاه که به نام X شناخته می‌شود``
_NAMED_NEXT = actors.fold_pattern(
    # (a live blog's next entry opens on its time: "18:20 GMT –", ``الساعة 19:05 –``)
    r"^\s*(?:(?:(?:ساعت|الساعه) )?\d{1,2}[:.]\d{2}(?: ?(?:gmt|utc|local time))?\s*[-–—:|]\s*)?"
    r"(?:(?:the|this|that) (?:\S+ ){0,2}?(?:outpost|base|garrison|facility|post|camp|site"
    r"|airfield|airbase)\s*,?\s*(?:which is |that is |has been |have been |was |is |had been )?"
    r"(?:known as|called|named(?: as)?|dubbed|identified as)\s*"
    r"|[وف]?(?:تعرف|يعرف|تسمي|يسمي) (?:ال)?(?:قاعده|موقع|نقطه|منشاه|ثكنه) (?:باسم|ب)\s*"
    r"|[وف]?(?:ال)?(?:قاعده|موقع|نقطه|منشاه|ثكنه)\s*،?\s*(?:المعروفه|المعروف|التي تعرف"
    r"|الذي يعرف|المسماه|المسمي|التي تسمي|الذي يسمي)(?: باسم| ب)?\s*"
    r"|(?:اين|ان) (?:پايگاه|پاسگاه|مقر|موضع)\s*،?\s*(?:كه )?(?:موسوم به|معروف به|به نام"
    r"|با نام)\s*)"
)
#: how far after a sentence the naming of its site is looked for
_NAMED_NEXT_REACH = 80


def _the_site_named_next(
    reading: _Reading,
    whole: Sentence,
    mentions: Sequence[ResolvedMention],
    starts: Sequence[int],
    af: _ArticleFold,
) -> _Reading:
    """An event told at "an outpost" with no name, the next sentence naming it by its noun.

    "A drone struck a US outpost in Jordan on Sunday. ¶ The outpost, known as X, lies near
    the border" (``… قاعدة أمريكية … وتعرف القاعدة باسم X``, ``… این پایگاه که به نام X …``):
    the place named right after the noun is the site of the event told just before, the
    event's own day and toll kept. Bounded: the next few dozen characters only.
    """
    window, at = af.slice(whole.end, whole.end + _NAMED_NEXT_REACH)
    cue = _NAMED_NEXT.match(window)
    if cue is None:
        return reading
    named_at, _ = af.to_original(at + cue.end(), at + cue.end())
    i = bisect.bisect_left(starts, whole.end)
    site = mentions[i] if i < len(mentions) else None
    if (
        site is None
        or site.place is None
        or site.role == "origin"
        or not named_at <= site.start <= named_at + 2  # (an opening quote between)
    ):
        return reading
    return replace(
        reading,
        targets=(site,),
        reason="",
        notes=(
            *reading.notes,
            f"target: the site the next sentence names, at {site.start}-{site.end}",
        ),
        inferred=(*reading.inferred, "named next"),
    )


#: every weapon of the salvo named ("both drones", "all the rockets", ``هر دو پهپاد``,
#: ``همه موشک‌ها``, ``كلتا الطائرتين``, ``جميع الصواريخ``)
_ALL_OF = actors.fold_pattern(
    r"(?<!\w)(?:both|all|each|every|هر دو|همه|همگي|تمام|تمامي|كلتا|كلا|كلتاهما|جميع|جميعها"
    r"|كلها|كلاهما)(?!\w)"
)


#: the two weapons of a salvo of two named again ("the two drones", ``الطائرتين``,
#: ``المسيرتين``, ``الصاروخين``, ``این دو پهپاد``)
_THE_TWO = actors.fold_pattern(
    r"(?<!\w)(?:the two (?:drones|rockets|missiles|projectiles)|[وف]?(?:الطايرتين|الطايرتان"
    r"|المسيرتين|المسيرتان|الصاروخين|الصاروخان|القذيفتين|القذيفتان)"
    r"|(?:اين|آن|ان) دو (?:فروند )?(?:پهپاد|موشك|راكت))(?!\w)"
)


def _same_weapons(weapon: str, other: str) -> bool:
    """Whether two weapons may be the same salvo's (one unnamed, or of one family).

    >>> _same_weapons("rocket", "ballistic_missile"), _same_weapons("drone", "rocket")
    (True, False)
    """
    return (
        "unknown" in (weapon, other)
        or weapon == other
        or _WEAPON_FAMILY.get(weapon, weapon) == _WEAPON_FAMILY.get(other, other)
    )


def _all_stopped(af: _ArticleFold, reading: _Reading, before: _Reading) -> bool:
    """Whether ``reading`` (an interception) says every weapon of ``before`` was stopped:
    "both"/"all" (:data:`_ALL_OF`) or the same count, and no part said to get through."""
    folded = af.slice(reading.sentence.start, reading.sentence.end)[0]
    if _PARTITIVE.search(folded) or _NOT_STOPPED.search(folded):
        return False
    return (
        _ALL_OF.search(folded) is not None
        or (reading.count is not None and reading.count == before.count)
        or (before.count == 2 and _THE_TWO.search(folded) is not None)
    )


def _stops_the_one_before(reading: _Reading, before: _Reading, af: _ArticleFold) -> bool:
    """Whether ``reading`` says the weapon of the attack told just before was stopped.

    "A drone was launched at X. It was intercepted." (``… وتم اعتراضها``, ``… پهپاد
    رهگیری شد``): an interception with no place of its own, in the same paragraph or
    the next (a claim, then the other side's word on it in a paragraph of its own: "¶ A
    US official said both drones were downed"), right after an attack by no state, with
    no part of the weapons said to get through (no partitive, no smaller count) and no
    other event announced ("another", "later").
    """
    if not (
        reading.event
        and reading.kind == "interception"
        and (
            reading.reason.startswith("no place")
            # "… targeted X with two drones. Both were downed before reaching the base"
            or (
                reading.anaphor
                and not reading.reason
                and len(reading.targets) == 1
                and reading.targets[0] in before.targets
                and _all_stopped(af, reading, before)
            )
        )
        and reading.paragraph - before.paragraph in (0, 1)
        and before.event
        and before.kind == "attack"
        and not before.reason
        and not before.striker
        and reading.weapon in ("unknown", before.weapon)
    ):
        return False
    folded = af.slice(reading.sentence.start, reading.sentence.end)[0]
    if _NOT_STOPPED.search(folded):
        return False
    if reading.paragraph != before.paragraph and _AGAIN.search(folded):
        return False  # "¶ Later, another drone was shot down": an event of its own
    if before.count is not None and (
        (reading.count is not None and reading.count < before.count)
        or _fewer_stopped(folded, before.count, _lexicon())
    ):
        return False  # "Three rockets …. Two were intercepted": the third got through
    return not _PARTITIVE.search(folded)


def _answers_as_the_one_before(reading: _Reading, before: _Reading, af: _ArticleFold) -> bool:
    """Whether ``reading``'s strike is the one ``before`` told in general, with its answer.

    The sentence before (this paragraph or the one before) tells a strike by the same
    striker (or by none named) that answers an event but names no struck place of its own;
    this one names the places, with no answer of its own. Not when ``before`` speaks of
    the strikes told before it ("these strikes answered …", ``این حملات``) and this one
    has a day of its own: that strike is another (see :func:`_answered_as_stated`).
    """
    if (
        reading.date is not None
        and before.event
        and af.search(_THIS_EVENT, before.sentence.start, before.sentence.end) is not None
    ):
        return False
    return (
        reading.event
        and not reading.reason
        and reading.kind.endswith("strike")
        and bool(reading.striker)
        and not reading.responds
        and before.event
        and bool(before.reason)
        and not before.targets
        and before.kind.endswith("strike")
        and before.striker in ("", reading.striker)
        and before.responds
        and reading.paragraph - before.paragraph in (0, 1)
    )


#: strikes told before named again as the ones of a state ("one of the US strikes", "the
#: American strikes", ``إحدى الغارات الأمريكية``, ``یکی از حملات آمریکا``)
_ONE_OF_THE_STRIKES = actors.fold_pattern(
    r"(?<!\w)(?:one of the (?:\S+ ){0,2}?(?:air ?)?(?:strikes|raids)"
    r"|the (?:us|u\.s\.|american|coalition) (?:air ?)?(?:strikes|raids)"
    r"|(?:احدي|احد) (?:هذه )?(?:الغارات|الضربات)|(?:الغارات|الضربات) (?:الامريكيه|الاميركيه)"
    r"|يكي از (?:اين )?(?:حملات|حمله ها|حملههاي|بمباران ها))(?!\w)"
)


def _strikes_named_back(
    reading: _Reading, readings: Sequence[_Reading], af: _ArticleFold
) -> _Reading | None:
    """The strikes told in general a sentence or two before, that ``reading`` names again.

    As :func:`_answers_as_the_one_before`, past other sentences telling no strike, when
    ``reading`` names those strikes again ("the strikes", "one of the US strikes",
    ``إحدى الغارات``, ``یکی از این حملات``). Bounded look-back (linear cost).
    """
    if not (
        reading.event
        and not reading.reason
        and not reading.responds
        and (reading.kind.endswith("strike") or _awaits_striker(reading))
    ):
        return None
    for before in reversed(readings[-_STRIKER_REACH:-1]):
        if reading.paragraph - before.paragraph > 1:
            return None
        if (
            before.striker
            and reading.striker in ("", before.striker)
            and _answers_as_the_one_before(
                replace(reading, striker=before.striker, kind=before.kind), before, af
            )
        ):
            s = reading.sentence
            named = af.search(_STRIKE_NOUN, s.start, s.end) or af.search(
                _ONE_OF_THE_STRIKES, s.start, s.end
            )
            return before if named is not None else None
        if before.event and not before.reason and before.kind.endswith("strike"):
            return None  # (another strike told between: the sentence may be about it)
    return None


def _has(positions: Sequence[int], start: int, end: int) -> bool:
    """Whether a sorted position lies in [start, end)."""
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _names_the_strikes(folded: str) -> bool:
    """Whether ``folded`` names strikes told before: "the strikes", or aircraft striking."""
    return _STRIKE_NOUN.search(folded) is not None or _AIR_ARM.search(folded) is not None


#: how many readings back "the strikes" of a later paragraph may find the strikes they name
_TOLD_REACH = 8


def _strikes_told_before(readings: Sequence[_Reading], paragraph: int) -> _Reading | None:
    """The state's strike told in an earlier paragraph that "the strikes" name again.

    A definite noun ("the strikes", "the raids", ``الضربات``, ``الغارات``, ``این حملات``)
    names strikes the reader has already been told of, and news carries it across
    paragraphs: "US jets struck targets late on Friday. … ¶ In Iraq the strikes hit X and
    Y". The last reading with a state striker, a few readings back (bounded: linear
    cost), in an earlier paragraph (the paragraph's own is the sentence-before rule), with
    no attack by an armed group told between (the strikes might then be anyone's).
    """
    for before in reversed(readings[-_TOLD_REACH:]):
        if before.paragraph == paragraph:
            if before.striker:
                return None  # (the paragraph's own striker: the sentence-before rule's)
            continue
        if before.striker and before.kind.endswith("strike") and not before.history:
            return before
        if before.event and not before.reason and before.kind == "attack" and before.group:
            return None
    return None


#: the places of strikes told before, named with no event word ("local sources named X and
#: Y", "the sites included X", ``وسمّت مصادر محلية X وY``, ``من بينها X``, ``منابع محلی X
#: و Y را نام بردند``, ``از جمله X``)
_SITES_NAMED = actors.fold_pattern(
    r"(?<!\w)(?:named|identified|listed|cited|included|located (?:them|the (?:sites|targets"
    r"|strikes|raids))|placed them|among them|among the (?:sites|targets"
    r"|locations|facilities)|[وف]?(?:سمت|سمي|سموا|حددت|حدد|حددوا|شملت|ذكرت من بينها)"
    r"|[وف]?من بينها|(?:ومن|من) بين"
    r" (?:المواقع|الاهداف)|نام (?:برد|بردند)|از جمله|شامل)(?!\w)"
)
#: one of the sites of the strikes told before, placed ("one of the positions was near X",
#: ``أحد هذه المواقع كان قرب X``, ``یکی از این موقعیت‌ها در نزدیکی X بوده است``): a site
#: of those strikes, whether they named a place or not
_ONE_OF_THE_SITES = actors.fold_pattern(
    r"(?<!\w)(?:(?:one|two|three|some|several) of (?:the|these|those) (?:sites|positions"
    r"|locations|targets|facilities|compounds)|(?:احد|احدي|اثنان|اثنين|ثلاثه|بعض) (?:من )?"
    r"(?:هذه )?(?:المواقع|المقرات|الاهداف|المنشات|النقاط)"
    r"|(?:یکی|دو مورد|سه مورد|دو تا|دو|سه|برخی) از (?:این |آن )?(?:موقعیت ?ها|مواضع|مقر ?ها"
    r"|مقرها|محل ?ها|هدف ?ها|اهداف|تاسیسات))(?!\w)"
)

#: the sites of the strikes told before, placed by a stative verb ("the three Iraqi sites
#: lay near X, while the two Syrian ones were outside Y", "one of them was at X", ``وتقع
#: المواقع العراقية قرب X``, ``مقرهای عراقی در نزدیکی X قرار داشتند``)
_SITES_LAY = actors.fold_pattern(
    r"(?<!\w)(?:(?:(?:one|two|three|four|five|some|several|both|all) of them"
    r"|the (?:\S+ ){0,2}?(?:sites|ones|targets|positions|facilities|depots|compounds"
    r"|locations)) (?:\S+ )?(?:lay|lie|lies|were|was|stood|sat|are|is) (?:located )?"
    r"(?:near|in|at|on|outside|around|close to|just)"
    # the launchers struck, placed after what they were ("the launchers were an imminent
    # threat and were located near X", ``وكانت المنصات … تقع قرب X``, ``این سکوها … در X
    # قرار داشتند``)
    r"|the (?:\S+ ){0,2}?(?:launchers|launch sites|launch points|systems|platforms)"
    r"(?: \S+){0,8}? (?:were|was|are|is) located (?:near|in|at|outside|around|close to)"
    r"|[وف]?(?:تقع|يقع|كانت تقع|كان يقع|تتوزع|توزعت) (?:\S+ )?(?:ال)?(?:مواقع|مقرات|اهداف"
    r"|منشات|نقاط|موقعان|موقعين)"
    r"|(?:ال)?(?:مواقع|مقرات|اهداف|منشات|نقاط)(?: \S+){0,3}? (?:تقع|كانت تقع|توجد)"
    r"|(?:ال)?(?:منصات|منظومات)(?: \S+){0,6}? [وف]?(?:تقع|كانت تقع|توجد)"
    r"|(?:موقعيت|مواضع|مقر|اهداف|هدف|تاسيسات|نقاط)(?: ?ها)?(?:ي)?(?: \S+){0,4}?"
    r" (?:در|نزديك|نزديكي|اطراف|حومه)(?: \S+){0,5}? (?:قرار (?:داشت|داشتند|دارند|دارد)"
    r"|واقع (?:بود|بودند|است|اند|شده))"
    r"|(?:سامانه|سكو)(?: ?ها)?(?:ي)?(?: \S+){0,8}? (?:در|نزديك|نزديكي|اطراف|حومه)"
    r"(?: \S+){0,9}? (?:قرار (?:داشت|داشتند)|واقع (?:بود|بودند)))(?!\w)"
)


#: how many readings back :func:`_told_at` looks for an event at a place
_TOLD_AT_REACH = 20


def _told_at(readings: Sequence[_Reading], places: Sequence[str]) -> bool:
    """Whether an event at one of ``places`` (place ids) was told in the last readings
    (bounded: :data:`_TOLD_AT_REACH`)."""
    wanted = set(places)
    return bool(wanted) and any(
        r.event
        and not r.reason
        and any(m.place is not None and m.place.id in wanted for m in r.targets)
        for r in readings[-_TOLD_AT_REACH:]
    )


#: how many sentences with no place, striker nor group may lie between strikes told with no
#: place and the sentence naming their sites (see :func:`_sites_named`)
_PLACELESS_BETWEEN = 2


def _sites_named(
    text: str,
    reading: _Reading,
    readings: Sequence[_Reading],
    inside: Sequence[ResolvedMention],
    af: _ArticleFold,
) -> _Reading:
    """A sentence with no event word that names places right after a state's strikes told
    with none: the places of those strikes (see :data:`_SITES_NAMED`).

    "CENTCOM said its jets hit 85 targets. Local sources named X and Y" (``… وسمّت مصادر
    محلية X وY``, ``… منابع محلی X و Y نام بردند``): their striker, kind and day, at
    X and Y. Only the reading just before (its paragraph or the one before), told with
    no place, or the strikes told before a few sentences of no place, striker nor group
    of their own ("… hit 85 targets. The facilities struck included depots. Among them
    were sites near X", a question "What was hit?" between); bounded: a few looks back.
    """
    told = readings[-1]
    for back in reversed(readings[-1 - _PLACELESS_BETWEEN : -1]):
        if (
            told.striker
            or told.group
            or told.places
            or told.date is not None
            or told.relative is not None
            or not told.reason.startswith("no place")
        ):
            break  # (a sentence of its own: the strikes are the one before only)
        told = back
    one_of = af.search(_ONE_OF_THE_SITES, reading.sentence.start, reading.sentence.end)
    if not (
        told.striker
        and told.kind.endswith("strike")
        and (
            told.reason.startswith("no place")
            or told.reason == _ONLY_ANSWERED  # (struck no place of its own either)
            or (one_of is not None and not told.reason)
        )
        and not told.history
        and not told.context
        and 0 <= reading.paragraph - told.paragraph <= 1
        # (a threat's places: "militias warned that US bases, including X, are in range")
        and af.search(_INTENT, reading.sentence.start, reading.sentence.end) is None
    ):
        return reading
    targets, origin, _, notes = _targets(text, reading.sentence, inside, af, [])
    if not targets:
        return reading
    # ("… the launchers were an imminent threat and were located near X": pre-emptive)
    threat = (
        told.kind == "retaliatory_strike"
        and not told.responds
        and af.search(_PREEMPTIVE, reading.sentence.start, reading.sentence.end) is not None
    )
    named = replace(
        reading,
        event=True,
        kind="preemptive_strike" if threat else told.kind,
        targets=tuple(targets),
        origin=origin,
        notes=(
            *reading.notes,
            *notes,
            "the places named of the strikes told just before",
            *([_THREAT_AFTER] if threat else []),
        ),
        # (and what their response clause named, when neither that clause nor an event told
        # before drafted it: "… calling the raids an answer to the barrage on X", X told
        # later on its own)
        response_places=reading.response_places
        or (
            ()
            if told.answered_date is not None
            or told.answered_relative is not None
            or _told_at(readings, told.response_places)
            else told.response_places
        ),
    )
    return _the_strikes_again(named, told, dated=reading.date is not None)


def _placeless_strikes_before(readings: Sequence[_Reading], paragraph: int) -> _Reading | None:
    """The state's strikes told with no place at the end of the paragraph before, when
    ``paragraph`` has told nothing yet: the places it names are theirs.

    News tells strikes in general first, then where they fell: "US jets struck 85 targets
    in Iraq and Syria on Friday. ¶ Positions near X and Y were hit" (``قصفت … أهدافا في
    العراق وسوريا. ¶ واستهدفت مواقع في X``, ``… بمباران کرد. ¶ مواضعی در X هدف قرار
    گرفتند``). Only the paragraph right after, before anything else is drafted in it, and
    past no event told between (bounded look-back: linear cost).
    """
    for before in reversed(readings[-_STRIKER_REACH:]):
        if before.paragraph == paragraph:
            if before.event and not before.reason:
                return None  # (the paragraph told an event of its own)
            continue
        if before.paragraph != paragraph - 1:
            return None
        if _placeless_strike(before):
            return before
        if before.event and not before.reason:
            return None
    return None


def _placeless_strike(r: _Reading) -> bool:
    """Whether ``r`` tells the state's strikes with no place (not as history or context):
    the strikes whose places a later sentence names."""
    return bool(
        r.striker
        and r.kind.endswith("strike")
        and r.reason.startswith("no place")
        and not r.history
        and not r.context
    )


def _placeless_strikes_past_their_cause(
    readings: Sequence[_Reading], paragraph: int, af: _ArticleFold
) -> _Reading | None:
    """The state's strikes told with no place two paragraphs before ``paragraph``, when
    the paragraph between is about them and drafted nothing: the places ``paragraph``
    names are theirs (the rule of :func:`_placeless_strikes_before`, past one paragraph).

    News tells the strikes in general, then why they came, then where they fell: "US
    jets struck 85 targets on Friday. ¶ The strikes answered the drone attack on X last
    week. ¶ In Iraq, the bombs fell around Y" (``… ¶ وجاءت الضربات رداً على الهجوم على X
    ¶ وسقطت القنابل قرب Y``, ``… ¶ این حملات پاسخ حمله به X بود ¶ بمب‌ها در Y فرود
    آمدند``). The paragraph between must open on the strikes (``the strikes``,
    ``الضربات``, ``این حملات``: :func:`_names_the_strikes`) and draft no event of its own
    (what it tells has no place of its own: the attack they answer is drafted at its
    place, from the response clause); only ``paragraph``'s first sentence, and a bounded
    look-back (linear cost).
    """
    between: list[_Reading] = []
    for before in reversed(readings[-_STRIKER_REACH:]):
        if before.paragraph == paragraph:
            return None  # (not the paragraph's first sentence)
        if before.paragraph == paragraph - 1:
            if before.event and not before.reason:
                return None  # (the paragraph between told an event of its own)
            between.append(before)
            continue
        if before.paragraph != paragraph - 2 or not between:
            return None
        opening = between[-1].sentence
        if not _names_the_strikes(af.slice(opening.start, opening.end)[0]):
            return None
        if _placeless_strike(before):
            return before
        if before.event and not before.reason:
            return None
    return None


def _paragraph_names_the_strikes(
    readings: Sequence[_Reading], paragraph: int, af: _ArticleFold
) -> bool:
    """Whether a sentence before, in ``paragraph``, names the strikes told before.

    A paragraph that opens on "the strikes" or "the targets" (``الأهداف``, ``این حملات``)
    is about them: its next sentences need not name them again ("¶ The targets included
    depots. Officials named sites near X"). Bounded look-back (linear cost).
    """
    for before in reversed(readings[-_TOLD_REACH:]):
        if before.paragraph != paragraph:
            return False
        if before.striker or before.group:
            return False  # (someone of the paragraph's own: the strikes may be theirs)
        folded = af.slice(before.sentence.start, before.sentence.end)[0]
        if _names_the_strikes(_outside_clauses(folded)):
            return True
    return False


def _the_strikes_again(reading: _Reading, told: _Reading, *, dated: bool) -> _Reading:
    """``reading``, the strikes ``told`` before named again: their striker, kind and day.

    The day is theirs only when neither the sentence nor its paragraph gives one.
    """
    return replace(
        reading,
        striker=told.striker,
        kind=reading.kind if reading.kind.endswith("strike") else told.kind,
        responds=reading.responds or told.responds,
        # "the strikes" of an undated sentence are on the day they were told ("within
        # minutes", "hours later": the sentence's own time cue dates it instead)
        date=(
            told.date
            if reading.date is None and reading.relative is None and not dated
            else reading.date
        ),
        notes=(*reading.notes, f"striker {told.striker}: the strikes told in a paragraph before"),
        inferred=(*reading.inferred, "striker"),
    )


def _share_the_response(readings: list[_Reading], reading: _Reading, whole: Sentence) -> None:
    """The strike clauses before ``reading`` in its sentence ``whole`` answer the event at
    the place its response clause names.

    ("US jets struck two sites around X and one in Y, calling the raids a response to the
    attack on Z": the clause of X is cut from the one of Y, which holds the response; a
    response to attacks in general, no place named, is not passed on.)
    ``readings`` are changed in place (the clauses of ``whole`` just before ``reading``).
    """
    k = len(readings) - 1
    while k >= 0 and readings[k].sentence.start >= whole.start:
        r = readings[k]
        if not r.kind.endswith("strike") or r.responds:
            break
        readings[k] = replace(
            r,
            responds=True,
            response_places=reading.response_places,
            notes=(*r.notes, "answers what the clause after it in the sentence answers"),
        )
        k -= 1


def _by_a_us_aircraft(reading: _Reading, af: _ArticleFold) -> _Reading:
    """A strike with no striker named or told nearby, by an aircraft only the US flies
    ("An AC-130 gunship tracked the truck and struck it", ``قصفت قاذفات بي-1``): the US's
    (:func:`actors.aircraft_striker`)."""
    s = reading.sentence
    folded, present = af.gated(s.start, s.end)
    if "us_aircraft" not in present:
        return reading  # (no such aircraft in the sentence: a look-up)
    state = actors.aircraft_striker(folded)
    if state is None:
        return reading
    return replace(
        reading,
        striker=state,
        kind=reading.kind if reading.kind.endswith("strike") else "retaliatory_strike",
        notes=(*reading.notes, f"striker {state}: an aircraft only it flies"),
        inferred=(*reading.inferred, "striker"),
    )


def _inherit_striker(reading: _Reading, before: _Reading) -> _Reading:
    """A clause joined to a strike clause, with no striker or weapon of its own, strikes too.

    ("US jets struck X and hit Y": the second clause is the same striker's.)
    """
    if not reading.event or reading.striker or reading.kind == "interception":
        return reading
    if reading.group and not reading.kind.endswith("strike"):
        return reading  # (a group the clause names as the side hit strikes nothing)
    if reading.weapon not in ("unknown", "airstrike") or reading.count is not None:
        return reading
    kind = before.kind if before.kind.endswith("strike") else "retaliatory_strike"
    strike = before.kind.endswith("strike")
    return replace(
        reading,
        striker=before.striker,
        kind=kind,
        # ("… struck X in response to the attack on Z, and hit Y": Y's answers Z too)
        responds=reading.responds or (strike and before.responds),
        response_places=reading.response_places or (before.response_places if strike else ()),
        notes=(*reading.notes, f"striker {before.striker} from the clause before"),
        inferred=(*reading.inferred, "striker"),
    )


def _near(
    relatives: Sequence[EventRelative], starts: Sequence[int], d: DateMention
) -> Sequence[EventRelative]:
    """The relative phrases that may overlap ``d`` (``اليوم`` inside ``في اليوم نفسه``)."""
    i = bisect.bisect_left(starts, d.start - 40)
    return relatives[i : bisect.bisect_left(starts, d.end)]


@dataclass
class _Pending:
    """A draft being assembled (mutable only inside :func:`_assemble`)."""

    reading: _Reading
    incident: Incident
    confidence: float
    evidence: list[str]
    #: the event of a response clause whose sentence names the strikes told before it
    #: ("These strikes answered the attack on X"): those strikes answer this event
    answered_by_before: bool = False


#: the strikes told before named as "the operation" (``العملية``, ``این عملیات`` is
#: :data:`_THIS_EVENT`'s): a state's operation, when a strike was just drafted
_THE_OPERATION = actors.fold_pattern(
    r"(?<!\w)(?:the operations?|(?:[وف]?ال)(?:عمليه|عمليات))(?!\w)"
)


def _the_operation(folded: str, drafts: Sequence[_Pending]) -> bool:
    """Whether ``folded`` names "the operation" right after a strike was drafted."""
    return bool(drafts) and drafts[-1].incident.is_strike and bool(_THE_OPERATION.search(folded))


#: the strikes told before named as "this action" or "the operation" (``هذه العملية``,
#: ``هذا الإجراء``, ``این اقدام``, ``این عملیات``), as a statement names its own strikes
_THE_ACTION = actors.fold_pattern(
    r"(?<!\w)(?:(?:this|that|the) (?:military )?(?:action|operation)"
    r"|(?:[وف]?(?:هذه|تلك) (?:ال)?عمليه|[وف]?(?:هذا|ذلك) (?:ال)?اجراء)"
    r"|(?:اين|آن) (?:اقدام|عمليات|عمليات نظامي))(?!\w)"
)
#: how many paragraphs after the strikes a sentence naming them may give their answer
_ANSWER_REACH = 2


def _answer_for_the_strikes_before(af: _ArticleFold, r: _Reading, drafts: list[_Pending]) -> None:
    """Strike drafts answer what a sentence after them says they answer ("the raids came in
    answer to the attack on X").

    A sentence with no place struck of its own (``وجاءت الغارات ردا على هجوم أربيل``, ``این
    حملات پاسخی به حمله اربیل بود``) that names the strikes ("the raids", "this action",
    ``هذه العملية``, ``این اقدام``) and what they answer gives the strike drafts of the
    sentence just before (nothing drafted between, this paragraph or up to two before),
    not yet answering anything, its answer (linked by :func:`_link`).
    """
    n = len(drafts)
    while n and drafts[n - 1].reading.sentence == r.sentence:
        n -= 1  # (the event its response clause tells, drafted from this very sentence)
    if not (
        n
        and r.event
        and r.responds
        and not r.targets
        and drafts[n - 1].incident.is_strike
        and not drafts[n - 1].reading.responds
        and 0 <= r.paragraph - drafts[n - 1].reading.paragraph <= _ANSWER_REACH
    ):
        return
    folded = af.slice(r.sentence.start, r.sentence.end)[0]
    if _STRIKE_NOUN.search(folded) is None and _THE_ACTION.search(folded) is None:
        return
    told = drafts[n - 1].reading.sentence
    for d in reversed(drafts[:n]):
        if d.reading.sentence != told:
            break
        d.reading = replace(d.reading, responds=True, response_places=r.response_places)
        d.evidence.append(f"answers what the sentence at {r.sentence.start} names")


#: the event before named by a demonstrative ("this attack", "the operation", ``این حمله``,
#: ``هذا الهجوم``, ``هذه العملية``): a sentence saying what it answered is about that one
_THIS_EVENT = actors.fold_pattern(
    r"(?<!\w)(?:(?:this|that|these|those) (?:attacks?|strikes?|raids?|operations?|bombing)"
    r"|(?:اين|آن) (?:حمله|حملات|عمليات|اقدام|بمباران)"
    r"|(?:هذا|هذه|تلك|ذلك) (?:ال)?(?:هجوم|هجمات|ضربه|ضربات|غارات|غاره|عمليه|عمليات|قصف))(?!\w)"
)
#: a sentence opening on the event told before as its subject, then how it came ("The
#: attack came in response to …", ``ويأتي الهجوم رداً على …``, ``جاء القصف …``): the
#: response it tells is that event's
_THE_EVENT_CAME = actors.fold_pattern(
    r"\W*(?:(?:the|that) (?:attack|attacks|strike|strikes|raid|raids|bombing|shelling)"
    r" (?:came|comes|was|were|is|are)"
    r"|[وف]?(?:ياتي|تاتي|جاء|جاءت) (?:ال)?(?:هجوم|هجمات|ضربه|ضربات|غارات|غاره|قصف|عمليه|استهداف))"
    r"(?!\w)"
)
#: strikes named as a plural noun, with or without an article ("reported strikes in X",
#: "the raids struck", ``غارات``, ``ضربات``, ``حملات هوایی``, ``بمباران``), or as the hits
#: they scored ("a monitor reported hits around X", ``أفاد بضربات``, ``از اصابت‌هایی``)
_PLAIN_STRIKES = actors.fold_pattern(
    r"(?<!\w)(?:(?:air ?)?strikes|raids|bombing|bombardment|hits"
    r"|(?:[وفب]?ال|[وفب])?(?:غارات|ضربات)|حملات هوايي|بمباران\w*|اصابت ?ها(?:يي|ي)?)(?!\w)"
)
#: places told as struck in the passive ("X and Y were hit", ``X و Y هدف قرار گرفتند``,
#: ``تم استهداف X``): after a state's strike in the paragraph, the places it struck
_STRUCK_PASSIVE = actors.fold_pattern(
    r"(?<!\w)(?:(?:were|was) (?:also )?(?:hit|struck|targeted|bombed|pounded)"
    r"|(?:هدف|مورد (?:حمله|هدف)) قرار (?:گرفت|گرفتند)|بمباران (?:شد|شدند)"
    r"|تم (?:ايضا )?(?:استهداف|قصف)"
    # where the targets were ("the targets were in and around X", ``كانت الأهداف في``,
    # ``اهداف در … قرار داشتند``)
    r"|the targets (?:were|lay|included)|(?:[وف]?كانت )?(?:ال)?اهداف (?:كانت |تقع )?(?:في|قرب)"
    r"|اهداف (?:مورد حمله )?در)(?!\w)"
)
#: strikes on the state's own side ("strikes on US forces", ``ضربات على القوات
#: الأمريكية``): not the state's
_STRIKES_ON_STATE = actors.fold_pattern(
    r"\s+(?:on|against|at|targeting|علي|ضد|استهدفت|به|عليه)\s+(?:\S+\s+){0,2}?"
    r"(?:us|u\.s\.|american|coalition|امريكي\w*|الامريكي\w*|التحالف|امريكا|امريكايي|ائتلاف)"
)
#: the kinds of place where US and coalition forces are: strikes there are not theirs
_OWN_SIDE_KINDS = frozenset({"military_base", "air_base", "airport", "oil_field", "gas_field"})
#: how many readings back a paragraph's striker is sought
_STRIKER_REACH = 3


def _paragraph_strikers(readings: Sequence[_Reading], af: _ArticleFold) -> list[_Reading]:
    """Strikes named as a noun take the state that struck earlier in the paragraph.

    "American warplanes pounded targets in Iraq and Syria. CENTCOM said the jets hit
    command posts. An Iraqi spokesman said the raids struck X, while a monitor reported
    strikes in Y" (``… وطالت الغارات أيضا Y``, ``… حملات هوایی Y را هدف قرار داد``): X and Y
    were struck by that state. Only a sentence with no striker, group or weapon of its
    own that names strikes as a plural noun, within a few sentences of the striker's,
    with no attack by a group told between.
    """
    out: list[_Reading] = []
    last: tuple[int, _Reading] | None = None  # index, the reading naming the striker
    day: DateMention | None = None  # the last day those strikes were told with
    for n, r in enumerate(readings):
        if last is not None and (
            # (the paragraph after the strikes' may tell where they hit, "¶ In Syria, a
            # monitor said positions near X were hit": the passive only, see below)
            r.paragraph - readings[last[0]].paragraph > 1 or n - last[0] > _STRIKER_REACH
        ):
            last = day = None
        same_paragraph = last is not None and readings[last[0]].paragraph == r.paragraph
        if _awaits_striker(r) and "striker" not in r.inferred:
            folded = _outside_clauses(af.slice(r.sentence.start, r.sentence.end)[0])
            noun = _PLAIN_STRIKES.search(folded)
            if noun is None and last is not None and all(_specificity(t)[0] > 0 for t in r.targets):
                noun = _STRUCK_PASSIVE.search(folded)  # towns "were hit" after the strike
            if any(t.place is not None and t.place.kind in _OWN_SIDE_KINDS for t in r.targets):
                noun = None  # "strikes hit the al-Tanf base": a base is the state's own side
            striker, source = "", ""
            if (
                noun is not None
                and last is not None
                and (same_paragraph or noun.re is _STRUCK_PASSIVE)
            ):
                striker, source = last[1].striker, "earlier in the paragraph"
                if not same_paragraph:
                    source = "in the paragraph before"
                    if r.date is None and day is not None:  # (the paragraph's day is not
                        # theirs: the day they were told with)
                        r = replace(r, date=day, notes=(*r.notes, "the strikes' day"))
            elif (
                noun is not None
                and not _STRIKES_ON_STATE.match(folded, noun.end())
                # towns struck, not sites (a base struck is the state's own side)
                and all(_specificity(t)[0] > 0 for t in r.targets)
                and (state := actors.state_named(folded)) is not None
            ):  # "US officials said Friday's strikes hit X": the state speaking of its own
                striker, source = state, "the state speaking of them"
            if striker:
                r = replace(
                    r,
                    striker=striker,
                    kind=r.kind if r.kind.endswith("strike") else "retaliatory_strike",
                    responds=r.responds or (last is not None and last[1].responds),
                    notes=(*r.notes, f"striker {striker}: {source}"),
                    inferred=(*r.inferred, "striker"),
                )
        if r.striker:
            last = (n, r)
            day = r.date or day
        elif r.event and not r.reason and r.kind == "attack" and (r.group or r.weapon != "unknown"):
            last = day = None  # an attack by a group told between: not the state's strikes
        out.append(r)
    return out


#: how many dates of one background sentence are set aside (bounded: linear cost)
_DATES_IN = 8


#: the day a source spoke ("officials said on Tuesday", "the Pentagon said Thursday",
#: ``روز سه‌شنبه اعلام کرد``, ``قال … اليوم الثلاثاء``): the statement's day, no event's
_SAID_ON = actors.fold_pattern(
    r"(?<!\w)(?:said|says|told|announced|reported|added|stated|confirmed)\s+(?:on\s+|late\s+)?$"
    # the Arabic speech verb, its speaker, then the day (``قال مسؤولون أمريكيون يوم الجمعة``;
    # not past ``أن``: ``قالت إن الهجوم وقع يوم الجمعة`` dates the event)
    r"|(?<!\w)(?:[وف]?(?:قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|اكد|اكدت))"
    r"(?:\s+(?!(?:ان|بان|انه|انها)(?!\w))\S+){0,2}\s+(?:يوم\s+|اليوم\s+)?$"
)
_SAID_AFTER = actors.fold_pattern(
    r"^\s*(?:اعلام (?:كرد|كردند|داشت)|گفت|گفتند|(?:in|at) a statement|said)(?!\w)"
)


def _event_days(af: _ArticleFold, near: list[DateMention]) -> list[DateMention]:
    """The dates of ``near`` without the days sources spoke on, if another is left.

    ("Militants fired at X late Monday, officials said on Tuesday. ¶ A gunship then struck
    the launch vehicle": the strike takes Monday, the event's day, not the statement's.)
    """
    if len(near) < 2:
        return near
    kept = [
        d
        for d in near
        if not _SAID_ON.search(af.slice(max(0, d.start - 40), d.start)[0])
        and not _SAID_AFTER.match(af.slice(d.end, d.end + 24)[0])
    ]
    return kept or near


def _assemble(
    af: _ArticleFold,
    readings: Sequence[_Reading],
    dates: Sequence[DateMention],
    date_starts: Sequence[int],
    published: dt.date | None,
    source: Source,
    rollovers: Sequence[int] = (),
) -> tuple[list[_Pending], list[Skipped]]:
    readings = _paragraph_strikers(readings, af)
    drafts: list[_Pending] = []
    skipped: list[Skipped] = []
    last_event_date: dt.date | None = None
    last_date: tuple[int, dt.date, str] | None = None  # paragraph, date, precision
    # the day each state's strikes were last drafted on (for its strikes named again)
    strike_days: dict[str, tuple[dt.date, str]] = {}
    past = _past_runs(readings)  # where each run of events ends, for the claims after it
    clause_days: set[int] = set()  # where the dates of response clauses stand
    for i, r in enumerate(readings):
        span = (r.sentence.start, r.sentence.end)
        if r.date is not None and not r.history:
            last_date = (r.paragraph, r.date.date, r.date.precision)
        elif r.history:  # "… since attacks resumed in October": background dates nothing
            first = bisect.bisect_left(date_starts, span[0])
            clause_days.update(
                d.start for d in dates[first : first + _DATES_IN] if d.start < span[1]
            )
        if not r.event or r.reason.startswith(_NO_PLACE):
            # "¶ 21:15 – the number of wounded rose to four": the latest attack's figure
            _take_revised_toll(af, r, drafts)
            _take_update_toll(af, r, drafts)
        if not r.event:
            continue
        # ("struck X on Monday evening, in answer to an attack on Y that same morning": the
        # clause's day counts from its own sentence's day, else from the event told before)
        own_day = r.date.date if r.date is not None and r.date.precision == "day" else None
        count_from = own_day or last_event_date
        if (
            r.answered_date is None
            and r.answered_relative is not None
            and r.answered
            and count_from is not None
        ):
            rel = r.answered_relative
            day = count_from + dt.timedelta(days=rel.days)
            r = replace(r, answered_date=DateMention(rel.start, rel.end, day, "day", "relative"))
        if r.answered_date is not None:
            clause_days.add(r.answered_date.start)
        if r.answered_date is not None and not r.history:
            back = bool(r.reason) and r.responds and not r.targets
            if back:  # "These strikes were carried out in response to the attack on X"
                folded = af.slice(r.sentence.start, r.sentence.end)[0]
                back = (
                    _STRIKE_NOUN.search(folded) is not None
                    or _THIS_EVENT.search(folded) is not None
                    or _THE_EVENT_CAME.match(folded) is not None
                    or _the_operation(folded, drafts)
                )
            answered_now = _answered_drafts(r, source)
            claimer = _claimer_after(readings, i)
            threat = _names_a_threat(af, _follower(readings, i) or _quiet_next(readings, i))
            for p in answered_now:
                p.answered_by_before = back
                if threat and p.incident.kind == "retaliatory_strike":
                    # "The attacks came days after a US drone killed five near X. The
                    # Pentagon said the men were readying drones": the strike the clause
                    # tells answered no attack, a threat
                    p.incident = replace(p.incident, kind="preemptive_strike")
                    p.reading = replace(p.reading, kind="preemptive_strike")
                    p.evidence.append(_THREAT_AFTER)
                if claimer and p.incident.kind == "attack":
                    # "… in response to the attack on X. The group had claimed that attack."
                    p.incident = replace(p.incident, actor=claimer, claim_status="claimed")
                    p.evidence.append(f"claimed by {claimer} in the sentence after")
                drafts.append(p)
        else:
            answered_now = []
        if r.reason:
            if not r.answered:
                skipped.append(Skipped(span, r.reason))
            if drafts and (
                _counts_the_one_before(r, drafts[-1])
                or _tallies_in_its_paragraph(af, r, drafts[-1])
            ):
                # "Rockets hit X.\n\nA count put the salvo at seventeen rockets"
                d = drafts[-1]
                killed, wounded = _casualties_of(af, r)
                d.incident = replace(
                    d.incident,
                    count=r.count,
                    weapon=d.incident.weapon if d.incident.weapon != "unknown" else r.weapon,
                    # ("… 14 rockets were fired in it, one contractor was killed": its toll)
                    killed=d.incident.killed if d.incident.killed is not None else killed,
                    wounded=d.incident.wounded if d.incident.wounded is not None else wounded,
                )
                d.evidence.append(f"count from the sentence at {r.sentence.start}")
            _answer_for_the_strikes_before(af, r, drafts)
            _claim_the_site_named(af, r, drafts)
            continue
        # when: the sentence, the event before, the paragraph, the next sentence, publication
        date_from, evidence = "", []
        same = _mentioned_again(r, drafts, af) or _strikes_named_again(r, drafts, af)
        if same is not None:  # "the attack on the base" after the attack was told: that one
            date, precision, date_from = same.incident.date, same.incident.date_precision, "same"
            if kind_class(same.incident.kind) != kind_class(r.kind):
                # "18 were wounded in the strikes on X": the strike on X told before
                r = replace(r, kind=same.incident.kind, striker=same.incident.actor)
            evidence.append(
                f"the event told before at {same.reading.sentence.start}, named again: its date"
            )
        elif r.date is not None:
            date, precision, date_from = r.date.date, r.date.precision, "sentence"
            evidence.append(f"date {date.isoformat()} ({r.date.calendar}) at {r.date.start}")
        elif r.relative is None and (later := _clause_date(af, readings, i)) is not None:
            date, precision, date_from = later.date, later.precision, "clause"
            evidence.append(f"date {date.isoformat()} from the next clause, at {later.start}")
        elif r.relative is not None and (later := _restated_day(af, readings, i)) is not None:
            # "Hours later US jets struck X. The strikes took place early on Tuesday": the
            # day the next sentence gives the event, over "hours later"
            date, precision, date_from = later.date, later.precision, "next"
            evidence.append(f"date {date.isoformat()} restated in the next sentence")
        elif (
            r.relative is not None
            and r.answered_date is not None
            and not r.history
            and r.relative.start > r.answered_date.end  # (its own cue, after the clause)
        ):
            # "After rockets hit X on Dec. 27, US jets struck Y two days later": counted
            # from the day of the event its own response clause names
            date = r.answered_date.date + dt.timedelta(days=r.relative.days)
            precision, date_from = "day", "relative"
            evidence.append(
                f"date: {r.relative.days:+d} day(s) from the event its response clause names"
            )
        elif r.relative is not None and last_event_date is not None:
            date = last_event_date + dt.timedelta(days=r.relative.days)
            precision, date_from = "day", "relative"
            evidence.append(f"date: {r.relative.days:+d} day(s) from the event before")
        elif (
            r.relative is not None and (unplaced := _placeless_day_before(readings, i)) is not None
        ):
            # "The group said on Sunday it had hit a base on the border. ¶ Hours later the
            # Pentagon confirmed a drone attack on X": counted from the day of the event
            # told before with no place of its own (nothing drafted before to count from)
            date = unplaced.date + dt.timedelta(days=r.relative.days)
            precision, date_from = "day", "relative"
            evidence.append(
                f"date: {r.relative.days:+d} day(s) from the event told at {unplaced.start}, "
                "unplaced"
            )
        elif (named := _time_clause_names(r, drafts)) is not None and r.answered_relative:
            # "Minutes after the attack on X, Y was hit too" (``وبعد دقائق من الهجوم على X``,
            # ``دقایقی پس از حمله به X``), "two days after the attack on X": counted from the
            # day of X's draft (the clause's cue is X's day from this event's), not the
            # paragraph's last date
            date = named.incident.date - dt.timedelta(days=r.answered_relative.days)
            precision, date_from = "day", "relative"
            evidence.append(
                f"date: {-r.answered_relative.days:+d} day(s) from the event its time clause "
                f"names, told at {named.reading.sentence.start}"
            )
        elif last_date is not None and last_date[0] == r.paragraph:
            date, precision, date_from = last_date[1], last_date[2], "paragraph"
            evidence.append("date carried from earlier in the paragraph")
        elif (nxt := _next_date(readings, i)) is not None:
            date, precision, date_from = nxt.date, nxt.precision, "next"
            evidence.append(f"date {date.isoformat()} from the next sentence at {nxt.start}")
        elif (general := _told_in_general(readings, i)) is not None:
            date, precision, date_from = general.date, general.precision, "paragraph"
            evidence.append(f"date {date.isoformat()} of the events told in general just before")
        elif (
            r.kind.endswith("strike")
            and "striker" in r.inferred
            and (told_day := strike_days.get(r.striker)) is not None
        ):  # "State TV said late on Friday US forces carried out an aggression near X. ¶
            # CENTCOM said its jets struck 85 targets the same night. ¶ An Iraqi spokesman
            # said strikes had also hit Y": the strikes named again, undated, are the
            # striker's told before, on their day (not the publication's)
            date, precision = told_day
            date_from = "paragraph"
            evidence.append(f"date {date.isoformat()} of the {r.striker} strikes told before")
        else:
            near = dates[
                bisect.bisect_left(
                    date_starts, r.sentence.start - _DATE_REACH
                ) : bisect.bisect_left(date_starts, r.sentence.start)
            ]
            # (the answered event's, and those of background told before)
            near = _event_days(af, [d for d in near if d.start not in clause_days])
            if near:
                date, precision, date_from = near[-1].date, near[-1].precision, "paragraph"
                evidence.append(f"date {date.isoformat()} given just before, at {near[-1].start}")
                nights = bisect.bisect_right(rollovers, r.sentence.start) - bisect.bisect_right(
                    rollovers, near[-1].start
                )
                if nights > 0 and precision == "day":
                    # a live blog's entries past midnight ("23:58 — … ¶ 00:30 — …"): the
                    # clock ran over into the next day since the day was given
                    date += dt.timedelta(days=nights)
                    evidence.append(f"date: +{nights} day(s), the blog's clock past midnight")
            elif published is not None:
                date, precision, date_from = published, "week", "published"
                evidence.append("date: on or before publication (no date in the text)")
            else:
                skipped.append(
                    Skipped(
                        span,
                        "no date: the article gives none and has no publication date "
                        "(pass --published, or start the file with 'published: YYYY-MM-DD')",
                    )
                )
                continue
        if precision not in ("day", "week", "month"):
            precision = "day"
        if date_from == "paragraph" and precision == "day" and _after_midnight(af, r):
            date += dt.timedelta(days=1)  # "late on Tuesday …. Shortly after midnight, …"
            evidence.append("after midnight: the day after the one before")
        last_event_date = date
        last_date = (r.paragraph, date, precision)
        if r.kind.endswith("strike") and r.striker and date_from != "published":
            strike_days[r.striker] = (date, precision)
        claimed, group = _not_the_victims(af, r, *_claim(readings, i, af, past))
        if not claimed and not r.kind.endswith("strike"):
            claimed, group = _claimed_later(af, readings, i, group)
        if not claimed and r.kind == "attack" and not group:
            far = _claimed_far(af, readings, i)
            if far:
                claimed, group = True, far
                evidence.append(f"claimed by {far} in a statement told later in the article")
        if not claimed and not group and r.kind in ("attack", "interception"):
            group = _blamed_after(af, readings, i)
        if r.kind.endswith("strike") and not r.striker:
            # (the sentence after, or the next paragraph's opening if it tells nothing new:
            # "… a drone hit the commander's car. ¶ CENTCOM said it carried out the strike")
            r = _attributed_after(af, r, _follower(readings, i) or _quiet_next(readings, i))
        elif (
            r.kind == "attack"
            and not (claimed and group)  # (no group's claim: the state's word may own it)
            and r.weapon in ("unknown", "drone", "airstrike")
        ):
            r = _owned_strike_after(af, r, _follower(readings, i) or _quiet_next(readings, i))
        if r.kind == "retaliatory_strike" and r.responds and _came_after_it(af, r):
            # "These operations come days after a US drone killed five near X": the
            # events told before answer the strike, the strike answers nothing
            r = replace(
                r, responds=False, notes=(*r.notes, "what the events told before came after")
            )
        if r.kind == "retaliatory_strike" and not r.responds:
            r = _threat_after(af, r, _follower(readings, i) or _quiet_next(readings, i))
        killed, wounded = r.killed, r.wounded
        given_away = False  # (the toll after is the strike's told before, not this attack's)
        if killed is None and wounded is None:
            follow = (
                _follower(readings, i)
                or _named_next(af, readings, i)
                # the lede, then its details: the article's first event, alone in its
                # paragraph's tellings, takes the toll the next paragraph opens on
                or (_quiet_next(readings, i) if not drafts else None)
            )
            if (
                follow is not None
                and not _places_named(follow)  # a place: elsewhere
                and not _toll_of_another_day(af, follow, r)  # "… in Sunday's strikes"
            ):
                killed, wounded = _casualties_of(af, follow)
            if (
                killed is None
                and wounded is None
                and (
                    toller := _toll_later(af, readings, i)
                    or _toll_past_the_answered(af, readings, i)
                )
            ):
                follow = toller  # "… struck X. Several were killed. ¶ Eight were hurt in …"
                killed, wounded = _casualties_of(af, follow)
            if (
                follow is not None
                and not follow.places
                and (killed is not None or wounded is not None)
                and _of_the_attack(af, follow, r, answered_now)
            ):  # "US jets struck X after they fired at Y. Eight were hurt in the
                # missile attack": the casualties are the attack's, not the strike's
                for p in answered_now[:1]:
                    p.incident = replace(p.incident, killed=killed, wounded=wounded)
                    p.evidence.append(f"casualties from the sentence at {follow.sentence.start}")
                killed = wounded = None
            if (
                follow is not None
                and (killed is not None or wounded is not None)
                and (struck := _the_strike_named(af, follow, r, drafts)) is not None
            ):  # "US jets struck X. Y had been hit by rockets on Tuesday. The strike killed
                # two": the toll names the strike told before, not the attack between
                struck.incident = replace(struck.incident, killed=killed, wounded=wounded)
                struck.evidence.append(f"casualties from the sentence at {follow.sentence.start}")
                killed = wounded = None
                given_away = True
        if killed is not None and r.killed is not None:  # (its own sentence's toll)
            killed += _others_killed(af, readings, i)
            if wounded is None:
                wounded = _others_wounded(af, readings, i)
        killed, wounded = _missing_half(af, readings, i, killed, wounded)
        if killed is None and wounded is None:
            killed, wounded = _placeless_lede_toll(af, readings, i)
        for later_reading in readings[i + 1 : i + 3] if not given_away else ():
            # "… 34 were injured. By Monday the Pentagon raised the number of injured to more
            # than 40": the next placeless sentences revise the toll, in its paragraph or
            # the next (a live blog's later entry: "¶ 16:40 - An official now puts the
            # number of wounded at 34"), no event told between
            if (
                later_reading.paragraph - r.paragraph > 1
                or later_reading.places
                or (later_reading.event and not later_reading.reason)
            ):
                break
            more_killed, more_wounded = _updated_toll(
                *af.gated(later_reading.sentence.start, later_reading.sentence.end)
            )
            killed = more_killed if more_killed is not None else killed
            wounded = more_wounded if more_wounded is not None else wounded
        targets: list[ResolvedMention | None] = list(r.targets) or [None]
        if r.targets and all(_names_its_government(af, t) for t in r.targets):
            # "Baghdad's government said 16 were killed", ``حكومة بغداد``, ``دولت بغداد``
            skipped.append(Skipped(span, "a capital named for its government, not a place"))
            continue
        if r.reaction:  # "Iraq condemned the strike on X": the strike on X told before
            told = {p.incident.target.place_id for p in drafts}
            targets = [t for t in targets if t is None or t.place is None or t.place.id not in told]
            # "In Baghdad, the ministry condemned the strikes", ``ونددت كل من بغداد ودمشق``:
            # a town not named as what was struck is where the reaction was voiced, or who
            targets = [t for t in targets if t is None or not _reaction_locale(af, t)]
            if not targets:
                skipped.append(Skipped(span, "a reaction to an event told before, not an event"))
                continue
        lede = _placeless_lede(af, readings, i)
        if lede is not None:  # "Five rockets were fired at a base. ¶ The rockets hit X"
            r = replace(r, count=lede.count, origin=r.origin or lede.origin)
            evidence.append(f"count from the sentence at {lede.sentence.start}, told before")
        armed = (
            _weapons_by_site(af, r, targets)
            if len(targets) > 1 and not r.kind.endswith("strike")
            else {}
        )
        by_site = _counted_by_site(af, r, targets) if armed == {} and len(targets) > 1 else {}
        site_days = (
            _days_by_site(r, targets, dates, date_starts, clause_days)
            if len(targets) > 1 and date_from == "sentence"
            else {}
        )
        toll_at = 0 if len(targets) == 1 else _toll_site(af, r.sentence, targets)
        # "US helicopters struck X. ¶ That came after rockets hit Y and Z": the strike
        # answers the attacks this sentence tells (see :func:`_link`)
        came_after = _came_after_the_one_before(af, readings, i, drafts[-1] if drafts else None)
        for n, target in enumerate(targets):
            location = _location(target) if target is not None else r.anchor_target
            assert location is not None
            weapon, count = armed.get(n, (r.weapon, by_site.get(n, r.count)))
            strike = r.kind.endswith("strike")
            actor = (r.striker or "") if strike else group
            if r.kind == "explosion" and not claimed:
                actor = ""  # "a blast at a PMF depot": the group named owns the site
            kind = (
                "attack"
                if target is not None and target.place is not None and target.place.id in r.through
                else r.kind
            )
            incident = Incident(
                id="",
                date=site_days.get(n, date),
                kind=kind,
                target=location,
                date_precision=precision,
                weapon=weapon,
                count=count,
                origin=_location(r.origin) if r.origin is not None else None,
                actor=actor,
                claim_status=(
                    ("claimed" if r.official else ("attributed" if actor else "unknown"))
                    if strike
                    else ("claimed" if claimed else ("attributed" if actor else "unknown"))
                ),
                targeted_party=r.group if strike else "",
                # a toll of strikes on several sites is no one site's, unless it names one
                # ("… killing 16 in X", ``أسفرت عن مقتل ١٦ شخصا في X``)
                killed=killed if n == toll_at else None,
                wounded=wounded if n == toll_at else None,
                sources=(source,),
            )
            notes = [f"sentence at characters {span[0]}-{span[1]}", *evidence, *r.notes]
            if target is not None:
                notes.append(f"target at {target.start}-{target.end} ({len(targets)} in sentence)")
            conf, doubts = _confidence(r, target, date_from, claimed)
            if doubts:
                notes.append("confidence: " + ", ".join(doubts))
            drafts.append(_Pending(r, incident, conf, notes, answered_by_before=came_after))
    drafts = _fold_placed_again(_fold_claim_of_stopped(_fold_stopped_later(drafts), af), af)
    drafts = _fold_named_by_place(_fold_toll_reports(_fold_retold(drafts, af), af), af)
    return _regions_as_provinces(_fold_regions(_fold_this_event(drafts, af), af), af), skipped


#: a live blog entry's clock at the start of its paragraph ("23:45 —", "08:15 GMT —",
#: ``ساعت ۲۳:۴۵ —``, ``الساعة 23:45 -``)
#: (on the raw text: ``\d`` is any script's digit, and a word may name the hour first)
_ENTRY_CLOCK = re.compile(r"(?m)^[ \t]*(?:\w{3,6}[ \t]+)?(\d{1,2})[:.](\d{2})(?!\d)")


def _midnights(text: str) -> list[int]:
    """Where a live blog's entries pass midnight: the entry whose clock, at the start of its
    paragraph, is early morning (before 06:00) after an entry late in the evening (from
    20:00), as live blogs run in order ("23:58 — … ¶ 00:30 — …"). One pass over the text.

    >>> _midnights("23:50 — sirens\\n\\n00:10 — a blast")
    [16]
    >>> _midnights("08:15 — a\\n\\n09:40 — b")
    []
    """
    out: list[int] = []
    last = -1
    for m in _ENTRY_CLOCK.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2))  # (int reads any script's digits)
        if hour > 23 or minute > 59:
            continue
        if last >= 20 and hour < 6:
            out.append(m.start())
        last = hour
    return out


def _days_by_site(
    r: _Reading,
    targets: Sequence[ResolvedMention | None],
    dates: Sequence[DateMention],
    date_starts: Sequence[int],
    clause_days: set[int],
) -> dict[int, dt.date]:
    """The day each later site of a timeline sentence is given, between it and the site before.

    "On Thursday X was hit, on Saturday Y was shelled, then on Monday a drone attack on Z"
    (``ففي يوم الخميس … X، وفي يوم السبت … Y، ثم شهد يوم الاثنين … Z``, ``پنجشنبه X …،
    شنبه Y … و دوشنبه Z``): a day told after one site and before the next is the next's.
    Only days (no week or month), none of a response clause; the first site keeps the
    sentence's date.
    """
    lo = bisect.bisect_left(date_starts, r.sentence.start)
    hi = bisect.bisect_left(date_starts, r.sentence.end)
    days = [d for d in dates[lo:hi] if d.precision == "day" and d.start not in clause_days]
    out: dict[int, dt.date] = {}
    if len(days) < 2:
        return out
    prev_end = -1
    at = 0  # (one pass over the days as the sites go: linear in a long run of them)
    for n, target in enumerate(targets):
        if target is None:
            continue
        last = None
        while at < len(days) and days[at].start < target.start:
            if days[at].start >= prev_end:
                last = days[at]
            at += 1
        if prev_end >= 0 and last is not None:
            out[n] = last.date
        prev_end = target.end
    return out


#: a weapon named with its site ("X with two drones", ``X بصواريخ``, ``X را با دو پهپاد``)
_WITH = actors.fold_pattern(r"(?<!\w)(?:with|using|با)\s|(?<!\w)ب(?=\S)")


def _weapons_by_site(
    af: _ArticleFold, r: _Reading, targets: Sequence[ResolvedMention | None]
) -> dict[int, tuple[str, int | None]]:
    """The weapon and count each listed site was attacked with, when the sentence says.

    "The group targeted X with two drones and Y with rockets" (``… وقاعدة Y بصواريخ``,
    ``X را با دو فروند پهپاد و Y را با چند موشک هدف قرار داد``): the words after a site,
    up to the next one, naming a weapon with "with" (``ب``, ``با``), are that site's.
    """
    out: dict[int, tuple[str, int | None]] = {}
    for n, target in enumerate(targets):
        if target is None:
            continue
        nxt = targets[n + 1] if n + 1 < len(targets) else None
        end = nxt.start if nxt is not None and nxt.start > target.end else r.sentence.end
        words = af.slice(target.end, min(end, target.end + 80))[0]
        if _WITH.search(words):
            weapon, count = counts.weapon_count(words)
            if weapon != "unknown":
                out[n] = (weapon, count)
    return out


#: the preposition between a site's share of a salvo and the site ("17 on X", ``17 على
#: X``, ``۱۷ فروند به X``) and the words that may stand between the number and it ("17 of
#: them on X", ``17 منها``, ``۱۷ فروند آن``): folded
_SHARE_TO = frozenset(
    ("on", "at", "into", "against", "hit", "struck", "علي", "في", "به", "در", "بر", "روي")
)
_SHARE_OF = frozenset(("of", "them", "منها", "منهم", "ان", "انها", "از", "فروند", "تا", "عدد"))
#: the most words from a site's share to the site itself
_SHARE_REACH = 7


#: a number of the weapons with its impact verb right before a site ("11 struck the base
#: X", "one hit a compound at Y", ``سقط 11 منها على قاعدة X``, ``أصاب صاروخان Y``)
_NUMBER_STRUCK = actors.fold_pattern(
    r"(?<!\w)(?P<n>\S+) (?:of them |of the (?:\S+ )?(?:missiles|rockets|drones) )?"
    r"(?:struck|hit|landed (?:on|at|in)|fell (?:on|at|in)|slammed into)(?: \S+){0,4}? ?$"
    r"|(?<!\w)(?:[وف]?(?:سقط|سقطت|اصاب|اصابت)) (?:صاروخ |صواريخ |قذيفه )?(?P<ar>\S+)"
    r"(?: منها| صاروخا| صواريخ)?"
    r"(?: (?:على|علي|في))?(?: \S+){0,3}? ?$"
)
#: a number of the weapons before a site whose impact verb follows it (``11 فروند به
#: پایگاه X اصابت کرد``)
_NUMBER_BEFORE_FA = actors.fold_pattern(
    r"(?<!\w)(?P<n>\S+) (?:فروند )?(?:\S+ )?(?:از (?:آنها|اين \S+) )?(?:به|در|بر) (?:\S+ ){0,3}?$"
)
_STRUCK_AFTER_FA = actors.fold_pattern(r"^[^.،,؛]{0,30}?(?:اصابت|برخورد|فرود آمد)")


def _share_before(af: _ArticleFold, start: int, target: ResolvedMention) -> int | None:
    """The number a few words before ``target`` (from ``start``) followed by a preposition:
    the site's share of a salvo split by site ("17 on X", "17 of them on X", ``17 منها على
    X``, ``۱۷ فروند به X``); ``None`` when there is none."""
    words = re.findall(r"\w+", af.slice(max(start, target.start - 80), target.start)[0])
    words = words[-_SHARE_REACH:]
    for k in range(len(words) - 2, -1, -1):
        value = counts.number_at(words[k])
        if value is None or words[k] in ("a", "an"):
            continue
        rest = words[k + 1 :]
        while rest and rest[0] in _SHARE_OF:
            rest = rest[1:]
        return value if rest and rest[0] in _SHARE_TO else None
    return None


def _struck_by(af: _ArticleFold, start: int, target: ResolvedMention) -> int | None:
    """The number of weapons an impact verb right before ``target`` (from ``start``) says
    struck it ("11 struck the base X", ``سقط 11 منها على قاعدة X``), or, in Persian, the
    number before the site whose impact verb follows it (``11 فروند به پایگاه X اصابت
    کرد``); ``None`` when there is none."""
    words = af.slice(max(start, target.start - 50), target.start)[0]
    m = _NUMBER_STRUCK.search(words)
    token = (m.group("n") or m.group("ar")) if m is not None else None
    value = counts.number_at(token) if token is not None else None
    if value is None and _STRUCK_AFTER_FA.search(af.slice(target.end, target.end + 40)[0]):
        fa = _NUMBER_BEFORE_FA.search(words)
        value = counts.number_at(fa.group("n")) if fa is not None else None
    return value


def _counted_by_site(
    af: _ArticleFold, r: _Reading, targets: Sequence[ResolvedMention | None]
) -> dict[int, int]:
    """The count of the weapons each listed site took, when the sentence splits its salvo.

    Two ways of telling it, one rule: a number with its impact verb before the site ("Iran
    fired 16 missiles: 11 struck X and one hit Y", ``أطلقت 16 صاروخا سقط 11 منها على X``,
    ``۱۶ موشک شلیک شد که ۱۱ فروند به X اصابت کرد``), each no more than the sentence's count;
    or a number and a preposition alone ("22 missiles landed: 17 on X, two of which did not
    explode, and five on a facility at Y", ``سقط 22 صاروخا، 17 منها على X و5 على Y``,
    ``۱۷ فروند به X، پنج فروند به Y``), only when every site has one and they add up to the
    sentence's count. Sites with no number keep the sentence's count (not in the result).
    """
    struck: dict[int, int] = {}
    shares: dict[int, int] = {}
    start = r.sentence.start
    for n, target in enumerate(targets):
        if target is None:
            continue
        value = _struck_by(af, start, target)
        if value is not None and (r.count is None or value <= r.count):
            struck[n] = value
        share = _share_before(af, start, target)
        if share is not None:
            shares[n] = share
        start = target.end
    whole = r.count is not None and len(shares) == len(targets) and sum(shares.values()) == r.count
    return {**shares, **struck} if whole else struck


def _fold_stopped_later(drafts: list[_Pending]) -> list[_Pending]:
    """An attack the paragraph's next sentences say was stopped at its site is that interception.

    ("The group said it targeted X with two drones. An official said both were shot down
    before reaching X", ``… أسقطت الطائرتين قبل وصولهما إلى X``, ``… پهپادها پیش از رسیدن
    به X رهگیری شدند``): one interception, with the attack's count, actor and claim. Only
    the same place, date and weapon (or none), an interception by no state striker told
    after the attack in its paragraph, naming the site itself (not "the base").
    """
    stops = [
        d
        for d in drafts
        if d.incident.kind == "interception"
        and d.incident.target.place_id
        and not d.reading.striker
        # "Later, two drones aimed at the base were shot down": the base named again, a
        # later event there (the sentence must name the site itself)
        and not d.reading.anaphor
    ]
    if not stops:
        return drafts
    # by place, date and paragraph (none of them changed below), so that each attack looks
    # only at the interceptions that may be it (linear cost on a long run of events)
    by_key: dict[tuple[str | None, dt.date, int], list[_Pending]] = {}
    # interceptions with no day of their own, by place and paragraph: "¶ An official said
    # the drone aimed at X had been downed" tells of the attack on X the paragraph before
    undated: dict[tuple[str | None, int], list[_Pending]] = {}
    for s in stops:
        key = (s.incident.target.place_id, s.incident.date, s.reading.paragraph)
        by_key.setdefault(key, []).append(s)
        if s.reading.date is None and s.reading.relative is None:
            undated.setdefault((s.incident.target.place_id, s.reading.paragraph), []).append(s)
    used: set[int] = set()
    out = []
    for d in drafts:
        inc = d.incident
        here = (inc.target.place_id, inc.date, d.reading.paragraph)
        candidates: list[_Pending] = list(by_key.get(here, ())) if inc.kind == "attack" else []
        if inc.kind == "attack" and inc.date_precision == "day":
            for para in (d.reading.paragraph, d.reading.paragraph + 1):
                candidates += [
                    s
                    for s in undated.get((inc.target.place_id, para), ())
                    if id(s) not in used  # (one attack each)
                    and (
                        s.incident.date == inc.date
                        or (
                            s.incident.date_precision == "week"
                            and 0 <= (s.incident.date - inc.date).days <= 7
                        )
                    )
                ]
        stop = next(
            (
                s
                for s in candidates
                if s.reading.sentence.start >= d.reading.sentence.end
                and len({inc.weapon, s.incident.weapon} - {"unknown"}) <= 1
                and s.incident.count in (None, inc.count)
            ),
            None,
        )
        if stop is None:
            out.append(d)
            continue
        used.add(id(stop))
        s_inc = stop.incident
        stop.incident = replace(
            s_inc,
            date=inc.date,  # (the attack's day: the same, or the stop's own had none)
            date_precision=inc.date_precision,
            count=inc.count if s_inc.count is None else s_inc.count,
            weapon=s_inc.weapon if s_inc.weapon != "unknown" else inc.weapon,
            actor=s_inc.actor or inc.actor,
            claim_status=inc.claim_status
            if s_inc.claim_status == "unknown"
            else s_inc.claim_status,
            origin=s_inc.origin or inc.origin,
        )
        stop.confidence = max(stop.confidence, d.confidence)
        stop.evidence.append(
            f"the attack told at {d.reading.sentence.start}-{d.reading.sentence.end} was "
            "stopped there, says this sentence: one interception"
        )
    return out


def _claim_reaches(stop: _Pending, claim: _Pending, told: Sequence[_Pending]) -> bool:
    """Whether the interception ``stop`` is near enough before ``claim`` to be what it
    claims: in its paragraph, or the last draft told, in the paragraph just before."""
    gap = claim.reading.paragraph - stop.reading.paragraph
    return gap == 0 or (gap == 1 and bool(told) and told[-1] is stop)


def _fold_claim_of_stopped(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """A group's claim on a site right after an interception there is that interception's.

    ("Air defences at X downed a drone at dawn. The Islamic Resistance claimed an attack on
    the base", ``… أسقطت الدفاعات الجوية مسيرة. وتبنت المقاومة استهداف القاعدة``, ``…
    رهگیری شد. مقاومت اسلامی مسئولیت حمله به این پایگاه را پذیرفت``): one event, the
    interception, with the claim. Only a claimed attack with no toll, no more weapons than
    were stopped and no word of another event ("again", "later"), the same place and day
    as an interception told before it in its paragraph, or the last draft of the paragraph
    just before (a live blog's next entry: "10:40 – drones downed over X ¶ 11:20 – the
    group claims the attack on X").
    """
    if not any(d.incident.kind == "interception" for d in drafts):
        return drafts
    out: list[_Pending] = []
    for d in drafts:
        inc = d.incident
        stop = (
            next(
                (
                    s
                    for s in reversed(out)
                    if s.incident.kind == "interception"
                    and s.incident.target.place_id == inc.target.place_id
                    and s.incident.date == inc.date
                    and _claim_reaches(s, d, out)
                    and s.reading.sentence.end <= d.reading.sentence.start
                ),
                None,
            )
            if inc.kind == "attack"
            and inc.claim_status == "claimed"
            and inc.target.place_id
            and inc.killed is None
            and inc.wounded is None
            and not _AGAIN.search(af.slice(d.reading.sentence.start, d.reading.sentence.end)[0])
            else None
        )
        if stop is not None and None not in (inc.count, stop.incident.count):
            stop = stop if (inc.count or 0) <= (stop.incident.count or 0) else None
        if stop is None:
            out.append(d)
            continue
        s_inc = stop.incident
        stop.incident = replace(
            s_inc,
            actor=s_inc.actor or inc.actor,
            claim_status="claimed",
            count=s_inc.count if s_inc.count is not None else inc.count,
            weapon=s_inc.weapon if s_inc.weapon != "unknown" else inc.weapon,
        )
        stop.evidence.append(
            f"claimed by {inc.actor or 'a group'} at {d.reading.sentence.start}-"
            f"{d.reading.sentence.end}: the attack on the base it stopped"
        )
    return out


#: the event told before, placed by a verb of taking place ("the attack took place in X",
#: ``الهجوم وقع في X``, ``این حمله در X رخ داد``): where it was, told again (or disputed)
_PLACED_AGAIN = actors.fold_pattern(
    r"(?<!\w)(?:(?:the|this|that) (?:\w+ )?(?:attack|strike|assault|blast|explosion) (?:had )?"
    r"(?:took place|taken place|happened|occurred) (?:in|at|near|inside)"
    r"|(?:[وف]?ال)(?:هجوم|ضربه|قصف|انفجار|استهداف|اعتداء) (?:قد )?(?:وقع|حدث|جري|تم)"
    r" (?:في|قرب|داخل)"
    # (Persian: the place after ``در`` right after the subject, not ``در پاسخ به``)
    r"|(?:اين|آن|همين) (?:حمله|انفجار|اقدام)(?: \S+)? در(?! (?:پاسخ|واكنش|تلافي))(?: \S+){1,6}"
    r" (?:(?:رخ|روي) (?:داد|داده)|(?:صورت|انجام) (?:گرفت|گرفته|شد|شده)))(?!\w)"
)


def _fold_placed_again(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """An event told before, placed again by someone ("the attack took place in X"), is that one.

    ("A drone killed three soldiers at outpost X. One official said the attack took place
    at Y; others named X", ``… أفاد مسؤول بأن الهجوم وقع في Y``, ``… گفت این حمله در Y
    رخ داد``): a word on where the event told
    before was (a retelling, or a contested place), not a second event. Only a sentence
    that names no weapon, count or toll of its own, after an event of the same kind class
    and day at another place.
    """
    out: list[_Pending] = []
    for d in drafts:
        inc = d.incident
        if (
            out
            and inc.weapon == "unknown"
            and inc.count is None
            and inc.killed is None
            and inc.wounded is None
            and d.reading.date is None
            and _PLACED_AGAIN.search(af.slice(d.reading.sentence.start, d.reading.sentence.end)[0])
        ):
            told = next(
                (
                    p
                    for p in reversed(out)
                    if kind_class(p.incident.kind) == kind_class(inc.kind)
                    and p.incident.date == inc.date
                    and p.incident.target.place_id != inc.target.place_id
                    and p.reading.sentence.end <= d.reading.sentence.start
                ),
                None,
            )
            if told is not None:
                told.evidence.append(
                    f"placed at {inc.target.name} by the sentence at "
                    f"{d.reading.sentence.start}-{d.reading.sentence.end}: the same event "
                    "told again (or its place disputed), no second draft"
                )
                continue
        out.append(d)
    return out


#: the weapons told before, named again ("the rockets landed near …", ``أن الصواريخ سقطت``,
#: ``این راکت‌ها … فرود آمدند``): the sentence retells that event
_WEAPONS_AGAIN = actors.fold_pattern(
    r"(?<!\w)(?:(?:the|these|those) (?:\w+ )?(?:rockets?|missiles?|drones?|shells|projectiles"
    r"|mortars?)|(?:[وفب]?ال)(?:صواريخ|صاروخ|صاروخان|صاروخين|قذائف|قذيفه|مسيرات|مسيره|طائرات"
    r" المسيره|طائره المسيره)|(?:اين|آن) (?:راكت|موشك|پهپاد|خمپاره)\S*)(?!\w)"
)


#: how far beyond the two places' radii a town or area may lie to be "around" a site (a
#: base in the sub-district it is named after, ``ناحية البغدادي`` for Ain al-Asad)
_AROUND_KM = 10.0


def _fold_retold(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """A later sentence retelling an event at a place around its site is that event.

    "Rockets struck the embassy. Sirens sounded in the Green Zone as the rockets landed
    near the embassy" (``… وأوضح المصدر أن الصواريخ سقطت قرب … في ناحية X``, ``… این
    راکت‌ها … در منطقه X فرود آمدند``): the sentence names the weapons again, its place is
    a town or area (less specific than the site) within reach of the site struck in the
    paragraph's sentence before, same kind class and date, no other weapon or count: no
    second incident.
    """
    out: list[_Pending] = []
    for d in drafts:
        r, inc = d.reading, d.incident
        host = next(
            (
                h
                for h in reversed(out[-_FOLLOW_REACH:])
                if h.reading.paragraph == r.paragraph
                and h.reading.sentence.end <= r.sentence.start
                and kind_class(h.incident.kind) == kind_class(inc.kind)
                and _within(h.incident, inc, slack_km=_AROUND_KM)
                and not _same_place(h.incident.target, inc.target)
            ),
            None,
        )
        if (
            host is not None
            and r.targets
            and host.reading.targets
            # a town or area around the site, or a wider site holding it (the Green Zone)
            and _specificity(r.targets[0]) > _specificity(host.reading.targets[0])
            and inc.weapon in ("unknown", host.incident.weapon)
            and inc.count in (None, host.incident.count)
            and r.date is None
            and _WEAPONS_AGAIN.search(af.slice(r.sentence.start, r.sentence.end)[0])
        ):
            h = host.incident
            host.incident = replace(
                h,
                **_toll_of(h, inc),
            )
            host.evidence.append(
                f"the sentence at {r.sentence.start}-{r.sentence.end} retells this event "
                f"around {inc.target.name}"
            )
            continue
        if (
            host is not None
            and len(r.targets) == 1
            and len(host.reading.targets) == 1
            and host.reading.targets[0].place is not None
            and host.reading.targets[0].place.kind in _TOWN_KINDS
            # the city first, then the quarter of it where it happened ("a strike in eastern
            # Baghdad … The car was hit in the X neighbourhood", ``… في حي X``, ``… در محله X``)
            and 0.0 < (inc.target.radius_m or 0.0) < (host.incident.target.radius_m or 0.0)
            # ("the strike" names a drone's strike again: ``واستهدفت الغارة``)
            and inc.weapon in ("unknown", "airstrike", host.incident.weapon)
            and inc.count in (None, host.incident.count)
            and r.date is None
            and _quarter_of(r.targets[0], host.reading.targets[0])
        ):
            h = host.incident
            host.incident = replace(
                h,
                target=inc.target,
                **_fuller_toll(h, inc),
            )
            host.evidence.append(
                f"the sentence at {r.sentence.start}-{r.sentence.end} places this event in "
                f"{inc.target.name}, inside {h.target.name}"
            )
            continue
        strike = _strike_placed_inside(out, d, af)
        if strike is not None:
            h = strike.incident
            strike.incident = replace(h, target=inc.target, **_fuller_toll(h, inc))
            strike.evidence.append(
                f"the sentence at {r.sentence.start}-{r.sentence.end} places this strike in "
                f"{inc.target.name}, inside {h.target.name}"
            )
            continue
        out.append(d)
    return out


#: a group saying it was behind an attack ("said it was behind", "said it was
#: responsible for", ``أعلنت مسؤوليتها عن``, ``مسئولیت … را پذیرفت``)
_SAID_BEHIND = actors.fold_pattern(
    r"(?<!\w)(?:(?:said|says|announced|admitted|acknowledged) (?:that )?(?:it|they) (?:was|were"
    r"|had been) (?:behind|responsible for)|[وف]?(?:اعلنت|اعلن) (?:\S+ )?مسووليت(?:ها|ه|هم)"
    r"|مسئوليت (?:\S+ ){0,8}?(?:را )?(?:پذيرفت|بر عهده گرفت))(?!\w)"
)


def _claim_the_site_named(af: _ArticleFold, r: _Reading, drafts: Sequence[_Pending]) -> None:
    """A group's claim that drafts nothing itself claims the attack drafted at a place it
    names ("… after a drone attack on X. ¶ KH had said it was behind the Christmas Day
    attack on the base at X", ``أعلنت … مسؤوليتها عن الهجوم على X``): the unclaimed attacks
    at that place among the last drafts (a bounded look back)."""
    if not r.group or not r.targets or r.history:
        return
    if not (r.claim or r.claim_cue or af.search(_SAID_BEHIND, r.sentence.start, r.sentence.end)):
        return
    named = {m.place.id for m in r.targets if m.place is not None}
    for p in drafts[-_NAMED_AGAIN_REACH:]:
        inc = p.incident
        if (
            inc.kind == "attack"
            and inc.claim_status != "claimed"
            and inc.actor in ("", r.group)
            and inc.target.place_id in named
        ):
            p.incident = replace(inc, actor=r.group, claim_status="claimed")
            p.evidence.append(f"claimed by {r.group} in the sentence at {r.sentence.start}")


#: a verb of an attack's own (the event told, not its toll: "struck", ``استهدف``, ``هدف
#: قرار``); a sentence of casualties without one tells the toll of an event told before
_ATTACK_VERB = actors.fold_pattern(
    r"(?<!\w)(?:struck|strikes|hit|hits|attacked|targeted|fired|launched|shelled|bombed"
    r"|raided|pounded|slammed|exploded|landed"
    r"|[وف]?(?:استهدف|استهدفت|قصف|قصفت|هاجم|هاجمت|اطلق|اطلقت|سقط|سقطت|شن|شنت|ضرب|ضربت|انفجر)"
    r"|هدف (?:قرار|گرفت|گرفتند)|حمله (?:كرد|كردند)|شليك (?:شد|كرد|كردند)|بمباران (?:كرد|كردند)"
    r"|اصابت (?:كرد|كردند)|منفجر شد)(?!\w)"
)
#: a word of the dead or wounded (its figure may be one the counts do not read)
_CASUALTY_WORD = actors.fold_pattern(
    r"(?<!\w)(?:killed|dead|died|wounded|injured|casualties"
    r"|[وف]?(?:قتل|قتلوا|قتلي|مقتل|اصيب|اصيبوا|جرح|جرحي|استشهد|استشهاد|شهداء)"
    r"|كشته|زخمي|مجروح|جان باختند|جان باخت|شهيد)(?!\w)"
)
#: how many days after the event its toll may be told
_TOLL_REPORT_DAYS = 1


#: a strike noun right before a place, with its preposition ("the strikes on X", "a raid
#: near X", ``الغارة على X``, ``قصف X``, ``حمله به X``, ``بمباران X``)
_STRUCK_BEFORE = actors.fold_pattern(
    # (a few words may come between the noun and its preposition: "the US strikes by
    # drones on X", ``بالغارة الأمريكية على X``, ``حمله روز جمعه آمریکا به X``)
    r"(?<!\w)(?:strikes?|raids?|attacks?|bombing|bombardment|shelling|aggression|targeting)"
    r"(?:(?: \S+){0,4}? (?:on|at|in|near|against|of))?(?: the)?\s*$"
    r"|(?<!\w)[وفبل]?(?:ال)?(?:غاره|غارات|قصف|ضربه|ضربات|هجوم|هجمات|استهداف|عدوان)"
    r"(?:(?: \S+){0,4}? (?:على|علي|في|قرب))?\s*$"
    r"|(?<!\w)(?:حمله|حملات|بمباران|ضربه|ضربات)(?:(?: \S+){0,4}? (?:به|بر|در|عليه))?\s*$"
)


#: a town named for its government: "Baghdad's government", "Damascus's foreign
#: ministry" (the possessive after it), ``حكومة بغداد``, ``دولت بغداد`` (the government
#: before it, the Arabic and Persian construct)
_GOVERNMENT_AFTER = actors.fold_pattern(
    r"^(?:'s|’s) (?:government|foreign ministry|cabinet|authorities)(?!\w)"
)
_GOVERNMENT_BEFORE = actors.fold_pattern(r"(?<!\w)(?:[وف]?(?:حكومه|الحكومه في)|دولت|حكومت)\s*$")


def _names_its_government(af: _ArticleFold, m: ResolvedMention) -> bool:
    """Whether the town ``m`` is named for its government ("Baghdad's government said",
    ``قالت حكومة بغداد``, ``دولت بغداد اعلام کرد``): who speaks, not a place struck."""
    if m.place is None or m.place.kind not in _TOWN_KINDS:
        return False
    before = af.slice(max(0, m.start - 16), m.start)[0]
    after = af.slice(m.end, m.end + 24)[0]
    return bool(_GOVERNMENT_AFTER.match(after) or _GOVERNMENT_BEFORE.search(before))


def _reaction_locale(af: _ArticleFold, m: ResolvedMention) -> bool:
    """Whether the town ``m`` of a reaction sentence is not named as a place struck.

    (In "Iraq condemned the strikes on X" X is struck; in "In Baghdad, the ministry
    condemned the raids" or "Baghdad and Damascus condemned them" the town is where the
    reaction was voiced, or the government voicing it; the same by its place's noun: "the
    X strike".)
    """
    if m.place is None or m.place.kind not in _TOWN_KINDS:
        return False
    before = af.slice(max(0, m.start - 60), m.start)[0]
    after = af.slice(m.end, m.end + 24)[0]
    return not (_STRUCK_BEFORE.search(before) or _EVENT_NOUN_AFTER.match(after))


def _fold_toll_reports(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """A sentence telling only the toll at a place struck before is that event's toll.

    "US jets struck sites near X and Y on Friday. ¶ Officials said 16 people were killed
    in the X area. A monitor said 18 fighters died at positions around Y" (``قتل ثمانية
    أشخاص في Y``, ``در Y هشت نفر کشته شدند``): an attack drafted from a sentence with a toll
    and no weapon, count, group, striker, day (but the event's) or verb of an attack of its
    own, at the place of an event drafted in an earlier paragraph (its date, or a day
    later), adds its figures to that event (where it has none) and no draft of its own;
    so does the side struck telling its losses or its sites hit (:func:`_victim_speaks`),
    whatever its verb, after a strike there.
    """
    out: list[_Pending] = []
    for d in drafts:
        r, inc = d.reading, d.incident
        host = None
        # the side struck telling its losses ("KH said four of its fighters were killed
        # at X", ``أن مواقعها قرب X تعرضت للقصف``, ``مواضعش … هدف قرار گرفت``): the strike's
        victim = bool(r.group) and not r.claim and _victim_speaks(af, r)
        if (
            inc.kind == "attack"
            and r.weapon in (("unknown", "airstrike") if victim else ("unknown",))
            and inc.count is None
            and (not r.group or victim)
            and not r.striker
            and not r.answered
        ):
            host = next(
                (
                    h
                    for h in reversed(out[-_NAMED_AGAIN_REACH:])
                    # (a paragraph before: the sentence after in its own is merged, but
                    # for the side struck, whose word is an attack of another kind)
                    if (h.reading.paragraph < r.paragraph or victim)
                    and h.reading.sentence.end <= r.sentence.start
                    and _same_place(h.incident.target, inc.target)
                    and 0 <= (inc.date - h.incident.date).days <= _TOLL_REPORT_DAYS
                    and (r.date is None or r.date.date == h.incident.date)
                    and (not victim or h.incident.is_strike)
                ),
                None,
            )
        if (
            host is not None
            and (
                victim
                or inc.killed is not None
                or inc.wounded is not None
                or af.search(_CASUALTY_WORD, r.sentence.start, r.sentence.end)
            )
            and (victim or not af.search(_ATTACK_VERB, r.sentence.start, r.sentence.end))
        ):
            host.incident = replace(host.incident, **_toll_of(host.incident, inc))
            host.evidence.append(
                f"the sentence at {r.sentence.start}-{r.sentence.end} tells its toll"
            )
            if (
                inc.claim_status == "claimed"
                and inc.actor
                and host.incident.kind == "attack"
                and not host.incident.actor
                and host.incident.claim_status != "claimed"
            ):
                # "… after a drone hit X. ¶ The attack on X wounded three. The group
                # claimed the attack": the claim of the sentence telling its toll is its own
                host.incident = replace(host.incident, actor=inc.actor, claim_status="claimed")
                host.evidence.append(f"claimed by {inc.actor}, told with its toll")
            continue
        out.append(d)
    return out


#: a group's own sites hit ("its positions", ``مواقعها``, ``مقراتها``, ``مواضعش``, ``مقرهای
#: خود``)
_OWN_SITES = actors.fold_pattern(
    # (not where it fired from: "from its positions", ``من مواقعها``, ``از مواضعش``)
    r"(?<!\w)(?<!from )(?<!من )(?<!از )(?:(?:its|their) (?:own )?(?:positions|sites|bases"
    r"|headquarters|facilities|posts|depots)|[وف]?(?:مواقعها|مواقعه|مقراتها|مقرها|مقراته|مقره"
    r"|مخازنها)|(?:مواضع|مقر|مقرهاي|مراكز|انبارهاي)(?:ش|شان| خود))(?!\w)"
)


def _victim_speaks(af: _ArticleFold, r: _Reading) -> bool:
    """Whether the group of ``r`` tells its own losses or sites hit (:data:`_OWN_LOSS`,
    :data:`_OWN_SITES`): the side struck, speaking of the strike."""
    return bool(
        af.search(_OWN_LOSS, r.sentence.start, r.sentence.end)
        or af.search(_OWN_SITES, r.sentence.start, r.sentence.end)
    )


#: an event named by its place, the place as the noun's modifier: "the Erbil attack",
#: ``ضربة كركوك``, ``غارات البوكمال``, ``حمله اربیل`` (the noun right before the name, no
#: preposition between)
_PLACE_NOUN_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:[وف]?(?:ال)?(?:ضربه|ضربات|هجوم|هجمات|قصف|غاره|غارات|اعتداء)|حمله|حملات|ضربه"
    r"|بمباران)\s+$"
)
_THE_BEFORE = re.compile(r"(?<!\w)the\s+$")


def _named_by_place(af: _ArticleFold, m: ResolvedMention) -> bool:
    """Whether ``m`` names an event by its place: "the X attack", ``ضربة X``, ``حمله X``."""
    before = af.slice(max(0, m.start - 24), m.start)[0]
    if _PLACE_NOUN_BEFORE.search(before):
        return True
    return bool(
        _THE_BEFORE.search(before) and _EVENT_NOUN_AFTER.match(af.slice(m.end, m.end + 24)[0])
    )


def _fold_named_by_place(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """An event named again by its place later in the article is the event told before.

    "A drone struck Erbil air base on Monday. ¶ … ¶ The Erbil attack was the first to
    wound Americans in weeks" (``ويرى مراقبون أن ضربة كركوك …``, ``حمله اربیل …``): a
    draft whose one place is the modifier of an event noun, with no day, weapon, count,
    group or striker of its own (so its kind is no reading, its day only carried over),
    at or around the site of an event drafted before it, is that event, not a new one; a
    toll it tells (or a statement after it gives it) is that event's.
    """
    out: list[_Pending] = []
    for d in drafts:
        r, inc = d.reading, d.incident
        if (
            len(r.targets) == 1
            and r.date is None
            and r.weapon in ("unknown", "airstrike")
            and inc.count is None
            and not r.group
            and not r.striker
            and _named_by_place(af, r.targets[0])
        ):
            host = next(
                (
                    h
                    for h in reversed(out[-_NAMED_AGAIN_REACH:])
                    # (any kind: with no striker or group named, "attack" is no reading;
                    # any day: with none of its own, its day was only carried over)
                    if h.reading.sentence.end <= r.sentence.start
                    and _within(h.incident, replace(inc, date=h.incident.date))
                ),
                None,
            )
            if host is not None:
                # (a toll it tells is the event's: "The Erbil attack wounded two")
                host.incident = replace(host.incident, **_toll_of(host.incident, inc))
                host.evidence.append(
                    f"the sentence at {r.sentence.start}-{r.sentence.end} names it again by "
                    f"its place ({inc.target.name})"
                )
                continue
        out.append(d)
    return out


#: the kinds of place a strike told first may be refined inside of: the areas of
#: :data:`~geoincidents.text.context.AREA_KINDS` short of a country or a desert (a strike
#: "in Syria" is no place to refine), and towns
_REFINED_INSIDE_KINDS = (AREA_KINDS - {"country", "desert"}) | _TOWN_KINDS


def _strike_placed_inside(
    out: Sequence[_Pending], d: _Pending, af: _ArticleFold
) -> _Pending | None:
    """The strike told just before that ``d`` places more precisely, if any.

    A strike told in a city or a province, then a sentence with no actor or weapon of its
    own placing what was hit inside it: "A US drone struck a car in eastern Baghdad. Three
    died when the vehicle was hit in New Baghdad" (``… في حي X``), or in the next
    paragraph naming the strike again, "… a depot in Deir ez-Zor province. ¶ Monitors said
    the depot was near the city of Deir ez-Zor and nine died in this attack" (``… در این
    حمله``). The later sentence's own kind (an attack, for want of an actor) gives way.
    """
    r, inc = d.reading, d.incident
    if (
        len(r.targets) != 1
        or r.targets[0].place is None
        or inc.kind in ("explosion", "interception")  # (a blast or a downing: its own)
        or (r.striker and "striker" not in r.inferred)  # (the strikes' own, named again)
        or r.group
        or inc.weapon not in ("unknown", "airstrike")
        or inc.count is not None
    ):
        return None
    for host in out[-1:]:  # (the event told just before: none between)
        h, hr = host.incident, host.reading
        if hr.sentence.end > r.sentence.start or not h.is_strike or h.date != inc.date:
            return None
        if inc.actor not in ("", h.actor) or r.date not in (None, hr.date):
            return None  # (a day of its own, or an actor: another event)
        if hr.paragraph not in (r.paragraph, r.paragraph - 1) or len(hr.targets) != 1:
            return None
        area = hr.targets[0].place
        if (
            area is None
            or area.kind not in _REFINED_INSIDE_KINDS
            or _same_place(h.target, inc.target)
        ):
            return None
        if not 0.0 < (inc.target.radius_m or 0.0) < (h.target.radius_m or 0.0):
            return None
        part = r.targets[0]
        spot = part.place
        inside = spot is not None and (
            _quarter_of(part, hr.targets[0])
            if area.kind in _TOWN_KINDS
            else haversine_m(area.lat, area.lon, spot.lat, spot.lon) <= area.precision_m
            and _may_hold(area, spot)
        )
        if not inside:
            return None
        folded = af.slice(r.sentence.start, r.sentence.end)[0]
        if hr.paragraph != r.paragraph and not (
            _THIS_EVENT.search(folded)
            or _THE_ATTACK.search(folded)
            or _STRIKE_NOUN.search(folded)
            or _STRUCK_PASSIVE.search(folded)
        ):  # (the next paragraph names the strike again, or tells what "was hit")
            return None
        return host
    return None


def _fold_this_event(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """ "This attack" placed inside the area of the event told before is that event, placed.

    ("US jets bombed a depot in Deir ez-Zor province. … Monitors said the depot was near
    the city of Deir ez-Zor and nine were killed in this attack", ``… قتل تسعة في هذه
    الغارة``, ``… در این حمله ۹ نفر کشته شدند``): the sentence names the event before by a
    demonstrative, gives no day of its own and one place inside the province or area the
    event was drafted at (this paragraph or the one before): that event, at the narrower
    place, with the toll; no second draft (whatever kind its own words alone would give).
    """
    out: list[_Pending] = []
    for d in drafts:
        r, inc = d.reading, d.incident
        host = out[-1] if out else None
        if (
            host is not None
            # (no day of its own: none, or one taken from the sentences before)
            and (r.date is None or r.date.start < r.sentence.start)
            and len(r.targets) == 1
            and len(host.reading.targets) == 1
            and host.reading.targets[0].place is not None
            and host.reading.targets[0].place.kind in AREA_KINDS
            and 0 <= r.paragraph - host.reading.paragraph <= 1
            and host.reading.sentence.end <= r.sentence.start
            and not _same_place(host.incident.target, inc.target)
            and _within(host.incident, inc, slack_km=0.0)
            and _may_hold(host.reading.targets[0].place, r.targets[0].place)
            # ("this strike" names the strike's weapon again: ``هذه الغارة``)
            and (
                inc.weapon in ("unknown", host.incident.weapon)
                or (inc.weapon == "airstrike" and host.incident.is_strike)
            )
            and _THIS_EVENT.search(af.slice(r.sentence.start, r.sentence.end)[0])
        ):
            h = host.incident
            host.incident = replace(h, target=inc.target, **_toll_of(h, inc))
            host.evidence.append(
                f"the sentence at {r.sentence.start}-{r.sentence.end} places this event at "
                f"{inc.target.name}, inside {h.target.name}"
            )
            continue
        if host is not None and _names_it_wider(af, d, host):
            # "… sources said the raid hit farmland in Kirkuk province": the event before,
            # named again, in the area around its site
            host.incident = replace(host.incident, **_toll_of(host.incident, inc))
            host.evidence.append(
                f"the sentence at {r.sentence.start}-{r.sentence.end} names this event again, "
                f"in {inc.target.name} around it"
            )
            continue
        out.append(d)
    return out


def _names_it_wider(af: _ArticleFold, d: _Pending, host: _Pending) -> bool:
    """Whether ``d`` names ``host``'s event again ("the strike", "this attack") in the area
    around its site (a province holding it), with no day or weapon of its own."""
    r, inc, h = d.reading, d.incident, host.incident
    wide = r.targets[0].place if len(r.targets) == 1 else None
    if (
        wide is None
        or wide.kind not in AREA_KINDS
        or not host.reading.targets
        or host.reading.targets[0].place is None
        or host.reading.targets[0].place.kind in AREA_KINDS
        # (the draft just before: paragraphs of comment between may stand between)
        or not 0 <= r.paragraph - host.reading.paragraph <= 2
        or host.reading.sentence.end > r.sentence.start
        or not (r.date is None or r.date.start < r.sentence.start)
        or inc.weapon not in ("unknown", "airstrike", h.weapon)
    ):
        return False
    days = (inc.date - h.date).days
    if not (days == 0 or (inc.date_precision == "week" and 0 <= days <= 7)):
        return False
    reach = (inc.target.radius_m or 0.0) + (h.target.radius_m or 0.0)
    if haversine_m(h.target.lat, h.target.lon, inc.target.lat, inc.target.lon) > reach:
        return False
    folded = af.slice(r.sentence.start, r.sentence.end)[0]
    return bool(_THIS_EVENT.search(folded) or _STRIKE_NOUN.search(folded))


#: the place kinds of a province (the first-level division a gazetteer row's ``admin1``
#: names)
_PROVINCE_KINDS = frozenset({"governorate", "province"})


def _is_province(place: Place | None) -> bool:
    """Whether ``place`` is a province (a governorate) with its ``admin1`` known."""
    return place is not None and place.kind in _PROVINCE_KINDS and bool(place.admin1)


def _may_hold(area: Place, spot: Place | None) -> bool:
    """Whether ``spot`` may lie inside ``area`` by their countries and provinces.

    A province holds only its own places: al-Qaim, in Anbar, lies within the radius of
    Deir ez-Zor province across the border, not inside it.
    """
    if spot is None:
        return True
    if area.country and spot.country and spot.country != area.country:
        return False
    return not (_is_province(area) and spot.admin1 and spot.admin1 != area.admin1)


def _fold_regions(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """A strike told on a countryside or province is told again at the sites inside it.

    ("US raids in the Deir ez-Zor countryside killed dozens, monitors say. ¶ Most died at
    a depot in Albu Kamal …", ``… في ريف دير الزور … قتلوا في البوكمال``,
    ``… در حومه دیرالزور … در البوکمال``): the region's draft is the events told in
    general; the sites of the same kind class and day inside its province are the events.
    Only a draft whose one place is a town named as its countryside or province, or the
    province itself ("US jets struck two sites in Deir ez-Zor province. ¶ … a depot near
    Albu Kamal …", ``غارات على موقعين في محافظة دير الزور``, ``استان دیرالزور``). The
    site's draft takes the general telling's actor, claim and weapon where it has none.
    """
    sites = [
        d
        for d in drafts
        if d.incident.target.place_id
        and not (
            len(d.reading.targets) == 1
            and (
                _region_of_town(d.reading.targets[0], af)
                or _is_province(d.reading.targets[0].place)
            )
        )
    ]
    if len(sites) == len(drafts):
        return drafts
    site_ids = {id(e) for e in sites}
    # (the sites by day, kind class and province, in order: one look-up per region draft)
    by_area: dict[tuple[dt.date, str, str], list[_Pending]] = {}
    for e in sites:
        key = (e.incident.date, kind_class(e.incident.kind), e.incident.target.admin1)
        by_area.setdefault(key, []).append(e)
    out: list[_Pending] = []
    for d in drafts:
        region = d.reading.targets[0].place if len(d.reading.targets) == 1 else None
        inside = (
            next(
                (
                    e
                    for e in by_area.get(
                        (d.incident.date, kind_class(d.incident.kind), region.admin1), ()
                    )
                    if e.incident.target.place_id != d.incident.target.place_id
                ),
                None,
            )
            if region is not None
            and region.admin1
            and id(d) not in site_ids
            and d.incident.target.place_id == region.id
            else None
        )
        if inside is None or region is None:
            out.append(d)
            continue
        # (the general telling names who struck and with what where the site's does not)
        i, g = inside.incident, d.incident
        inside.incident = replace(
            i,
            actor=i.actor or g.actor,
            claim_status=g.claim_status if i.claim_status == "unknown" else i.claim_status,
            weapon=g.weapon if i.weapon == "unknown" else i.weapon,
        )
        inside.evidence.append(
            f"the sentence at {d.reading.sentence.start}-{d.reading.sentence.end} tells the "
            f"events of the {region.name} region in general: no draft of its own"
        )
    return out


def _regions_as_provinces(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """A draft placed at a town named as its countryside (``ريف دير الزور``, "the Deir
    ez-Zor countryside", ``حومه دیرالزور``), no site inside told apart
    (:func:`_fold_regions` found none), is placed at the town's province.

    The countryside of a city is the province around it, not the city: "Apache gunships
    struck launch sites in the Deir ez-Zor countryside" happened somewhere in the
    governorate. The province is the one the name's own reading offered (a candidate of
    the mention, of the town's country and ``admin1``); with none, the draft stays.
    Only a draft whose one place is that town, and no other draft of the article at the
    province on its day (one incident per site per day).
    """
    taken = {(d.incident.date, d.incident.target.place_id) for d in drafts}
    for d in drafts:
        if len(d.reading.targets) != 1:
            continue
        m = d.reading.targets[0]
        town = m.place
        if town is None or d.incident.target.place_id != town.id:
            continue
        if not _region_of_town(m, af):
            continue
        province = next(
            (
                c.place
                for c in m.candidates
                if _is_province(c.place)
                and c.place.admin1 == town.admin1
                and c.place.country == town.country
            ),
            None,
        )
        if province is None or (d.incident.date, province.id) in taken:
            continue
        taken.add((d.incident.date, province.id))
        d.incident = replace(
            d.incident,
            target=replace(
                d.incident.target,
                lat=province.lat,
                lon=province.lon,
                name=province.name,
                place_id=province.id,
                radius_m=float(province.precision_m),
                geo_precision=3,
                relation="",
                polygon_wkt=None,
                ambiguous=False,
                alternatives=(),
            ),
        )
        d.evidence.append(f"{m.text}: a town named as its countryside, placed at its province")
    return drafts


class _Toll(TypedDict):
    killed: int | None
    wounded: int | None


def _toll_of(first: Incident, second: Incident) -> _Toll:
    """The killed and wounded of two tellings of one event merged: each figure of
    ``first`` where it gives one, else ``second``'s (the fields of :func:`replace`)."""
    return _Toll(
        killed=first.killed if first.killed is not None else second.killed,
        wounded=first.wounded if first.wounded is not None else second.wounded,
    )


def _fuller_toll(first: Incident, second: Incident) -> _Toll:
    """:func:`_toll_of`, but the dead of a retelling that counts more than the one person
    the first telling named ("a strike killed a senior commander … ¶ Three people died
    when the car was hit in X": three, the commander among them)."""
    toll = _toll_of(first, second)
    if first.killed == 1 and second.killed is not None and 1 < second.killed < 100:
        return _Toll(killed=second.killed, wounded=toll["wounded"])
    return toll


def _quarter_of(part: ResolvedMention, city: ResolvedMention) -> bool:
    """Whether ``part`` is a quarter or site of ``city``: not a town, and inside its radius.

    (al-Qaim is no part of Albu Kamal across the border, however near: both are towns.)
    """
    p, c = part.place, city.place
    if p is None or c is None or p.kind in _TOWN_KINDS - {"neighbourhood", "neighborhood"}:
        return False
    return haversine_m(c.lat, c.lon, p.lat, p.lon) <= c.precision_m


#: how far (folded characters) "this attack" may stand before the place it names ("this
#: attack on X", ``در این حمله به X``, ``هذا الهجوم على X``)
_THIS_EVENT_REACH = 16


def _names_this_event_at(af: _ArticleFold, r: _Reading) -> bool:
    """Whether ``r`` names its one site as "this attack on X" (see :data:`_THIS_EVENT`)."""
    target = r.targets[0]
    folded, fa = af.slice(r.sentence.start, r.sentence.end)
    at = af.pos(target.start) - fa
    return any(
        0 <= at - m.end() <= _THIS_EVENT_REACH
        for m in _THIS_EVENT.finditer(folded, max(0, at - _THIS_EVENT_REACH - 24), max(0, at))
    )


def _mentioned_again(r: _Reading, drafts: Sequence[_Pending], af: _ArticleFold) -> _Pending | None:
    """The draft an undated back-reference names again, if any.

    A sentence with no date of its own whose place is "the base" named before
    (``الهجوم على القاعدة``, "the attack on the base", ``این حمله به پایگاه``), or a place
    named as "this attack on X" (``در این حمله به X``, ``هذا الهجوم على X``), tells more
    of the event at that site already drafted (same kind class): it takes that event's
    date rather than the date last read (maybe of the event it answered).
    """
    if r.date is not None or len(r.targets) != 1 or r.targets[0].place is None:
        return None
    if not r.anaphor and not _names_this_event_at(af, r):
        return None
    if r.relative is not None and r.relative.days != 0 and not (r.claim or r.claim_cue):
        # "The day before, two rockets fell near the same base": another day (a claim
        # "a day later" is the claim's day, of the attack told)
        return None
    place_id = r.targets[0].place.id
    for d in reversed(drafts):
        if d.incident.target.place_id == place_id and kind_class(d.incident.kind) == kind_class(
            r.kind
        ):
            return d
    return None


#: weapons of one family: a count of "missiles and rockets" counts a missile attack
_WEAPON_FAMILY = {"ballistic_missile": "rocket", "cruise_missile": "rocket"}


def _counts_the_one_before(r: _Reading, before: _Pending) -> bool:
    """Whether ``r``, an attack with no place of its own, counts the weapons of ``before``.

    The attack or interception drafted just before, in the paragraph before, with no
    count, of the same weapon family or none, told by no state, the sentence naming no
    place at all: "A count put the salvo at seventeen rockets", ``وقال مسؤول إن ثلاث طائرات
    مسيرة هاجمت القاعدة``.
    """
    inc = before.incident
    if r.count is None or inc.count is not None or r.kind != "attack" or r.striker:
        return False
    if inc.kind not in ("attack", "interception"):
        return False
    if r.paragraph != before.reading.paragraph + 1 or r.places:
        return False
    if not r.reason.startswith("no place"):
        return False
    family = {_WEAPON_FAMILY.get(w, w) for w in (inc.weapon, r.weapon)} - {"unknown"}
    return len(family) <= 1


def _tallies_in_its_paragraph(af: _ArticleFold, r: _Reading, before: _Pending) -> bool:
    """Whether ``r`` counts the weapons of ``before`` told just before in its own paragraph.

    "Rockets landed in X on Friday. Six rockets were fired in all, police said"
    (``… وقال المصدر إن ستة صواريخ أطلقت``, ``… در مجموع شش راکت شلیک شد``): as
    :func:`_counts_the_one_before`, in the same paragraph, the sentence telling no other
    salvo ("another", "later", ``مجددا``, ``دوباره``) and no other day.
    """
    inc = before.incident
    if r.count is None or inc.count is not None or r.kind != "attack" or r.striker:
        return False
    if inc.kind not in ("attack", "interception") or before.reading.striker:
        return False
    if r.paragraph != before.reading.paragraph or r.places or not r.reason.startswith("no place"):
        return False
    if before.reading.sentence.end > r.sentence.start:
        return False
    if r.date is not None and r.date.date != inc.date:
        return False
    family = {_WEAPON_FAMILY.get(w, w) for w in (inc.weapon, r.weapon)} - {"unknown"}
    if len(family) > 1:
        return False
    return _AGAIN.search(af.slice(r.sentence.start, r.sentence.end)[0]) is None


def _strikes_named_again(
    r: _Reading, drafts: Sequence[_Pending], af: _ArticleFold
) -> _Pending | None:
    """The strike drafted before that an undated sentence names again as "the strikes".

    "18 were wounded in the strikes on X" (``في الغارات على X``, ``در این حملات``), its
    own striker unnamed: the strike on X told before, not an attack of its own.
    """
    if r.date is not None or r.striker or len(r.targets) != 1 or r.targets[0].place is None:
        return None
    if _STRIKE_NOUN.search(af.slice(r.sentence.start, r.sentence.end)[0]) is None:
        return None
    place_id = r.targets[0].place.id
    for d in reversed(drafts[-_NAMED_AGAIN_REACH:]):  # (bounded: linear cost)
        if d.incident.target.place_id == place_id and d.incident.kind.endswith("strike"):
            return d
    return None


#: how many drafts back a strike named again may be found
_NAMED_AGAIN_REACH = 32


#: "after midnight" (``بعد منتصف الليل``, ``پس از نیمه‌شب``): the night after the day before
_AFTER_MIDNIGHT = actors.fold_pattern(
    r"(?<!\w)(?:(?:after|past) midnight|و?بعد منتصف الليل|و?بعيد منتصف الليل"
    r"|(?:پس|بعد) از نيمه ?شب)(?!\w)"
)


def _after_midnight(af: _ArticleFold, r: _Reading) -> bool:
    """Whether the sentence of ``r`` says its event came after midnight (no day of its own)."""
    return _AFTER_MIDNIGHT.search(af.slice(r.sentence.start, r.sentence.end)[0]) is not None


def _restated_day(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> DateMention | None:
    """The day the next sentence gives the event of ``readings[i]``, naming it again.

    ("The strikes took place early on Tuesday", ``ونُفذت الغارات فجر الثلاثاء``, ``این حملات
    بامداد سه‌شنبه انجام شد``): a sentence that drafts nothing itself.
    """
    follow = _follower(readings, i)
    if follow is None or follow.date is None or follow.history or follow.date.precision != "day":
        return None
    folded = af.slice(follow.sentence.start, follow.sentence.end)[0]
    if _STRIKE_NOUN.search(folded) is None and _THIS_EVENT.search(folded) is None:
        return None
    return follow.date


def _answered_drafts(r: _Reading, source: Source) -> list[_Pending]:
    """Drafts of the event a response clause reports with a date of its own."""
    assert r.answered_date is not None
    kind = r.answered_kind or ("attack" if r.kind.endswith("strike") else "retaliatory_strike")
    out = []
    for m in r.answered:
        incident = Incident(
            id="",
            date=r.answered_date.date,
            kind=kind,
            target=_location(m),
            date_precision=r.answered_date.precision
            if r.answered_date.precision in ("day", "week", "month")
            else "day",
            weapon=r.answered_weapon,
            count=r.answered_count if kind == "attack" else None,
            killed=r.answered_killed,
            wounded=r.answered_wounded,
            actor=r.answered_actor if kind.endswith("strike") else "",
            claim_status="attributed"
            if kind.endswith("strike") and r.answered_actor
            else "unknown",
            sources=(source,),
        )
        notes = [
            f"sentence at characters {r.sentence.start}-{r.sentence.end}",
            f"the event a response clause reports, dated {r.answered_date.date.isoformat()} "
            f"at {r.answered_date.start}",
            f"target at {m.start}-{m.end}",
        ]
        plain = replace(
            r,
            kind=kind,
            weapon=r.answered_weapon,
            responds=False,
            striker=r.answered_actor if kind.endswith("strike") else "",
            group="",
            count=None,
            anaphor=False,
            inferred=(),
        )
        conf, doubts = _confidence(plain, m, "sentence", False)
        conf -= 0.15  # its sentence tells another event: the answered one is told in passing
        notes.append("confidence: " + ", ".join((*doubts, "told in a response clause -0.15")))
        out.append(_Pending(replace(plain, kind=kind), incident, round(max(0.05, conf), 3), notes))
    return out


#: how many sentences after a response clause its claim may stand (each of the paragraph,
#: drafting nothing, naming no other actor)
_CLAIMER_REACH = 2


def _claimer_after(readings: Sequence[_Reading], i: int) -> str:
    """The group the next sentence says claimed an event, when it tells none itself.

    One sentence more when the first names no actor ("… a response to the rocket attack
    on X. 14 rockets were fired in it, one contractor was killed. A group calling itself
    Y claimed it", ``… در آن حمله ۱۴ راکت شلیک شد … گروهی … مسئولیت آن را پذیرفت``).
    """
    for j in range(i, i + _CLAIMER_REACH):
        follow = _follower(readings, j)
        if follow is None:
            return ""
        if follow.group and (follow.claim_cue or follow.claim):
            return follow.group
        if follow.group or follow.striker:
            return ""  # another actor named between: its claim is not this event's
    return ""


def _clause_date(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> DateMention | None:
    """The date of the next clause of the same sentence, for a clause with none of its own.

    ("Rockets struck X and drones were flown at Y on Thursday": both on Thursday.)
    """
    if i + 1 >= len(readings):
        return None
    r, nxt = readings[i], readings[i + 1]
    if nxt.date is None or nxt.history or not _one_sentence(af, r, nxt):
        return None
    return nxt.date


def _one_sentence(af: _ArticleFold, r: _Reading, nxt: _Reading) -> bool:
    """Whether ``nxt`` is the clause right after ``r`` in the same sentence (never past a
    paragraph's end: a ticker's line ending with no full stop ends its item too)."""
    if r.paragraph != nxt.paragraph or not 0 <= nxt.sentence.start - r.sentence.end <= _CLAUSE_GAP:
        return False
    # (a sentence's end may be its last character)
    return not _SENTENCE_END.search(af.slice(max(0, r.sentence.end - 1), nxt.sentence.start)[0])


def _told_in_general(readings: Sequence[_Reading], i: int) -> DateMention | None:
    """The day of events told in general at the end of the paragraph before.

    "US forces came under attack twice on Sunday, a spokesman said at Monday's briefing.
    ¶ Rockets hit X. A drone was downed near Y" (``… يوم الأحد … ¶ سقطت صواريخ على X``):
    the events of the next paragraph are those, on that day, not on the briefing's (the
    last day the text gives). Only an event placeless and dated by day, the last
    reading of the paragraph just before, with no event drafted between.
    """
    r = readings[i]
    for back in range(i - 1, max(-1, i - _OPENING_REACH - 2), -1):
        b = readings[back]
        if b.paragraph == r.paragraph:
            if b.event and not b.reason:
                return None  # (an event drafted between: the paragraph's own rules date it)
            continue
        if b.paragraph != r.paragraph - 1:
            return None
        if b.event and b.reason.startswith("no place") and b.date is not None:
            return b.date if b.date.precision == "day" and not b.history else None
        if b.event:
            return None
    return None


#: how many readings back :func:`_placeless_day_before` looks
_PLACELESS_DAY_REACH = 2


def _time_clause_names(r: _Reading, drafts: Sequence[_Pending]) -> _Pending | None:
    """The draft told before at the place ``r``'s time clause names ("minutes after the
    attack on X", "two days after …": :attr:`_Reading.answered_relative`, X among
    :attr:`_Reading.answered`), when all such drafts share one day; else ``None``."""
    if r.answered_relative is None or not r.answered:
        return None
    named = {m.place.id for m in r.answered if m.place is not None}
    told = [
        d
        for d in drafts
        if d.incident.target.place_id in named
        and d.reading.sentence.start < r.sentence.start
        and d.incident.date_precision == "day"
    ]
    return told[-1] if len({d.incident.date for d in told}) == 1 else None


def _placeless_day_before(readings: Sequence[_Reading], i: int) -> DateMention | None:
    """The day of the event told just before ``readings[i]`` with no place of its own.

    A time relative to the event before ("hours later", ``بعد ساعات``, ``ساعاتی بعد``)
    counts from it even when it drafted nothing ("The group said on Sunday it had hit a US
    base on the border. ¶ Hours later the Pentagon confirmed a drone attack on X"). Only
    when no event was drafted before (see the caller), its paragraph the same or the one
    before, dated by day and no history; bounded look-back (linear cost).
    """
    r = readings[i]
    for back in range(i - 1, max(-1, i - 1 - _PLACELESS_DAY_REACH), -1):
        b = readings[back]
        if r.paragraph - b.paragraph > 1:
            return None
        if not b.event:
            continue
        if (
            b.reason.startswith("no place")
            and b.date is not None
            and b.date.precision == "day"
            and not b.history
        ):
            return b.date
        return None
    return None


def _next_date(readings: Sequence[_Reading], i: int) -> DateMention | None:
    follow = _follower(readings, i)
    return follow.date if follow is not None and not follow.history else None


def _follower(readings: Sequence[_Reading], i: int) -> _Reading | None:
    """The next sentence of the paragraph when it drafts nothing itself."""
    if i + 1 < len(readings):
        nxt = readings[i + 1]
        if nxt.paragraph == readings[i].paragraph and (not nxt.event or nxt.reason):
            return nxt
    return None


#: a sentence telling of an earlier event ("the strike came after three were killed");
#: not the Persian "an hour later" (``ساعتی بعد``, ``دقایقی بعد``, ``روز بعد``: a time noun
#: before ``بعد``), the moment a figure was given
_EARLIER = actors.fold_pattern(
    r"(?<!\w)(?:after|following|since|پس از|بعد از|عقب|اثر|إثر"
    r"|(?<!ساعتي )(?<!ساعاتي )(?<!دقايقي )(?<!لحظاتي )(?<!روز )(?<!كمي )بعد"
    # (nor the Arabic "an hour later", ``بعد ساعة``, unless "after" an event: ``بعد ساعات
    # من الهجوم``)
    r"(?! (?:ساعه|ساعتين|ساعات|دقايق|قليل)(?!\w)(?! من(?!\w))))(?!\w)"
)


#: a strike attributed afterwards ("US officials attributed the strike to Washington",
#: ``ونسب مسؤولون أمريكيون الضربة إلى بلادهم``, ``این حمله را به آمریکا نسبت دادند``)
_ATTRIBUTED = actors.fold_pattern(
    r"(?<!\w)(?:attributed|blamed|ascribed|[وف]?نسب\w*|نسبت (?:داد|دادند|داده)"
    # a state owning the strike ("a US official said his country carried out the strike",
    # ``إن بلاده نفذت الضربة``, ``این حمله را انجام داده``)
    r"|(?:carried out|conducted) the (?:strike|raid|attack)|[وف]?نفذ\w* (?:\S+ )?(?:الضربه|الغاره"
    r"|القصف|العمليه)|(?:حمله|عمليات|اين حمله) را انجام (?:داد|دادند|داده))(?!\w)"
)


def _attributed_after(af: _ArticleFold, r: _Reading, follow: _Reading | None) -> _Reading:
    """A strike with no striker takes the state the sentence after attributes it to."""
    if follow is None:
        return r
    folded = af.slice(follow.sentence.start, follow.sentence.end)[0]
    if not _ATTRIBUTED.search(folded) or actors.denies(folded):
        return r  # "US officials denied involvement and blamed Israel": no attribution
    state = actors.state_named(folded)
    if state is None:
        return r
    return replace(
        r,
        striker=state,
        notes=(*r.notes, f"striker {state}: the sentence after attributes the strike"),
        inferred=(*r.inferred, "striker"),
    )


def _owned_strike_after(af: _ArticleFold, r: _Reading, follow: _Reading | None) -> _Reading:
    """An attack by a drone or by no weapon named that the sentence after owns as a state's
    strike: "A drone hit the leader's car in X. ¶ A US official said American forces
    carried out the strike" (``… وقال مسؤول أمريكي إن بلاده نفذت
    الضربة``, ``… یک مقام آمریکایی گفت کشورش این حمله را انجام داده``)."""
    if follow is None or not follow.striker or not follow.kind.endswith("strike"):
        return r
    owned = _attributed_after(af, replace(r, kind=follow.kind), follow)
    if not owned.striker:
        return r
    return replace(
        owned,
        # (the drone or jet of a strike is its platform, no munitions counted)
        count=None if r.weapon in ("drone", "airstrike") else r.count,
        notes=(*owned.notes, "a strike: the state owning it in the sentence after"),
        inferred=(*owned.inferred, "kind"),
    )


def _quiet_next(readings: Sequence[_Reading], i: int) -> _Reading | None:
    """The next sentence, opening the next paragraph, when it drafts nothing and names no place.

    ("… killing five of them.\n\nThe official said the fighters posed an imminent threat.")
    """
    if i + 1 < len(readings):
        nxt = readings[i + 1]
        if (
            nxt.paragraph == readings[i].paragraph + 1
            and not nxt.places
            and (not nxt.event or nxt.reason)
        ):
            return nxt
    return None


#: the event named again as "the attack" (``الهجوم``, ``این حمله``): with "the strikes" and
#: "this attack", what a sentence opening the next paragraph tells more of
_THE_ATTACK = actors.fold_pattern(r"(?<!\w)(?:the attack|the assault|[وف]?الهجوم|اين حمله)(?!\w)")


def _named_next(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> _Reading | None:
    """The sentence opening the next paragraph when it names the event again (no place).

    ("… struck a depot near X.\n\nMonitors said the strike killed nine", ``وقال المرصد إن
    الغارة أسفرت عن مقتل تسعة``, ``… در این حمله سه نفر کشته شدند``.)
    """
    nxt = _quiet_next(readings, i)
    if nxt is None:
        return None
    folded = af.slice(nxt.sentence.start, nxt.sentence.end)[0]
    if actors.responds(folded):
        return None  # "the White House called the strikes a response to the killing of three"
    if _STRIKE_NOUN.search(folded) or _THIS_EVENT.search(folded) or _THE_ATTACK.search(folded):
        return nxt
    return None


_THREAT_AFTER = "preemptive: the sentence after names an imminent threat"


def _names_a_threat(af: _ArticleFold, follow: _Reading | None) -> bool:
    """Whether the sentence ``follow`` names an imminent threat (:data:`_PREEMPTIVE`)."""
    if follow is None:
        return False
    return _PREEMPTIVE.search(af.slice(follow.sentence.start, follow.sentence.end)[0]) is not None


def _threat_after(af: _ArticleFold, r: _Reading, follow: _Reading | None) -> _Reading:
    """A strike the sentence after calls the answer to an imminent threat is preemptive.

    ("The coalition struck launchers near X. It said they posed an imminent threat",
    ``… وقال إنها كانت تشكل خطرا وشيكا``, ``… این سکوها تهدیدی قریب‌الوقوع بودند``.)
    """
    if not _names_a_threat(af, follow):
        return r
    return replace(r, kind="preemptive_strike", notes=(*r.notes, _THREAT_AFTER))


#: a sentence opening on the attacks told before as its subject ("The attacks came days
#: after …", ``وتأتي هذه الهجمات بعد …``, ``این عملیات‌ها چند روز پس از آن صورت می‌گیرد
#: که …``): the strike it goes on to tell is what they came after
_ATTACKS_CAME = actors.fold_pattern(
    r"\W*(?:(?:the|these|those) (?:attacks|operations|assaults) (?:came|come|followed"
    r"|took place)|[وف]?(?:ياتي|تاتي|جاء|جاءت) (?:(?:هذه|تلك) )?(?:ال)?(?:هجمات|عمليات|هجوم"
    r"|عمليه)|[وف]?(?:هذه|تلك) (?:ال)?(?:هجمات|عمليات) (?:تاتي|جاءت)"
    r"|(?:اين|آن) (?:حمله|حملات|عمليات|حمله ها|عمليات ها)(?: \S+){0,3}? (?:پس|بعد) از)(?!\w)"
)


#: a sentence telling the event the one told before came after, opening on a demonstrative
#: for it ("This came after rockets hit X and Y", ``جاء ذلك بعدما سقطت صواريخ على X``,
#: ``این حملات پس از آن انجام شد که راکت‌هایی به X اصابت کرد``), maybe after its source
#: ("According to CENTCOM, it came after …", ``وبحسب بيان …، جاء ذلك بعدما``) (folded)
_CAME_AFTER_THAT = actors.fold_pattern(
    r"^(?:[^,،.]{0,80}[,،]\s*)?(?:"
    r"(?:this|that|it|the (?:strikes?|raids?|operation)) (?:came|comes|followed)"
    r"(?: \S+){0,2}? after"
    r"|[وف]?(?:جاء|جاءت|ياتي|تاتي) (?:ذلك|هذا|هذه|الغارات|الضربات|القصف|الضربه)(?: \S+){0,2}?"
    r" (?:بعدما|بعد ان|عقب)"
    r"|(?:اين|ان) (?:حمله|حملات|ضربه|ضربات|اقدام|عمليات)(?: \S+){0,3}? پس از ان"
    r"(?: \S+){0,3}? كه)(?!\w)"
)


def _came_after_the_one_before(
    af: _ArticleFold, readings: Sequence[_Reading], i: int, before: _Pending | None
) -> bool:
    """Whether the drafts of ``readings[i]`` (attacks) are what the strike drafted just
    before came after, by the sentence's cue (:data:`_CAME_AFTER_THAT`): that strike
    answers them.

    The strike in this paragraph or the one before, its cause told nowhere between ("…
    CENTCOM said it answered attacks on US troops. This strike came days after …": a time,
    no second cause); ``readings[i]`` no strike of its own.
    """
    r = readings[i]
    if before is None or r.kind.endswith("strike") or not before.incident.is_strike:
        return False
    if r.paragraph - before.reading.paragraph > 1:
        return False
    if _CAME_AFTER_THAT.match(af.slice(r.sentence.start, r.sentence.end)[0]) is None:
        return False
    start = before.reading.sentence.start
    between = [x for x in readings[max(0, i - _CAUSE_REACH) : i] if x.sentence.start >= start]
    return not any(x.responds for x in between)


#: how many readings back a cause told of the strike is looked for (bounded)
_CAUSE_REACH = 4


def _came_after_it(af: _ArticleFold, r: _Reading) -> bool:
    """Whether strike ``r``'s sentence opens on the attacks told before, which its response
    cue says came after the strike (see :data:`_ATTACKS_CAME`)."""
    return bool(r.striker and r.targets) and (
        _ATTACKS_CAME.match(af.slice(r.sentence.start, r.sentence.end)[0]) is not None
    )


def _of_the_attack(
    af: _ArticleFold, follow: _Reading, r: _Reading, answered: Sequence[_Pending]
) -> bool:
    """Whether ``follow``'s casualties belong to the attack ``r``'s clause reports.

    ``r`` is a strike whose response clause told an attack (``answered``), and ``follow``
    names that attack by a weapon militias fire ("in the missile attack", ``في الهجوم
    الصاروخي``, ``در حمله موشکی``).
    """
    if not (r.kind.endswith("strike") and answered and answered[0].incident.kind == "attack"):
        return False
    if answered[0].incident.killed is not None or answered[0].incident.wounded is not None:
        return False
    return follow.weapon in _MILITIA_WEAPONS and follow.weapon != "airstrike"


#: a toll told of a strike by its noun ("the strike killed two", "were killed in the US
#: strikes", ``أسفرت الضربة عن مقتل``, ``الضربة أسفرت عن``, ``قتلوا في الغارات``, ``در
#: بمباران``, ``در حملات هوایی``) (folded; a "drone strike" is no state's strike here)
_STRIKE_TOLL = actors.fold_pattern(
    r"(?<!\w)(?:(?:in|by) the (?:us |u\.s\. |american )?(?:air ?strikes?|strikes?|raids?"
    r"|bombing)|the (?:us |u\.s\. |american )?(?:air ?strikes?|strikes?|raids?) (?:killed|left)"
    r"|(?:اسفرت|ادت|اوقعت|خلفت) (?:ال)?(?:ضربه|ضربات|غاره|غارات)(?! (?:ب|بال)?(?:مسير|طائر))"
    r"|(?:ال)?(?:ضربه|ضربات|غاره|غارات)(?: (?:الامريكيه|الجويه))? (?:اسفرت|ادت|اوقعت|خلفت|قتلت)"
    r"|(?:في|جراء|بسبب) (?:ال)?(?:ضربه|ضربات|غاره|غارات)(?! (?:ب|بال)?(?:مسير|طائر))"
    r"|(?:در|بر اثر|در جريان) (?:اين )?(?:بمباران|حملات هوايي|حمله هوايي|حملات آمريكا"
    r"|حمله آمريكا))(?!\w)"
)
#: how many drafts back the strike a toll names may be (bounded)
_STRIKE_TOLL_REACH = 4


def _the_strike_named(
    af: _ArticleFold, follow: _Reading, r: _Reading, drafts: Sequence[_Pending]
) -> _Pending | None:
    """The strike drafted before the attack ``r`` whose toll ``follow`` tells, when
    ``follow`` names the strike by its noun (:data:`_STRIKE_TOLL`) and no place: an attack
    told between a strike and its figures ("US jets struck X. Y had been hit by rockets
    on Tuesday. The strike killed two", ``… وكانت Y قد تعرضت لهجوم. وقالت مصادر إن
    الضربة أسفرت عن مقتل اثنين``) does not take the strike's toll. Only the last few
    drafts, the strike without a toll of its own."""
    if r.kind != "attack" or follow is r or _places_named(follow):
        return None
    if af.search(_STRIKE_TOLL, follow.sentence.start, follow.sentence.end) is None:
        return None
    for p in reversed(drafts[-_STRIKE_TOLL_REACH:]):
        if p.incident.is_strike:
            if p.incident.killed is None and p.incident.wounded is None:
                return p
            return None
    return None


#: more dead added to a toll told before ("Two others were also killed", ``كما قتل اثنان
#: آخران``, ``دو نفر دیگر نیز کشته شدند``) (folded)
_OTHERS_KILLED = actors.fold_pattern(
    r"(?<!\w)(?:(?P<en>\w+) (?:others|other people|more people|more)(?: \S+){0,4}? (?:were|was"
    r"|have been|had been) also killed|also killed (?P<en2>\w+) others"
    r"|(?:[وف]?كما )?(?:قتل|لقي) (?P<ar>\w+) (?:اخرون|اخران|اخرين|اخرى)"
    r"|(?P<fa>\S+) (?:نفر|تن) ديگر(?: \S+){0,6}? نيز (?:كشته|جان باختند))(?!\w)"
)


#: the wounded added after a toll of dead ("… killed two. At least 30 others were wounded",
#: ``… وقتلت جنديين. وأصيب ٣٠ آخرون``, ``… دو نظامی را کشت. ۳۰ نفر دیگر زخمی شدند``)
_OTHERS_WOUNDED = actors.fold_pattern(
    r"(?<!\w)(?:(?P<en>\w+) (?:others|other people|more people|more|other \w+)(?: \S+){0,3}?"
    r" (?:were|was|have been|had been) (?:also )?(?:wounded|injured|hurt)"
    r"|[وف]?(?:كما )?(?:اصيب|جرح)(?: \S+){0,2}? (?P<ar>\w+) (?:اخرون|اخران|اخرين|اخرى)"
    r"|(?P<fa>\S+) (?:نفر |تن |نظامي |سرباز )?ديگر(?: \S+){0,4}? (?:زخمي|مجروح) (?:شدند|شده|شد))"
    r"(?!\w)"
)
#: a word of the wounded, looked for before :data:`_OTHERS_WOUNDED` is run
_WOUNDED_WORDS = ("wound", "injur", "hurt", "اصيب", "جرح", "زخمي", "مجروح")


def _others_wounded(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> int | None:
    """How many wounded a sentence after gives reading ``i``, whose own sentence counts
    only its dead ("… killed two soldiers. According to CENTCOM, 30 others were wounded"):
    the first placeless sentence after, in this paragraph, that drafts nothing."""
    paragraph = readings[i].paragraph
    for n in readings[i + 1 : i + 1 + _TOLL_LATER_REACH]:
        if n.paragraph != paragraph or (n.event and not n.reason):
            return None
        if n.places:
            continue
        folded = af.slice(n.sentence.start, n.sentence.end)[0]
        if not any(word in folded for word in _WOUNDED_WORDS):
            continue
        m = _OTHERS_WOUNDED.search(folded)
        if m is not None:
            value = counts.number_at(next(g for g in m.groups() if g))
            return value if value is not None and 0 < value < 1000 else None
    return None


#: the event named again by its noun ("the attack killed three", ``وأسفر الهجوم عن مقتل``,
#: ``این حمله به کشته شدن سه نفر انجامید``): a figure of the event told before
_THE_EVENT = actors.fold_pattern(
    r"(?<!\w)(?:the (?:attack|strike|strikes|raid|blast|explosion|drone|bombing|barrage)"
    r"|[وفب]?(?:ال)(?:هجوم|غاره|غارات|قصف|انفجار|ضربه|ضربات|استهداف|مسيره|طائره|صاروخ)"
    r"|(?:این|همین|آن) (?:حمله|حملات|انفجار|بمباران|پهپاد))(?!\w)"
)


def _missing_half(
    af: _ArticleFold,
    readings: Sequence[_Reading],
    i: int,
    killed: int | None,
    wounded: int | None,
) -> tuple[int | None, int | None]:
    """The half of a toll reading ``i`` lacks (its dead, or its wounded), from a sentence
    after that names its event again by its noun (:data:`_THE_EVENT`) and no place: "…
    raised the wounded at X to 40. ¶ The attack killed three soldiers" (this paragraph
    and the next, past sentences that draft nothing; bounded)."""
    if (killed is None) == (wounded is None):
        return killed, wounded
    paragraph = readings[i].paragraph
    for k, n in enumerate(readings[i + 1 : i + 1 + _TOLL_LATER_REACH]):
        if n.paragraph > paragraph + 1 or (n.event and not n.reason):
            break
        if n.responds:
            break  # (what a response answered, and its toll, told after: "… In that attack …")
        if n.places:
            continue
        more_killed, more_wounded = _casualties_of(af, n)
        if (more_killed if killed is None else more_wounded) is None:
            continue
        # (the sentence right after, in the paragraph, needs no noun: "… the wounded at X
        # rose to 40. Three soldiers were killed.", ``… وقتل ثلاثة جنود.``)
        right_after = k == 0 and n.paragraph == paragraph
        if not right_after and not _THE_EVENT.search(af.slice(n.sentence.start, n.sentence.end)[0]):
            break
        if readings[i].kind == "attack" and af.search(
            _STRIKE_TOLL, n.sentence.start, n.sentence.end
        ):
            break  # "… an attack on Y that wounded one. ¶ 22 were killed in the strikes"
        return (more_killed if killed is None else killed), (
            more_wounded if wounded is None else wounded
        )
    return killed, wounded


#: a toll revised with no place named ("officials now put the number of wounded at 34",
#: "the death toll rose to five", ``ارتفاع عدد المصابين إلى أربعة``, ``شمار زخمی‌ها به ۴۰
#: نفر رسید``): the group ``w`` (wounded) or ``k`` (killed), the number ``n``
_TOLL_REVISED = actors.fold_pattern(
    r"(?<!\w)(?:(?:number|toll|tally|count) of (?:the )?(?:(?P<w>wounded|injured|hurt|injuries)"
    r"|(?P<k>dead|killed|deaths|fatalities))(?: \S+){0,3}? (?:at|to) (?P<n>\S+)"
    r"|(?:death toll|toll of (?:the )?dead)(?: \S+){0,2}? (?:rose|risen|climbed|jumped|increased)"
    r" to (?P<kn>\S+)"
    r"|(?:[وف]?(?:ارتفع|ارتفاع|ارتفعت|وصل|وصول|بلغ))(?: حصيله)? (?:عدد )?(?:ال)?(?:(?P<aw>مصابين"
    r"|جرحي)|(?P<ak>قتلي|ضحايا|شهداء))(?: \S+){0,2}? (?:الي|ل) (?P<an>\S+)"
    r"|(?:شمار|امار|تعداد) (?:(?P<fw>زخمي|مجروح|مصدوم)|(?P<fk>كشته|جان باخته|قرباني))\S*"
    r"(?: \S+){0,2}? به (?P<fn>\S+)(?: نفر)? (?:رسيد|افزايش يافت))"
)
#: how many paragraphs after the attack its revised toll may be told (a live blog's entries)
_TOLL_REVISED_REACH = 6
#: the figure first given, not the latest ("had first put the number … at 25", "initially",
#: ``في البداية``, ``ابتدا``), a few words before the revision's words
_FIRST_FIGURE = actors.fold_pattern(
    r"(?<!\w)(?:first|initially|originally|earlier|at first|had|في البدايه|بدايه|اولا|سابقا"
    r"|قبلا|در ابتدا|ابتدا|نخست|پيشتر|قبلا)(?!\w)"
)
#: how far (folded characters) before the revision :data:`_FIRST_FIGURE` is looked for
_FIRST_FIGURE_REACH = 40


def _revised_toll(af: _ArticleFold, r: _Reading) -> tuple[int | None, int | None]:
    """The killed and wounded a toll revision in ``r`` gives (see :data:`_TOLL_REVISED`).

    >>> af = _ArticleFold.of("Officials now put the number of wounded at 34.")
    >>> _revised_toll(af, _Reading(Sentence(0, 46), 0, False))
    (None, 34)
    """
    folded = af.slice(r.sentence.start, r.sentence.end)[0]
    killed = wounded = None
    for m in _TOLL_REVISED.finditer(folded):
        if _FIRST_FIGURE.search(folded, max(0, m.start() - _FIRST_FIGURE_REACH), m.start()):
            continue  # "the Pentagon had first put the number of injured at 25"
        token = next(t for t in (m.group("n"), m.group("kn"), m.group("an"), m.group("fn")) if t)
        value = counts.number_at(token.strip(".,،;:"))
        if value is None:
            continue
        if m.group("w") or m.group("aw") or m.group("fw"):
            wounded = value
        else:
            killed = value
    return killed, wounded


def _take_revised_toll(af: _ArticleFold, r: _Reading, drafts: list[_Pending]) -> None:
    """A toll revised in a sentence naming no place is an attack's told before ("¶ 21:15 –
    the number of wounded rose to four"): its figure replaces the one told before. The
    latest of the last few drafts that gave that figure, else the latest draft; an attack
    or a blast, told in this paragraph or a few before."""
    if not drafts or r.places:
        return
    killed, wounded = _revised_toll(af, r)
    if killed is None and wounded is None:
        return
    recent = drafts[-_FOLLOW_REACH:]
    d = next(
        (
            e
            for e in reversed(recent)
            if (wounded is not None and e.incident.wounded is not None)
            or (killed is not None and e.incident.killed is not None)
        ),
        recent[-1],
    )
    if d.incident.kind not in ("attack", "explosion") and not _strike_toll_revised(d, killed):
        return
    if not 0 <= r.paragraph - d.reading.paragraph <= _TOLL_REVISED_REACH:
        return
    inc = d.incident
    d.incident = replace(
        inc,
        killed=killed if killed is not None else inc.killed,
        wounded=wounded if wounded is not None else inc.wounded,
    )
    d.evidence.append(f"toll revised in the sentence at {r.sentence.start}-{r.sentence.end}")


def _strike_toll_revised(d: _Pending, killed: int | None) -> bool:
    """Whether a revised count of dead is strike ``d``'s: the latest draft that told dead
    is a strike ("The strike killed two. ¶ Update: the toll rose to three", ``الضربة
    أسفرت عن مقتل اثنين. ¶ تحديث: ارتفع عدد القتلى إلى ثلاثة``), and the figure only
    grows (a strike's dead are revised up as the wounded die)."""
    return (
        d.incident.is_strike
        and killed is not None
        and d.incident.killed is not None
        and killed > d.incident.killed
    )


#: the placeless telling whose toll a site's telling after it may take
_NO_PLACE = "no place of the event named"


#: the weapons named again by their noun: "the rockets", ``الصواريخ``, ``این راکت‌ها``
_THE_WEAPONS = actors.fold_pattern(
    r"(?<!\w)(?:the (?:rockets?|drones?|missiles?|mortars?|shells?)|[وفب]?ال(?:صواريخ|صاروخان"
    r"|صاروخين|صاروخ|طائرات|طائرتان|طائرتين|طائره|مسيرات|قذائف)|(?:اين|همين|ان) (?:راكت|موشك"
    r"|پهپاد|خمپاره)\w*)(?!\w)"
)


def _placeless_lede(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> _Reading | None:
    """The sentence just before reading ``i`` that counted its weapons with no place named
    ("At least five rockets were fired from X at a US base. A US official said the rockets
    were aimed at Y", ``… الصواريخ …``, ``… این راکت‌ها …``): reading ``i`` names the
    weapons again by their noun and counts none, so the count (and the origin, when it
    names none) is the lede's. Only the sentence just before, of this paragraph or the
    one before, an attack by no state with the same weapon."""
    if i == 0 or readings[i].count is not None or readings[i].kind.endswith("strike"):
        return None
    r, before = readings[i], readings[i - 1]
    if (
        not before.event
        or not before.reason.startswith(_NO_PLACE)
        or before.count is None
        or before.striker
        or before.paragraph < r.paragraph - 1
        or kind_class(before.kind) != kind_class(r.kind)
        or before.weapon != r.weapon
        or not af.search(_THE_WEAPONS, r.sentence.start, r.sentence.end)
    ):
        return None
    return before


def _placeless_lede_toll(
    af: _ArticleFold, readings: Sequence[_Reading], i: int
) -> tuple[int | None, int | None]:
    """The toll of the event told just before reading ``i`` with no place named ("Three
    soldiers were killed when a drone struck an outpost in Jordan. ¶ The drone hit the
    base known as X"), when reading ``i`` names it again by its noun (:data:`_THE_EVENT`,
    or ``the base``) and tells no toll of its own: one event, told first without its
    site. Only the sentence just before, of this paragraph or the one before."""
    if i == 0:
        return None, None
    r, before = readings[i], readings[i - 1]
    if (
        not before.event
        or not before.reason.startswith(_NO_PLACE)
        or before.paragraph < r.paragraph - 1
        or kind_class(before.kind) != kind_class(r.kind)
        or not _THE_EVENT.search(af.slice(r.sentence.start, r.sentence.end)[0])
    ):
        return None, None
    return _casualties_of(af, before)


def _others_killed(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> int:
    """How many dead a sentence after adds to the toll of reading ``i`` ("… killed a
    commander. ¶ Witnesses said the car burned. Two others were also killed"): within
    this paragraph and the next, past sentences that draft nothing (bounded)."""
    paragraph = readings[i].paragraph
    for n in readings[i + 1 : i + 1 + _TOLL_LATER_REACH]:
        if n.paragraph > paragraph + 1 or (n.event and not n.reason):
            return 0
        folded, start = af.slice(n.sentence.start, n.sentence.end)
        if n.places or "killed" not in af.families(start, start + len(folded)):
            continue
        m = _OTHERS_KILLED.search(folded)
        if m is not None:
            value = counts.number_at(next(g for g in m.groups() if g))
            return value if value is not None and 0 < value < 100 else 0
    return 0


#: a casualty word, then the place it names ("killing 16 people in X", ``مقتل ١٦ شخصا في X``,
#: ``کشته شدن ۱۶ نفر در X``): the toll of that site (folded)
_TOLL_AT = actors.fold_pattern(
    r"(?<!\w)(?:killed|killing|dead|died|wounded|injured|injuring|wounding|[وب]?(?:مقتل|استشهاد"
    r"|اصابه)|[وف]?(?:قتل\w*|جرح\w*|اصيب\w*)|كشته|زخمي|مجروح|جان باخت\w*)"
    r"(?:\s+[^\s,،.;؛]+){0,5}?"
    r"\s+(?:in|at|في|ب|در)\s+"
    # the event between, then its site ("killed in the raid on X", ``قتلوا في الغارة على
    # X``, ``در حمله به X``)
    r"(?:(?:the )?(?:\w+ )?(?:strikes?|raids?|attacks?|bombing) (?:on|at|in|near) (?:the )?"
    r"|(?:ال)?(?:غاره|غارات|قصف|ضربه|ضربات|هجوم) (?:علي|على|في) "
    r"|(?:حمله|حملات|بمباران) (?:به|بر|در) )?"
)


def _toll_site(
    af: _ArticleFold, sentence: Sentence, targets: Sequence[ResolvedMention | None]
) -> int | None:
    """Which of several struck sites a sentence's toll names, if any: the site named (as
    where it was struck, or again) right after the casualty phrase."""
    folded = af.slice(sentence.start, sentence.end)[0]
    # (the name as struck, or its last word: ``قضاء القائم`` … ``في القائم``)
    names = [af.slice(m.start, m.end)[0].split() if m is not None else [] for m in targets]
    # (the Persian order first: ``در حمله به X هشت نفر کشته شدند و در Y``, where the
    # English order would read "killed … in Y")
    for toll in _TOLL_AT_BEFORE.finditer(folded):
        for n, words in enumerate(names):
            if words and any(  # (the name as struck, or its last word: ``در القائم``)
                len(name) >= 3
                and folded.startswith(name, toll.end())
                and _TOLL_WORD_AFTER.match(folded, toll.end() + len(name))
                for name in (" ".join(words), words[-1])
            ):
                return n
    for toll in _TOLL_AT.finditer(folded):
        for n, words in enumerate(names):
            if words and any(
                folded.startswith(name, toll.end()) and len(name) >= 3
                for name in (" ".join(words), words[-1])
            ):
                return n
    return None


#: the Persian order, the site before its toll: ``در (حمله به) X … کشته شدند``
_TOLL_AT_BEFORE = actors.fold_pattern(
    r"(?<!\w)(?:در|بر اثر) (?:(?:حمله|حملات|بمباران) (?:به|بر|در) )?"
)
_TOLL_WORD_AFTER = actors.fold_pattern(
    r"(?:\s+[^\s,،.;؛]+){0,4}?\s+(?:كشته|زخمي|مجروح|جان باخت|به شهادت)"
)


#: how many readings on a toll may be told, past sentences that give none
_TOLL_LATER_REACH = 3


def _toll_later(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> _Reading | None:
    """The first of the next few sentences that gives a toll, when none between drafts an
    event or names a place, in this paragraph or the next.

    News gives the figures after what happened, sometimes a sentence or a paragraph on:
    "US jets struck X on Tuesday. The Pentagon called it a response. ¶ Monitors reported
    nine dead" (``… ¶ وأفاد المرصد بمقتل تسعة``, ``… ¶ دیده‌بان از کشته شدن نه نفر خبر
    داد``). Bounded (linear cost).
    """
    if len(readings[i].targets) > 1:
        return None  # (a toll told later of strikes on several sites is no one site's)
    paragraph = readings[i].paragraph
    for n in _past_subheadings(af, readings[i + 1 :], _TOLL_LATER_REACH):
        if n.paragraph > paragraph + 1 or _places_named(n) or (n.event and not n.reason):
            return None
        killed, wounded = _casualties_of(af, n)
        if killed is not None or wounded is not None:
            return None if _toll_of_another_day(af, n, readings[i]) else n
    return None


def _toll_of_another_day(af: _ArticleFold, toll: _Reading, r: _Reading) -> bool:
    """Whether ``toll`` names its event by a day other than the day of ``r``'s event.

    "US jets struck X on Sunday. They had hit a depot at Y on Wednesday. ¶ Seven were
    killed in Sunday's strikes" (``في غارات الأحد``, ``در حملات روز یکشنبه``): the toll
    is Sunday's, not the Wednesday strike's told just before it.
    """
    day, own = toll.date, r.date
    if day is None or own is None or day.precision != "day" or own.precision != "day":
        return False
    if day.date == own.date:
        return False
    folded, at = af.slice(toll.sentence.start, toll.sentence.end)
    for m in _THE_EVENT_OF_THE_DAY.finditer(folded):
        start, end = af.to_original(at + m.start(), at + m.end())
        if start < day.end and day.start < end:
            return True
    return False


#: a word the sentence read as a common noun, not a place (``این انبار``: this depot)
_NOT_A_PLACE_NOTE = re.compile(r"(\d+)-(\d+): [^;]*?, not a place")


def _places_named(r: _Reading) -> int:
    """How many places reading ``r`` names, less the words it read as common nouns
    (``این انبار به سپاه تعلق داشت``: "this depot belonged to the IRGC", no Anbar): a
    sentence naming a place tells of elsewhere, a common noun does not.

    >>> note = "3-8: a depot of goods (انبار), not a place"
    >>> _places_named(_Reading(Sentence(0, 9), 0, event=False, places=2, notes=(note,)))
    1
    """
    if not r.places:
        return 0
    spans = {m.groups() for text in (r.reason, *r.notes) for m in _NOT_A_PLACE_NOTE.finditer(text)}
    if r.responds and r.reason.startswith(_ONLY_ANSWERED):
        return 0  # "The Pentagon said the strikes answered the attack on Y": no elsewhere
    return max(0, r.places - len(spans))


#: a subheading asked as a question ("Why now?", ``لماذا الآن؟``, ``چرا اکنون؟``): a line
#: of an explainer's layout, no sentence that tells anything
_QUESTION_LINE = re.compile(r"^\W*(?:\S+\s+){0,3}\S+\s*[?؟]\s*$")


def _past_subheadings(
    af: _ArticleFold, readings: Sequence[_Reading], reach: int
) -> Sequence[_Reading]:
    """The first ``reach`` of ``readings`` that are no question subheading (see
    :data:`_QUESTION_LINE`): an explainer's "What happened? … Why now? …" does not put its
    figures a sentence further. Bounded: looks at twice ``reach`` readings at most."""
    out: list[_Reading] = []
    for n in readings[: 2 * reach]:
        if len(out) == reach:
            break
        if n.event or not _QUESTION_LINE.match(af.slice(n.sentence.start, n.sentence.end)[0]):
            out.append(n)
    return out


#: the event named by its day ("Thursday night's strike", ``غارات الخميس``, ``حمله
#: شامگاه پنجشنبه``) (folded)
_THE_EVENT_OF_THE_DAY = actors.fold_pattern(
    r"(?<!\w)(?:\w+day(?: night| evening| morning)?'?s (?:attack|strikes?|raids?|bombing)"
    r"|(?:ال)?(?:غاره|غارات|ضربه|ضربات|قصف) (?:يوم |ليله |فجر )?(?:ال)?(?:سبت|احد|اثنين"
    r"|ثلاثاء|اربعاء|خميس|جمعه)"
    r"|(?:حمله|حملات|بمباران) (?:شامگاه |بامداد |روز |شب )?(?:شنبه|يكشنبه|دوشنبه|سه شنبه"
    r"|چهارشنبه|پنجشنبه|جمعه))(?!\w)"
)


def _toll_past_the_answered(
    af: _ArticleFold, readings: Sequence[_Reading], i: int
) -> _Reading | None:
    """The toll of strike ``i`` told in the paragraph after the one that tells what it
    answered: "US jets struck X. ¶ The Pentagon called it a response to the attack on Y,
    which killed a contractor. ¶ A monitor said 22 were killed in the strikes" (``… ¶
    وقالت واشنطن إنها رد على الهجوم على Y … ¶ وقال المرصد إن الغارات أسفرت عن مقتل ٢٢``,
    ``… ¶ پنتاگون این حمله را پاسخ به حمله به Y خواند … ¶ دیده‌بان شمار کشته‌های این
    حمله را ۲۲ نفر اعلام کرد``). The answering paragraph comes right after (past quiet
    sentences of the strike's), the toll opens the paragraph after it, names no place
    and names its event by its noun or its day. Bounded."""
    r = readings[i]
    if not r.kind.endswith("strike") or len(r.targets) > 1:
        return None
    k, last = i + 1, min(len(readings), i + 1 + 3 * _TOLL_LATER_REACH)
    while k < last and readings[k].paragraph == r.paragraph and not readings[k].event:
        k += 1  # (the strike's own paragraph, past sentences that tell nothing)
    if (
        k >= last
        or not readings[k].responds
        # (more strikes told at their sites: the toll may be theirs)
        or (readings[k].kind.endswith("strike") and not readings[k].reason)
        or readings[k].paragraph != r.paragraph + 1
    ):
        return None
    answering = readings[k].paragraph
    while k < last and readings[k].paragraph == answering:
        k += 1  # (what the strike answered: its site, its toll, its claim)
    if k >= last or readings[k].paragraph != answering + 1:
        return None
    n = readings[k]
    if _places_named(n) or (n.event and not n.reason):
        return None
    if not any(
        af.search(rule, n.sentence.start, n.sentence.end) is not None
        for rule in (_STRIKE_TOLL, _THE_EVENT, _THE_EVENT_OF_THE_DAY)
    ):
        return None
    killed, wounded = _casualties_of(af, n)
    return n if killed is not None or wounded is not None else None


def _casualties_of(af: _ArticleFold, reading: _Reading) -> tuple[int | None, int | None]:
    folded, start = af.slice(reading.sentence.start, reading.sentence.end)
    present = af.families(start, start + len(folded))
    if ("killed" not in present and "wounded" not in present) or _EARLIER.search(folded):
        return None, None
    return counts.casualties(_outside(folded, actors.response_clauses(folded)), present)


#: a claim of several events: "both attacks", "the two attacks", ``الهجومين``, ``هر دو حمله``
_BOTH = actors.fold_pattern(
    r"(?<!\w)(?:both|the two attacks|all (?:the|three|four|of the) attacks|الهجومين|العمليتين"
    r"|كلا الهجومين|الهجمات|هر دو|هر سه|اين حملات|اين دو حمله)(?!\w)"
)


def _told_event(reading: _Reading, paragraph: int) -> bool:
    """Whether ``reading`` tells an event at a place in paragraph ``paragraph``."""
    return reading.paragraph == paragraph and reading.event and not reading.reason


def _in_run(n: _Reading) -> bool:
    """An event sentence a claim after it may reach past ("X was hit. Y was hit. The
    group claimed both attacks.")."""
    return n.event and not n.reason and not n.kind.endswith("strike")


def _past_runs(readings: Sequence[_Reading]) -> list[int]:
    """For each reading, the first at or after it that is not in a run of events (or that
    claims all of them), within its paragraph: one backward pass, so that
    :func:`_claim` skips a run in one step however long it is (linear cost)."""
    out = list(range(len(readings) + 1))
    for j in range(len(readings) - 1, -1, -1):
        n = readings[j]
        if _in_run(n) and not (n.claim and n.claim_all):
            same = j + 1 < len(readings) and readings[j + 1].paragraph == n.paragraph
            out[j] = out[j + 1] if same else j + 1
    return out


#: how many sentences after an event a group's claim of "the attack" may come
_CLAIM_LATER_REACH = 4


def _claimed_later(
    af: _ArticleFold, readings: Sequence[_Reading], i: int, group: str
) -> tuple[bool, str]:
    """A group's claim of "the attack" a few sentences on, no other event drafted between.

    ("A drone hit X, killing two. ¶ Officials said it flew in from the west. Five more
    were hurt. A militia later claimed the attack", ``… وتبنت المقاومة الهجوم``, ``…
    مسئولیت این حمله را پذیرفت``): up to
    :data:`_CLAIM_LATER_REACH` sentences, this paragraph or the next, naming a group and
    the attack as such.
    """
    r = readings[i]
    between = 0  # attacks told between: only a claim of "both" reaches past them
    for n in readings[i + 1 : i + 1 + _CLAIM_LATER_REACH]:
        if n.paragraph - r.paragraph > 2:
            break
        if n.event and not n.reason:
            if n.kind.endswith("strike") or n.claim or between >= 2:
                break
            between += 1  # "X was hit. ¶ Y was hit too. The group said it carried out both"
            continue
        if not (n.group and (n.claim_cue or n.claim)):
            continue
        folded = af.slice(n.sentence.start, n.sentence.end)[0]
        if between:
            if _BOTH.search(folded) and not actors.denies(folded):
                return True, n.group
            continue
        if (
            _THE_ATTACK.search(folded)
            or _THIS_EVENT.search(folded)
            or _THE_ATTACK_NAMED.search(folded)
        ):
            return True, n.group
    return False, group


#: "the attack" with its day or kind between ("the Christmas Day attack", "the drone
#: attack", ``الهجوم الصاروخي``, ``حمله پهپادی``) or as the barrage (folded)
_THE_ATTACK_NAMED = actors.fold_pattern(
    r"(?<!\w)(?:the (?:[\w'-]+ ){1,3}(?:attack|assault|barrage|strike)|the barrage|the salvo"
    r"|[وف]?الهجوم (?:ب\S+|الصاروخي|الجوي)|[وف]?الهجمات|حمله (?:پهپادي|راكتي|موشكي))(?!\w)"
)


#: a group blamed or held responsible for the event told before ("Kataib Hezbollah was
#: blamed by US officials", "US officials held the group responsible", ``حمّلت واشنطن
#: كتائب حزب الله مسؤولية الهجوم``, ``آمریکا کتائب حزب‌الله را مسئول این حمله دانست``)
_BLAMED_GROUP = actors.fold_pattern(
    r"(?<!\w)(?:blamed|blames|held (?:\S+ ){0,3}responsible|accused|[وف]?(?:حمل|حملت)\S* "
    r"|[وف]?(?:اتهم|اتهمت)|مسئول (?:اين )?(?:حمله|حملات)? ?(?:دانست|دانستند|خواند)"
    r"|متهم (?:كرد|كردند))"
)
#: how many sentences after the event its blame may come
_BLAME_REACH = 2


def _blamed_after(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> str:
    """The group a sentence just after the event blames for it (the actor, not a claim):
    the next :data:`_BLAME_REACH` sentences of its paragraph that tell no event of their
    own, naming a group with a blame verb, denying nothing."""
    r = readings[i]
    for n in readings[i + 1 : i + 1 + _BLAME_REACH]:
        if n.paragraph != r.paragraph or (n.event and not n.reason):
            break
        if not n.group:
            continue
        folded = af.slice(n.sentence.start, n.sentence.end)[0]
        if _BLAMED_GROUP.search(folded) and not actors.denies(folded):
            return n.group
    return ""


#: a span of past time or a perfect of repetition ("since October", "in recent weeks",
#: "has claimed", ``منذ``, ``خلال الأسابيع الماضية``, ``طی هفته‌های گذشته``, ``تاکنون``): the
#: claims of a campaign, not of the attack told
_PAST_SPAN = actors.fold_pattern(
    r"(?<!\w)(?:since|over the (?:past|last)|in (?:the )?(?:past|recent|previous) (?:\w+ )?"
    r"(?:days|weeks|months)|so far|to date|(?:has|have) (?:repeatedly |also )?claimed"
    r"|منذ|خلال (?:ال)?(?:ايام|اسابيع|اشهر|شهور) (?:ال)?(?:ماضيه|اخيره)|حتي الان"
    r"|تاكنون|تا كنون|(?:طي|در) (?:روزها|هفته ها|ماه ها|هفتههاي|ماههاي|روزهاي|هفته هاي"
    r"|ماه هاي|روز هاي)(?: \S+)? (?:گذشته|اخير))(?!\w)"
)
#: how far past :data:`_CLAIM_LATER_REACH` a group's placeless claim of an attack by the
#: same weapon may come: a long article's statement paragraph (readings, paragraphs)
_CLAIM_FAR_READINGS = 10
_CLAIM_FAR_PARAGRAPHS = 3


def _claimed_far(af: _ArticleFold, readings: Sequence[_Reading], i: int) -> str:
    """The group whose statement, paragraphs on, claims the attack of reading ``i``.

    A long article tells the attack, then its toll and reactions, and the group's statement
    in a later paragraph ("… a drone struck X. ¶ … ¶ The Islamic Resistance in Iraq claimed
    drone attacks on occupation bases"): the statement names no place of its own, claims
    by the same weapon (or names "the attack"), and no other event is drafted between
    (one attack between, when the statement claims "both operations").
    """
    r = readings[i]
    # the sites of the events drafted between (a claim of "both" reaches over one event,
    # told in one sentence or more)
    events: set[str] = set()
    for n in readings[i + 1 : i + 1 + _CLAIM_FAR_READINGS]:
        if n.paragraph - r.paragraph > _CLAIM_FAR_PARAGRAPHS:
            break
        if n.event and not n.reason:
            events.update(m.place.id if m.place is not None else "" for m in n.targets)
            if len(events) > 1 or n.kind.endswith("strike"):
                break
        if not (n.group and (n.claim_cue or n.claim)) or n.history or n.context:
            continue
        if n.event and not n.reason.startswith("no place"):
            continue
        if n.kind.endswith("strike"):
            continue
        if af.search(_PAST_SPAN, n.sentence.start, n.sentence.end) or af.search(
            _UNNAMED_IN, n.sentence.start, n.sentence.end
        ):  # "… has claimed drone attacks on US bases since October": a campaign; "…,
            # without naming X": not this one
            continue
        folded = af.slice(n.sentence.start, n.sentence.end)[0]
        both = _BOTH.search(folded) is not None
        if events and not both:
            continue
        same_weapon = n.weapon != "unknown" and _WEAPON_FAMILY.get(
            n.weapon, n.weapon
        ) == _WEAPON_FAMILY.get(r.weapon, r.weapon)
        if (
            both
            or same_weapon
            # the event named by a noun ("claimed the barrage", ``تبنت الهجوم``, ``این حمله``)
            or _THE_ATTACK.search(folded)
            or _THIS_EVENT.search(folded)
            or _THE_EVENT.search(folded)
        ):
            return n.group
    return ""


def _not_the_victims(af: _ArticleFold, r: _Reading, claimed: bool, group: str) -> tuple[bool, str]:
    """``(claimed, group)`` of :func:`_claim`, unless the group claiming is the side hit.

    "A PMF fighter was killed in a blast at X. A PMF statement spoke of a 'targeting'"
    (``قتل عنصر في الحشد بانفجار … تحدث بيان للحشد عن استهداف``, ``رزمنده حشد … کشته شد``):
    the group whose people or site the event's own sentence tells were hit speaks as the
    victim; a claim found in another sentence is not its claim.
    """
    if not claimed or r.claim or not group:
        return claimed, group
    folded = af.slice(r.sentence.start, r.sentence.end)[0]
    if actors.militia(folded) == group and actors.group_hit(folded):
        return False, group
    return claimed, group


def _claim(
    readings: Sequence[_Reading], i: int, af: _ArticleFold, past: Sequence[int]
) -> tuple[bool, str]:
    """Whether the event of sentence ``i`` is claimed, and by which group.

    A claim in the sentence itself, or in the clause before of the same sentence when
    this one names no group ("The group announced it had targeted X with rockets, and Y
    with a drone", ``… استهداف X بصاروخين، واستهداف Y بطائرة مسيرة``); else in the
    sentence before (drafting nothing); else in the first sentence after the run of event
    sentences that follows it ("… claimed both attacks"). ``past`` is :func:`_past_runs`
    of ``readings``.
    """
    r = readings[i]
    if r.kind.endswith("strike"):
        return False, ""
    if r.claim:
        return True, r.group
    if i > 0 and not r.group:
        before = readings[i - 1]
        if before.claim and before.group and _one_sentence(af, before, r):
            return True, before.group
    candidates = []
    if i > 0 and not (i > 1 and _told_event(readings[i - 2], r.paragraph)):
        # a claim between two events claims the one before it ("X was hit. The group
        # claimed the attack. The same day, Y was hit."): only a claim that opens the
        # paragraph's story counts for the event after it
        candidates.append(readings[i - 1])
    j = i + 1
    while j < len(readings) and readings[j].paragraph == r.paragraph:
        j = past[j]  # over the run of events that follows
        if j >= len(readings) or readings[j].paragraph != r.paragraph:
            break
        n = readings[j]
        if _in_run(n):  # the run stops at an event claiming them all
            return True, n.group or r.group  # "… claimed both attacks" in an event
        # the sentences after the run of events, up to two that tell none ("X was hit.
        # Two were hurt. Hours later the group claimed the barrage.")
        candidates.append(n)
        if len(candidates) >= 3 or (n.event and not n.reason):
            break
        j += 1
    for n in candidates:
        if (
            n.paragraph == r.paragraph
            and (n.claim_cue or (n.claim and n.group))
            and not (n.event and not n.reason)
        ):
            return True, n.group or r.group
    for n in _opening_next(readings, i):
        # "… fired at X.\n\nThe group claimed responsibility": the paragraph after a story
        # that ends with this event opens with its claim (up to two sentences telling none;
        # not the claims of a campaign: "in past weeks the group claimed drone attacks", nor
        # one that left a place out: "…, without naming X")
        if (
            (n.claim_cue or (n.claim and n.group))
            and not af.search(_PAST_SPAN, n.sentence.start, n.sentence.end)
            and not af.search(_UNNAMED_IN, n.sentence.start, n.sentence.end)
        ):
            return True, n.group or r.group
    return False, r.group


#: how many sentences opening the next paragraph may come before a claim of the event
_OPENING_REACH = 2
#: how many sentences of its own paragraph may follow the event (the claim must be near)
_PARAGRAPH_REST = 8


def _opening_next(readings: Sequence[_Reading], i: int) -> list[_Reading]:
    """The first sentences of the paragraph after ``readings[i]``'s, when it ends that one.

    Only sentences that tell no event of their own, up to :data:`_OPENING_REACH`; none
    when another event of ``readings[i]``'s paragraph comes after it.
    """
    r = readings[i]
    out: list[_Reading] = []
    j = i + 1
    while j < len(readings) and readings[j].paragraph == r.paragraph:
        if (readings[j].event and not readings[j].reason) or j - i > _PARAGRAPH_REST:
            return []  # another event closes the story first (or too far to tell: bounded)
        j += 1
    while (
        j < len(readings) and readings[j].paragraph == r.paragraph + 1 and len(out) < _OPENING_REACH
    ):
        n = readings[j]
        if n.event and not n.reason:
            break
        out.append(n)
        j += 1
    return out


def _told_before(d: _Pending, by_place: dict[str, _Pending]) -> _Pending | None:
    """The draft told before at ``d``'s place that ``d`` names again ("killed in the strike
    that hit X": :data:`_BACK_REFERENCE`), of any kind, on its day or ``d`` undated."""
    if not d.reading.back_reference:
        return None
    inc = d.incident
    told = by_place.get(inc.target.place_id or inc.target.name)
    if told is None or told.reading.sentence.start >= d.reading.sentence.start:
        return None
    return told if d.reading.date is None or told.incident.date == inc.date else None


def _claim_of_a_site_inside(d: _Pending, told: Sequence[_Pending]) -> _Pending | None:
    """The attack told before at a site inside ``d``'s place that ``d`` only claims.

    ``d`` an undated attack of a sentence that tells nothing but a group's claim (no
    count or toll, no weapon but the attack's: "the group says it sent drones against
    the X base") at a town or area; the latest attack drafted before it, with no claim of
    its own, whose site lies within the town's radius.
    """
    inc, r = d.incident, d.reading
    if not (
        inc.kind == "attack"
        and inc.claim_status == "claimed"
        and r.date is None
        and inc.count is None
        and inc.killed is None
        and inc.wounded is None
        and inc.target.radius_m
    ):
        return None
    for p in reversed(told[-_FOLLOW_REACH:]):  # (the latest few: bounded)
        t = p.incident
        if t.kind != "attack" or t.claim_status == "claimed":
            continue
        if t.target.place_id == inc.target.place_id:
            return None  # (the same place: the merge by site has its own rules)
        if haversine_m(t.target.lat, t.target.lon, inc.target.lat, inc.target.lon) <= (
            inc.target.radius_m or 0.0
        ):
            return p if inc.weapon in ("unknown", t.weapon) else None
        return None
    return None


def _merged_kind(kept: str, other: str) -> str:
    """The kind of two tellings of one strike: preemptive if either telling says so.

    (A headline "US drone kills five in X", then the body: "… an official said the men were
    about to fire": the body's threat makes the one strike preemptive.)

    >>> _merged_kind("retaliatory_strike", "preemptive_strike")
    'preemptive_strike'
    >>> _merged_kind("attack", "attack")
    'attack'
    """
    return other if (kept, other) == ("retaliatory_strike", "preemptive_strike") else kept


#: how many days before an undetailed mention's day "the base" may be told with its own day
_TOLD_DAY_REACH = 7


def _told_on_its_day(d: _Pending, told: _Pending, af: _ArticleFold) -> bool:
    """Whether ``d`` tells, on its own day, the event ``told`` only named before.

    ("Tehran today denied a role in the attack on X. ¶ In the drone attack on the base on
    Sunday, three soldiers were killed", ``… نفى اليوم … الهجوم على X. وفي الهجوم على القاعدة
    يوم الأحد …``, ``… امروز … در حمله به X را رد کرد. در حمله به این پایگاه که روز یکشنبه
    …``): ``told`` names no weapon, count or toll (an event named in a statement, dated by
    the statement); ``d`` names its site only as "the base" (that site), gives a day a few
    days before, and tells no other event ("again", "another").
    """
    t, inc = told.incident, d.incident
    return (
        d.reading.anaphor
        and d.reading.date is not None
        and inc.date_precision == "day"
        and t.weapon == "unknown"
        and t.count is None
        and t.killed is None
        and t.wounded is None
        and dt.timedelta(days=1) <= t.date - inc.date <= dt.timedelta(days=_TOLD_DAY_REACH)
        and not _AGAIN.search(af.slice(d.reading.sentence.start, d.reading.sentence.end)[0])
    )


def _dated_after_undated(d: _Pending, told: _Pending, af: _ArticleFold) -> bool:
    """Whether ``d``, dated to the day, tells again the event ``told`` drafted first at its
    site with no day in the text (on or before publication, a week's precision), a few
    days before at most, and tells no other event ("again", "another")."""
    t, inc = told.incident, d.incident
    told_text = af.slice(told.reading.sentence.start, told.reading.sentence.end)[0]
    return (
        t.date_precision == "week"
        # (a sentence, not a headline: :func:`_fold_headline` folds those)
        and told_text.rstrip()[-1:] in (".", "!", "?", "؟")
        and told.reading.date is None
        and told.reading.relative is None
        and inc.date_precision == "day"
        and dt.timedelta(0) <= t.date - inc.date <= dt.timedelta(days=_TOLD_DAY_REACH)
        and not _AGAIN.search(af.slice(d.reading.sentence.start, d.reading.sentence.end)[0])
    )


#: an update appended to a story ("Update:", "UPDATE 2-", ``تحديث:``, ``به‌روزرسانی:``),
#: opening its sentence
_UPDATE_CUE = actors.fold_pattern(
    r"^\W{0,3}(?:update|updated|تحديث|به ?روزرساني|بروزرساني)(?:\s*\d{1,2})?\s*[:\-–—]"
)


#: how many drafts back an update's event may stand
_UPDATE_REACH = 16


def _updated_event(d: _Pending, told: Sequence[_Pending], af: _ArticleFold) -> _Pending | None:
    """The event told before that ``d``, an appended update, tells again at its site.

    ("… US jets then struck X. ¶ Update: the Pentagon said the strike on X took place
    before dawn on Tuesday", ``تحديث: … الضربة على X …``, ``به‌روزرسانی: … حمله به X
    بامداد سه‌شنبه انجام شده``): the update retells the story's event with a corrected
    day or new figures, whatever kind its own words give it; the latest such draft at
    that place.
    """
    if not _update_opens(af, d.reading):
        return None
    place = d.incident.target.place_id
    if not place:
        return None
    # (the last few drafts: an update speaks of the story's events, and the cost stays linear)
    recent = told[-_UPDATE_REACH:]
    return next((t for t in reversed(recent) if t.incident.target.place_id == place), None)


def _update_opens(af: _ArticleFold, r: _Reading) -> bool:
    """Whether ``r``'s sentence opens with an update's cue (:data:`_UPDATE_CUE`), or is a
    correction notice's retelling of the story's event (:func:`_corrected_account`)."""
    s = r.sentence
    return (
        _UPDATE_CUE.match(af.slice(s.start, min(s.end, s.start + 40))[0]) is not None
        or _CORRECTS_THE_STORY in r.notes
    )


def _the_story_event(drafts: Sequence[_Pending], r: _Reading) -> _Pending | None:
    """The latest attack or blast drafted before ``r`` within a few paragraphs: the event
    an appended update speaks of."""
    story = next(
        (
            p
            for p in reversed(drafts[-_FOLLOW_REACH:])
            if p.incident.kind in ("attack", "explosion")
        ),
        None,
    )
    if story is None or not 0 <= r.paragraph - story.reading.paragraph <= _TOLL_REVISED_REACH:
        return None
    return story


def _take_update_toll(af: _ArticleFold, r: _Reading, drafts: list[_Pending]) -> None:
    """An appended update with no place gives the story's event its latest toll.

    ("… the rockets wounded five. ¶ Update: on Tuesday the Pentagon said seven personnel
    had been wounded", ``تحديث: قال المرصد لاحقاً إن عنصراً أصيب بجروح``, ``به‌روزرسانی:
    … هفت نظامی زخمی شده‌اند``): the figures the update gives, revised or plain, replace
    those of the latest attack or blast told before (:func:`_take_revised_toll` takes the
    revision words' figures first).
    """
    if not drafts or r.places or not _update_opens(af, r) or any(_revised_toll(af, r)):
        return
    killed, wounded = counts.updated_toll(af.slice(r.sentence.start, r.sentence.end)[0])
    if killed is None and wounded is None:
        killed, wounded = _casualties_of(af, r)
    story = _the_story_event(drafts, r)
    if story is None or (killed is None and wounded is None):
        return
    inc = story.incident
    story.incident = replace(
        inc,
        killed=killed if killed is not None else inc.killed,
        wounded=wounded if wounded is not None else inc.wounded,
    )
    story.evidence.append(f"toll from the update at {r.sentence.start}-{r.sentence.end}")


def _toll_of_the_story(d: _Pending, told: Sequence[_Pending], af: _ArticleFold) -> None:
    """An update telling another event beside a revised toll: the toll is the story's.

    ("Missiles hit X, wounding several. Update: the Pentagon later put the number of
    wounded at eight, and said a gunship had struck the launcher near Y", ``تحديث: رفع
    البنتاغون عدد المصابين إلى ثمانية وقال إن …``): the revised figures go to the latest
    attack or blast told before, not to the strike at Y.
    """
    if not told or not _update_opens(af, d.reading):
        return
    killed, wounded = counts.updated_toll(
        af.slice(d.reading.sentence.start, d.reading.sentence.end)[0]
    )
    inc = d.incident
    if (killed is None or killed != inc.killed) and (wounded is None or wounded != inc.wounded):
        return
    story = _the_story_event(told, d.reading)
    if story is None:
        return
    s = story.incident
    story.incident = replace(
        s,
        killed=killed if killed is not None else s.killed,
        wounded=wounded if wounded is not None else s.wounded,
    )
    d.incident = replace(
        inc,
        killed=None if killed is not None else inc.killed,
        wounded=None if wounded is not None else inc.wounded,
    )
    story.evidence.append(
        f"toll revised in the update at {d.reading.sentence.start}-{d.reading.sentence.end}"
    )


#: how many days after an attack its claim may come and be told with its own day
_CLAIM_DAYS = 2


def _claimed_days_after(d: _Pending, told: _Pending, af: _ArticleFold) -> bool:
    """Whether ``d`` is the claim of the attack ``told`` at its site, a day or two after it.

    ("A drone hit X early on Monday. ¶ The group claimed the attack on X on Tuesday",
    ``… وتبنت الفصائل يوم الثلاثاء الهجوم على X``, ``… یک روز پس از حمله، سه‌شنبه،
    مسئولیت حمله به X را پذیرفت``): ``d`` is a group's claim, of an attack (not a
    strike), its toll none or the same, its weapons none or the same, no other event
    ("again", "another") told.
    """
    t, inc = told.incident, d.incident
    return (
        d.reading.claim
        and kind_class(t.kind) in ("attack", "interception")
        and dt.timedelta(days=1) <= inc.date - t.date <= dt.timedelta(days=_CLAIM_DAYS)
        and inc.weapon in ("unknown", t.weapon)
        and inc.killed in (None, t.killed)
        and inc.wounded in (None, t.wounded)
        and not _AGAIN.search(af.slice(d.reading.sentence.start, d.reading.sentence.end)[0])
    )


def _merge(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """One draft per (kind class, target, date): later sentences fill missing fields."""
    merged: dict[tuple[str, str, dt.date], _Pending] = {}
    by_site: dict[tuple[str, str], _Pending] = {}
    by_place: dict[str, _Pending] = {}
    order: list[_Pending] = []
    for d in drafts:
        inc = d.incident
        site = (kind_class(inc.kind), inc.target.place_id or inc.target.name)
        key = (*site, inc.date)
        keep = merged.get(key)
        told = by_site.get(site)
        back = _told_before(d, by_place) if keep is None else None
        by_place.setdefault(site[1], d)
        if back is not None and kind_class(back.incident.kind) != site[0]:
            # "… killed in the strike on X", told as an attack: a figure of the strike at X
            b = back.incident
            back.incident = replace(b, **_toll_of(b, inc))
            back.evidence.append(
                f"the sentence at {d.reading.sentence.start}-{d.reading.sentence.end} tells "
                "more of this event"
            )
            back.confidence = round(max(0.05, back.confidence - _FOLLOW_DOUBT), 3)
            back.evidence.append(f"confidence: figures from a later sentence -{_FOLLOW_DOUBT:g}")
            continue
        keep = keep or back
        if (
            keep is None
            and told is not None
            and inc.date_precision == "week"
            and told.incident.date_precision == "day"
            and dt.timedelta(0) <= inc.date - told.incident.date <= dt.timedelta(days=7)
        ):
            # "Earlier the group claimed the drone attack on X" with no day of its own: the
            # event at X told before, on its day, not another on or before publication
            keep = told
        elif keep is None and told is not None and _claimed_days_after(d, told, af):
            # "Rockets hit X on Monday. ¶ The group claimed the attack on X on Tuesday":
            # the claim's day, not another attack's
            keep = told
            if inc.claim_status == "claimed" and told.incident.claim_status != "claimed":
                told.incident = replace(told.incident, actor=inc.actor, claim_status="claimed")
            told.evidence.append(
                f"claimed in the sentence at {d.reading.sentence.start}-"
                f"{d.reading.sentence.end}, a day or two after"
            )
        elif keep is None and told is not None and _told_on_its_day(d, told, af):
            # the event named in a statement, then told on its day: that day is the event's
            t = told.incident
            told.incident = replace(t, date=inc.date, date_precision=inc.date_precision)
            told.evidence.append(
                f"date {inc.date.isoformat()}: the day the sentence at "
                f"{d.reading.sentence.start}-{d.reading.sentence.end} tells it"
            )
            merged[key] = keep = told
        if keep is None and told is not None and _dated_after_undated(d, told, af):
            # "Rockets have hit X again. ¶ Officials said 33 rockets were fired at X
            # yesterday": the event told first with no day, on the day told after
            t = told.incident
            told.incident = replace(t, date=inc.date, date_precision=inc.date_precision)
            told.evidence.append(
                f"date {inc.date.isoformat()}: the day the sentence at "
                f"{d.reading.sentence.start}-{d.reading.sentence.end} gives it"
            )
            merged[key] = keep = told
        updated = _updated_event(d, order, af) if keep is None else None
        if updated is None and keep is None:
            if _CORRECTS_THE_STORY in d.reading.notes:
                continue  # (a correction names the story's events, none of its own)
            _toll_of_the_story(d, order, af)
        if updated is not None:
            # "Update: the Pentagon said the strike on X took place before dawn on Tuesday":
            # the event told before at X, its day and figures from the update
            u = updated.incident
            dated = d.reading.date is not None
            updated.incident = replace(
                u,
                date=inc.date if dated else u.date,
                date_precision=inc.date_precision if dated else u.date_precision,
                killed=inc.killed if inc.killed is not None else u.killed,
                wounded=inc.wounded if inc.wounded is not None else u.wounded,
            )
            updated.evidence.append(
                f"updated by the sentence at {d.reading.sentence.start}-{d.reading.sentence.end}"
                + (f": date {inc.date.isoformat()}" if dated else "")
            )
            continue
        by_site.setdefault(site, d)
        claimed_site = _claim_of_a_site_inside(d, order) if keep is None else None
        if claimed_site is not None:
            # "… the base at Erbil airport was hit. ¶ The group had claimed the attack on
            # Erbil": the claim of the attack told before, at a site inside the town named
            c = claimed_site.incident
            claimed_site.incident = replace(c, actor=inc.actor, claim_status=inc.claim_status)
            claimed_site.evidence.append(
                f"claimed in the sentence at {d.reading.sentence.start}-{d.reading.sentence.end}"
            )
            continue
        if keep is None:
            merged[key] = d
            order.append(d)
            continue
        k = keep.incident
        keep.incident = replace(
            k,
            kind=_merged_kind(k.kind, inc.kind),
            count=k.count if k.count is not None else inc.count,
            weapon=k.weapon if k.weapon != "unknown" else inc.weapon,
            origin=k.origin or inc.origin,
            actor=k.actor or inc.actor,
            claim_status=k.claim_status if k.claim_status != "unknown" else inc.claim_status,
            **_toll_of(k, inc),
        )
        # two sentences agreeing is no surer than the surer one (their fields were merged)
        keep.confidence = max(keep.confidence, d.confidence)
        keep.evidence.append(f"{_MERGED_WITH}{d.reading.sentence.start}-{d.reading.sentence.end}")
        if d.reading.responds and not keep.reading.responds:
            keep.reading = replace(keep.reading, responds=True)
    return order


def _fold_headline(drafts: list[_Pending], text: str) -> list[_Pending]:
    """A headline's draft is the body's event at the same site or around it, that day.

    (A first line with no full stop, "US kills five near X", then "US forces struck near X
    on Sunday …": one event, with the body's kind and day; "A blast in Babil" then "a bomb went off
    near Iskandariya in northern Babil": the body's narrower place.) A headline telling
    two events ("Drone downed over X; rockets land near Y") folds each into the body's.
    """
    if len(drafts) < 2:
        return drafts
    s = drafts[0].reading.sentence
    line_end = text.find("\n", s.start)
    # (a headline may ask what the body tells: "What was the strike on X?", ``حمله به X چه
    # بود؟``, ``ماذا جرى في X؟``: a question ends no report)
    if line_end < 0 or s.end > line_end or text[s.start : line_end].rstrip()[-1:] in ".!。":
        return drafts
    # (a headline's draft the body told again, merged into it, is the body's own event:
    # "IRGC: a Mossad centre in Erbil hit ¶ … destroyed a centre in Erbil … ¶ drones downed
    # near Erbil airport": the attack on Erbil, not the interception near it)
    heads = [
        d
        for d in drafts
        if d.reading.sentence.end <= line_end and not _merged_from_body(d, line_end)
    ]
    body = [d for d in drafts if d.reading.sentence.start >= line_end]
    folded = [head for head in heads if _fold_head(head, body)]
    return [d for d in drafts if not any(d is f for f in folded)]


_MERGED_WITH = "merged with the sentence at characters "


def _merged_from_body(d: _Pending, line_end: int) -> bool:
    """Whether ``d`` (a headline's draft) took in a sentence after ``line_end`` (see
    :func:`_merge`'s evidence)."""
    return any(
        e.startswith(_MERGED_WITH) and int(e[len(_MERGED_WITH) :].split("-", 1)[0]) >= line_end
        for e in d.evidence
    )


def _fold_head(head: _Pending, body: Sequence[_Pending]) -> bool:
    """Fold the headline's draft ``head`` into the first draft of ``body`` at its site or
    inside its place, that day (or any day: a headline has none); whether it was."""
    h = head.incident
    s = head.reading.sentence
    # a headline is written without its day ("Drone kills six at X", ``هجوم على X``): an
    # undated one is the body's event at that site whatever day the body gives it
    undated = head.reading.date is None
    ranked: list[tuple[int, int, _Pending]] = []
    for n, d in enumerate(body):
        inc = d.incident
        if inc.date != h.date and not undated:
            continue
        same = inc.target.place_id and inc.target.place_id == h.target.place_id
        apart = haversine_m(h.target.lat, h.target.lon, inc.target.lat, inc.target.lon)
        inside = h.target.radius_m > inc.target.radius_m and apart <= h.target.radius_m
        # a town in the headline, the base named after it in the body ("rockets land near
        # X" then "… near the X base"): one site, of one kind class, their areas overlapping
        beside = kind_class(inc.kind) == kind_class(h.kind) and apart <= max(
            h.target.radius_m, inc.target.radius_m
        )
        rank = 0 if same else 1 if inside else 2 if beside else -1
        if rank < 0 and kind_class(inc.kind) == kind_class(h.kind) and _toward_in_head(head, inc):
            rank = 3
        if rank >= 0:
            ranked.append((rank, n, d))
    if not ranked:
        return False
    d = min(ranked, key=lambda t: (t[0], t[1]))[2]
    inc = d.incident
    d.incident = replace(
        inc,
        count=inc.count if inc.count is not None else h.count,
        weapon=inc.weapon if inc.weapon != "unknown" else h.weapon,
        actor=inc.actor or h.actor,
        **_toll_of(inc, h),
    )
    d.evidence.append(f"the headline at characters {s.start}-{s.end} tells this event")
    return True


#: how far from its town a headline's "south of X" may reach a site the body names
_HEAD_TOWARD_KM = 100.0


def _toward_in_head(head: _Pending, inc: Incident) -> bool:
    """Whether ``head`` places its event as a direction from a town ("why the US struck
    south of X", ``غارات جنوب X``, ``حمله در جنوب X``), no distance given, and ``inc``'s
    site lies that way from the town, within :data:`_HEAD_TOWARD_KM`."""
    h = head.incident.target
    for m in head.reading.targets:
        rel = m.relative
        if (
            rel is None
            or rel.within
            or rel.distance_m is not None
            or rel.bearing_deg is None
            or m.place is None
            or m.place.id != h.place_id
        ):
            continue
        town = rel.anchor
        t = inc.target
        if haversine_m(town.lat, town.lon, t.lat, t.lon) > _HEAD_TOWARD_KM * 1000.0:
            return False
        bearing = _bearing_deg(town.lat, town.lon, t.lat, t.lon)
        return abs((bearing - rel.bearing_deg + 180.0) % 360.0 - 180.0) <= _TOWARD_DEG
    return False


#: a direction from a place ("south of", "north-west of", ``جنوب``, ``شمال غربي``, ``جنوب
#: غربی``, ``شرق``)
_COMPASS = actors.fold_pattern(
    r"(?<!\w)(?:(?:north|south)(?: ?(?:east|west))?|east|west|شمال|جنوب|شرق|غرب)(?!\w)"
)


def _fold_lede(drafts: list[_Pending]) -> list[_Pending]:
    """A lede placing the event off a known city is the event the body names the place of.

    "A US strike south of Baghdad killed four on Tuesday. ¶ The military said it struck
    in Musayyib" (``غارة جنوب بغداد … ¶ … في المسيب``, ``حمله‌ای در جنوب بغداد … ¶ … در
    مسیب``): news first locates by direction from a city the reader knows, then names
    the place. A draft at a place told by its direction from another, then a later draft
    of the same kind class at a named site within twice that direction's reach, undated
    or on the same day, by the same actor or none, the only event of its class told
    after the lede: one event, at the named place, with the lede's day and toll.
    (Bounded: the few drafts after each lede.)
    """
    out = list(drafts)
    n = 0
    while n < len(out):
        lede = out[n].incident
        if lede.target.geo_precision != 2 or not _COMPASS.search(
            fold_text(lede.target.relation).folded
        ):  # (by direction only: "near X" is X's surroundings, not a stretch of country)
            n += 1
            continue
        same_class = [
            d
            for d in out[n + 1 : n + 1 + _FOLLOW_REACH]
            if kind_class(d.incident.kind) == kind_class(lede.kind)
        ]
        body = next(
            (
                d
                # (one such event told after it: a list of sites is several events)
                for d in (same_class if len(same_class) == 1 else [])
                if not d.incident.target.relation
                and d.incident.target.geo_precision == 1
                and (d.reading.date is None or d.incident.date == lede.date)
                and (not d.incident.actor or not lede.actor or d.incident.actor == lede.actor)
                and _within(
                    replace(lede, date=d.incident.date),
                    replace(d.incident, target=replace(d.incident.target, radius_m=0.0)),
                    slack_km=(lede.target.radius_m or 0.0) / 1000.0,
                )
            ),
            None,
        )
        if body is None:
            n += 1
            continue
        b = body.incident
        body.incident = replace(
            b,
            date=lede.date,
            date_precision=lede.date_precision,
            actor=b.actor or lede.actor,
            **_toll_of(b, lede),
        )
        body.evidence.append(
            f"the lede at {out[n].reading.sentence.start} places this event {lede.target.relation}"
        )
        del out[n]
    return out


#: one of a salvo told by its rank or part, just before where it fell ("the third fell
#: near Y", "one of them landed near Y", ``وسقط الثالث قرب Y``, ``وسقط أحدها قرب Y``,
#: ``سومی در نزدیکی Y به زمین خورد``, ``یکی از آنها در نزدیکی Y``)
_SALVO_PART = actors.fold_pattern(
    r"(?<!\w)(?:the (?:second|third|fourth|fifth|other|last|remaining)(?: (?:one|rocket|drone"
    r"|missile|shell|round))?|one of them|one of the (?:rockets|drones|missiles|shells)"
    r"|[وف]?(?:الثاني|الثانيه|الثالث|الثالثه|الرابع|الاخير|الاخيره|الاخر|الاخري|احدها|احدهما"
    r"|احداها)|دومی|سومی|چهارمی|آخری|دیگری|یکی از آنها|یکی از آن‌ها)"
    r"(?:\s+\S+){0,4}?\s*$"
)
#: how far before the place the part of the salvo is named
_SALVO_REACH = 48


def _fold_salvo_part(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """Where one weapon of a salvo fell, near the site the salvo was fired at, is that attack.

    "Of three rockets fired at X, two were intercepted and the third fell near Y"
    (``… وسقط الثالث قرب Y``, ``… و سومی در نزدیکی Y به زمین خورد``): one attack at X,
    not a second event at Y. A draft of that sentence (or its next clause) whose place is
    named after the part (:data:`_SALVO_PART`), within :data:`_AROUND_KM` of the attack
    or interception told just before, on its day, folds into it (an interception there
    is the attack on X: part of it got through). Bounded: each looks one draft back.
    """
    out: list[_Pending] = []
    for d in drafts:
        host = out[-1] if out else None
        r, inc = d.reading, d.incident
        if (
            host is not None
            and inc.kind in ("attack", "interception")
            and host.incident.kind in ("attack", "interception")
            and host.incident.date == inc.date
            and r.targets
            and not _same_place(host.incident.target, inc.target)
            and r.sentence.start - host.reading.sentence.end <= _CLAUSE_GAP
            and r.paragraph == host.reading.paragraph
            and haversine_m(
                host.incident.target.lat, host.incident.target.lon, inc.target.lat, inc.target.lon
            )
            <= _AROUND_KM * 1000
        ):
            m = next(
                (t for t in r.targets if t.place is not None and t.place.id == inc.target.place_id),
                r.targets[0],
            )
            lead = af.slice(max(r.sentence.start, m.start - _SALVO_REACH), m.start)[0]
            if _SALVO_PART.search(lead):
                h = host.incident
                host.incident = replace(
                    h,
                    kind="attack",
                    count=h.count if h.count is not None else inc.count,
                    **_toll_of(h, inc),
                )
                host.evidence.append(
                    f"part of the salvo fell near {inc.target.name} ({m.start}-{m.end}): "
                    "this attack"
                )
                continue
        out.append(d)
    return out


def _fold_explosions(drafts: list[_Pending]) -> list[_Pending]:
    """Explosions heard the same day within reach of an attack's target are that attack.

    ("Rockets fell in the Green Zone, and blasts were heard near the embassy": one event.)
    So are explosions at the site of a strike its state owns ("Explosions were heard
    around X overnight. ¶ By morning the Pentagon confirmed US jets had struck X and Y",
    ``سُمع دوي انفجارات في X … أكدت القيادة المركزية أن طائراتها قصفت X``): the strike.
    """
    attacks = [
        d
        for d in drafts
        if d.incident.kind in ("attack", "interception")
        or (d.incident.kind in STRIKE_KINDS and d.incident.claim_status == "claimed")
    ]
    if not attacks:
        return drafts
    out = []
    for d in drafts:
        inc = d.incident
        if inc.kind == "explosion":
            host = next((a for a in attacks if _within(a.incident, inc)), None)
            if host is not None:
                host.evidence.append(
                    f"explosion at {inc.target.name} the same day folded in (sentence at "
                    f"{d.reading.sentence.start}-{d.reading.sentence.end})"
                )
                continue
        out.append(d)
    return out


_SENTENCE_END = re.compile(r"[.!?؟\n]")
#: the widest clause break (``; ``, ``، و ``, ``، فيما ``, ", while "): clauses this close
#: are one sentence's
_CLAUSE_GAP = 8


def _fold_stopped(drafts: list[_Pending], text: str) -> list[_Pending]:
    """An attack on a site whose weapons the next clause says were stopped is that interception.

    ("Militants fired two drones at X and rockets at Y; the drones were downed before
    reaching X": at X one interception, not an attack and an interception.) The
    interception takes the attack's count and actor when it has none. Only clauses of
    one sentence (no sentence end between) naming the same weapon (or none) fold.
    """
    stops = {
        (d.incident.target.place_id, d.incident.date, d.reading.sentence.start): d
        for d in drafts
        if d.incident.kind == "interception" and d.incident.target.place_id
    }
    if not stops:
        return drafts
    out = []
    for d in drafts:
        inc = d.incident
        if inc.kind == "attack" and inc.target.place_id:
            end = d.reading.sentence.end
            stop = next(
                (
                    stops[(inc.target.place_id, inc.date, start)]
                    for start in range(end, end + _CLAUSE_GAP + 1)
                    if (inc.target.place_id, inc.date, start) in stops
                ),
                None,
            )
            if (
                stop is not None
                and not _SENTENCE_END.search(text, max(0, end - 1), stop.reading.sentence.start)
                and len({inc.weapon, stop.incident.weapon} - {"unknown"}) <= 1  # same weapon
            ):
                s = stop.incident
                stop.incident = replace(
                    s,
                    count=s.count if s.count is not None else inc.count,
                    weapon=s.weapon if s.weapon != "unknown" else inc.weapon,
                    actor=s.actor or inc.actor,
                    claim_status=s.claim_status
                    if s.claim_status != "unknown"
                    else inc.claim_status,
                )
                stop.evidence.append(
                    f"the attack told in the clause before ({d.reading.sentence.start}-{end}) "
                    "was stopped: one interception"
                )
                continue
        out.append(d)
    return out


#: how many drafts back a follow-up sentence's host is sought
_FOLLOW_REACH = 8
#: what a draft whose figures come from a later sentence loses (which sentence is right?)
_FOLLOW_DOUBT = 0.15


#: how many drafts apart the vague telling of an answered event and its own telling may be
_ANSWERED_REGION_REACH = 8
_ANSWERED_NOTE = "the event a response clause reports"


def _place_kind(d: _Pending) -> str:
    """The gazetteer kind of ``d``'s target, from the mention it was read from ("")."""
    pid = d.incident.target.place_id
    for m in (*d.reading.targets, *d.reading.answered):
        if m.place is not None and m.place.id == pid:
            return m.place.kind
    return ""


def _fold_answered_told_before(drafts: list[_Pending], af: _ArticleFold) -> list[_Pending]:
    """The event a clause names by a time cue alone ("minutes after the attack on X"), at
    a site already drafted of the same kind, is that draft: no second event on another day.

    ("Missiles hit X on Wednesday. … ¶ Minutes after the attack on X, Y was hit too",
    ``… بعد دقائق من الهجوم على X``, ``دقایقی پس از حمله به X، …``): the clause's day is
    counted from the event told just before, which need not be X's; X's own draft has
    its day. Not "another attack on X" (:data:`_AGAIN`).
    """
    drop: set[int] = set()
    seen: dict[tuple[str, str], _Pending] = {}
    for d in drafts:
        inc = d.incident
        site = (kind_class(inc.kind), inc.target.place_id or "")
        before = seen.get(site)
        r = d.reading
        if (
            before is not None
            and site[1]
            and r.answered_relative is not None
            and any(e.startswith(_ANSWERED_NOTE) for e in d.evidence)
            and before.incident.date != inc.date
            and not _AGAIN.search(af.slice(r.sentence.start, r.sentence.end)[0])
        ):
            before.evidence.append(
                f"named again by the time clause at {r.sentence.start} ('after the attack on "
                f"{inc.target.name}'): this one"
            )
            drop.add(id(d))
            continue
        seen.setdefault(site, d)
    return [d for d in drafts if id(d) not in drop]


def _fold_answered_in_region(drafts: list[_Pending]) -> list[_Pending]:
    """The event a response clause names only by its region, told again at its site, is
    one event.

    ("US jets struck X, hours after a drone attack on a coalition base in the Y
    countryside. ¶ The drone attack hit Z base near W that day", ``… بعد ساعات من هجوم
    بطائرة مسيرة على قاعدة للتحالف في ريف Y. ¶ وقع الهجوم على قاعدة Z``, ``… ساعاتی پس از
    حمله پهپادی به پایگاهی در استان Y … ¶ این حمله پایگاه Z را هدف قرار داد``): the
    clause's draft at a town or area (no site) goes when a draft of the same kind, day
    and weapon lies at a site of the same province (a few drafts apart, the only one);
    the site's draft keeps its own figures and takes the clause's where it has none.
    """
    drop: set[int] = set()
    for i, d in enumerate(drafts):
        inc = d.incident
        if (
            inc.kind != "attack"
            or not inc.target.admin1
            or not any(e.startswith(_ANSWERED_NOTE) for e in d.evidence)
            or is_facility(_place_kind(d))
        ):
            continue
        near = drafts[max(0, i - _ANSWERED_REGION_REACH) : i + _ANSWERED_REGION_REACH + 1]
        sites = [
            s
            for s in near
            if s is not d
            and s.incident.kind == inc.kind
            and s.incident.date == inc.date
            and s.incident.target.country == inc.target.country
            and s.incident.target.admin1 == inc.target.admin1
            and inc.weapon in ("unknown", s.incident.weapon)
            and is_facility(_place_kind(s))
            and not any(e.startswith(_ANSWERED_NOTE) for e in s.evidence)
        ]
        if len(sites) != 1:
            continue
        site = sites[0]
        site.incident = replace(site.incident, **_toll_of(site.incident, inc))
        site.evidence.append(
            f"the event the response clause at {d.reading.sentence.start} names in its "
            f"region ({inc.target.name}): this one"
        )
        drop.add(id(d))
        gone, there = inc.target.place_id, site.incident.target.place_id
        for other in near:  # what answered the clause's draft answers the site's
            places = other.reading.response_places
            if gone and there and gone in places:
                other.reading = replace(
                    other.reading,
                    response_places=tuple(there if p == gone else p for p in places),
                )
    return [d for d in drafts if id(d) not in drop]


def _fold_followups(drafts: list[_Pending]) -> list[_Pending]:
    """A later sentence telling more of the event just drafted is no event of its own.

    An undated attack sentence of the same paragraph, with no actor and no weapon, at the
    place of the draft before it (or within that place's reach) tells more of that event
    ("The US struck X. Local sources said eight were killed in the attack on X",
    ``… قالت مصادر إن ثلاثة قتلوا في حي X`` inside the district struck): its casualties
    go to that draft. A toll at the very place of a strike may open the next paragraph.
    """
    out: list[_Pending] = []
    for d in drafts:
        r, inc = d.reading, d.incident
        # the drafts of the sentence just before (a sentence lists a few sites at most)
        before = (
            [
                h
                for h in out[-_FOLLOW_REACH:]
                if h.reading.sentence.start == out[-1].reading.sentence.start
            ]
            if out
            else []
        )
        host = next(
            (h for h in before if _same_place(h.incident.target, inc.target)),
            next((h for h in before if _within(h.incident, inc)), None),
        )
        if (
            host is not None
            and inc.kind == "attack"
            and r.date is None
            and not r.group
            and not r.striker
            and r.weapon == "unknown"
            # (its paragraph, or the next when the host is a strike at its very place:
            # "US jets struck X. ¶ A source said eight fighters were killed at X")
            and (
                host.reading.paragraph == r.paragraph
                or (
                    r.paragraph - host.reading.paragraph == 1
                    and host.incident.kind.endswith("strike")
                    and _same_place(host.incident.target, inc.target)
                    and (inc.killed is not None or inc.wounded is not None)
                )
            )
            and host.incident.date == inc.date  # "two days before, the base was hit": another
            and host.reading.sentence.end <= r.sentence.start
            and kind_class(host.incident.kind) != "attack"
        ):
            h = host.incident
            host.incident = replace(
                h,
                **_toll_of(h, inc),
            )
            host.evidence.append(
                f"the sentence at {r.sentence.start}-{r.sentence.end} tells more of this event"
            )
            host.confidence = round(max(0.05, host.confidence - _FOLLOW_DOUBT), 3)
            host.evidence.append(f"confidence: figures from a later sentence -{_FOLLOW_DOUBT:g}")
            continue
        out.append(d)
    return out


def _within(attack: Incident, other: Incident, slack_km: float = 2.0) -> bool:
    """Same date and ``other``'s point within the two places' reach (plus ``slack_km``)."""
    if attack.date != other.date:
        return False
    a, b = attack.target, other.target
    reach_km = slack_km + ((a.radius_m or 0.0) + (b.radius_m or 0.0)) / 1000.0
    dlat = math.radians(b.lat - a.lat)
    dlon = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 6371.0 * math.hypot(dlat, dlon) <= reach_km


def _same_place(a: Location, b: Location) -> bool:
    if a.place_id and b.place_id:
        return a.place_id == b.place_id
    return abs(a.lat - b.lat) < 0.05 and abs(a.lon - b.lon) < 0.05


def _link(drafts: list[_Pending], against: Sequence[Incident]) -> list[DraftIncident]:
    out: list[DraftIncident] = []
    unlinked: list[tuple[int, _Pending]] = []  # responding, no link yet: see the end
    # the event a sentence about "these strikes" answers, and that sentence's paragraph
    stated: tuple[DraftIncident, int, frozenset[dt.date]] | None = None
    last_of: dict[bool, DraftIncident] = {}  # is_strike -> the last such draft so far
    by_target: dict[tuple[bool, str], DraftIncident] = {}
    by_span: dict[tuple[int, int], list[DraftIncident]] = {}  # each sentence's drafts
    # (kind class, place) -> the toll a response clause gave the event there, undrafted
    clause_tolls: dict[tuple[bool, str], tuple[int | None, int | None, int]] = {}
    sheet: dict[tuple[bool, str], list[Incident]] = {}
    for inc in sorted(against, key=lambda i: i.date):
        sheet.setdefault((inc.is_strike, inc.target.place_id or ""), []).append(inc)
    dates_of = {key: [r.date for r in rows] for key, rows in sheet.items()}
    for d in drafts:
        inc = d.incident
        span = (d.reading.sentence.start, d.reading.sentence.end)
        digest = hashlib.sha1(
            f"{inc.sources[0].outlet}|{span[0]}|{span[1]}|{inc.kind}|{inc.target.place_id}|"
            f"{inc.target.name}".encode()
        ).hexdigest()[:10]
        evidence = list(d.evidence[1:])
        told_toll = clause_tolls.get((inc.is_strike, inc.target.place_id or ""))
        if told_toll is not None and inc.killed is None and inc.wounded is None:
            # "US jets struck X in response to a drone attack on Y that wounded three. The
            # group claimed the attack on the base": the toll the clause gave Y's event
            inc = replace(inc, killed=told_toll[0], wounded=told_toll[1])
            evidence.append(
                f"casualties from the response clause of the sentence at {told_toll[2]}"
            )
        # (neither reads the id, the link or the notes: one ``replace`` sets all three)
        answered = _answered(d, inc, last_of, by_target, sheet, dates_of)
        if answered is None and inc.is_strike and stated is not None:
            answered = _answered_as_stated(d, inc, stated)
        linked: tuple[str, ...] = (answered[0],) if answered else ()
        if answered and answered[1] == _TOLD_BEFORE and d.reading.answers_many:
            linked = _all_told_with(by_span, last_of[not inc.is_strike], inc)
        if answered:
            evidence.append(f"responds to {answered[0]} ({answered[1]})")
        duplicate = _duplicate(inc, sheet, dates_of)
        if duplicate:
            evidence.append(f"repeats {duplicate} of the sheet given")
        notes = (
            f"draft for review; source span {span[0]}-{span[1]}; "
            f"confidence {d.confidence:.2f}; " + "; ".join(evidence)
        )
        incident = replace(
            inc,
            id=f"draft-{digest}",
            responds_to=linked or inc.responds_to,
            notes=notes,
        )
        drafted = DraftIncident(
            incident, span, d.confidence, tuple(evidence), duplicate, rule_confidence=d.confidence
        )
        if d.answered_by_before:
            stated = (drafted, d.reading.paragraph, _answer_the_ones_before(out, drafted))
        if not answered and d.reading.responds and d.reading.response_places:
            unlinked.append((len(out), d))
        out.append(drafted)
        by_span.setdefault(span, []).append(drafted)
        last_of[incident.is_strike] = drafted
        r = d.reading
        if r.answered_date is None and (
            r.answered_killed is not None or r.answered_wounded is not None
        ):
            for place in r.response_places:
                clause_tolls.setdefault(
                    (not incident.is_strike, place),
                    (r.answered_killed, r.answered_wounded, r.sentence.start),
                )
        by_target[(incident.is_strike, incident.target.place_id or "")] = drafted
    _answer_the_ones_after(out, unlinked, by_target)
    return _calibrated(out)


def _answered_as_stated(
    d: _Pending, incident: Incident, stated: tuple[DraftIncident, int, frozenset[dt.date]]
) -> tuple[str, str] | None:
    """The event a statement told before answers with "these strikes" ("The US struck 85
    targets. These strikes answered the attack on X. ¶ Sites in Y and Z were hit", ``این
    حملات در پاسخ به … بود``): the strikes drafted after it, in its paragraph or the next,
    no earlier than that event, answer it too; not a strike its own sentence dates to a
    day other than those of the strikes the statement named ("These strikes answered the
    attack on X. Late on Tuesday a gunship also hit a car near Y": another strike)."""
    answered, paragraph, days = stated
    if d.reading.paragraph - paragraph > 1 or answered.incident.is_strike:
        return None
    if incident.date < answered.incident.date:
        return None
    if d.reading.date is not None and days and incident.date not in days:
        return None
    return answered.incident.id, "the event the strikes were said before to answer"


def _answer_the_ones_after(
    out: list[DraftIncident],
    unlinked: Sequence[tuple[int, _Pending]],
    by_target: dict[tuple[bool, str], DraftIncident],
) -> None:
    """Link each draft of ``unlinked`` (its index in ``out``) to the event drafted after it
    at the place its response clause names ("US jets struck X and hit Y, calling the
    raids a response to the attack on Z": the attack on Z is drafted from the clause after
    the strike on X). ``out`` is changed in place."""
    for n, d in unlinked:
        other = not d.incident.is_strike
        hit = next(
            (h for place in d.reading.response_places if (h := by_target.get((other, place)))),
            None,
        )
        if hit is None or out[n].incident.responds_to:
            continue
        # (the reason as :func:`_answered` words it for a place named: one feature, one name)
        link = f"responds to {hit.incident.id} ({_NAMED_IN_CLAUSE})"
        drafted = out[n]
        out[n] = replace(
            drafted,
            incident=replace(
                drafted.incident,
                responds_to=(hit.incident.id,),
                notes=drafted.incident.notes + "; " + link,
            ),
            evidence=(*drafted.evidence, link),
        )


def _calibrated(drafts: list[DraftIncident]) -> list[DraftIncident]:
    """The drafts with the learned confidence (:mod:`.draft_confidence`), the rule score kept.

    The one place a draft's ``confidence`` is set: the chance an analyst accepts it, from
    its features (by name) once every draft of the article is linked; the notes give both.
    """
    out = []
    for d, features in zip(drafts, draft_confidence.article_features(drafts), strict=True):
        p = draft_confidence.probability(features)
        rule = f"{d.rule_confidence:.2f}"
        notes = d.incident.notes.replace(
            f"; confidence {rule}; ", f"; confidence {p:.2f} (rules {rule}); ", 1
        )
        out.append(replace(d, confidence=p, incident=replace(d.incident, notes=notes)))
    return out


def _answer_the_ones_before(
    out: list[DraftIncident], answered: DraftIncident
) -> frozenset[dt.date]:
    """Link the drafts of the event sentences before ``answered``'s to it (in ``out``), and
    give the days of that run.

    "US jets struck X and Y. They also hit Z. These strikes answered the attack on W":
    the strikes at X, Y and Z (the run of drafts of the other kind class just before),
    with no link yet, respond to the attack on W.
    """
    other = not answered.incident.is_strike
    before = [d for d in out if d.span[1] <= answered.span[0]]
    if not before:
        return frozenset()
    run: set[tuple[int, int]] = set()
    days: set[dt.date] = set()
    for d in reversed(before):
        if d.incident.is_strike != other:
            break
        run.add(d.span)
        days.add(d.incident.date)
    # the events told with ``answered`` in its sentence ("… a response to the drone attacks
    # on X and Y"): a strike linked to one of them answers the others too
    told_with = {
        o.incident.id
        for o in out
        if o.span == answered.span and o.incident.is_strike == answered.incident.is_strike
    }
    for n, d in enumerate(out):
        linked = d.incident.responds_to
        if d.span in run and (not linked or set(linked) <= told_with):
            link = f"responds to {answered.incident.id} (named in the sentence after)"
            out[n] = replace(
                d,
                incident=replace(
                    d.incident,
                    responds_to=(*linked, answered.incident.id),
                    notes=d.incident.notes + "; " + link,
                ),
                evidence=(*d.evidence, link),
            )
    return frozenset(days)


#: how :func:`_answered` names a link to the last event of the other kind class told
_TOLD_BEFORE = "the event told before it in this article"
#: how :func:`_answered` names a link to the event at the place its response clause names
_NAMED_IN_CLAUSE = "the place named in its response clause, in this article"


def _all_told_with(
    by_span: dict[tuple[int, int], list[DraftIncident]], told: DraftIncident, incident: Incident
) -> tuple[str, ...]:
    """The ids of the drafts told in the sentence of draft ``told`` (``by_span``: the drafts
    of each sentence, in order), of its kind class and not after ``incident``'s day: "US
    jets struck X and Y. The group then shelled Z in response to the strikes" answers both."""
    return tuple(
        o.incident.id
        for o in by_span.get(told.span, [told])
        if o.incident.is_strike == told.incident.is_strike and o.incident.date <= incident.date
    ) or (told.incident.id,)


def _answered(
    d: _Pending,
    incident: Incident,
    last_of: dict[bool, DraftIncident],
    by_target: dict[tuple[bool, str], DraftIncident],
    sheet: dict[tuple[bool, str], list[Incident]],
    dates_of: dict[tuple[bool, str], list[dt.date]],
) -> tuple[str, str] | None:
    """The incident a draft answers (its id and how it was found), if the text says so."""
    if not d.reading.responds:
        return None
    other = not incident.is_strike
    for place in d.reading.response_places:
        hit = by_target.get((other, place))
        if hit is not None:
            return hit.incident.id, _NAMED_IN_CLAUSE
        rows = sheet.get((other, place), [])  # sorted by date
        before = bisect.bisect_right(dates_of.get((other, place), []), incident.date)
        if before:
            row = rows[before - 1]
            return row.id, "the place named in its response clause, in the sheet given"
    prev = last_of.get(other)
    if prev is not None and prev.incident.date <= incident.date:
        return prev.incident.id, _TOLD_BEFORE
    return None


def _duplicate(
    incident: Incident,
    sheet: dict[tuple[bool, str], list[Incident]],
    dates_of: dict[tuple[bool, str], list[dt.date]],
) -> str:
    """The id of a sheet row with the draft's kind class, place and date (±1 day)."""
    key = (incident.is_strike, incident.target.place_id or "")
    rows = sheet.get(key, [])
    lo = bisect.bisect_left(dates_of.get(key, []), incident.date - dt.timedelta(days=1))
    for row in rows[lo:]:
        if row.date > incident.date + dt.timedelta(days=1):
            break
        if kind_class(row.kind) == kind_class(incident.kind) and _same_place(
            row.target, incident.target
        ):
            return row.id
    return ""


def draft_incidents(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    source_name: str = "",
    url: str = "",
    include_geonames: bool = True,
    against: Sequence[Incident] = (),
) -> list[DraftIncident]:
    """The drafts of :func:`draft_article` (same parameters), as a list."""
    return list(
        draft_article(
            text,
            published,
            gazetteer,
            source_name=source_name,
            url=url,
            include_geonames=include_geonames,
            against=against,
        ).drafts
    )


def write_drafts_csv(drafts: Iterable[DraftIncident], path: str | os.PathLike[str]) -> None:
    """Write drafts as the incident CSV (atomically), span and confidence in ``notes``."""
    from geoincidents.incidents.io import write_incidents

    write_incidents([d.incident for d in drafts], path, format="csv")


def draft_file(
    path: str | os.PathLike[str],
    published: dt.date | dt.datetime | str | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    against: Sequence[Incident] = (),
) -> list[DraftIncident]:
    """Draft the incidents of a UTF-8 text file or ``.jsonl`` corpus (names are sources).

    A date in ``published`` applies to articles without their own (front matter or
    corpus metadata).

    Raises
    ------
    GeoparseError
        When the file cannot be read as UTF-8 text (the message names the file).
    """
    out: list[DraftIncident] = []
    for article in read_articles(path):
        out += draft_incidents(
            article.text,
            article.published or published,
            gazetteer,
            source_name=article.name,
            url=article.url,
            against=against,
        )
    return out
