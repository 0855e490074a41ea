"""Atomic writes on POSIX and on Windows, where a folder cannot be opened to flush it."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from fieldapp import fsutil

DATA = b"line one\nline two\r\n\x00\xff binary\n"


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Take the Windows branch, and refuse to open a folder the way Windows does.

    Only the branch choice is simulated; files are really written, flushed and renamed.
    Returns the folders something tried to open.
    """
    tried: list[str] = []
    real_open = os.open

    def windows_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.path.isdir(path):
            tried.append(str(path))
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(fsutil, "on_windows", lambda: True)
    monkeypatch.setattr(fsutil.os, "open", windows_open)
    return tried


def test_windows_write_replaces_the_file_without_opening_the_folder(
        tmp_path: Path, windows: list[str]) -> None:
    target = tmp_path / "keys.json"
    target.write_bytes(b"old")
    fsutil.atomic_write(target, DATA)
    assert target.read_bytes() == DATA  # byte for byte: no newline translation
    assert windows == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.json"]  # no temp file left


def test_windows_folder_flush_is_a_no_op(tmp_path: Path, windows: list[str]) -> None:
    fsutil.fsync_dir(tmp_path)
    assert windows == []


def test_windows_replace_waits_for_a_file_held_open_for_a_moment(
        tmp_path: Path, windows: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "case.pdf"
    target.write_bytes(b"old")
    real_replace = os.replace
    refusals = [PermissionError(13, "in use"), PermissionError(13, "in use")]

    def held_open(src: Any, dst: Any) -> None:
        if refusals:
            raise refusals.pop()
        real_replace(src, dst)

    monkeypatch.setattr(fsutil.os, "replace", held_open)
    monkeypatch.setattr(fsutil, "_REPLACE_PAUSE_S", 0.0)
    fsutil.atomic_write(target, DATA)
    assert target.read_bytes() == DATA and refusals == []


def test_windows_replace_gives_up_and_leaves_the_old_file(
        tmp_path: Path, windows: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "case.pdf"
    target.write_bytes(b"old")

    def always_in_use(src: Any, dst: Any) -> None:
        raise PermissionError(13, "in use")

    monkeypatch.setattr(fsutil.os, "replace", always_in_use)
    monkeypatch.setattr(fsutil, "_REPLACE_PAUSE_S", 0.0)
    with pytest.raises(PermissionError):
        fsutil.atomic_write(target, DATA)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.pdf"]


def test_posix_write_flushes_the_folder_and_is_private(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.name == "nt":
        pytest.skip("POSIX behaviour")
    flushed: list[Path] = []
    real = fsutil.fsync_dir

    def recording(path: Path) -> None:
        flushed.append(path)
        real(path)

    monkeypatch.setattr(fsutil, "fsync_dir", recording)
    target = tmp_path / "slots.key"
    fsutil.atomic_write(target, DATA)
    assert target.read_bytes() == DATA
    assert flushed == [tmp_path]
    assert stat.S_IMODE(target.stat().st_mode) == fsutil.PRIVATE_FILE


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "data.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), fsutil.atomic_writer(target) as fh:
        fh.write(b"half")
        raise RuntimeError("cut")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.bin"]
