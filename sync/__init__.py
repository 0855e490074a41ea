"""Sync: the wire protocol, the device sync engine and client, USB bundles, and the HQ server."""
