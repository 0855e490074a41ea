"""Shipped resources: fonts, icons, translations, reference data and schemas (data only)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
