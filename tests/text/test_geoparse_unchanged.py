"""Speed work changes no result: geoparse of a mixed corpus matches stored output.

The corpus is our own sentences in English, Arabic and Persian (kind words, clitics,
harakat, a lone hamza, glued and ZWNJ-split words, relative places, "X in Y", "X and
Y", a person's name that is no place), geoparsed with the test gazetteer and the
GeoNames index. ``data/geoparse_unchanged.json`` holds what the code gave before the
speed changes of issue 11 §1 (mentions, spans, places, scores, roles, candidates,
relative estimates, rejected readings, countries).

A deliberate change of a rule changes this output: regenerate the file with
``python tests/text/test_geoparse_unchanged.py`` and review the diff.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.geoparse import GeoparseResult, geoparse

EXPECTED = Path(__file__).parent / "data" / "geoparse_unchanged.json"

SENTENCES = (
    "Three rockets struck Ain al-Asad on Monday, the coalition said.",
    "A drone was shot down near Hit before it reached the base.",
    "The rocket hit the wall of a school in the White district.",
    "US aircraft struck two sites in al-Qaim and Albu Kamal overnight.",
    "Militants fired from a village 12 km south of Mosul toward the airport.",
    "The convoy left Camp Kalsu and drove north-west of Baghdad.",
    "Two drones attacked the Green Village base in Deir ez-Zor Governorate.",
    "Fighting was reported east of the Euphrates and near the Conoco gas field.",
    "Officials in Dhamar denied any link to the attack on Zummar.",
    "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية فجر الاثنين.",
    "وقصفت الطائرات مواقع في القائم والبوكمال قرب الحدود.",
    "انفجرت عبوة على بعد نحو كيلومترين من مطار بغداد الدولي.",
    "أسقطت طائرة مسيرة بالموصل وأخرى للموصل قرب المدينة.",
    "قال بشار الأسد إن الهجوم على حقل العمر النفطي لن يمر.",
    "وسمع دوي انفجارات في جرف الصخر وهيت وقضاء هيت مساءً.",
    "تعرّضت قاعدةٌ في ريف دير الزور لقصفٍ صاروخيّ شمال غرب الميادين.",
    "وأعلنت محافظة الأنبار حظر التجوال بعد سقوط صاروخ في ذمار.",
    "هشت راکت به پایگاه هوایی عین‌الاسد در استان الانبار شلیک شد.",
    "پهپادها به میدان نفتی العمر و روستای گرین در شرق فرات حمله کردند.",
    "یک روستا در ۱۵ کیلومتری پایگاه عینالاسد هدف قرار گرفت.",
    "نیروهای آمریکایی مواضعی را در البوکمال و القائم بمباران کردند.",
    "انفجار در جنوب بغداد و نزدیک فرودگاه بین‌المللی بغداد گزارش شد.",
    "منابع محلی از حمله به پایگاه «عین الاسد» در غرب عراق خبر دادند.",
    "حمله به جرفالصخر و کمپ کالسو در اسکندریه تایید شد.",
    "Syria, Iraq and Jordan: rockets near Hit; سوريا والعراق؛ عراق و سوریه.",
)


def _estimate(m: Any) -> Any:
    e = m.estimate
    if e is None:
        return None
    wkt = hashlib.sha1(e.polygon_wkt.encode()).hexdigest()[:16]
    return [e.shape, e.lat, e.lon, e.radius_m, e.inner_radius_m, e.outer_radius_m, e.rule, wkt]


def _record(result: GeoparseResult) -> dict[str, Any]:
    return {
        "mentions": [
            {
                **m.to_dict(),
                "score": m.score,
                "kind_hint": m.kind_hint,
                "method": m.method,
                "candidates": [[c.place.id, c.score] for c in m.candidates],
                "estimate": _estimate(m),
            }
            for m in result.mentions
        ],
        "countries": list(result.countries),
        "rejected": [[r.start, r.end, r.text, r.reason] for r in result.rejected],
    }


def _texts() -> list[str]:
    """Each sentence alone, the corpus as one article, and long repetitive texts."""
    article = "\n\n".join(" ".join(SENTENCES[k : k + 3]) for k in range(0, len(SENTENCES), 3))
    return [*SENTENCES, article, article.replace(".", ",") * 3, "عين الأسد " * 60]


def _run(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    return [_record(geoparse(text, gazetteer)) for text in _texts()]


def test_geoparse_output_is_unchanged(gazetteer: Gazetteer) -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    got = json.loads(json.dumps(_run(gazetteer), ensure_ascii=False))
    assert len(got) == len(expected)
    for k, (g, e) in enumerate(zip(got, expected, strict=True)):
        assert g == e, f"text {k}: {_texts()[k][:60]!r}"


def test_the_corpus_finds_places_in_all_three_scripts() -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    found = [m["text"] for r in expected for m in r["mentions"] if m["found"]]
    assert any(t.isascii() for t in found)
    assert any("عين" in t for t in found) and any("پایگاه" in t for t in found)
    assert any(m["relative"] for r in expected for m in r["mentions"])


if __name__ == "__main__":  # regenerate the expected output (review the diff)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.text.conftest import PLACES

    records = _run(Gazetteer(PLACES))
    lines = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records)
    EXPECTED.write_text(f"[\n{lines}\n]\n", "utf-8")
    print(f"wrote {EXPECTED}: {sum(len(r['mentions']) for r in records)} mentions")
