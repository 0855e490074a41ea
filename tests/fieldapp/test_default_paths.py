"""Where the workspace and HQ's data folder live when no folder is given.

The defaults come from ``platformdirs`` (the user's data folder on each system); ``FIELDAPP_HOME``
and ``FIELDAPP_HQ_HOME`` still win, and on Linux the folders are where they have always been, so
an existing workspace is found after an upgrade.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fieldapp.store.workspace import default_root
from sync.server.config import default_data_dir


def test_the_environment_overrides_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_HOME", str(tmp_path / "ws"))
    monkeypatch.setenv("FIELDAPP_HQ_HOME", str(tmp_path / "hq"))
    assert default_root() == tmp_path / "ws"
    assert default_data_dir() == tmp_path / "hq"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux locations")
def test_linux_keeps_the_existing_locations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDAPP_HOME", raising=False)
    monkeypatch.delenv("FIELDAPP_HQ_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_root() == tmp_path / ".local/share/FieldApp/workspace"
    assert default_data_dir() == tmp_path / ".local/share/FieldApp/hq"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_root() == tmp_path / "data/FieldApp/workspace"


def test_windows_uses_the_local_app_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs
    from platformdirs.windows import Windows

    monkeypatch.delenv("FIELDAPP_HOME", raising=False)
    local = tmp_path / "AppData" / "Local"
    # The Windows rules of platformdirs, with the known-folder lookup answered from here.
    monkeypatch.setattr("platformdirs.windows.get_win_folder",
                        lambda csidl: str(local) if csidl == "CSIDL_LOCAL_APPDATA" else str(tmp_path))
    monkeypatch.setattr(platformdirs, "PlatformDirs", Windows)
    monkeypatch.setattr(platformdirs, "user_data_dir",
                        lambda *a, **k: Windows(*a, **k).user_data_dir)
    assert default_root() == local / "FieldApp" / "workspace"
