"""Files are never lost: atomic writes, and outputs that are never one of the inputs.

The ground floor beside :mod:`geoincidents.errors`: every wing may import it, and it
imports nothing of the package but the errors.

* :func:`atomic_write` writes through a temporary file in the target's folder, then
  ``os.replace``: readers never see half a file, an interrupted write leaves the old file
  as it was, a new file honours the umask and an existing file keeps its mode.
  Temporary files carry the writer's pid, so those left by a killed writer (SIGKILL) are
  removed by the next write to the same target; they end with the target's extension
  (``.out.gpkg.<pid>.<random>.geoincidents-tmp.gpkg``), for writers that check it.
* :func:`check_output` refuses an output that is the same file as an input (compared by
  device and inode, so ``./a.txt``, an absolute path, a symlink and a hard link all
  count), a folder, something that is not a regular file (``/dev/null``, a FIFO: replacing
  it would destroy it), or a path in a folder that does not exist — before anything is
  read or written.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write_text(folder / "out.txt", "hello\\n")
>>> (folder / "out.txt").read_text()
'hello\\n'
>>> check_output(folder / "out.txt", inputs=[folder / "out.txt"])
Traceback (most recent call last):
...
geoincidents.errors.OutputError: ...out.txt: the output is the same file as the input ...
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from geoincidents.errors import OutputError

__all__ = [
    "atomic_write",
    "atomic_write_bytes",
    "atomic_write_text",
    "check_output",
    "same_file",
]

PathLike = str | os.PathLike[str]

_TEMP_SUFFIX = ".geoincidents-tmp"


def _umask() -> int:
    # os.umask can only be read by setting it; set it back at once.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def same_file(a: PathLike, b: PathLike) -> bool:
    """Whether two paths name the same file (device and inode; else the resolved path).

    >>> same_file("setup.py", "./setup.py")
    True
    """
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def check_output(path: PathLike, inputs: Iterable[PathLike] = ()) -> Path:
    """Refuse an output path that would destroy an input or cannot be written.

    Raises :class:`~geoincidents.errors.OutputError` (also an ``OSError``) naming the path
    when it is one of ``inputs`` (by identity), an existing folder, or in a folder that
    does not exist. Returns the path.
    """
    target = Path(path)
    for source in inputs:
        if same_file(target, source):
            raise OutputError(
                f"{target}: the output is the same file as the input {str(source)!r}; "
                "choose another output path (nothing was written)"
            )
    if target.is_dir():
        raise OutputError(f"{target}: is a directory; give a file name (nothing was written)")
    try:
        existing = target.stat()
    except OSError:
        pass
    else:
        if not stat.S_ISREG(existing.st_mode):
            raise OutputError(
                f"{target}: is not a regular file (a device, FIFO or socket) and would be "
                "replaced; give a file name (nothing was written)"
            )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(
            f"{target}: directory {str(folder)!r} does not exist; create it first "
            "(nothing was written)"
        )
    return target


def _clean_stale_temps(folder: Path, name: str) -> None:
    """Remove temporaries of ``name`` left by writers that no longer run."""
    suffix = _TEMP_SUFFIX + Path(name).suffix
    pattern = re.compile(rf"^\.{re.escape(name)}\.(\d+)\.[^.]*{re.escape(suffix)}$")
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        match = pattern.match(entry.name)
        if not match:
            continue
        pid = int(match.group(1))
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                entry.unlink()
        except OSError:
            pass  # alive, owned by someone else


def _fsync(path: Path) -> None:
    """Flush ``path`` to disk, so the file that replaces the old one is complete."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(
    path: PathLike,
    write: Callable[[Path], None],
    *,
    inputs: Iterable[PathLike] = (),
    create_temp: bool = True,
) -> None:
    """Call ``write(temp)`` on a temporary file beside ``path``, then move it into place.

    ``create_temp=False`` removes the (empty) temporary first, for writers that insist on
    creating their file themselves (GDAL). Any ``OSError`` becomes an
    :class:`~geoincidents.errors.OutputError` that names the path; the temporary file is
    removed on every failure, ``KeyboardInterrupt`` and ``SystemExit`` included.
    """
    target = check_output(path, inputs)
    folder = target.parent if str(target.parent) else Path(".")
    _clean_stale_temps(folder, target.name)
    try:
        existing = target.stat()
        mode = stat.S_IMODE(existing.st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from exc
    try:
        fd, temp_name = tempfile.mkstemp(
            dir=folder,
            prefix=f".{target.name}.{os.getpid()}.",
            suffix=_TEMP_SUFFIX + target.suffix,
        )
    except OSError as exc:
        raise OutputError(
            f"{target}: cannot write in {str(folder)!r}: {exc.strerror or exc} "
            "(nothing was written)"
        ) from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        if not create_temp:
            temp.unlink()
        write(temp)
        _fsync(temp)
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: PathLike, data: bytes, *, inputs: Iterable[PathLike] = ()) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_write`)."""

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    atomic_write(path, write, inputs=inputs)


def atomic_write_text(path: PathLike, text: str, *, inputs: Iterable[PathLike] = ()) -> None:
    """Write ``text`` as UTF-8 with ``\\n`` line ends to ``path`` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"), inputs=inputs)
