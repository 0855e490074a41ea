"""Cases at HQ: content, notes, workflow history and the per-case change log."""
