"""Progress of sync and of HQ's bundle import on a terminal, through the real commands."""

from __future__ import annotations

import json
from pathlib import Path

from tests.sync.support import HqServer, cases_for, new_device
from tests.terminal import run_on_terminal


def test_sync_and_bundle_import_draw_bars_on_a_terminal_and_not_with_json(hq_sqlite: HqServer,
                                                                          tmp_path: Path) -> None:
    hq = hq_sqlite
    officer = hq.add_user("officer", "20")
    dev = new_device(tmp_path, officer)
    dev.enrol(hq, officer)

    dev.import_cases(cases_for("20", 3))
    r = run_on_terminal("sync", "--workspace", str(dev.root))
    assert r.code == 0, r.output
    assert "Sending changes to HQ: 100%|" in r.output and "3/3" in r.output
    assert "Receiving from HQ:" in r.output

    dev.import_cases(cases_for("20", 2))
    usb, acks = tmp_path / "usb", tmp_path / "acks"
    usb.mkdir()
    bundle = Path(dev.cli("sync", "export-bundle", "-o", str(usb), "--json").json()["file"])
    r = run_on_terminal("--lang", "sq", "bundle", "import", str(bundle), "-o", str(acks),
                        "--data", str(hq.data), program="fieldapp-hq")
    assert r.code == 0, r.output
    assert "Po zbatohet paketa: 100%|" in r.output and "2/2" in r.output

    dev.import_cases(cases_for("20", 1))
    r = run_on_terminal("sync", "--workspace", str(dev.root), "--json")
    assert r.code == 0, r.output
    json.loads(r.output)  # nothing but the document
    assert "%|" not in r.output

    dev.import_cases(cases_for("20", 1))  # the sync above sent the one before
    bundle = Path(dev.cli("sync", "export-bundle", "-o", str(usb), "--json").json()["file"])
    r = run_on_terminal("bundle", "import", str(bundle), "-o", str(acks), "--data", str(hq.data), "--json",
                        program="fieldapp-hq")
    assert r.code == 0, r.output
    assert json.loads(r.output)["ops"] >= 1 and "%|" not in r.output


def test_hq_case_list_prints_a_header_row(hq_sqlite: HqServer, tmp_path: Path) -> None:
    hq = hq_sqlite
    officer = hq.add_user("officer", "20")
    dev = new_device(tmp_path, officer)
    dev.enrol(hq, officer)
    dev.import_cases(cases_for("20", 2))
    dev.cli("sync", "--json")
    lines = hq.cli("case", "list", "--municipality", "20").out.splitlines()
    assert lines[0].split() == ["CASE", "STATUS", "MUN", "MEMBERS", "HEAD"]
    assert len(lines) >= 3 and all("Petrović" in line for line in lines[1:])
    lines = hq.cli("--lang", "sq", "case", "list").out.splitlines()
    assert lines[0].split() == ["RASTI", "STATUSI", "KOM", "ANËTARË", "KRYEFAMILJARI"]
