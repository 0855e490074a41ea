"""Field paths of the case document as the labels a person sees, in each language.

``members[1].given_name`` reads "Member 2: Given name"; ``vulnerabilities[2]`` reads
"Vulnerabilities (3)"; an unknown path is shown as written. Labels are catalogue entries
``field.<path>`` (``field.given_name``, ``field.property.tenure``) and ``field.item.<group>``
for the numbered records of a list.
"""

from __future__ import annotations

import re

from fieldapp.messages.core import message_ids, render_text

_INDEXED = re.compile(r"^([a-z_]+)\[(\d+)\](?:\.(.+))?$")


def _label(path: str, lang: str) -> str:
    key = f"field.{path}"
    if key in message_ids():
        return render_text(key, lang)
    leaf_key = "field." + path.rsplit(".", 1)[-1]
    if leaf_key in message_ids():
        return render_text(leaf_key, lang)
    return path


def field_label(path: str, lang: str) -> str:
    """The label of the field at ``path`` in ``lang`` (the path itself when unknown)."""
    if not path:
        return ""
    m = _INDEXED.match(path)
    if m:
        group, index, rest = m.group(1), int(m.group(2)) + 1, m.group(3)
        owner_id = f"field.item.{group}"
        if owner_id in message_ids():
            head = render_text(owner_id, lang, n=index)
            return f"{head}: {_label(rest, lang)}" if rest else head
        if not rest:
            return f"{_label(group, lang)} ({index})"
        return f"{_label(group, lang)} ({index}): {_label(rest, lang)}"
    return _label(path, lang)
