"""The suite's faster, unsynced journals stay in the suite: the app always opens journals with
every commit synced to disk, and only a keyword that no app code passes turns syncing off."""

import ast
from pathlib import Path

import pytest

import cxjournal
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import db
from tests.helpers import SYNCHRONOUS_FULL

pytestmark = pytest.mark.file_only  # about the journal file itself (SQLite)

PACKAGE = Path(cxjournal.__file__).parent
SYNCHRONOUS_OFF = 0


def _synchronous() -> int:
    return db.execute_sql("PRAGMA synchronous").fetchone()[0]


def test_a_journal_is_synced_unless_a_test_says_otherwise(tmp_path):
    open_journal(tmp_path / "app.db")
    assert _synchronous() == SYNCHRONOUS_FULL
    close_journal()
    open_journal(tmp_path / "test.db", durable=False)
    assert _synchronous() == SYNCHRONOUS_OFF


def test_no_app_code_turns_syncing_off():
    callers = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and any(k.arg == "durable" for k in node.keywords)
    ]
    assert callers == []


def test_the_suite_journal_skips_syncing(journal):
    assert _synchronous() == SYNCHRONOUS_OFF


@pytest.mark.durable
def test_a_durable_test_gets_the_apps_syncing(journal):
    assert _synchronous() == SYNCHRONOUS_FULL
