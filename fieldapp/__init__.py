"""FieldApp: offline-first case management for returns and reintegration work in Kosovo.

The package holds the domain and everything that needs no screen. It never imports Qt.
"""

__version__ = "0.1.0"
