"""The queue screen shows 20,000 waiting cases through a model over plain rows (no widget per row)
and narrows them; how fast is bench/bench_review_ui.py's to measure, not a test's."""

from __future__ import annotations

import random
from typing import Any

from fieldapp.store.review import QueueRow

N = 20_000


def rows(n: int) -> list[QueueRow]:
    rng = random.Random(3)
    out = []
    for i in range(n):
        muni = "20" if i % 3 else "19"
        out.append(QueueRow(
            id=f"case-{i:05d}", case_number=f"{muni}-2026-ABCD-{i:05d}", case_type="displaced_return",
            status="under_review" if i % 4 == 0 else "submitted", municipality=muni,
            settlement=rng.choice(("Prizren", "Zhur", "Landovicë")) if muni == "20" else "Prishtinë",
            head=f"Head {i}", members=rng.randint(1, 9), score=float(rng.randint(0, 9)),
            officer=rng.choice(("Arta Krasniqi", "Milan Jovanović", "Besnik Gashi")),
            since="2026-10-01T08:00:00.000Z", waiting_days=N - i, possible_duplicates=int(i % 50 == 0),
            returned_before=int(i % 97 == 0)))
    return out


def test_twenty_thousand_rows_show_and_filter(qtbot: Any, executor: Any) -> None:
    from ui.review.queue import ReviewQueueScreen

    screen = ReviewQueueScreen(executor, role="supervisor")
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    data = rows(N)
    screen.show_rows(data)
    screen.view.viewport().repaint()
    assert screen.model.rowCount() == N
    assert "Waiting: 20000" in screen.counts_label.text()
    screen.officer.set_value("Besnik Gashi")
    screen.view.viewport().repaint()
    assert 0 < screen.model.rowCount() < N
    assert all(r.officer == "Besnik Gashi" for r in screen.model.rows)
    screen.duplicates_only.setChecked(True)
    assert screen.model.rowCount() == sum(1 for r in data if r.officer == "Besnik Gashi" and r.possible_duplicates)
    # Locking forgets the rows and reads nothing more (the rows here are not in the store).
    screen.clear()
    assert screen.model.rowCount() == 0
    executor.wait_idle(5000)
