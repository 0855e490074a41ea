"""HQ audit log: every case read, decision, import and administrative action."""
