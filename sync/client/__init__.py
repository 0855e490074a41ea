"""The device's HTTPS client for HQ: pinned certificate, signed requests, compressed bodies."""
