"""The catalogue, one module per area; :func:`merged` joins them and refuses a clash."""

from __future__ import annotations

from fieldapp.messages.catalogue import (
    cli,
    common,
    domain,
    duplicates,
    engine,
    fields,
    forms,
    hq,
    operations,
    reports,
    review,
    selection,
    store,
    sync,
)

AREAS = (common, domain, fields, store, forms, cli, sync, engine, hq, selection, review, duplicates,
         reports, operations)


def merged() -> dict[str, dict[str, str]]:
    """Every entry of every area; an id defined twice is a programming error."""
    out: dict[str, dict[str, str]] = {}
    for area in AREAS:
        for key, texts in area.MESSAGES.items():
            if key in out:
                raise RuntimeError(f"message id {key!r} is defined twice")
            out[key] = texts
    return out
