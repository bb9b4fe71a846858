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
  strike's, when it names no place and names its event.
"""

from __future__ import annotations

import pytest

from geoincidents.text.drafting import draft_article


def _tolls(text: str, published: str = "2024-02-04") -> dict[tuple[str, str], tuple[object, object]]:
    return {
        (d.incident.kind, d.incident.target.place_id or ""): (d.incident.killed, d.incident.wounded)
        for d in draft_article(text, published).drafts
    }
