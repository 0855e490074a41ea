"""The catalogue is complete: every id raised exists, in every language, with matching placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from fieldapp.messages import LANGS, entry, message_ids
from fieldapp.messages.catalogue import merged

ROOT = Path(__file__).resolve().parents[3]
PACKAGES = ("fieldapp", "sync", "ui")
# Calls whose first argument is a message id.
ID_FIRST = {"Message", "render_text", "msg"}


def _placeholders(template: str) -> set[tuple[str, str]]:
    out = set()
    for _literal, name, spec, _conv in string.Formatter().parse(template):
        if name is not None:
            # A plural's word forms differ by language; what must match is the number it counts.
            out.add((name, "plural" if (spec or "").startswith("plural=") else spec or ""))
    return out


def _names(template: str) -> set[str]:
    return {name for name, _spec in _placeholders(template)}


def test_every_entry_has_every_language_and_the_same_placeholders() -> None:
    for key, texts in merged().items():
        assert {"en", "sq", "sr-Latn"} <= set(texts), f"{key}: a language is missing"
        assert set(texts) <= set(LANGS), f"{key}: an unknown language {set(texts) - set(LANGS)}"
        want = _placeholders(texts["en"])
        for lang in LANGS:
            text = entry(key, lang)
            assert text.strip(), f"{key} [{lang}] is empty"
            assert _placeholders(text) == want, f"{key} [{lang}]: placeholders differ from English"


def _python_files() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py") if "migrations" not in p.parts)


def _user_error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of UserError and every class derived from it anywhere in the packages."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
                         for b in node.bases}
                bases.setdefault(node.name, set()).update(names)
    known = {"UserError"}
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in known and parents & known:
                known.add(name)
                changed = True
    return known - {"ValidationError"}


def _call_name(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _check_call(node: ast.Call, where: str, message_arg: ast.expr | None, problems: list[str]) -> None:
    if message_arg is None:
        return
    if isinstance(message_arg, ast.JoinedStr):
        problems.append(f"{where}: finished text (f-string) where a message id belongs")
        return
    if not (isinstance(message_arg, ast.Constant) and isinstance(message_arg.value, str)):
        return  # an id passed on from elsewhere is checked where it was written
    key = message_arg.value
    if key not in message_ids():
        problems.append(f"{where}: {key!r} is not in the catalogue")
        return
    if any(k.arg is None for k in node.keywords):
        return  # **params: checked at run time by the rendering tests
    given = {k.arg for k in node.keywords if k.arg is not None}
    params_dict = next((k.value for k in node.keywords if k.arg == "params"), None)
    if _call_name(node) in ("Message", "Problem"):
        given = set()
        args = node.args[1:2] if _call_name(node) == "Message" else node.args[3:4]
        candidates = [params_dict, *args]
        for c in candidates:
            if isinstance(c, ast.Dict):
                given |= {k.value for k in c.keys if isinstance(k, ast.Constant)}
            elif c is not None:
                return  # params built elsewhere
    want = _names(entry(key, "en"))
    if want != given - {"params"} and want != given:
        problems.append(f"{where}: {key!r} takes {sorted(want)}, given {sorted(given)}")


# HQ's refusals and the sync protocol's errors: where their message id is, and their keyword
# options that are not parameters of the message.
ID_AT: dict[str, tuple[int, set[str]]] = {
    "ApiError": (2, {"wipe"}), "not_found": (0, set()), "forbidden": (0, set()),
    "conflict": (0, {"code"}), "invalid": (0, set()),
    "ProtocolError": (0, set()), "BundleError": (0, set()), "TooLarge": (0, set()),
}


def _without_options(node: ast.Call, options: set[str]) -> ast.Call:
    """``node`` without the keyword arguments that are options rather than message parameters."""
    return ast.Call(func=node.func, args=node.args, keywords=[k for k in node.keywords if k.arg not in options])


def test_every_raise_site_names_a_catalogue_entry_with_its_parameters() -> None:
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in _python_files()}
    errors = _user_error_classes(trees)
    problems: list[str] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name in errors or name in ID_FIRST:
                first = node.args[0] if node.args else None
                if name in errors and isinstance(first, ast.Constant) and isinstance(first.value, str) \
                        and " " in first.value:
                    problems.append(f"{where}: English text where a message id belongs")
                    continue
                _check_call(node, where, first, problems)
            elif name == "Problem":
                arg = node.args[2] if len(node.args) > 2 else next(
                    (k.value for k in node.keywords if k.arg == "id"), None)
                _check_call(node, where, arg, problems)
            elif name in ID_AT:
                position, options = ID_AT[name]
                arg = node.args[position] if len(node.args) > position else None
                _check_call(_without_options(node, options), where, arg, problems)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_messages_render_in_every_language(lang: str) -> None:
    from fieldapp.domain.errors import Problem, UserError, ValidationError
    from fieldapp.messages import Message

    assert UserError("common.internal_error", kind="KeyError").render(lang).count("KeyError") == 1
    problem = Problem("line 4", "members[0].sex", "common.invalid_data", allowed=("M", "F"),
                      where=Message("record.line", {"n": 4}))
    text = ValidationError([problem] * 3).render(lang)
    assert "M, F" in text and "4" in text and "{" not in text


# Problems of a case document are added through the checker's ``add(field, id, allowed, **params)``,
# and those of a case file through ``_problem(label, field, id, allowed, **params)`` and
# ``_label(id, text, **params)``: the id sits at another place than in the calls above.
DOMAIN_HELPERS = {
    "fieldapp/domain/interchange.py": {"add": 1},
    "fieldapp/domain/files.py": {"_problem": 2, "_label": 0},
}


def test_domain_checks_name_catalogue_entries_with_their_parameters() -> None:
    problems: list[str] = []
    for rel, helpers in DOMAIN_HELPERS.items():
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"), rel)
        calls = 0
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _call_name(node) not in helpers:
                continue
            if isinstance(node.func, ast.Attribute) and not (
                    isinstance(node.func.value, ast.Name) and node.func.value.id in ("c", "self")):
                continue  # set.add and the like
            index = helpers[_call_name(node)]
            arg = node.args[index] if len(node.args) > index else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and " " in arg.value:
                problems.append(f"{rel}:{node.lineno}: English text where a message id belongs")
                continue
            # ``allowed`` is the list of codes, not a parameter of the message.
            bare = ast.Call(func=node.func, args=node.args,
                            keywords=[k for k in node.keywords if k.arg != "allowed"])
            _check_call(bare, f"{rel}:{node.lineno}", arg, problems)
            calls += 1
        assert calls, f"{rel}: no calls of {sorted(helpers)} found"
    assert not problems, "\n".join(problems)
