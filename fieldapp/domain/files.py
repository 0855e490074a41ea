"""Reading case files for import: a JSON array, JSON Lines, or CSV with one row per member.

Each reader returns ``(label, document)`` pairs; the label (a :class:`RecordLabel`) names the
record in every message ("record 3", "line 7", "case_ref H-12 (rows 4-6)") and carries the same
name as a message for other languages. Nothing here touches the store: a file is
read and checked completely before anything is written.

CSV is read as spreadsheets in the region save it: separated by ``,`` or ``;``, in UTF-8 (with
or without a byte-order mark), Windows-1250 or Windows-1252, with cells that our own export
guarded against formulas (:mod:`fieldapp.reports.cells`) turned back into what was written.
:func:`write_csv_rows` writes the same layout, optionally with a byte-order mark, ``;`` and
the header and codes as labels in one language (a file to read, not to import again).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from fieldapp.domain.errors import Problem, UserError, ValidationError
from fieldapp.domain.interchange import (
    CONSENT_PURPOSES,
    DISPLACEMENT_KEYS,
    INTERVIEW_KEYS,
    MEMBER_KEYS,
    PROPERTY_KEYS,
    RecordLabel,
)
from fieldapp.domain.reference import ReferenceData, shipped
from fieldapp.domain.scoring import score as vulnerability_score
from fieldapp.messages import LANGS, Message, message_ids, render_text
from fieldapp.messages.fieldnames import field_label
from fieldapp.reports.cells import neutralise, restore

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
# Case-level columns added later go after the member columns, so that a reader that takes the
# columns by position still finds every earlier one where it was. ``score`` is derived from the
# vulnerabilities: written for the reader, ignored on import.
CSV_LATER_CASE_COLUMNS = ("assistance", "referrals", "score")
CSV_COLUMNS = ("case_ref", *CSV_CASE_COLUMNS, *CSV_MEMBER_COLUMNS, *CSV_LATER_CASE_COLUMNS)
CSV_DELIMITERS = (",", ";", "\t")
# Windows code pages that spreadsheets in the region save CSV in, when not UTF-8.
CSV_CODE_PAGES = ("cp1250", "cp1252")
# Letters of Albanian and Serbian/Bosnian Latin: the code page that reads more of them wins.
_REGION_LETTERS = frozenset("ëçčćšžđËÇČĆŠŽĐ")
# What the other code page makes of the same bytes, never written in the region's names.
_FOREIGN_LETTERS = frozenset("èæðÈÆÐŕĺňőřůűţěăńŔĹŇŐŘŮŰŢĚĂŃ")
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
    if suffix == ".csv":
        content, _encoding = decode_csv(path.name, raw)
    else:
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


def _region_score(text: str) -> int:
    return sum(1 for ch in text if ch in _REGION_LETTERS) - sum(1 for ch in text if ch in _FOREIGN_LETTERS)


def decode_csv(name: str, raw: bytes) -> tuple[str, str]:
    """The text of CSV bytes and the encoding it was read in.

    A UTF-8 byte-order mark decides; else strict UTF-8; else Windows-1250 or Windows-1252,
    whichever reads more letters of Albanian and Serbian (ties go to 1250, the code page of
    both languages on Windows: the two agree on ë, ç, š and ž and differ on č, ć and đ).
    """
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise FileError("domain.file.not_utf8", name=name, offset=exc.start + len(codecs.BOM_UTF8)) from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, int, str, str] | None = None
    for rank, encoding in enumerate(reversed(CSV_CODE_PAGES)):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidate = (_region_score(text), rank, encoding, text)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    if best is None:
        raise FileError("domain.file.csv_encoding", name=name)
    return best[3], best[2]


def sniff_delimiter(content: str) -> str:
    """The separator of CSV text, judged by its header line: ``;``, tab or ``,``."""
    header = content.split("\n", 1)[0]
    counts = {d: header.count(d) for d in CSV_DELIMITERS}
    best = max(CSV_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _column_path(col: str) -> str:
    """The field path behind a CSV column, for its label (``interview_date`` → ``interview.date``)."""
    if col == "origin_municipality" or col == "origin_settlement":
        return "origin." + col.split("_", 1)[1]
    for group in ("displacement", "interview", "property", "consent"):
        if col.startswith(group + "_"):
            return f"{group}.{col[len(group) + 1:]}"
    return col


def csv_column_label(col: str, lang: str) -> str:
    """The label of CSV column ``col`` in ``lang`` (the header of an export with labels)."""
    return field_label(_column_path(col), lang)


def _labelled_header(header: list[str]) -> bool:
    """Whether ``header`` is the labelled header of an export (to read, not to import)."""
    labels = {csv_column_label(col, lang).casefold() for col in CSV_COLUMNS for lang in LANGS}
    named = [h for h in header if h.strip()]
    return bool(named) and sum(h.strip().casefold() in labels for h in named) * 2 > len(named)


def read_csv_text(name: str, content: str) -> list[tuple[RecordLabel, Any]]:
    """Read CSV text (one row per member, grouped by ``case_ref``) into labelled documents.

    The separator (``,``, ``;`` or tab) is taken from the header line; cells our export guarded
    against formulas are read back as they were written.
    """
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=sniff_delimiter(content))
    header = reader.fieldnames or []
    unknown = [h for h in header if h not in CSV_COLUMNS]
    problems: list[Problem] = []
    header_label = _label("record.header", f"{name}, header", name=name)
    if unknown:
        if _labelled_header(list(header)):
            raise FileError("domain.file.csv_labelled", name=name)
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
            row = {k: restore(v) if v else v for k, v in row.items()}
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


# Assistance and referrals: items separated by ";", the fields of an item by ":" in this order;
# a backslash keeps a ":", ";" or "\" inside a field (a donor "UNHCR: Kosovo").
_ASSISTANCE_PARTS = ("item", "status", "quantity", "handover_date", "donor", "project", "receipt_reference")
_REFERRAL_PARTS = ("service", "status", "date", "reason")


def _escape_part(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace(":", "\\:").replace(";", "\\;")


def _join_items(items: list[list[Any]]) -> str:
    joined = []
    for parts in items:
        cells = [_escape_part(p) for p in parts]
        while cells and not cells[-1]:
            cells.pop()
        joined.append(":".join(cells))
    return ";".join(joined)


def _split_items(text: str) -> list[list[str]]:
    items: list[list[str]] = []
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, "\\"))
        elif ch == ":":
            parts.append("".join(current).strip())
            current = []
        elif ch == ";":
            parts.append("".join(current).strip())
            if any(parts):
                items.append(parts)
            parts, current = [], []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    if any(parts):
        items.append(parts)
    return items


def _quantity(text: str) -> Any:
    # Left as text when it is no number: the interchange check names the field.
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


def _structured(text: str, names: tuple[str, ...]) -> list[dict[str, Any]]:
    out = []
    for parts in _split_items(text):
        item: dict[str, Any] = {}
        for key, value in zip(names, parts, strict=False):
            if value:
                item[key] = _quantity(value) if key == "quantity" else value
        extra = parts[len(names):]
        if any(extra):  # more fields than the layout has: keep them in the last one
            last = names[-1]
            item[last] = ":".join([str(item.get(last, "")), *extra])
        out.append(item)
    return out


def _csv_case(label: RecordLabel, rows: list[tuple[int, dict[str, str]]], problems: list[Problem]) -> dict[str, Any]:
    base = rows[0][1]
    for rowno, row in rows[1:]:
        for col in (*CSV_CASE_COLUMNS, *CSV_LATER_CASE_COLUMNS):
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
    if "assistance" in base:
        doc["assistance"] = _structured(base.get("assistance") or "", _ASSISTANCE_PARTS)
    if "referrals" in base:
        doc["referrals"] = _structured(base.get("referrals") or "", _REFERRAL_PARTS)
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


@dataclass(frozen=True)
class CsvOptions:
    """How a CSV export is written: separator, byte-order mark, and codes or labels.

    ``labels`` is a language (``en``, ``sq``, ``sr-Latn``, ``sr-Cyrl``): the header and every
    code are then written as labels in it, for people to read; such a file is not for import.
    """

    delimiter: str = ","
    bom: bool = False
    labels: str | None = None


# Which code list labels each column's codes.
_CODE_COLUMNS = {
    "case_type": "case_type", "status": "status", "return_mode": "return_mode",
    "displacement_category": "displacement_category", "interview_language": "language",
    "property_tenure": "tenure", "sex": "sex", "script": "script", "relationship": "relationship",
    "community": "community", "preferred_language": "language",
}
_MUNICIPALITY_COLUMNS = ("municipality", "origin_municipality")
_VALUE_IDS = {
    "planned": "field.value.planned", "delivered": "field.value.delivered",
    "open": "field.value.open", "done": "field.value.done", "cancelled": "field.value.cancelled",
}


class _Cells:
    """Turns the values of one case into the cells of the CSV, as codes or as labels."""

    def __init__(self, options: CsvOptions, ref: ReferenceData):
        self.lang = options.labels
        self.ref = ref
        self.decimal = "," if options.delimiter == ";" else "."
        if self.lang:
            self.yes = render_text("field.value.yes", self.lang)
            self.no = render_text("field.value.no", self.lang)

    def boolean(self, value: Any) -> str:
        if not isinstance(value, bool):
            return ""
        if self.lang:
            return self.yes if value else self.no
        return "true" if value else "false"

    def code(self, col: str, value: Any) -> str:
        text = "" if value is None else str(value)
        if not self.lang or not text:
            return text
        if col in _MUNICIPALITY_COLUMNS:
            muni = self.ref.municipalities.get(text)
            return muni.name(self.lang) if muni else text
        list_name = _CODE_COLUMNS.get(col)
        return self.ref.label(list_name, text, self.lang) if list_name else text

    def codes(self, list_name: str, values: list[str]) -> str:
        if not self.lang:
            return ";".join(values)
        return "; ".join(self.ref.label(list_name, v, self.lang) for v in values)

    def value(self, code: Any) -> str:
        text = "" if code is None else str(code)
        if not self.lang:
            return text
        message_id = _VALUE_IDS.get(text) or f"field.value.{text}"
        return render_text(message_id, self.lang) if message_id in message_ids() else text

    def needs(self, needs: list[dict[str, Any]]) -> str:
        if not self.lang:
            return ";".join(f"{n['category']}:{n['priority']}:{n.get('note') or ''}".rstrip(":") for n in needs)
        return "; ".join(": ".join(p for p in (self.ref.label("need", n["category"], self.lang),
                                               self.ref.label("priority", n["priority"], self.lang),
                                               n.get("note") or "") if p) for n in needs)

    def items(self, rows: list[list[Any]]) -> str:
        if not self.lang:
            return _join_items(rows)
        return "; ".join(": ".join(str(p) for p in parts if p not in (None, "")) for parts in rows)

    def assistance(self, items: list[dict[str, Any]]) -> str:
        return self.items([[a.get("item"), self.value(a.get("status")), a.get("quantity"),
                            a.get("handover_date"), a.get("donor"), a.get("project"),
                            a.get("receipt_reference")] for a in items])

    def referrals(self, items: list[dict[str, Any]]) -> str:
        return self.items([[self.value(r.get("service")), self.value(r.get("status")), r.get("date"),
                            r.get("reason")] for r in items])

    def score(self, doc: dict[str, Any]) -> str:
        value = doc.get("score")
        if value is None:
            value = vulnerability_score(doc.get("vulnerabilities") or []).total
        return f"{float(value):g}".replace(".", self.decimal)


def csv_header(options: CsvOptions | None = None) -> list[str]:
    """The header row of a CSV export: the column names, or their labels."""
    options = options or CsvOptions()
    if options.labels:
        return [csv_column_label(col, options.labels) for col in CSV_COLUMNS]
    return list(CSV_COLUMNS)


def _case_cells(doc: dict[str, Any], index: int, cells: _Cells) -> dict[str, str]:
    out: dict[str, str] = {"case_ref": doc.get("case_number") or doc.get("id") or f"case-{index}"}
    for col in ("id", "case_number", "case_type", "status", "municipality", "settlement",
                "return_mode", "intention_registered_on"):
        out[col] = cells.code(col, doc.get(col))
    origin = doc.get("origin") or {}
    out["origin_municipality"] = cells.code("origin_municipality", origin.get("municipality"))
    out["origin_settlement"] = origin.get("settlement") or ""
    for group, keys in (("displacement", DISPLACEMENT_KEYS), ("interview", INTERVIEW_KEYS),
                        ("property", PROPERTY_KEYS),
                        ("consent", (*CONSENT_PURPOSES, "recorded_on", "recorded_by"))):
        for k in keys:
            v = (doc.get(group) or {}).get(k)
            col = f"{group}_{k}"
            out[col] = cells.boolean(v) if isinstance(v, bool) else cells.code(col, v)
    out["vulnerabilities"] = cells.codes("vulnerability", doc.get("vulnerabilities") or [])
    out["needs"] = cells.needs(doc.get("needs") or [])
    out["notes"] = ";".join(n["text"] if isinstance(n, dict) else n for n in doc.get("notes") or [])
    out["assistance"] = cells.assistance(doc.get("assistance") or [])
    out["referrals"] = cells.referrals(doc.get("referrals") or [])
    out["score"] = cells.score(doc)
    return out


def write_csv_rows(docs: Iterable[dict[str, Any]], out: TextIO, options: CsvOptions | None = None) -> int:
    """Write cases as CSV in the import layout (one row per member) to ``out``; returns the number
    of rows under the header. Every cell is guarded against formulas (:func:`neutralise`)."""
    options = options or CsvOptions()
    cells = _Cells(options, shipped())
    writer = csv.writer(out, delimiter=options.delimiter, lineterminator="\n")
    if options.bom:
        out.write("\ufeff")
    writer.writerow([neutralise(h) for h in csv_header(options)])
    rows = 0
    for index, doc in enumerate(docs, 1):
        case_cells = _case_cells(doc, index, cells)
        for m in doc["members"]:
            row = dict(case_cells)
            for col in CSV_MEMBER_COLUMNS:
                v = m.get(col)
                if isinstance(v, bool):
                    row[col] = cells.boolean(v)
                elif isinstance(v, list):
                    row[col] = cells.codes("document", v) if col == "documents" else ";".join(v)
                else:
                    row[col] = cells.code(col, v)
            writer.writerow([neutralise(row[col]) for col in CSV_COLUMNS])
            rows += 1
    return rows


def write_csv(docs: Iterable[dict[str, Any]], *, delimiter: str = ",", bom: bool = False,
              labels: str | None = None) -> str:
    """Cases as CSV text in the import layout (one row per member), for export and round trips."""
    out = io.StringIO()
    write_csv_rows(docs, out, CsvOptions(delimiter=delimiter, bom=bom, labels=labels))
    return out.getvalue()
