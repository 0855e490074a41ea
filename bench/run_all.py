"""Run every ``bench/bench_*.py`` script in turn; each prints one JSON document.

Usage: ``make bench`` (or ``python bench/run_all.py [name ...]`` for some of them).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Run the selected benchmarks, stream their JSON, return non-zero if one failed."""
    wanted = set(sys.argv[1:])
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        name = script.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        print(f"# {name}", flush=True)
        proc = subprocess.run([sys.executable, str(script)], check=False)
        failed += proc.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
