"""The review page of ``geoincidents draft --review``: spans, fields, RTL, escaping, offline.

The page is opened in Chromium (Playwright) with every request but the page itself
blocked and recorded; hostile article text must show as text and never run.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geoincidents.cli import main
from geoincidents.review import ReviewItem, review_html, write_review
from geoincidents.text.drafting import draft_article
from tests.maps.conftest import CHROMIUM_ARGS, chromium_or_skip

HOSTILE = (
    "published: 2024-01-21\n"
    "Three rockets struck Ain al-Asad on Saturday <script>window.__pwned = 1</script>.\n"
    'In response, US jets struck Jurf al-Sakhar <img src=x onerror="window.__pwned = 2">.\n'
    'سقط صاروخان قرب قاعدة عين الأسد مساء الأحد {{7*7}} "><svg onload=alert(1)>.\n'
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page()
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    def route(r: Any) -> None:
        if r.request.url == path.as_uri():
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, requests, dialogs


def _cli(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, stdout=out, stdin=io.StringIO("")), out.getvalue()


def test_review_page_from_the_cli_in_chromium(tmp_path: Path, browser: Any) -> None:
    article = tmp_path / 'x"><img src=y onerror=alert(3)>.txt'
    article.write_text(HOSTILE, encoding="utf-8")
    review = tmp_path / "review.html"
    code, out = _cli(
        ["draft", str(article), "-o", str(tmp_path / "d.csv"), "--review", str(review)]
    )
    assert code == 0, out
    assert "3 draft incident(s)" in out and "review page written" in out
    page, requests, dialogs = _open(browser, review)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == [] and requests == []
    assert page.locator("script, img, svg").count() == 0
    text = page.inner_text("body")
    assert "<script>window.__pwned = 1</script>" in text
    assert 'onerror="window.__pwned = 2"' in text and "{{7*7}}" in text
    assert 'x"><img src=y onerror=alert(3)>.txt' in text
    # one highlighted span per drafted sentence, each linked to its card and back
    marks = page.locator("mark[id]")
    assert marks.count() == 3
    for i in range(marks.count()):
        anchor = marks.nth(i).get_attribute("id")
        card = page.locator(f"#d-{anchor}")
        assert card.count() == 1
        assert card.locator(f'a[href="#{anchor}"]').count() == 1
    strike = page.locator(".draft.strike")
    assert strike.count() == 1 and "responds to" in strike.inner_text()
    # the Arabic paragraph reads right to left, the English ones left to right
    directions = page.eval_on_selector_all(
        ".text p", "ps => ps.map(p => [p.innerText.slice(0, 4), getComputedStyle(p).direction])"
    )
    assert ["سقط ", "rtl"] in directions and ["Thre", "ltr"] in directions
    page.close()


def test_review_page_shows_why_nothing_was_drafted(tmp_path: Path, browser: Any) -> None:
    text = "The Pentagon said the strikes were retaliation for the attack on Tower 22."
    result = draft_article(text, "2024-02-03", include_geonames=False)
    assert result.drafts == () and result.skipped
    path = tmp_path / "r.html"
    write_review(path, [ReviewItem("a.txt", text, result.published, (), result.skipped)])
    page, requests, _ = _open(browser, path)
    skipped = page.locator(".skipped")
    assert skipped.count() == 1 and skipped.get_attribute("title") == result.skipped[0].reason
    assert "Drafted nothing from" in page.inner_text("body") and requests == []
    page.close()


def test_review_html_is_escaped_and_offline_without_a_browser() -> None:
    text = "Rockets hit Ain al-Asad yesterday </p><script>x()</script>"
    result = draft_article(text, "2024-01-21", include_geonames=False)
    html = review_html([ReviewItem("<b>n</b>", text, result.published, result.drafts)])
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;n" in html
    assert "Content-Security-Policy" in html and "http://" not in html and "https://" not in html


def test_review_is_never_written_over_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Rockets hit Ain al-Asad yesterday.", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(article)
    code, _ = _cli(["draft", str(article), "-o", str(tmp_path / "d.csv"), "--review", str(link)])
    assert code != 0 and "same file" in capsys.readouterr().err
    assert not (tmp_path / "d.csv").exists()
    assert article.read_text(encoding="utf-8") == "Rockets hit Ain al-Asad yesterday."


def test_cli_per_file_publication_dates(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Rockets hit Ain al-Asad yesterday.", encoding="utf-8")
    b.write_text("published: 2024-02-03\nRockets hit Ain al-Asad yesterday.", encoding="utf-8")
    out_csv = tmp_path / "d.csv"
    code, out = _cli(
        ["draft", str(a), str(b), "-o", str(out_csv), "--file-published", f"{a}=2024-01-21"]
    )
    assert code == 0, out
    from geoincidents.incidents.io import read_incidents

    assert sorted(i.date.isoformat() for i in read_incidents(out_csv)) == [
        "2024-01-20",
        "2024-02-02",
    ]


def test_cli_says_why_nothing_was_drafted_and_keeps_files(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Rockets hit Ain al-Asad yesterday.", encoding="utf-8")
    code, out = _cli(["draft", str(a), "-o", str(tmp_path / "d.csv")])
    assert code == 0
    assert "no publication date" in out and "nothing drafted" in out
    precious = tmp_path / "precious.csv"
    precious.write_text("keep me", encoding="utf-8")
    code, _ = _cli(["draft", str(tmp_path / "missing.txt"), "-o", str(precious)])
    assert code == 1 and precious.read_text(encoding="utf-8") == "keep me"
