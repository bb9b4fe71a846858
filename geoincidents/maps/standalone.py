"""Write a folium map to one HTML file — self-contained and offline by default.

With ``offline=True`` every script and stylesheet folium would link from a CDN is inlined
from the installed ``folium-offline`` package (module ``offlinefolium``, pinned in
``pyproject.toml``), which carries Leaflet, jQuery, Bootstrap, the folium plugins' assets
and so on as Python strings. Nothing is vendored into this repository and nothing is
fetched when the page is viewed; only basemap tiles are requested, and without them the
markers, lines and legend still show. A needed asset that is not available offline is an
error, never a silent CDN link.

The file is written atomically (``geoincidents._files``: a temporary file in the same
directory, then ``os.replace``), and element ids are made deterministic first, so the same
map gives the same bytes.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoincidents.errors import RenderError

if TYPE_CHECKING:  # pragma: no cover
    import folium

__all__ = ["inline_assets", "offline_resources", "render_html", "save_map", "write_html"]

#: Characters encoded and written at a time by :func:`write_html` (so the page is never
#: held twice, as text and as UTF-8 bytes).
_WRITE_SLICE = 1 << 20

_EXTERNAL_RE = re.compile(
    r"<script\b[^>]*\bsrc\s*=|<link\b[^>]*\bstylesheet\b|@import\s+url", re.IGNORECASE
)


def offline_resources() -> Mapping[str, str]:
    """folium-offline's table of inlined assets: CDN URL → file content.

    Raises
    ------
    RenderError
        When folium-offline is not installed or its table cannot be found.
    """
    try:
        from offlinefolium import elements as offline_elements
    except ImportError as exc:  # pragma: no cover - a pinned dependency
        raise RenderError(
            "offline maps need the folium-offline package (module offlinefolium): "
            f"pip install 'folium-offline==0.20.0.2' ({exc})"
        ) from None
    table = getattr(offline_elements, "_res", None)
    if not isinstance(table, Mapping) or not table:
        raise RenderError(
            "offlinefolium.elements has no resource table '_res': "
            "folium-offline changed; pin folium-offline==0.20.0.2"
        )
    return table


def _script_text(url: str, content: str) -> str:
    # "</script" inside a library (a string or a regex) would end the element early;
    # "<\/" means the same thing to JavaScript.
    return re.sub(r"</(script)", r"<\\/\1", content, flags=re.IGNORECASE)


def _style_text(url: str, content: str) -> str:
    if re.search(r"</style", content, re.IGNORECASE):
        raise RenderError(f"stylesheet {url} contains '</style' and cannot be inlined")
    return content


def inline_assets(
    m: folium.Map, resources: Mapping[str, str] | None = None
) -> list[tuple[Any, str, Any]]:
    """Replace the CDN links of every element of *m*'s figure by inline content.

    Each element that links assets (folium's ``JSCSSMixin``: the map and plugins) gets its
    assets added to the page header as ``<script>``/``<style>`` and its own link lists
    emptied. Returns what was changed so :func:`render_html` can restore it.

    Raises
    ------
    RenderError
        Naming every asset that is not available offline.
    """
    from branca.element import Figure
    from folium.elements import JSCSSMixin

    from geoincidents.maps.elements import RawHtml

    table = offline_resources() if resources is None else resources
    figure = m.get_root()
    if not isinstance(figure, Figure):
        raise RenderError("the map is not inside a folium Figure; create it with folium.Map")
    missing: list[str] = []
    changed: list[tuple[Any, str, Any]] = []
    pending: list[tuple[str, str]] = []
    stack: list[Any] = [figure]
    while stack:
        element = stack.pop()
        stack.extend(reversed(list(element._children.values())))
        if not isinstance(element, JSCSSMixin):
            continue
        for attr, wrap, tag in (
            ("default_js", _script_text, "script"),
            ("default_css", _style_text, "style"),
        ):
            for name, url in getattr(element, attr):
                content = table.get(url)
                if content is None:
                    missing.append(f"{type(element).__name__} {name}: {url}")
                    continue
                pending.append((name, f"<{tag}>{wrap(url, content)}</{tag}>"))
            changed.append((element, attr, element.__dict__.get(attr, _UNSET)))
    if missing:
        raise RenderError(
            "these assets are not available offline (folium-offline has no copy):\n  "
            + "\n  ".join(missing)
        )
    for element, attr, _ in changed:
        setattr(element, attr, [])
    for position, (name, html) in enumerate(pending):
        # first in the header: the page's own scripts need Leaflet loaded before them
        figure.header.add_child(RawHtml(html), name=name, index=position)
    return changed


class _Unset:
    pass


_UNSET = _Unset()


def _restore(changed: list[tuple[Any, str, Any]]) -> None:
    for element, attr, before in changed:
        if before is _UNSET:
            element.__dict__.pop(attr, None)
        else:
            setattr(element, attr, before)


def render_html(m: folium.Map, *, offline: bool = True) -> str:
    """The complete HTML page of *m*, with ids made deterministic and, when *offline*,
    every script and stylesheet inlined.

    Raises
    ------
    RenderError
        When an asset is not available offline, or the page would still link one.
    """
    return "".join(_page_pieces(m, offline=offline))


def _page_pieces(m: folium.Map, *, offline: bool) -> list[str]:
    """The page of :func:`render_html` as pieces to be joined in order: the page around the
    data, and each data JSON spliced in (never copied into one string here)."""
    from branca.element import Figure

    from geoincidents._gc import gc_paused
    from geoincidents.maps.elements import DATA_MARKER
    from geoincidents.maps.render import _walk, stabilize_ids

    figure = m.get_root()
    if not isinstance(figure, Figure):
        raise RenderError("the map is not inside a folium Figure; create it with folium.Map")
    stabilize_ids(figure, getattr(m, "_gi_id_prefix", "m"))
    # Rendering fills the page's header, body and script parts (and folium adds entries
    # with fresh random names on every render); start each render from the same state.
    parts = [figure.header, figure.html, figure.script]
    saved = [dict(part._children) for part in parts]
    changed: list[tuple[Any, str, Any]] = []
    carriers: list[Any] = []
    try:
        for part in parts:
            for key, child in list(part._children.items()):
                # anything left by an earlier render (e.g. shown in a notebook)
                if type(child).__name__ in ("JavascriptLink", "CssLink"):
                    del part._children[key]
        if offline:
            changed = inline_assets(m)
        # the elements carrying data render a marker; their JSON is spliced in once, below
        # (a fresh nonce in each marker: no text of the page can hold one; none is left)
        carriers = [
            e
            for e in _walk(figure)
            if isinstance(getattr(e, "data_pieces", None), list)
            or isinstance(e.__dict__.get("data_json"), str)
        ]
        nonce = secrets.token_hex(16)
        for n, element in enumerate(carriers):
            element._gi_marker = DATA_MARKER.format(f"{nonce}:{n}")
        with gc_paused():
            page = str(figure.render())
    finally:
        for element in carriers:
            element.__dict__.pop("_gi_marker", None)
        _restore(changed)
        for part, children in zip(parts, saved, strict=True):
            part._children.clear()
            part._children.update(children)
    if offline:  # the page around the data: JSON in a script element links nothing
        found = _EXTERNAL_RE.search(page)
        if found:
            start = max(found.start() - 40, 0)
            raise RenderError(
                "offline map still links an external asset near: "
                f"{page[start : found.end() + 80]!r}"
            )
    split = re.split(DATA_MARKER.format(f"{nonce}:([0-9]+)"), page)
    pieces: list[str] = []
    for k, text in enumerate(split):
        if k % 2 == 0:
            pieces.append(text)
            continue
        carrier = carriers[int(text)]
        data = getattr(carrier, "data_pieces", None)
        pieces.extend(data if isinstance(data, list) else [carrier.data_json])
    return pieces


def write_html(
    m: folium.Map,
    path: str | os.PathLike[str],
    *,
    offline: bool = True,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """Write the page of *m* (see :func:`render_html`) to *path* as UTF-8, atomically.

    The same bytes as ``render_html(m).encode("utf-8")``, written piece by piece and in
    slices, so neither the whole page as one string nor its UTF-8 copy is held in memory.
    Returns the path; raises as :func:`save_map`.
    """
    from geoincidents._files import atomic_write, check_output

    target = check_output(Path(path), inputs)
    pieces = _page_pieces(m, offline=offline)

    atomic_write(target, lambda temp: _write_pieces(temp, pieces), inputs=inputs)
    return target


def _write_pieces(path: Path, pieces: Iterable[str]) -> None:
    """Write the *pieces* of text to *path* as UTF-8, a slice at a time."""
    with path.open("wb") as out:
        for piece in pieces:
            for start in range(0, len(piece), _WRITE_SLICE):
                out.write(piece[start : start + _WRITE_SLICE].encode("utf-8"))


def save_map(
    m: folium.Map,
    path: str | os.PathLike[str],
    *,
    offline: bool = True,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """Write *m* to *path* as one HTML file, atomically; return the path.

    Parameters
    ----------
    m
        A folium map (from :func:`geoincidents.maps.render.incident_map` or any other).
    path
        Output file. Its directory must exist. Written through
        :func:`geoincidents._files.atomic_write` (a temporary file beside it, then
        ``os.replace``), so readers never see half a file; an existing file keeps its
        mode, a new one follows the umask.
    offline
        Inline every script and stylesheet (default). ``False`` links them from CDNs as
        folium does.
    inputs
        Files the map was made from: the output may not be one of them (compared by
        identity: symlinks and other spellings of the same path count).

    Raises
    ------
    RenderError
        When an asset is not available offline.
    OutputError
        When the file cannot be written, or would replace one of *inputs* (nothing is
        written then).
    """
    return write_html(m, path, offline=offline, inputs=inputs)
