"""A conflicting field's value as the officer reads it: labels in the UI language, one item a line.

Conflicts are recorded per top-level field of the case (``needs``, ``members``, ``property`` …)
with HQ's value and this laptop's value as stored JSON. This module turns such a value into text:
code values become their labels, groups list their parts, households list their members,
assistance items and referrals one a line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import label, municipality_label
from ui.messages import field_labels

# Code lists of fields (top level and inside groups) whose values are codes.
_CODES = {
    "case_type": "case_type", "return_mode": "return_mode", "category": "displacement_category",
    "tenure": "tenure", "language": "language", "relationship": "relationship", "sex": "sex",
    "script": "script", "community": "community", "documents": "document",
    "vulnerabilities": "vulnerability", "priority": "priority", "preferred_language": "language",
}
_MEMBER_ORDER = ("relationship", "sex", "date_of_birth", "personal_number", "documents")


def field_title(field: str) -> str:
    """The name of a top-level case field in the UI language."""
    groups = {
        "origin": QCoreApplication.translate("Conflicts", "Origin"), "displacement": QCoreApplication.translate("Conflicts", "Displacement"), "interview": QCoreApplication.translate("Conflicts", "Interview"),
        "property": QCoreApplication.translate("Conflicts", "Property"), "consent": QCoreApplication.translate("Conflicts", "Consent"),
    }
    return groups.get(field) or field_labels().get(field, field)


def _empty() -> str:
    return QCoreApplication.translate("Conflicts", "(empty)")


def _scalar(key: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return _empty()
    if isinstance(value, bool):
        return QCoreApplication.translate("Conflicts", "Yes") if value else QCoreApplication.translate("Conflicts", "No")
    if key == "municipality":
        return municipality_label(str(value))
    if isinstance(value, list):
        return ", ".join(_scalar(key, v) for v in value) or _empty()
    if key in _CODES:
        return label(_CODES[key], str(value))
    return str(value)


def _member(m: dict[str, Any]) -> str:
    name = " ".join(str(m.get(k) or "") for k in ("given_name", "family_name")).strip()
    parts = [_scalar(k, m.get(k)) for k in _MEMBER_ORDER if m.get(k) not in (None, "", [])]
    return f"{name} ({', '.join(parts)})" if parts else name


def _need(n: dict[str, Any]) -> str:
    text = label("need", str(n.get("category") or ""))
    if n.get("priority"):
        text += f" ({label('priority', str(n['priority']))})"
    if n.get("note"):
        text += f" — {n['note']}"
    return text


def _assistance(a: dict[str, Any]) -> str:
    from ui.editor.assistance import assistance_status_label
    from ui.editor.records import format_number

    parts = [assistance_status_label(str(a.get("status") or "planned"))]
    parts += [str(x) for x in (format_number(a.get("quantity")),
                               " / ".join(str(v) for v in (a.get("donor"), a.get("project")) if v),
                               a.get("handover_date"), a.get("receipt_reference")) if x]
    return f"{a.get('item') or ''} ({', '.join(parts)})"


def _referral(r: dict[str, Any]) -> str:
    from ui.editor.assistance import referral_status_label, service_label

    parts = [referral_status_label(str(r.get("status") or "open"))]
    if r.get("date"):
        parts.append(str(r["date"]))
    text = f"{service_label(str(r.get('service') or ''))} ({', '.join(parts)})"
    return f"{text} — {r['reason']}" if r.get("reason") else text


def format_value(field: str, value: Any) -> str:
    """``value`` of the top-level ``field`` as lines of text in the UI language."""
    if value is None or value == "" or value == [] or value == {}:
        return _empty()
    if field == "members" and isinstance(value, list):
        return "\n".join(_member(m) if isinstance(m, dict) else str(m) for m in value)
    if field == "needs" and isinstance(value, list):
        return "\n".join(_need(n) if isinstance(n, dict) else str(n) for n in value)
    if field == "assistance" and isinstance(value, list):
        return "\n".join(_assistance(a) if isinstance(a, dict) else str(a) for a in value)
    if field == "referrals" and isinstance(value, list):
        return "\n".join(_referral(r) if isinstance(r, dict) else str(r) for r in value)
    if isinstance(value, dict):
        labels = field_labels()
        lines = []
        for key, item in value.items():
            if item in (None, "", []):
                continue
            title = labels.get(f"{field}.{key}") or labels.get(key) or key
            lines.append(f"{title}: {_scalar(key, item)}")
        return "\n".join(lines) or _empty()
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return "\n".join(", ".join(f"{k}: {v}" for k, v in item.items() if v not in (None, ""))
                         for item in value)
    return _scalar(field, value)


__all__ = ["field_title", "format_value"]
