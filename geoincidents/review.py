"""A review page for drafts: each article with every draft's supporting span highlighted.

:func:`review_html` builds one self-contained HTML page (no script, no network: a
Content-Security-Policy forbids both) with, per article, its text on one side — each
paragraph in its own direction (``dir="auto"``), so Arabic and Persian read right to
left beside English — and the drafts on the other: kind, date and its precision, target,
origin, weapon, count, killed, wounded, actor and claim, ``responds_to``, confidence and
the evidence. Each draft's span is a ``<mark>`` that its card links to (and back);
sentences that reported an event but drafted nothing are underlined, with the reason.
Every string from the article or the drafts is escaped by
:func:`geoincidents.maps.escape.html_text`. :func:`write_review` writes it atomically.

Examples
--------
>>> page = review_html([ReviewItem("a.txt", "<b>Rockets</b> hit the base.", None, ())])
>>> "&lt;b&gt;Rockets&lt;/b&gt;" in page and "<b>" not in page
True
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from geoincidents._files import atomic_write_text
from geoincidents.maps.escape import html_text
from geoincidents.text.drafting import DraftIncident, Skipped

__all__ = ["ReviewItem", "review_html", "write_review"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'"
_STYLE = """
body{font-family:system-ui,"Noto Sans","Noto Naskh Arabic","Vazirmatn",sans-serif;margin:0;
background:#f6f6f4;color:#222}
header{padding:12px 20px;background:#263238;color:#fff}
header h1{font-size:18px;margin:0}
section.article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;
padding:16px 20px;border-bottom:1px solid #ccc}
section.article h2{grid-column:1/-1;font-size:16px;margin:0}
.text p{unicode-bidi:plaintext;line-height:1.7;margin:0 0 .6em;background:#fff;padding:6px 10px}
mark{background:#ffe082;padding:1px 0}
mark a{color:inherit;text-decoration:none}
mark.strike{background:#b3e5fc}
mark:target,.draft:target{outline:3px solid #e65100}
.skipped{text-decoration:underline dotted #999}
.draft{background:#fff;border:1px solid #ddd;border-left:5px solid #f9a825;margin:0 0 10px;
padding:8px 10px}
.draft.strike{border-left-color:#0277bd}
.draft.interception{border-left-color:#2e7d32}
.draft.explosion{border-left-color:#6d4c41}
.draft.duplicate{opacity:.75}
.draft h3{font-size:14px;margin:0 0 6px}
.draft dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0;font-size:13px}
.draft dt{color:#666}
.draft dd{margin:0;unicode-bidi:plaintext}
.evidence{font-size:12px;color:#555;margin:6px 0 0;padding-inline-start:18px}
.none{color:#777;font-style:italic}
.reasons{font-size:12px;color:#555}
"""


@dataclass(frozen=True)
class ReviewItem:
    """One article of the review page: its name, text, publication date and drafts."""

    name: str
    text: str
    published: dt.date | None
    drafts: tuple[DraftIncident, ...]
    skipped: tuple[Skipped, ...] = ()


def _segments(
    text: str, marks: Sequence[tuple[int, int, str, str]]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Split ``text`` at every span edge: (piece, [(mark id, class), …] covering it)."""
    edges = sorted({0, len(text), *(a for a, _, _, _ in marks), *(b for _, b, _, _ in marks)})
    by_start: dict[int, list[tuple[int, int, str, str]]] = {}
    for m in marks:
        by_start.setdefault(m[0], []).append(m)
    out = []
    active: list[tuple[int, int, str, str]] = []
    for a, b in itertools.pairwise(edges):
        active = [m for m in active if m[1] > a] + by_start.get(a, [])
        if b > a:
            out.append((text[a:b], [(m[2], m[3]) for m in active]))
    return out


def _article_html(index: int, item: ReviewItem) -> str:
    marks: list[tuple[int, int, str, str]] = []
    first_of_span: dict[tuple[int, int], str] = {}
    for n, d in enumerate(item.drafts):
        a, b = d.span
        if not 0 <= a < b <= len(item.text):
            continue
        if (a, b) in first_of_span:
            continue
        anchor = f"a{index}-s{n}"
        first_of_span[(a, b)] = anchor
        cls = "strike" if d.incident.is_strike else "event"
        marks.append((a, b, anchor, cls))
    for n, s in enumerate(item.skipped):
        a, b = s.span
        if 0 <= a < b <= len(item.text) and (a, b) not in first_of_span:
            marks.append((a, b, f"a{index}-k{n}", "skipped"))
    reason_of = {f"a{index}-k{n}": s.reason for n, s in enumerate(item.skipped)}
    paragraphs: list[list[str]] = [[]]
    emitted: set[str] = set()
    for piece, covering in _segments(item.text, marks):
        lines = piece.split("\n")
        for k, line in enumerate(lines):
            if k:
                paragraphs.append([])
            if not line:
                continue
            html = html_text(line)
            for anchor, cls in reversed(covering):
                if cls == "skipped":
                    reason = html_text(reason_of.get(anchor, ""))
                    html = f'<span class="skipped" title="{reason}">{html}</span>'
                else:
                    ident = "" if anchor in emitted else f' id="{anchor}"'
                    emitted.add(anchor)
                    html = f'<mark{ident} class="{cls}"><a href="#d-{anchor}">{html}</a></mark>'
            paragraphs[-1].append(html)
    text_html = "".join(f'<p dir="auto">{"".join(p)}</p>' for p in paragraphs if p)
    cards = [_card(index, n, d, first_of_span) for n, d in enumerate(item.drafts)]
    published = item.published.isoformat() if item.published else "unknown"
    skipped = "".join(
        f'<li dir="auto">{html_text(item.text[s.span[0] : s.span[1]][:160])} — '
        f"<em>{html_text(s.reason)}</em></li>"
        for s in item.skipped
    )
    return (
        f'<section class="article" id="article-{index}">'
        f"<h2><bdi>{html_text(item.name)}</bdi> · published {html_text(published)} · "
        f"{len(item.drafts)} draft(s)</h2>"
        f'<div class="text">{text_html or "<p class=none>(empty)</p>"}</div>'
        f'<div class="drafts">{"".join(cards) or "<p class=none>No draft.</p>"}'
        + (
            f'<div class="reasons"><p>Drafted nothing from:</p><ul>{skipped}</ul></div>'
            if skipped
            else ""
        )
        + "</div></section>"
    )


def _card(index: int, n: int, d: DraftIncident, first_of_span: dict[tuple[int, int], str]) -> str:
    inc = d.incident
    anchor = first_of_span.get(d.span, "")
    cls = "strike" if inc.is_strike else inc.kind
    if d.duplicate_of:
        cls += " duplicate"

    def location(loc: object) -> str:
        if loc is None:
            return ""
        name = getattr(loc, "name", "")
        pid = getattr(loc, "place_id", "")
        radius = getattr(loc, "radius_m", 0.0) or 0.0
        return (
            f"{name} ({pid}, ±{radius / 1000:.1f} km)"
            if pid
            else f"{name} (±{radius / 1000:.1f} km)"
        )

    rows = [
        ("kind", inc.kind),
        ("date", f"{inc.date.isoformat()} ({inc.date_precision})"),
        ("target", location(inc.target)),
        ("origin", location(inc.origin)),
        ("weapon", inc.weapon if inc.weapon != "unknown" else ""),
        ("count", "" if inc.count is None else str(inc.count)),
        ("killed", "" if inc.killed is None else str(inc.killed)),
        ("wounded", "" if inc.wounded is None else str(inc.wounded)),
        ("actor", inc.actor),
        ("claim", inc.claim_status),
        ("targeted party", inc.targeted_party),
        ("responds to", ", ".join(inc.responds_to)),
        ("duplicate of", d.duplicate_of),
        ("confidence", f"{d.confidence:.2f}"),
        ("id", inc.id),
    ]
    fields = "".join(
        f"<dt>{html_text(k)}</dt><dd><bdi>{html_text(v)}</bdi></dd>" for k, v in rows if v
    )
    evidence = "".join(f'<li dir="auto">{html_text(e)}</li>' for e in d.evidence)
    link = f' <a href="#{anchor}">↖ span</a>' if anchor else ""
    return (
        f'<div class="draft {html_text(cls)}" id="d-{anchor or f"a{index}-n{n}"}">'
        f"<h3>{html_text(inc.kind)} · <bdi>{html_text(inc.target.name)}</bdi> · "
        f"{html_text(inc.date.isoformat())}{link}</h3><dl>{fields}</dl>"
        f'<ul class="evidence">{evidence}</ul></div>'
    )


def review_html(items: Iterable[ReviewItem], title: str = "Drafts for review") -> str:
    """The review page for ``items`` (see the module docstring)."""
    items = list(items)
    total = sum(len(i.drafts) for i in items)
    body = "".join(_article_html(n, item) for n, item in enumerate(items))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html_text(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{html_text(title)}</h1><p>{len(items)} article(s), {total} draft(s). "
        "Highlighted: the sentence each draft rests on; dotted: an event sentence that "
        "drafted nothing (hover for why).</p></header>"
        f"<main>{body}</main></body></html>\n"
    )


def write_review(
    path: str | os.PathLike[str],
    items: Iterable[ReviewItem],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    title: str = "Drafts for review",
) -> None:
    """Write :func:`review_html` to ``path`` atomically (never over one of ``inputs``)."""
    atomic_write_text(path, review_html(items, title), inputs=inputs)
