"""Keep the translations in step with the code: extract messages, update the .ts files, build .qm.

    python tools/i18n.py update     # add new messages to resources/translations/*.ts, drop vanished ones
    python tools/i18n.py release    # compile the .ts files to .qm with pyside6-lrelease
    python tools/i18n.py missing    # list messages without a finished French translation
    python tools/i18n.py apply FILE [LANG]
                                    # set translations from lines "context<TAB>source<TAB>French"
                                    # (\\n and \\t written as escapes), then update the .ts; a
                                    # count's forms are split by "|": "une entrée|%n entrées"

Messages are found by reading the code (Python's ast), the way Qt's lupdate does for C++:
``tr("text", "context")`` in the core (context "core" by default), ``self.tr("text")`` in Qt classes
(the context is the class name, as Qt uses it) and ``translate("context", "text")``.

A message that shows a count is a Qt "numerus" message: ``self.tr("%n entries", "", n)`` and
``translate("ctx", "%n entries", None, n)`` in the window, ``trn("%n entry", "%n entries", n, "ctx")``
in the core (keyed by its plural). French gives two forms (0 and 1, then the rest). Qt has no English
plural of its own, so ``cxjournal_en.ts`` holds the English forms of the numerus messages only: the
core's come from its code, the window's are set with ``apply FILE en``.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cxjournal"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"fr": "fr_FR"}
# Languages whose file holds only the numerus messages (the source language itself).
PLURAL_ONLY = {"en": "en_GB"}
FORM_SEPARATOR = "|"


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    numerus: bool = False
    # English (singular, plural) when the code says them (the core's trn).
    english: tuple[str, str] | None = None


def _text(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level one-line wrappers that fix the context, name -> context: a function whose body
    is ``return tr(text, "ctx")`` or ``return QCoreApplication.translate("ctx", text)``."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.body) != 1:
            continue
        body = node.body[0]
        if not isinstance(body, ast.Return) or not isinstance(body.value, ast.Call):
            continue
        call, args = body.value, body.value.args
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        if name == "tr" and len(args) == 2 and _text(args[1]) is not None:
            found[node.name] = _text(args[1])
        elif name == "translate" and len(args) == 2 and _text(args[0]) is not None:
            found[node.name] = _text(args[0])
    return found


class _Finder(ast.NodeVisitor):
    def __init__(self, filename: str, aliases: dict[str, str] | None = None) -> None:
        self.filename = filename
        self.aliases = aliases or {}
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int]] = []
        self.plurals: dict[tuple[str, str], tuple[str, str] | None] = {}

    def _numerus(self, context: str, text: str, english: tuple[str, str] | None = None) -> None:
        self.plurals[(context, text)] = english

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        if isinstance(func, ast.Name) and func.id == "trn" and len(args) >= 3:
            singular, plural = _text(args[0]), _text(args[1])
            context = _text(args[3]) if len(args) > 3 else "core"
            if singular is not None and plural is not None and context is not None:
                self.found.append((context, plural, node.lineno))
                self._numerus(context, plural, (singular, plural))
        elif isinstance(func, ast.Name) and func.id == "tr" and args:
            text = _text(args[0])
            context = _text(args[1]) if len(args) > 1 else "core"
            for kw in node.keywords:
                if kw.arg == "context":
                    context = _text(kw.value)
            if text is not None and context is not None:
                self.found.append((context, text, node.lineno))
        elif isinstance(func, ast.Name) and func.id in self.aliases and args:
            text = _text(args[0])
            if text is not None:
                self.found.append((self.aliases[func.id], text, node.lineno))
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and args and self.classes:
            text = _text(args[0])
            if text is not None:
                self.found.append((self.classes[-1], text, node.lineno))
                if len(args) >= 3:
                    self._numerus(self.classes[-1], text)
        elif isinstance(func, ast.Attribute | ast.Name) and len(args) >= 2:
            name = func.attr if isinstance(func, ast.Attribute) else func.id
            if name == "translate":
                context, text = _text(args[0]), _text(args[1])
                if context is not None and text is not None:
                    self.found.append((context, text, node.lineno))
                    if len(args) >= 4:
                        self._numerus(context, text)
        self.generic_visit(node)


def extract(package: Path = PACKAGE) -> dict[tuple[str, str], Message]:
    """Every translatable message in the package, keyed by (context, source)."""
    messages: dict[tuple[str, str], Message] = {}
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        finder = _Finder(rel, wrappers(tree))
        finder.visit(tree)
        for context, text, line in finder.found:
            message = messages.setdefault((context, text), Message(context, text))
            message.locations.append((rel, line))
        for key, english in finder.plurals.items():
            messages[key].numerus = True
            messages[key].english = english or messages[key].english
    return messages


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) from a Qt Linguist file; a numerus message's
    forms are joined by ``|``."""
    table: dict[tuple[str, str], tuple[str, bool]] = {}
    if not path.exists():
        return table
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = node.text or "" if node is not None else ""
            forms = (
                [form.text or "" for form in node.iter("numerusform")] if node is not None else []
            )
            if message.get("numerus") == "yes":
                text = FORM_SEPARATOR.join(forms) if any(forms) else ""
            finished = node is not None and node.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            table[(name, source)] = (text, finished and bool(text) and "" not in forms)
    return table


def write_ts(
    path: Path,
    language: str,
    messages: dict[tuple[str, str], Message],
    existing: dict[tuple[str, str], tuple[str, bool]],
) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        by_context.setdefault(message.context, []).append(message)
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in sorted(by_context[context_name], key=lambda m: m.source):
            node = ET.SubElement(context, "message")
            if message.numerus:
                node.set("numerus", "yes")
            # Files only, no line numbers: the .ts then changes only when messages change.
            for filename in sorted({f for f, _ in message.locations}):
                ET.SubElement(node, "location", filename=f"../../{filename}")
            ET.SubElement(node, "source").text = message.source
            text, finished = existing.get((context_name, message.source), ("", False))
            translation = ET.SubElement(node, "translation")
            if message.numerus:
                forms = text.split(FORM_SEPARATOR) if text else ["", ""]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                finished = finished and len(forms) == 2 and all(forms)
            else:
                translation.text = text
            if not finished:
                translation.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"cxjournal_{lang}.ts"


def plural_only(
    messages: dict[tuple[str, str], Message], existing: dict[tuple[str, str], tuple[str, bool]]
) -> tuple[dict[tuple[str, str], Message], dict[tuple[str, str], tuple[str, bool]]]:
    """The numerus messages, and their English forms: from the code when it says them."""
    chosen = {key: message for key, message in messages.items() if message.numerus}
    table = dict(existing)
    for key, message in chosen.items():
        if message.english:
            table[key] = (FORM_SEPARATOR.join(message.english), True)
    return chosen, table


def write_all(messages: dict[tuple[str, str], Message], tables: dict[str, dict]) -> None:
    """Rewrite every .ts from the messages and each language's translations."""
    for lang, language in LANGUAGES.items():
        write_ts(ts_path(lang), language, messages, tables[lang])
    for lang, language in PLURAL_ONLY.items():
        write_ts(ts_path(lang), language, *plural_only(messages, tables[lang]))


def update() -> None:
    messages = extract()
    write_all(messages, {lang: read_ts(ts_path(lang)) for lang in LANGUAGES | PLURAL_ONLY})
    print(f"{len(messages)} messages")


def lrelease_command() -> str:
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return found


def release() -> None:
    for lang in LANGUAGES | PLURAL_ONLY:
        source = ts_path(lang)
        subprocess.run(
            [lrelease_command(), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )
        print(f"{source.with_suffix('.qm').relative_to(ROOT)} built")


def missing() -> int:
    messages = extract()
    count = 0
    for lang in LANGUAGES:
        table = read_ts(ts_path(lang))
        for key in sorted(messages):
            if not table.get(key, ("", False))[1]:
                count += 1
                print(f"{lang}\t{key[0]}\t{key[1]}")
    for lang in PLURAL_ONLY:
        chosen, table = plural_only(messages, read_ts(ts_path(lang)))
        for key in sorted(chosen):
            if not table.get(key, ("", False))[1]:
                count += 1
                print(f"{lang}\t{key[0]}\t{key[1]}")
    return count


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def apply(tsv: Path, lang: str = "fr") -> int:
    """Set the translations listed in ``tsv`` and rewrite the .ts; returns how many were set."""
    tables = {name: read_ts(ts_path(name)) for name in LANGUAGES | PLURAL_ONLY}
    table = tables[lang]
    count = 0
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        context, source, text = (_unescape(part) for part in line.split("\t", 2))
        table[(context, source)] = (text, True)
        count += 1
    write_all(extract(), tables)
    return count


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "missing":
        sys.exit(1 if missing() else 0)
    elif command == "apply" and len(sys.argv) > 2:
        lang = sys.argv[3] if len(sys.argv) > 3 else "fr"
        print(f"{apply(Path(sys.argv[2]), lang)} translations set")
    else:
        raise SystemExit(__doc__)
