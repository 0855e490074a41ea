"""Human case numbers allocated offline: ``<municipality>-<year>-<device short id>-<sequence>``.

The device short id makes numbers unique across laptops without a connection; the sequence counts
per device and year. Example: ``20-2026-K7QD-0042``.
"""

from __future__ import annotations

import re
import secrets

# Crockford's base32 without the letters easily misread when copied by hand (I, L, O, U).
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_PATTERN = re.compile(r"^(\d{2})-(\d{4})-([0-9A-Z]{4})-(\d{4,})$")


def new_device_short_id() -> str:
    """Four random characters naming this device inside case numbers."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(4))


def format_case_number(municipality: str, year: int, device: str, sequence: int) -> str:
    """Build a case number; the sequence has at least four digits."""
    return f"{municipality}-{year:04d}-{device}-{sequence:04d}"


def parse_case_number(number: str) -> tuple[str, int, str, int] | None:
    """Split a case number into its parts, or None when it is not one."""
    m = _PATTERN.match(number)
    if not m:
        return None
    return m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
