"""Reading case files for import: a JSON array, JSON Lines, or CSV with one row per member.

Each reader returns ``(label, document)`` pairs; the label (a :class:`RecordLabel`) names the
record in every message ("record 3", "line 7", "case_ref H-12 (rows 4-6)") and carries the same
name as a message for other languages. Nothing here touches the store: a file is
read and checked completely before anything is written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sized
from pathlib import Path
from typing import Any

from fieldapp.domain.errors import Problem, UserError, ValidationError
from fieldapp.domain.interchange import (
    CONSENT_PURPOSES,
    DISPLACEMENT_KEYS,
    INTERVIEW_KEYS,
    MEMBER_KEYS,
    PROPERTY_KEYS,
    RecordLabel,
)
from fieldapp.messages import Message

MAX_FILE_BYTES = 512 * 1024 * 1024

# CSV: one row per household member; case-level columns repeat on each row of a case.
CSV_CASE_COLUMNS = (
    "id", "case_number", "case_type", "status", "municipality", "settlement", "return_mode",
    "origin_municipality", "origin_settlement", "intention_registered_on",
    *(f"displacement_{k}" for k in DISPLACEMENT_KEYS),
    *(f"interview_{k}" for k in INTERVIEW_KEYS),
    *(f"property_{k}" for k in PROPERTY_KEYS),
    "vulnerabilities", "needs",
    *(f"consent_{k}" for k in (*CONSENT_PURPOSES, "recorded_on", "recorded_by")),
    "notes",
)
CSV_MEMBER_COLUMNS = MEMBER_KEYS
CSV_COLUMNS = ("case_ref", *CSV_CASE_COLUMNS, *CSV_MEMBER_COLUMNS)
_BOOL_COLUMNS = {"interview_interpreter", "disability", "chronic_illness",
                 *(f"consent_{p}" for p in CONSENT_PURPOSES)}


class FileError(UserError):
    """The file as a whole cannot be read as a case file."""


def _label(message_id: str, text: str, **params: Any) -> RecordLabel:
    # The text stays as JSON output and logs have always shown it; the message is for people.
    return RecordLabel(text, Message(message_id, params))


def _problem(label: RecordLabel, field: str, message_id: str, allowed: tuple[str, ...] = (),
             **params: Any) -> Problem:
    return Problem(label, field, message_id, params, allowed, label.where)


def read_case_file(path: Path) -> Iterable[tuple[RecordLabel, Any]]:
    """Read ``path`` by its extension (.json, .jsonl, .csv) into labelled raw documents."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not suffix:
        raise FileError("domain.file.no_type", name=path.name)
    if suffix not in (".json", ".jsonl", ".csv"):
        raise FileError("domain.file.unknown_type", name=path.name, suffix=suffix)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileError("domain.file.too_large", name=path.name, mb=MAX_FILE_BYTES // 2**20)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileError("domain.file.missing", path=str(path)) from None
    except IsADirectoryError:
        raise FileError("domain.file.is_a_folder", path=str(path)) from None
    except PermissionError:
        raise FileError("domain.file.no_permission", path=str(path)) from None
    if not raw.strip():
        raise FileError("domain.file.empty", name=path.name)
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileError("domain.file.not_utf8", name=path.name, offset=exc.start) from None
    if "\x00" in content:
        raise FileError("domain.file.nul_bytes", name=path.name)
    if suffix == ".json":
        return _read_json(path.name, content)
    if suffix == ".jsonl":
        del content, raw  # checked as a whole; the records are streamed from the file again
        return _read_jsonl(path)
    return read_csv_text(path.name, content)


class JsonArray:
    """The records of a JSON array (or a single object), decoded one element at a time.

    Decoding element by element keeps each step short, so a screen waiting on the import stays
    responsive, and a syntax error anywhere still refuses the whole file.
    """

    _WS = " \t\n\r"

    def __init__(self, name: str, content: str):
        self._name = name
        self._content = content
        start = self._skip(0)
        if start >= len(content) or content[start] not in "[{":
            try:
                value = json.loads(content)
            except json.JSONDecodeError as exc:
                raise self._error(exc.pos, exc.msg) from None
            raise FileError("domain.file.json_not_an_array", name=name, kind=type(value).__name__)
        if content[start] == "[" and content[self._skip(start + 1):self._skip(start + 1) + 1] == "]":
            raise FileError("domain.file.json_empty_array", name=name)
        self._start = start

    def _skip(self, pos: int) -> int:
        content, ws = self._content, self._WS
        while pos < len(content) and content[pos] in ws:
            pos += 1
        return pos

    def _error(self, pos: int, msg: str) -> FileError:
        line = self._content.count("\n", 0, pos) + 1
        column = pos - (self._content.rfind("\n", 0, pos) + 1) + 1
        return FileError("domain.file.json_invalid", name=self._name, line=line, column=column, detail=msg)

    def __iter__(self) -> Iterator[tuple[RecordLabel, Any]]:
        decoder = json.JSONDecoder()
        content = self._content
        pos = self._start
        single = content[pos] == "{"
        if not single:
            pos += 1
        index = 0
        while True:
            try:
                value, pos = decoder.raw_decode(content, self._skip(pos))
            except json.JSONDecodeError as exc:
                raise self._error(exc.pos, exc.msg) from None
            index += 1
            yield _label("record.record", f"record {index}", n=index), value
            pos = self._skip(pos)
            if single:
                if pos != len(content):
                    raise self._error(pos, "Extra data")
                return
            if pos < len(content) and content[pos] == ",":
                pos += 1
                continue
            if pos < len(content) and content[pos] == "]":
                if self._skip(pos + 1) != len(content):
                    raise self._error(self._skip(pos + 1), "Extra data")
                return
            raise self._error(pos, "Expecting ',' delimiter")


def _read_json(name: str, content: str) -> JsonArray:
    return JsonArray(name, content)


class JsonLines:
    """The records of a JSON Lines file, read and parsed one by one (memory stays flat).

    The file was checked as UTF-8 text as a whole before; here it is streamed again from disk.
    """

    def __init__(self, path: Path):
        self._path = path
        with path.open("rb") as fh:
            self._count = sum(1 for line in fh if line.strip())

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[tuple[RecordLabel, Any]]:
        name = self._path.name
        with self._path.open("r", encoding="utf-8-sig", newline="") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield _label("record.line", f"line {lineno}", n=lineno), json.loads(line)
                except json.JSONDecodeError as exc:
                    raise FileError("domain.file.jsonl_invalid", name=name, line=lineno, column=exc.colno,
                                    detail=exc.msg) from None


def _read_jsonl(path: Path) -> JsonLines:
    lines = JsonLines(path)
    if not len(lines):
        raise FileError("domain.file.no_cases", name=path.name)
    return lines


def count_records(records: Iterable[tuple[str, Any]]) -> int | None:
    """How many records a reader returned, when it knows without parsing them all."""
    return len(records) if isinstance(records, Sized) else None


def _bool(value: str, label: RecordLabel, col: str, problems: list[Problem]) -> bool | None:
    v = value.strip().lower()
    if v == "":
        return None
    if v in ("true", "yes", "1", "po", "da", "да"):
        return True
    if v in ("false", "no", "0", "jo", "ne", "не"):
        return False
    problems.append(_problem(label, col, "domain.csv.not_a_boolean", ("true", "false"), value=value))
    return None


def _list(value: str) -> list[str]:
    return [x.strip() for x in value.split(";") if x.strip()]


def read_csv_text(name: str, content: str) -> list[tuple[RecordLabel, Any]]:
    """Read CSV text (one row per member, grouped by ``case_ref``) into labelled documents."""
    reader = csv.DictReader(io.StringIO(content, newline=""))
    header = reader.fieldnames or []
    unknown = [h for h in header if h not in CSV_COLUMNS]
    problems: list[Problem] = []
    header_label = _label("record.header", f"{name}, header", name=name)
    if unknown:
        problems.extend(_problem(header_label, h, "domain.csv.unknown_column", CSV_COLUMNS) for h in unknown)
        raise ValidationError(problems)
    for required in ("case_ref", "given_name", "family_name"):
        if required not in header:
            problems.append(_problem(header_label, required, "domain.csv.missing_column"))
    if problems:
        raise ValidationError(problems)
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    try:
        for rowno, row in enumerate(reader, 2):
            if None in row:
                problems.append(_problem(_row(rowno), "", "domain.csv.extra_cells"))
                continue
            ref = (row.get("case_ref") or "").strip()
            if not ref:
                problems.append(_problem(_row(rowno), "case_ref", "domain.csv.case_ref_required"))
                continue
            groups.setdefault(ref, []).append((rowno, row))
    except csv.Error as exc:
        raise FileError("domain.file.csv_invalid", name=name, detail=str(exc)) from None
    if not groups and not problems:
        raise FileError("domain.file.no_rows", name=name)
    out: list[tuple[RecordLabel, Any]] = []
    for ref, rows in groups.items():
        first, last = rows[0][0], rows[-1][0]
        if last == first:
            label = _label("record.case_ref_row", f"case_ref {ref} (row {first})", ref=ref, row=first)
        else:
            label = _label("record.case_ref_rows", f"case_ref {ref} (rows {first}-{last})",
                           ref=ref, first=first, last=last)
        out.append((label, _csv_case(label, rows, problems)))
    if problems:
        raise ValidationError(problems)
    return out


def _row(rowno: int) -> RecordLabel:
    return _label("record.row", f"row {rowno}", n=rowno)


def _csv_case(label: RecordLabel, rows: list[tuple[int, dict[str, str]]], problems: list[Problem]) -> dict[str, Any]:
    base = rows[0][1]
    for rowno, row in rows[1:]:
        for col in CSV_CASE_COLUMNS:
            if (row.get(col) or "").strip() != (base.get(col) or "").strip():
                problems.append(_problem(_row(rowno), col, "domain.csv.differs", row=rows[0][0]))

    def cell(col: str) -> str | None:
        v = (base.get(col) or "").strip()
        return v or None

    doc: dict[str, Any] = {}
    for col in ("id", "case_number", "case_type", "status", "municipality", "settlement",
                "return_mode", "intention_registered_on"):
        if cell(col) is not None:
            doc[col] = cell(col)
    doc["origin"] = {"municipality": cell("origin_municipality"), "settlement": cell("origin_settlement")}
    doc["displacement"] = {k: cell(f"displacement_{k}") for k in DISPLACEMENT_KEYS}
    doc["interview"] = {k: cell(f"interview_{k}") for k in INTERVIEW_KEYS if k != "interpreter"}
    doc["interview"]["interpreter"] = _bool(base.get("interview_interpreter") or "", label,
                                            "interview_interpreter", problems)
    doc["property"] = {k: cell(f"property_{k}") for k in PROPERTY_KEYS}
    doc["vulnerabilities"] = _list(base.get("vulnerabilities") or "")
    needs = []
    for item in _list(base.get("needs") or ""):
        parts = item.split(":", 2)
        needs.append({"category": parts[0].strip(),
                      "priority": parts[1].strip() if len(parts) > 1 and parts[1].strip() else "medium",
                      "note": parts[2].strip() if len(parts) > 2 else ""})
    doc["needs"] = needs
    doc["consent"] = {p: _bool(base.get(f"consent_{p}") or "", label, f"consent_{p}", problems)
                      for p in CONSENT_PURPOSES}
    doc["consent"]["recorded_on"] = cell("consent_recorded_on")
    doc["consent"]["recorded_by"] = cell("consent_recorded_by")
    doc["notes"] = _list(base.get("notes") or "")
    members = []
    for rowno, row in rows:
        m: dict[str, Any] = {}
        for col in CSV_MEMBER_COLUMNS:
            value = row.get(col)
            if value is None or not value.strip():
                continue
            if col in _BOOL_COLUMNS:
                m[col] = _bool(value, _row(rowno), col, problems)
            elif col == "documents":
                m[col] = _list(value)
            else:
                m[col] = value.strip()
        members.append(m)
    doc["members"] = members
    return doc


def write_csv(docs: list[dict[str, Any]]) -> str:
    """Cases as CSV in the import layout (one row per member), for export and round trips."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for index, doc in enumerate(docs, 1):
        case_cells: dict[str, Any] = {"case_ref": doc.get("case_number") or doc.get("id") or f"case-{index}"}
        for col in ("id", "case_number", "case_type", "status", "municipality", "settlement",
                    "return_mode", "intention_registered_on"):
            case_cells[col] = doc.get(col) or ""
        case_cells["origin_municipality"] = (doc.get("origin") or {}).get("municipality") or ""
        case_cells["origin_settlement"] = (doc.get("origin") or {}).get("settlement") or ""
        for group, keys in (("displacement", DISPLACEMENT_KEYS), ("interview", INTERVIEW_KEYS),
                            ("property", PROPERTY_KEYS),
                            ("consent", (*CONSENT_PURPOSES, "recorded_on", "recorded_by"))):
            for k in keys:
                v = (doc.get(group) or {}).get(k)
                case_cells[f"{group}_{k}"] = ("true" if v else "false") if isinstance(v, bool) else (v or "")
        case_cells["vulnerabilities"] = ";".join(doc.get("vulnerabilities") or [])
        case_cells["needs"] = ";".join(f"{n['category']}:{n['priority']}:{n.get('note') or ''}".rstrip(":")
                                       for n in doc.get("needs") or [])
        case_cells["notes"] = ";".join(n["text"] if isinstance(n, dict) else n for n in doc.get("notes") or [])
        for m in doc["members"]:
            row = dict(case_cells)
            for col in CSV_MEMBER_COLUMNS:
                v = m.get(col)
                if isinstance(v, bool):
                    row[col] = "true" if v else "false"
                elif isinstance(v, list):
                    row[col] = ";".join(v)
                else:
                    row[col] = v or ""
            writer.writerow(row)
    return out.getvalue()
