"""Import folium without its optional pandas, for a process that only draws a map.

folium (``folium.utilities``) and the folium-offline package import pandas when it is
installed, only to accept DataFrames as locations; with pandas comes pyarrow, about 90 MB
of memory that :func:`~geoincidents.maps.render.incident_map` never uses. The command
line, which draws one map and exits, imports them inside :func:`folium_without_pandas`.

Examples
--------
>>> with folium_without_pandas():
...     import folium
>>> "pandas" in sys.modules or folium.utilities.pd is None
True
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

__all__ = ["folium_without_pandas"]


@contextlib.contextmanager
def folium_without_pandas() -> Iterator[None]:
    """Within the block, ``import pandas`` fails, unless pandas is loaded already.

    folium then works as without pandas installed (it cannot take a DataFrame as a
    location) for the rest of the process, so use it only where no DataFrame is drawn
    with folium later (the command line). Afterwards pandas can be imported as usual.
    """
    if "pandas" in sys.modules:
        yield
        return
    sys.modules["pandas"] = None  # type: ignore[assignment]  # makes "import pandas" fail
    try:
        yield
    finally:
        if sys.modules.get("pandas", 0) is None:
            del sys.modules["pandas"]
