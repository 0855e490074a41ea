"""The encrypted workspace store: SQLCipher engine, schema, migrations and case operations."""
