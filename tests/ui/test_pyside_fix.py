"""The app survives PySide6 calls that do not count their references to None/True/False."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import ROOT


def test_many_qt_calls_and_signals_do_not_abort_the_interpreter() -> None:
    # In a fresh interpreter: 200,000 calls would take None's count below zero without the fix.
    code = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import ui
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        class S(QObject):
            changed = Signal(object)
        s, label = S(), QLabel()
        s.changed.connect(lambda v: None)
        for i in range(100_000):
            label.setText("x")
            s.changed.emit(None)
        print("survived", ui._pyside_fix._applied or sys.version_info >= (3, 12))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert "survived True" in proc.stdout
