"""Escaping for each context a text can land in: HTML, attribute, URL, script, JS string."""

from __future__ import annotations

import json

import pytest

from geoincidents.maps.escape import html_text, js_string, json_for_script, safe_url

HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    "'><svg onload=window.__pwned=1>",
    "${window.__pwned=1}",
    "{{ 7*7 }}{% if 1 %}x{% endif %}{# c #}",
    "</SCRIPT ><!-- <script>",
    "a\u2028b\u2029c",
    "عين الأسد <b>",
    "عین‌الاسد & پایگاه",
    "]]><script>window.__pwned=1</script>",
    "</style></title></textarea><iframe srcdoc='<script>parent.x=1</script'>",
    "&lt;script&gt; already escaped &amp;",
    "red;background:url(javascript:window.__pwned=1)",
    "\u202eevil\u202c \u2067x\u2069",
    "`${window.__pwned=1}`",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_html_text_leaves_no_markup_or_template_syntax(text: str) -> None:
    out = html_text(text)
    for char in "<>\"'{}":
        assert char not in out
    import html

    assert html.unescape(out) == text


def test_html_text_of_none_is_empty() -> None:
    assert html_text(None) == ""
    assert html_text(17) == "17"


@pytest.mark.parametrize("text", HOSTILE)
def test_json_for_script_round_trips_and_cannot_close_the_element(text: str) -> None:
    value = {"name": text, "list": [text, 1, None, 2.5]}
    out = json_for_script(value)
    assert json.loads(out) == value
    lowered = out.lower()
    assert "</script" not in lowered and "<!--" not in lowered
    for char in "<>&\u2028\u2029":
        assert char not in out


def test_json_for_script_keeps_order_and_non_ascii() -> None:
    assert json_for_script({"b": "زمار", "a": 1}) == '{"b":"زمار","a":1}'


def test_json_for_script_refuses_nan() -> None:
    with pytest.raises(ValueError):
        json_for_script({"x": float("nan")})


@pytest.mark.parametrize("text", HOSTILE)
def test_js_string_is_one_string_literal(text: str) -> None:
    out = js_string(text)
    assert out.startswith('"') and out.endswith('"')
    assert json.loads(out) == text
    assert "</" not in out


@pytest.mark.parametrize(
    "url",
    [
        "https://www.aljazeera.net/news/2024/1/20/x",
        "http://www.tasnimnews.com/fa/news/1400/10/15/x?a=1&b=2#c",
        "HTTPS://EXAMPLE.ORG",
        "https://user@example.org:8443/p",
        "https://[2001:db8::1]/x",
        "https://www.irna.ir/news/%D8%B9%DB%8C%D9%86",
        "https://fa.wikipedia.org/wiki/عین_الاسد",
    ],
)
def test_safe_url_keeps_http_and_https(url: str) -> None:
    assert safe_url(url) == url
    assert safe_url(f"  {url}\n") == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:window.__pwned=1",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example/x",
        "/relative/path",
        "www.example.org",
        "https://",
        "https:///path",
        "http://@/x",
        "https://exa mple.org",
        "https://example.org/\u202eevil",
        "ftp://example.org/x",
        "JaVaScRiPt:window.__pwned=1",
        " \x01javascript:window.__pwned=1",
        "\x00javascript:window.__pwned=1",
        "\u00a0javascript:window.__pwned=1",
        "\ufeffjavascript:window.__pwned=1",
        "java\nscript:window.__pwned=1",
        "javascript://example.org/%0awindow.__pwned=1",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "VBScript:msgbox(1)",
        "https://evil.example\\@example.org/",
        "https:\\\\evil.example/",
        "https://example.org/\u2067x",
        "https://example.org/\ufeffx",
        "",
        None,
    ],
)
def test_safe_url_refuses_everything_else(url: str | None) -> None:
    assert safe_url(url) is None


def test_double_escaping_is_kept_as_literal_text() -> None:
    # text that already looks escaped must show as typed, not be decoded into markup
    assert html_text("&lt;b&gt;") == "&amp;lt;b&amp;gt;"
