"""Bilingual PDF forms printed from a case (or blank) and checked later against the record.

The public entry points are in :mod:`fieldapp.forms.service` (what the desktop app and the
command line call) and :mod:`fieldapp.forms.cli` (``fieldapp form …``). Rendering is pure
reportlab with embedded fonts; nothing here imports Qt.
"""
