"""Keep the translations in step with the code: extract messages, update the .ts files, build .qm.

    python tools/i18n.py update     # add new messages to resources/translations/*.ts, drop vanished ones
    python tools/i18n.py release    # compile the .ts files to .qm with pyside6-lrelease
    python tools/i18n.py missing    # list messages without a finished French translation
    python tools/i18n.py apply FILE # set translations from lines "context<TAB>source<TAB>French"
                                    # (\\n and \\t written as escapes), then update the .ts

Messages are found by reading the code (Python's ast), the way Qt's lupdate does for C++:
``tr("text", "context")`` in the core (context "core" by default), ``self.tr("text")`` in Qt classes
(the context is the class name, as Qt uses it) and ``translate("context", "text")``.
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


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


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

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        if isinstance(func, ast.Name) and func.id == "tr" and args:
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
        elif isinstance(func, ast.Attribute | ast.Name) and len(args) >= 2:
            name = func.attr if isinstance(func, ast.Attribute) else func.id
            if name == "translate":
                context, text = _text(args[0]), _text(args[1])
                if context is not None and text is not None:
                    self.found.append((context, text, node.lineno))
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
    return messages


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) from a Qt Linguist file."""
    table: dict[tuple[str, str], tuple[str, bool]] = {}
    if not path.exists():
        return table
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = node.text or "" if node is not None else ""
            finished = node is not None and node.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            table[(name, source)] = (text, finished and bool(text))
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
            # Files only, no line numbers: the .ts then changes only when messages change.
            for filename in sorted({f for f, _ in message.locations}):
                ET.SubElement(node, "location", filename=f"../../{filename}")
            ET.SubElement(node, "source").text = message.source
            text, finished = existing.get((context_name, message.source), ("", False))
            translation = ET.SubElement(node, "translation")
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


def update() -> None:
    messages = extract()
    for lang, language in LANGUAGES.items():
        path = ts_path(lang)
        write_ts(path, language, messages, read_ts(path))
        print(f"{path.relative_to(ROOT)}: {len(messages)} messages")


def lrelease_command() -> str:
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return found


def release() -> None:
    for lang in LANGUAGES:
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
    return count


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def apply(tsv: Path, lang: str = "fr") -> int:
    """Set the translations listed in ``tsv`` and rewrite the .ts; returns how many were set."""
    path = ts_path(lang)
    table = read_ts(path)
    count = 0
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        context, source, text = (_unescape(part) for part in line.split("\t", 2))
        table[(context, source)] = (text, True)
        count += 1
    write_ts(path, LANGUAGES[lang], extract(), table)
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
        print(f"{apply(Path(sys.argv[2]))} translations set")
    else:
        raise SystemExit(__doc__)
