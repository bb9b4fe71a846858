"""Small corpora of our own sentences (English, Arabic, Persian) for the corpus tests."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

SENTENCES = (
    "Three rockets struck Ain al-Asad air base on Tuesday.",
    "A drone was shot down near the Conoco gas field.",
    "Rockets were fired from 15 km north-west of Mosul toward the base.",
    "US aircraft struck a depot in al-Qaim in response.",
    "The governor of Anbar said nobody was hurt.",
    "Nothing happened in the market today.",
    "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية.",
    "استهدفت طائرة مسيرة حقل العمر النفطي في دير الزور.",
    "قصفت طائرات أمريكية مواقع في جرف الصخر.",
    "دو پهپاد به پایگاه هوایی عین‌الاسد حمله کردند.",
    "یک راکت در نزدیکی میدان گازی کونیکو منفجر شد.",
    "انفجاری در البوکمال رخ داد.",
)


def articles(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` articles of two to four of our sentences, ids ``a0000``…, dated in 2024."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i % 300)
        out.append({"id": f"a{i:04d}", "text": text, "published": day.isoformat(), "lang": "mixed"})
    return out


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def write_folder(folder: Path, rows: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for r in rows:
        (folder / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    return folder
