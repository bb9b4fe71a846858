"""geoincidents._files: outputs written atomically, never over an input, never lost.

Tests run as root here, where a read-only folder is still writable; unwritable folders
are simulated with ``/sys`` (read-only for root too) or by making ``mkstemp`` fail.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from geoincidents._files import (
    atomic_write,
    atomic_write_bytes,
    atomic_write_text,
    check_output,
    same_file,
)
from geoincidents.errors import GeoincidentsError, OutputError


@pytest.fixture
def umask() -> Iterator[None]:
    """Restore the process umask after the test."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".geoincidents-tmp" in p.name)


# ---------------------------------------------------------------- identity


def _spellings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    art = tmp_path / "art.txt"
    art.write_text("an article\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(art)
    (tmp_path / "sub").mkdir()
    os.link(art, tmp_path / "hard.txt")
    monkeypatch.chdir(tmp_path)
    return {
        "relative": "./art.txt",
        "absolute": str(art),
        "symlink": "link.txt",
        "hard link": "hard.txt",
        "dot-dot": "sub/../art.txt",
    }


@pytest.mark.parametrize("spelling", ["relative", "absolute", "symlink", "hard link", "dot-dot"])
def test_an_output_that_is_an_input_is_refused_by_identity(
    spelling: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = _spellings(tmp_path, monkeypatch)[spelling]
    assert same_file(output, "art.txt")
    with pytest.raises(OutputError, match=r"the output is the same file as the input 'art\.txt'"):
        check_output(output, inputs=["art.txt"])
    with pytest.raises(OutputError):
        atomic_write_text(output, "a CSV\n", inputs=["art.txt"])
    assert Path("art.txt").read_text(encoding="utf-8") == "an article\n"
    assert temps(tmp_path) == []


def test_same_file_of_missing_paths_compares_resolved_paths(tmp_path: Path) -> None:
    assert same_file(tmp_path / "new.csv", tmp_path / "sub" / ".." / "new.csv")
    assert not same_file(tmp_path / "a.csv", tmp_path / "b.csv")


def test_output_errors_are_geoincidents_errors_and_oserrors(tmp_path: Path) -> None:
    cases = {
        tmp_path / "missing" / "x.csv": "does not exist",
        tmp_path: "is a directory",
        Path("/dev/null"): "is not a regular file",
    }
    for path, message in cases.items():
        with pytest.raises(OutputError, match=message) as exc:
            check_output(path)
        assert isinstance(exc.value, GeoincidentsError) and isinstance(exc.value, OSError)
        assert "nothing was written" in str(exc.value)


def test_a_fifo_is_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        atomic_write_text(fifo, "x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


# ---------------------------------------------------------------- modes


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077, 0o002])
def test_a_new_file_honours_the_umask(mask: int, tmp_path: Path, umask: None) -> None:
    os.umask(mask)
    atomic_write_text(tmp_path / "new.txt", "x")
    assert mode(tmp_path / "new.txt") == 0o666 & ~mask
    assert os.umask(mask) == mask  # reading the umask left it as it was


@pytest.mark.parametrize("existing", [0o600, 0o640, 0o644, 0o664, 0o444])
def test_an_existing_file_keeps_its_mode(existing: int, tmp_path: Path, umask: None) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(existing)
    os.umask(0o000)
    atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert mode(target) == existing


def test_a_writer_that_creates_its_own_file_gets_the_mode_too(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    target.chmod(0o600)

    def gdal_like(temp: Path) -> None:
        assert not temp.exists()  # create_temp=False: the writer creates it
        temp.write_bytes(b"new")
        temp.chmod(0o777)

    atomic_write(target, gdal_like, create_temp=False)
    assert target.read_bytes() == b"new" and mode(target) == 0o600


# ---------------------------------------------------------------- interruptions


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, SystemExit, OSError, ValueError])
def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(
    interruption: type[BaseException], tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("precious\n", encoding="utf-8")

    def half_then_interrupted(temp: Path) -> None:
        temp.write_text("half", encoding="utf-8")
        raise interruption()

    expected: type[BaseException] = OutputError if interruption is OSError else interruption
    with pytest.raises(expected):
        atomic_write(target, half_then_interrupted)
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert temps(tmp_path) == []


def test_temporaries_of_dead_writers_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".out.csv.{dead_pid}.abc123.geoincidents-tmp.csv"
    live = tmp_path / ".out.csv.1.xyz789.geoincidents-tmp.csv"  # pid 1 is alive
    other = tmp_path / f".other.csv.{dead_pid}.abc123.geoincidents-tmp.csv"
    for path in (stale, live, other):
        path.write_text("half", encoding="utf-8")
    atomic_write_text(tmp_path / "out.csv", "new\n")
    assert not stale.exists()
    assert live.exists()  # a writer that still runs keeps its temporary
    assert other.exists()  # another target's temporaries are not ours to judge
    assert (tmp_path / "out.csv").read_text(encoding="utf-8") == "new\n"


def test_temporaries_carry_the_pid_and_sit_beside_the_target(tmp_path: Path) -> None:
    seen: list[Path] = []
    atomic_write(tmp_path / "out.csv", lambda temp: (seen.append(temp), temp.write_text("x")))
    (temp,) = seen
    assert temp.parent == tmp_path
    assert temp.name.startswith(f".out.csv.{os.getpid()}.")
    assert temp.name.endswith(".geoincidents-tmp.csv") and not temp.exists()


# ---------------------------------------------------------------- unwritable folders


def test_an_unwritable_folder_is_an_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # what a read-only folder does
    with pytest.raises(OutputError, match=r"cannot write in .*Permission denied"):
        atomic_write_bytes(tmp_path / "x.bin", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_read_only_even_for_root_is_an_output_error() -> None:
    try:
        fd, name = tempfile.mkstemp(dir="/sys")
    except OSError:
        pass
    else:  # pragma: no cover - /sys writable here
        os.close(fd)
        os.unlink(name)
        pytest.skip("/sys is writable here")
    with pytest.raises(OutputError, match=r"/sys/x\.html: cannot write in '/sys'"):
        atomic_write_text("/sys/x.html", "x")


def test_a_failing_writer_names_the_target(tmp_path: Path) -> None:
    def full_disk(temp: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match=r"out\.csv: cannot write: No space left on device"):
        atomic_write(tmp_path / "out.csv", full_disk)
    assert temps(tmp_path) == []
