"""Reference data HQ distributes to devices (e.g. settlements an office added)."""
