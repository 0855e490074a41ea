"""Human case numbers allocated offline: ``<municipality>-<year>-<device short id>-<sequence>``.

The device short id makes numbers unique across laptops without a connection; the sequence counts
per device and year. Example: ``20-2026-K7QD-0042``.
"""

from __future__ import annotations

import secrets

# Crockford's base32 without the letters easily misread when copied by hand (I, L, O, U).
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_device_short_id() -> str:
    """Four random characters naming this device inside case numbers."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(4))


def format_case_number(municipality: str, year: int, device: str, sequence: int) -> str:
    """Build a case number; the sequence has at least four digits."""
    return f"{municipality}-{year:04d}-{device}-{sequence:04d}"
