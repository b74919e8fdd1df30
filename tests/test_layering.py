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


QUERY_METHODS = {"select", "get", "get_or_none", "get_by_id", "insert", "insert_many", "update",
                 "delete", "create", "raw", "replace"}  # fmt: skip


def _runtime_imports(tree: ast.Module) -> set[str]:
    """Modules imported outside ``if TYPE_CHECKING:`` blocks."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _queries(tree: ast.Module) -> list[str]:
    """Calls that build database queries: ``Model.select(...)``, ``x.where(...)``, raw SQL."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        attr, owner = node.func.attr, node.func.value
        model_call = (
            isinstance(owner, ast.Name)
            and owner.id[:1].isupper()
            and not owner.id.isupper()  # a CONSTANT mapping, not a model class
            and not owner.id.startswith("Q")  # Qt classes
            and attr in QUERY_METHODS
        )
        if model_call or attr in ("where", "execute_sql", "get_or_none"):
            found.append(f"{ast.unparse(node.func)} (line {node.lineno})")
    return found


def test_widgets_ask_services_and_never_query():
    ui_files = sorted((PACKAGE / "ui").rglob("*.py"))
    assert len(ui_files) > 10
    offenders = {}
    for path in ui_files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bad = sorted(
            m
            for m in _runtime_imports(tree)
            if m in ("peewee", "cxjournal.store.models") or m.startswith("playhouse")
        )
        bad += _queries(tree)
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = bad
    assert offenders == {}


def test_the_layering_check_sees_a_query_and_a_model_import():
    """The check above would notice what it forbids (a check that cannot fail proves nothing)."""
    sample = ast.parse(
        "from cxjournal.store.models import Person\n"
        "if TYPE_CHECKING:\n    from cxjournal.store.models import Entry\n"
        "def f():\n    return Person.get_or_none(Person.id == 1), Person.select().where(1)\n"
        "def g(view):\n    view.selectionModel().select(1)\n    QWidget.create(1)\n"
    )
    assert _runtime_imports(sample) == {"cxjournal.store.models"}
    assert len(_queries(sample)) == 3


def _package_imports(path: Path) -> set[str]:
    """cxjournal modules a file imports, ``from cxjournal import io`` counted as cxjournal.io."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _runtime_imports(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "cxjournal":
            names.update(f"cxjournal.{alias.name}" for alias in node.names)
    return {n for n in names if n.startswith("cxjournal.")}


def _lower_layers_importing(layers: tuple[str, ...], forbidden: tuple[str, ...]) -> dict:
    offenders = {}
    for layer in layers:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            bad = sorted(
                m
                for m in _package_imports(path)
                if any(m == f or m.startswith(f + ".") for f in forbidden)
            )
            if bad:
                offenders[str(path.relative_to(PACKAGE))] = bad
    return offenders


def test_io_depends_on_services_and_store_never_the_reverse():
    """Files are read and written in io/, which may call services and the store; services and the
    store never reach back into io (a shared helper lives in the lower layer)."""
    assert _lower_layers_importing(("services", "store"), ("cxjournal.io",)) == {}


def test_the_direction_check_sees_both_spellings_of_an_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from cxjournal.io.json_export import import_json\nfrom cxjournal import io, clock\n",
        encoding="utf-8",
    )
    assert _package_imports(sample) == {
        "cxjournal.io.json_export",
        "cxjournal.io",
        "cxjournal.clock",
    }
