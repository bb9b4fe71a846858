"""GeoPackage (``.gpkg``) and GeoParquet (``.parquet``): the table of
:func:`~geoincidents.incidents.frame.to_geodataframe`, read and written through geopandas.

``line`` in problems is the 1-based row number. geopandas loads only when a table is read
or written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from geoincidents._files import atomic_write
from geoincidents.errors import Problem
from geoincidents.incidents.model import Incident
from geoincidents.incidents.rows import RowBatch, check_header

__all__ = ["table_batch", "write_table"]


def table_batch(path: Path, kind: str) -> RowBatch:
    """The rows of a GeoPackage or GeoParquet file, or the problem that stops reading it."""
    import geopandas as gpd

    from geoincidents.incidents.frame import geodataframe_rows

    file = str(path)
    if not path.is_file():
        return RowBatch(file, [], [Problem(file, None, None, None, "cannot read: no such file")])
    try:
        gdf = gpd.read_parquet(path) if kind == "parquet" else gpd.read_file(path)
    except Exception as exc:  # the drivers raise many types; report them as the file's problem
        problem = Problem(file, None, None, None, f"cannot read the {kind} file: {exc}")
        return RowBatch(file, [], [problem])
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs("EPSG:4326")
    header = [str(c) for c in gdf.columns if c != gdf.geometry.name]
    problems = check_header(header, file=file, line=None, geometry=True)
    if problems:
        return RowBatch(file, [], problems)
    rows, row_problems = geodataframe_rows(gdf, file=file)
    return RowBatch(file, rows, row_problems)


def write_table(
    incidents: Sequence[Incident], path: Path, kind: str, inputs: Sequence[Path] = ()
) -> None:
    """Write a GeoPackage or GeoParquet file atomically and deterministically."""
    from geoincidents.incidents.frame import to_geodataframe

    gdf = to_geodataframe(incidents)
    if kind == "parquet":
        atomic_write(path, lambda temp: gdf.to_parquet(temp, index=False), inputs=inputs)
        return
    import warnings

    import pyogrio

    def write_gpkg(temp: Path) -> None:
        # a fixed timestamp keeps the GeoPackage byte-for-byte deterministic
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
        try:
            with warnings.catch_warnings():
                # the temporary file's name does not end in .gpkg; the final one does
                warnings.filterwarnings("ignore", "The filename extension", RuntimeWarning)
                gdf.to_file(temp, driver="GPKG", layer="incidents", engine="pyogrio")
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": None})

    atomic_write(path, write_gpkg, inputs=inputs, create_temp=False)
