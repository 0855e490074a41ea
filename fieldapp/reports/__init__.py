"""Printed lists and workbooks made from plain data (no store, no Qt): safe on any thread."""
