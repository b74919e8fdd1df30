"""Every file and folder the app writes is private (0600 / 0700) even under umask 022; a folder the
user chose is left as it is; a failed write leaves no ``.part`` behind."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from cxjournal import files
from cxjournal.reports.building import MONTHLY, PERSON, WEEK, ReportRequest, build_report
from cxjournal.services import entries, people

pytestmark = pytest.mark.file_only  # about the journal file itself (SQLite)


@pytest.fixture(autouse=True)
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def desktop(tmp_path) -> Path:
    """A folder the user chose, readable by others: it must stay so."""
    folder = tmp_path / "Desktop"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    return folder


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private(path: Path) -> None:
    assert mode(path) == 0o600, f"{path.name} is {oct(mode(path))}"
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]


@pytest.fixture
def amelie():
    person = people.add_person("Amélie Château", "customer")
    entries.log_entry(kind="complaint", title="Pain brûlé", person=person)
    return person


def test_helper_writes_private_files_and_folders(tmp_path, desktop):
    out = files.write_private_text(tmp_path / "new" / "deeper" / "a.txt", "x")
    assert out.read_text() == "x"
    assert_private(out)
    assert mode(tmp_path / "new") == 0o700 and mode(tmp_path / "new" / "deeper") == 0o700
    files.write_private_bytes(desktop / "b.bin", b"y")
    assert_private(desktop / "b.bin")
    assert mode(desktop) == 0o755


def test_an_existing_readable_file_becomes_private_when_replaced(desktop):
    target = desktop / "report.pdf"
    target.write_text("old")
    os.chmod(target, 0o644)
    files.write_private_text(target, "new")
    assert target.read_text() == "new" and mode(target) == 0o600


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(desktop):
    target = desktop / "export.json"
    files.write_private_text(target, "old")

    def fail(handle):
        handle.write("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        files.write_private(target, fail)
    assert target.read_text() == "old"
    assert sorted(p.name for p in desktop.iterdir()) == ["export.json"]


@pytest.mark.parametrize(
    "request_",
    [
        ReportRequest(MONTHLY, year=2026, month=11, lang="en"),
        ReportRequest(WEEK, week_of=date(2026, 11, 16), lang="en"),
    ],
    ids=["monthly", "week"],
)
def test_reports_are_private(request_, desktop):
    out = desktop / "report.pdf"
    build_report(request_, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert_private(out)
    assert mode(desktop) == 0o755


def test_person_report_is_private(desktop, amelie):
    out = desktop / "amelie.pdf"
    build_report(ReportRequest(PERSON, person_id=amelie.id, lang="en"), out)
    assert_private(out)


def test_ics_export_is_private(desktop, amelie):
    from cxjournal.io.ics_export import export_ics

    export_ics(desktop / "cx.ics")
    assert_private(desktop / "cx.ics")


def test_json_csv_and_person_exports_are_private(tmp_path, desktop, amelie):
    from cxjournal.io.json_export import export_csv, export_json
    from cxjournal.services.privacy import export_person

    assert_private(export_json(desktop / "all.json"))
    assert_private(export_person(amelie, desktop / "amelie.json"))
    written = export_csv(tmp_path / "made" / "csv")
    assert written and all(mode(p) == 0o600 for p in written)
    assert mode(tmp_path / "made") == 0o700 and mode(tmp_path / "made" / "csv") == 0o700
    export_csv(desktop)  # into a folder the user chose: only our files change
    assert mode(desktop) == 0o755 and mode(desktop / "entry.csv") == 0o600


def test_backups_and_their_folders_are_private(tmp_path, desktop, amelie):
    from cxjournal.store.backup import auto_backup, backup_to, restore_from

    assert_private(backup_to(desktop / "copy.db"))
    assert mode(desktop) == 0o755
    made = auto_backup(tmp_path / "data" / "backups", date(2026, 11, 16))
    assert_private(made)
    assert mode(tmp_path / "data") == 0o700 and mode(tmp_path / "data" / "backups") == 0o700
    current = tmp_path / "restored.db"
    restore_from(desktop / "copy.db", current)
    assert mode(current) == 0o600


def test_crash_log_and_its_folder_are_private(tmp_path):
    from cxjournal.ui.shell import crash_log

    log = tmp_path / "data" / "logs" / "errors.log"
    try:
        raise ValueError("boom")
    except ValueError:
        crash_log.write_crash_log(*sys.exc_info(), path=log)
    assert_private(log)
    assert mode(log.parent) == 0o700 and mode(log.parent.parent) == 0o700


def test_saving_the_previewed_report_makes_a_private_copy(qtbot, desktop, tmp_path):
    from cxjournal.ui.pages.reports import Page

    page = Page()
    qtbot.addWidget(page)
    preview = tmp_path / "preview.pdf"
    preview.write_bytes(b"%PDF-1.4 preview")
    os.chmod(preview, 0o644)
    page._pdf = preview
    assert page.save_to(desktop / "saved.pdf")
    assert (desktop / "saved.pdf").read_bytes() == b"%PDF-1.4 preview"
    assert_private(desktop / "saved.pdf")
