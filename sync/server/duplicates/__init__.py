"""Possible duplicate households across every laptop's cases held at HQ."""
