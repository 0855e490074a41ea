"""Forms benchmark: one 2-page ``application`` form, and a batch of 1,000 forms into a folder.

Prints one JSON document.

- ``single``: median time of the 2-page application form of a five-member household, and its
  ratio to two bare reportlab documents built in the same run, interleaved, with the same
  embedded fonts and page count: ``bare_same_text`` holds the form's text as plain paragraphs
  (no tables, header, footer or QR code: the cheapest document of that size), ``bare_same_body``
  the form's own body flowables on a plain page (what the page furniture, QR code, page
  numbering, metadata and hashing add). Targets: median <= 120 ms, ratio <= 1.5.
- ``batch``: ``render_batch`` of N (default 1,000) stored cases through the encrypted workspace:
  read, render, write atomically, audit event. Forms per second, peak RSS, and the RSS after the
  first 100 and after all forms (memory must not grow with the batch).

Usage: ``python bench/bench_forms.py [N]``.
"""

from __future__ import annotations

import gc
import io
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")  # unlocking is not what is measured here

from bench.gen_cases import generate
from fieldapp.domain.interchange import validate_case
from fieldapp.forms import fonts, service
from fieldapp.forms.layout import FRAME_BOTTOM, FRAME_TOP, MARGIN_X, PAGE_H
from fieldapp.progress import Progress
from fieldapp.store.imports import import_file
from fieldapp.store.workspace import Workspace

PASSPHRASE = "benchmark passphrase of some length"
EPOCH = 1795000000
RUNS = 25


def rss_mb() -> float:
    """Current resident memory of this process, in MiB."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sample_doc() -> dict[str, Any]:
    """A five-member household as the store returns it: its application form fills two pages."""
    raw = next(generate(1, seed=7))
    raw["members"] = raw["members"][:1] + [
        {"given_name": g, "family_name": f, "sex": "M", "date_of_birth": "1990",
         "relationship": "child", "documents": ["id_card"], "community": "serb",
         "disability": False, "chronic_illness": False}
        for g, f in (("Ђорђе", "Петровић"), ("Xhevdet", "Gashi"), ("Shkëlzen", "Berisha"),
                     ("Çlirim", "Krasniqi"))]
    doc = validate_case(raw)
    doc.update(id="019a0000-0000-7000-8000-00000000abcd", case_number="20-2026-BNCH-0001",
               revision=1, history=[])
    return doc


def bare_document(lines: list[str], font_size: float) -> bytes:
    """The baseline: the same text as plain paragraphs in the same fonts, nothing else."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("bare", fontName=fonts.REGULAR, fontSize=font_size,
                          leading=font_size * 1.22)
    bold = ParagraphStyle("bare-bold", parent=body, fontName=fonts.BOLD)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=PAGE_H - FRAME_TOP, bottomMargin=FRAME_BOTTOM,
                            invariant=1, initialFontName=fonts.REGULAR)
    # Table cells are short lines; joined in runs of eight they make ordinary paragraphs.
    chunks = [" ".join(lines[i:i + 8]) for i in range(0, len(lines), 8)]
    doc.build([Paragraph(escape(chunk), bold if i == 0 else body) for i, chunk in enumerate(chunks)])
    return buf.getvalue()


def pages_of(pdf: bytes) -> int:
    """Page count."""
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def median_ms(fn: Any, runs: int = RUNS) -> float:
    """Median wall time of ``fn()`` in milliseconds (after one warm-up call)."""
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def bare_body(doc: dict[str, Any]) -> bytes:
    """The second baseline: the form's own body (its tables and text) on a plain reportlab
    page, without header, footer, QR code, page numbers, metadata or hashing."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from fieldapp.forms.content import form_content
    from fieldapp.forms.templates import story_for

    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=PAGE_H - FRAME_TOP, bottomMargin=FRAME_BOTTOM,
                            invariant=1, initialFontName=fonts.REGULAR)
    pdf.build(story_for(form_content(doc, "application"), ("sq", "sr-Latn"), "Office"))
    return buf.getvalue()


def bench_single() -> dict[str, Any]:
    """The 2-page application form against two bare baselines, interleaved in one run."""
    from pypdf import PdfReader

    doc = sample_doc()
    form = service.render_document(doc, form="application", epoch=EPOCH)
    pages = pages_of(form)
    lines = [ln for page in PdfReader(io.BytesIO(form)).pages
             for ln in page.extract_text().splitlines() if ln.strip()]
    # The bare text document gets the form's page count: the largest size that still fits.
    size = 14.0
    while size > 5 and pages_of(bare_document(lines, size)) > pages:
        size -= 0.25
    runs: dict[str, list[float]] = {"form": [], "text": [], "body": []}
    jobs = {"form": lambda: service.render_document(doc, form="application", epoch=EPOCH),
            "text": lambda: bare_document(lines, size), "body": lambda: bare_body(doc)}
    for job in jobs.values():
        job()
    for _ in range(RUNS):
        for name, job in jobs.items():
            t = time.perf_counter()
            job()
            runs[name].append((time.perf_counter() - t) * 1000)
    med = {name: statistics.median(times) for name, times in runs.items()}
    return {"form": "application", "pages": pages, "bytes": len(form), "runs": RUNS,
            "median_ms": round(med["form"], 1),
            "p90_ms": round(sorted(runs["form"])[int(RUNS * 0.9)], 1),
            "bare_same_text": {"what": "the form's text as plain paragraphs, same fonts and pages",
                               "pages": pages_of(bare_document(lines, size)),
                               "font_size": size, "median_ms": round(med["text"], 1),
                               "ratio": round(med["form"] / med["text"], 2)},
            "bare_same_body": {"what": "the form's body flowables on a plain reportlab page",
                               "pages": pages_of(bare_body(doc)),
                               "median_ms": round(med["body"], 1),
                               "ratio": round(med["form"] / med["body"], 2)},
            "targets": {"median_ms": 120, "ratio": 1.5}}


class _Sampler(Progress):
    """Progress that notes the resident memory after chosen steps."""

    def __init__(self, at: set[int]):
        super().__init__()
        self.at = at
        self.samples: dict[int, float] = {}
        self.started = 0.0

    def step(self, n: int = 1) -> None:
        """Count the step; sample memory at the chosen counts."""
        super().step(n)
        done = self.snapshot().done
        if done in self.at:
            gc.collect()
            self.samples[done] = round(rss_mb(), 1)


def bench_batch(n: int) -> dict[str, Any]:
    """``render_batch`` of ``n`` stored cases into a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="fieldapp-bench-forms-") as tmp:
        root = Path(tmp)
        src = root / "cases.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for doc in generate(n, seed=11):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        ws = Workspace.create(root / "ws", officer="Bench Officer", municipality="20",
                              passphrase=PASSPHRASE)
        try:
            numbers = list(import_file(ws, src).case_numbers)
            out = root / "forms"
            out.mkdir()
            gc.collect()
            rss_before = round(rss_mb(), 1)
            sampler = _Sampler({10, 100, n // 2, n})
            t = time.perf_counter()
            result = service.render_batch(ws, refs=numbers, form="application", out_dir=out,
                                          langs="sq+sr-Cyrl", progress=sampler)
            elapsed = time.perf_counter() - t
            size = sum(p.stat().st_size for p in result.files)
        finally:
            ws.close()
    return {"forms": len(result.files), "form": "application", "langs": "sq+sr-Cyrl",
            "seconds": round(elapsed, 1), "forms_per_second": round(len(result.files) / elapsed, 1),
            "mean_kib_per_form": round(size / len(result.files) / 1024, 1),
            "rss_before_mb": rss_before,
            "rss_after_mb": {str(k): v for k, v in sorted(sampler.samples.items())},
            "rss_growth_100_to_n_mb": round(sampler.samples[n] - sampler.samples[100], 1)
            if 100 in sampler.samples else None,
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def main() -> int:
    """Run both parts and print the JSON document."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    fonts.register_fonts()
    report = {"benchmark": "forms", "python": sys.version.split()[0],
              "single": bench_single(), "batch": bench_batch(n)}
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
