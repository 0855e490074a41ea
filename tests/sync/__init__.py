"""Sync tests that run in one process: protocol, HQ rules, fuzzing of every endpoint."""
