"""Idle detection for the auto-lock: no key or mouse input for a while means lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    """Watches the application's input events and says when the officer has been idle."""

    idle = Signal()
    """Emitted once when no key, mouse or touch input came for the idle period."""

    def __init__(self, minutes: float, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self._running = False

    def set_minutes(self, minutes: float) -> None:
        """Change the idle period."""
        self.set_interval_ms(int(minutes * 60_000))

    def set_interval_ms(self, ms: int) -> None:
        """Change the idle period in milliseconds (tests use short ones)."""
        self._timer.setInterval(max(50, ms))
        if self._timer.isActive():
            self._timer.start()

    @property
    def interval_ms(self) -> int:
        """The idle period in milliseconds."""
        return self._timer.interval()

    def start(self) -> None:
        """Begin watching (after unlock)."""
        app = QApplication.instance()
        if app is not None and not self._running:
            app.installEventFilter(self)
            self._running = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked)."""
        app = QApplication.instance()
        if app is not None and self._running:
            app.removeEventFilter(self)
        self._running = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the idle period; nothing is filtered out."""
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False
