"""End-to-end sync tests: a real HQ server process and real device workspaces."""
