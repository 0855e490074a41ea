"""Conflict records: a field changed on a device and at HQ; both values kept for a person to decide."""
