"""Finding the same person, measured on a labelled set (bench/gen_people.py).

Prints one JSON document. An officer's encrypted workspace holds N households (default 100,000)
with re-registrations planted among them (other spelling, other script, a member missing, a
typo; a year one off or another settlement on top) and brothers' look-alike households.

- ``search``: for every planted re-registration, its head's name as the other office wrote it is
  searched (``case search``): recall is how often the original household is in the first 10
  results, per kind; typed without diacritics too. Time per search (p50, p95), beside the bare
  folded-prefix FTS query of the same words in the same run (what the search did before it
  forgave anything), target p95 <= 50 ms.
- ``duplicates``: the pairs the laptop keeps (score >= 0.5) against the labels: recall of the
  planted pairs per kind, precision over every pair reported, look-alikes reported; targets
  recall >= 0.9 and precision >= 0.9; the import time includes keeping the pairs.
- ``check_new``: a new household checked against the N before it is saved (p50, p95), target
  <= 100 ms.

Usage: ``python bench/bench_same_person.py [N]``.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")  # unlocking is not what is measured here

from bench.gen_people import KINDS, generate_labelled  # noqa: E402

PASSPHRASE = "benchmark passphrase of some length"
OUT = ROOT / "bench" / "out"
TOP = 10


def ms(seconds: float) -> float:
    """Seconds as milliseconds, rounded."""
    return round(seconds * 1000, 2)


def pct(samples: list[float], q: float) -> float:
    """The ``q``th percentile of ``samples`` (seconds) in milliseconds."""
    ordered = sorted(samples)
    return ms(ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))])


def build(n: int) -> tuple[Path, dict[str, Any], float]:
    """The workspace with the labelled set (built once, then reused), its labels, import seconds."""
    from fieldapp.store.imports import import_records
    from fieldapp.store.workspace import Workspace

    root = OUT / f"same-person-ws-{n}"
    labels_path = root.with_suffix(".labels.json")
    if (root / "complete").exists() and labels_path.exists():
        saved = json.loads(labels_path.read_text(encoding="utf-8"))
        return root, saved, float(saved["import_s"])
    shutil.rmtree(root, ignore_errors=True)
    OUT.mkdir(parents=True, exist_ok=True)
    docs, labels = generate_labelled(n, planted=max(50, n // 250), lookalikes=max(50, n // 250))
    ws = Workspace.create(root, officer="Bench Officer", municipality="20", passphrase=PASSPHRASE)
    t0 = time.perf_counter()
    try:
        for start in range(0, len(docs), 20_000):
            import_records(ws, [(f"record {i + 1}", d) for i, d in enumerate(docs[start:start + 20_000], start)])
    finally:
        ws.close()
    took = time.perf_counter() - t0
    saved = {"pairs": labels.pairs, "lookalikes": labels.lookalikes, "import_s": took, "households": len(docs),
             "heads": {d["id"]: (d["members"][0]["given_name"], d["members"][0]["family_name"]) for d in docs}}
    labels_path.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    (root / "complete").write_text(str(n))
    return root, saved, took


def bare_search(s: Any, query: str) -> list[int]:
    """The search as it was before it forgave anything: every folded word as a prefix, all required."""
    from sqlalchemy import text

    from fieldapp.text.folding import fold_tokens

    expr = " AND ".join(f'{{names places}} : "{t}"*' for t in fold_tokens(query))
    return list(s.execute(text("SELECT rowid FROM case_fts WHERE case_fts MATCH :e LIMIT 50"), {"e": expr}).scalars())


def main() -> None:
    """Build or reuse the labelled workspace, measure, print JSON."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from fieldapp.store import cases, duplicates
    from fieldapp.store.workspace import Workspace
    from fieldapp.text.folding import fold

    root, labels, import_s = build(n)
    out: dict[str, Any] = {"households": labels["households"], "planted_pairs": len(labels["pairs"]),
                           "lookalikes": len(labels["lookalikes"]), "import_s": round(import_s, 1)}
    ws = Workspace.open(root, PASSPHRASE)
    rng = random.Random(11)
    try:
        with ws.read() as s:
            pk_of = dict(s.execute(__import__("sqlalchemy").text("SELECT id, pk FROM cases")).all())
            id_of = {v: k for k, v in pk_of.items()}
            heads = labels["heads"]
            # --- search recall and time --------------------------------------------------------------
            found_by_kind: Counter[str] = Counter()
            total_by_kind: Counter[str] = Counter()
            times, bare_times = [], []
            for original, copy_, kind in labels["pairs"]:
                given, family = heads[copy_]
                for label, query in ((kind, f"{given} {family}"), ("no_diacritics", fold(f"{given} {family}"))):
                    if label == "no_diacritics" and kind != "other_spelling":
                        continue
                    t0 = time.perf_counter()
                    hits = cases.search_cases(s, query, limit=TOP)
                    times.append(time.perf_counter() - t0)
                    t0 = time.perf_counter()
                    bare_search(s, query)
                    bare_times.append(time.perf_counter() - t0)
                    total_by_kind[label] += 1
                    found_by_kind[label] += original in {h.id for h in hits}
            out["search"] = {
                "recall_top10": {k: round(found_by_kind[k] / total_by_kind[k], 3) for k in total_by_kind},
                "queries": len(times), "p50_ms": pct(times, 50), "p95_ms": pct(times, 95),
                "bare_fts_p50_ms": pct(bare_times, 50), "bare_fts_p95_ms": pct(bare_times, 95),
                "target_p95_ms": 50, "target_recall": 0.95}
            # --- duplicates on the laptop -------------------------------------------------------------
            t0 = time.perf_counter()
            reported = duplicates.possible_duplicates(s)
            out_list_s = time.perf_counter() - t0
            got = {frozenset((p.case_id, p.other_id)) for p in reported}
            kinds = {frozenset((a, b)): k for a, b, k in labels["pairs"]}
            looks = {frozenset(p) for p in labels["lookalikes"]}
            true_found = got & set(kinds)
            out["duplicates"] = {
                "reported": len(got),
                "recall": round(len(true_found) / len(kinds), 3),
                "recall_by_kind": {k: round(sum(1 for p, kk in kinds.items() if kk == k and p in got)
                                             / max(1, sum(1 for kk in kinds.values() if kk == k)), 3) for k in KINDS},
                "precision": round(len(true_found) / max(1, len(got)), 3),
                "lookalikes_reported": len(got & looks),
                "list_all_s": round(out_list_s, 2), "targets": {"recall": 0.9, "precision": 0.9}}
            missed = [kinds[p] for p in set(kinds) - got]
            out["duplicates"]["missed_by_kind"] = dict(Counter(missed))
            # --- a new household checked before saving -------------------------------------------------
            from bench.gen_people import People, household, variant

            people = People(random.Random(3))
            samples = []
            for i in range(200):
                if i % 2:
                    original = cases.get_case(s, id_of[pk_of[rng.choice(labels["pairs"])[0]]])
                    doc = variant(rng, original, rng.choice(KINDS))
                else:
                    doc = household(rng, people)
                t0 = time.perf_counter()
                duplicates.check_new(s, doc)
                samples.append(time.perf_counter() - t0)
            out["check_new"] = {"samples": len(samples), "p50_ms": pct(samples, 50), "p95_ms": pct(samples, 95),
                                "target_ms": 100}
    finally:
        ws.close()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
