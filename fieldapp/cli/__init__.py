"""The ``fieldapp`` command line."""
