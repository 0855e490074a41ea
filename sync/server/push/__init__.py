"""Push: applying devices' outbox ops idempotently, one result per op."""
