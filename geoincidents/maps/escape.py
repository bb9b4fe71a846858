"""Every escape the maps wing needs, in one place.

Text from the open web (place names, actors, notes, outlets, URLs) reaches a map in four
contexts, each with its own rule:

* HTML text and attribute values: :func:`html_text` (escapes ``& < > " '``);
* URLs that become links: :func:`safe_url` keeps only absolute ``http``/``https`` URLs;
* data embedded in a ``<script>`` element: :func:`json_for_script` produces JSON in which
  ``<``, ``>``, ``&``, U+2028 and U+2029 are ``\\u`` escapes, so no string can close the
  element (``</script>``), open a comment (``<!--``) or end a JavaScript line;
* JavaScript string literals: :func:`js_string` (the same JSON encoding of one string).

The browser side never parses data as HTML: popups and tooltips are built with
``textContent`` (see ``templates/js/*.js``). The only HTML built from data in
Python is the legend and the layer-control labels, and both go through :func:`html_text`.

Examples
--------
>>> html_text('<b onclick="x">Ain al-Asad</b>')
'&lt;b onclick=&quot;x&quot;&gt;Ain al-Asad&lt;/b&gt;'
>>> json_for_script({"note": "</script><script>alert(1)</script>"})
'{"note":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
>>> safe_url("javascript:alert(1)") is None
True
>>> safe_url(" https://example.org/a?b=1 ")
'https://example.org/a?b=1'
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any

__all__ = ["html_text", "js_string", "json_for_script", "safe_url"]

_SCRIPT_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
# C0/C1 controls, whitespace, bidi/zero-width format characters and backslashes (which
# browsers read as "/", so the host a reader sees differs from the host visited) never
# belong in a link.
_HTTP_URL_RE = re.compile(r"https?://([^/?#]*)(?:[/?#].*)?\Z", re.IGNORECASE | re.DOTALL)
_URL_FORBIDDEN_RE = re.compile(
    r"[\x00-\x20\x7f-\x9f\s\\\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def html_text(value: object) -> str:
    """Escape *value* for HTML text or a quoted attribute value.

    Besides the five HTML specials, ``{`` and ``}`` become entities too: folium re-reads
    the output of its templates as Jinja templates, so a literal ``{{ ... }}`` from the
    data would otherwise be evaluated (template injection) when the map is rendered.

    Parameters
    ----------
    value
        Anything; ``None`` becomes the empty string, other values go through ``str``.

    Returns
    -------
    str
        The text with ``& < > " ' { }`` replaced by entities.

    Examples
    --------
    >>> html_text("\\"><svg onload=alert(1)>")
    '&quot;&gt;&lt;svg onload=alert(1)&gt;'
    >>> html_text("{{ 7*7 }}")
    '&#123;&#123; 7*7 &#125;&#125;'
    >>> html_text("عين الأسد")
    'عين الأسد'
    """
    if value is None:
        return ""
    return html.escape(str(value), quote=True).replace("{", "&#123;").replace("}", "&#125;")


def json_for_script(value: Any, *, default: Callable[[Any], Any] | None = None) -> str:
    """Serialise *value* as compact JSON that is safe inside a ``<script>`` element.

    The output is valid JSON (``JSON.parse`` reads it back unchanged) and a valid
    JavaScript expression. Keys keep their order, so the same input gives the same bytes.
    *default*, as for :func:`json.dumps`, turns another object into a value JSON holds.

    Raises
    ------
    ValueError
        When *value* holds NaN or infinity (not JSON).

    Examples
    --------
    >>> json_for_script(["a&b", "\\u2028"])
    '["a\\\\u0026b","\\\\u2028"]'
    """
    text = json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=default
    )
    # one C-level scan per character (faster than a regex over megabytes of JSON); the
    # replacements hold none of the characters replaced, so the order does not matter
    for char, escaped in _SCRIPT_UNSAFE.items():
        if char in text:
            text = text.replace(char, escaped)
    return text


def js_string(value: str) -> str:
    """A JavaScript string literal (double-quoted) for *value*, safe inside ``<script>``.

    Examples
    --------
    >>> js_string('`${alert(1)}`')
    '"`${alert(1)}`"'
    >>> js_string("</script>")
    '"\\\\u003c/script\\\\u003e"'
    """
    return json_for_script(str(value))


def safe_url(value: str | None) -> str | None:
    """Return *value* when it is an absolute http(s) URL fit for a link, else ``None``.

    Leading and trailing whitespace is stripped; a URL that still contains whitespace,
    control or bidi-override characters or a backslash, has no host, or uses any other scheme
    (``javascript:``, ``data:``, ``vbscript:``, ``file:``, relative paths) is refused.

    Examples
    --------
    >>> safe_url("HTTPS://www.aljazeera.net/news/2024/1/20/x")
    'HTTPS://www.aljazeera.net/news/2024/1/20/x'
    >>> [safe_url(u) for u in ("data:text/html,x", "//evil.example/x", "java\\tscript:x")]
    [None, None, None]
    """
    if not value:
        return None
    url = value.strip()
    if not url or _URL_FORBIDDEN_RE.search(url):
        return None
    found = _HTTP_URL_RE.match(url)
    if found is None:
        return None
    host = found.group(1).rpartition("@")[2]
    # an IPv6 literal is bracketed; otherwise the port follows a colon
    host = host.partition("]")[0][1:] if host.startswith("[") else host.partition(":")[0]
    return url if host else None
