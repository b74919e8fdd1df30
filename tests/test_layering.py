"""The core (everything outside cxjournal/ui) must never import Qt."""

import ast
from pathlib import Path

import cxjournal

PACKAGE = Path(cxjournal.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_modules_do_not_import_qt():
    core_files = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
    assert len(core_files) > 1
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(
            m for m in _imported_modules(p) if m.startswith(("PySide", "PyQt", "shiboken"))
        )
        for p in core_files
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}
