"""The pinned PySide6 build keeps its references to None/True/False on this Python.

PySide6 6.12 wheels stopped counting references to these singletons (immortal from Python 3.12
on); on Python 3.11 a few thousand Qt calls then abort the interpreter ("deallocating None").
constraints.txt pins a build that counts them; this test catches a bump to one that does not.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_qt_calls_signals_and_model_reads_do_not_abort_the_interpreter() -> None:
    code = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])

        class S(QObject):
            changed = Signal(object)

        class M(QAbstractListModel):
            def rowCount(self, parent=QModelIndex()):
                return 10
            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                return None

        s, label, model = S(), QLabel(), M()
        s.changed.connect(lambda v: None)
        before = (sys.getrefcount(None), sys.getrefcount(True))
        for i in range(100_000):
            label.setText("x")
            s.changed.emit(None)
            model.index(i % 10, 0).data()
        after = (sys.getrefcount(None), sys.getrefcount(True))
        print("lost", before[0] - after[0], before[1] - after[1])
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    lost_none, lost_true = (int(x) for x in proc.stdout.split()[1:3])
    assert lost_none < 1000 and lost_true < 1000, proc.stdout
