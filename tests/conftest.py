"""Shared fixtures: fast-but-real key derivation, workspaces, a command runner, sample cases."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Argon2id keeps its floor (64 MiB, t=3) but is not calibrated up to 0.5 s in tests.
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parent.parent

SAMPLE_CASE: dict[str, Any] = {
    "format": "fieldapp.case/1",
    "case_type": "displaced_return",
    "status": "draft",
    "municipality": "20",
    "settlement": "Prizren",
    "displacement": {"category": "displaced_in_region", "location": "Kraljevo, Serbia", "since": "1999-06"},
    "interview": {"date": "2026-11-20", "language": "sr-Latn", "interpreter": False, "notes": ""},
    "members": [
        {"given_name": "Đorđe", "family_name": "Petrović", "script": "Latn", "sex": "M",
         "date_of_birth": "1968", "relationship": "head", "personal_number": None,
         "documents": ["id_card"], "community": "serb", "disability": False,
         "chronic_illness": False},
        {"given_name": "Јелена", "family_name": "Петровић", "script": "Cyrl", "sex": "F",
         "date_of_birth": "1971-03", "relationship": "spouse"},
    ],
    "property": {"tenure": "damaged", "cadastral_zone": None, "parcel": None, "claim_number": None},
    "vulnerabilities": ["older_person_without_support"],
    "needs": [{"category": "housing_reconstruction", "priority": "high", "note": ""}],
    "consent": {"processing": True, "share_with_partners": False, "photos": False,
                "sensitive_data": True, "recorded_on": "2026-11-20"},
    "notes": [],
}


def sample_case(**changes: Any) -> dict[str, Any]:
    """A fresh copy of the sample case with top-level ``changes`` applied."""
    doc = copy.deepcopy(SAMPLE_CASE)
    doc.update(changes)
    return doc


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Any]:
    """A new, unlocked workspace owned by officer 'Arta Krasniqi' of municipality 20."""
    from fieldapp.store.workspace import Workspace

    ws = Workspace.create(tmp_path / "ws", officer="Arta Krasniqi", municipality="20",
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


@dataclass
class Result:
    """A finished ``fieldapp`` process."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        """stdout parsed as JSON."""
        return json.loads(self.out)


def run_cli(*args: str, env: dict[str, str] | None = None, input: str | None = None,
            program: str = "fieldapp", timeout: float = 120) -> Result:
    """Run the real console script in a subprocess."""
    full_env = dict(os.environ)
    full_env.setdefault("FIELDAPP_PASSPHRASE", PASSPHRASE)
    full_env.update(env or {})
    exe = Path(sys.executable).parent / program
    proc = subprocess.run([str(exe), *args], capture_output=True, text=True, env=full_env,
                          input=input, timeout=timeout)
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli_ws(tmp_path: Path) -> Path:
    """A workspace folder initialised through the real ``fieldapp init``."""
    ws = tmp_path / "cli-ws"
    r = run_cli("init", "--officer", "Arta Krasniqi", "--municipality", "20", "--workspace", str(ws))
    assert r.code == 0, r.err
    return ws
