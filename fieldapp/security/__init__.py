"""Keys: Argon2id key slots, the workspace data key, device keys and recovery sealing."""
