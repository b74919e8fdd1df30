"""Files attached to an entry (issue 23): kept inside the journal, listed without their bytes,
refused past the size limit with nothing written, carried by backups, JSON export and import and
``copy-to`` on both engines, in the person's data-access file, erased with their person (the bytes
gone from the file), logged by id only; and the ``entry attach|files|file|detach`` commands."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.formatting import format_size
from cxjournal.io import attachment_files, json_export
from cxjournal.services import attachments, entries, privacy
from cxjournal.services.settings import set_setting
from cxjournal.store import copying
from cxjournal.store.backup import backup_to
from cxjournal.store.connection import close_journal, current_location, open_journal
from cxjournal.store.models import Attachment, ChangeLog
from tests.builders import a_customer, an_entry

MARKER = b"BURNT-CAKE-PIXELS-7f3a9c"
PHOTO = b"\x89PNG\r\n\x1a\n" + MARKER * 4000  # not a real image: the bytes are what matter


def _files(tmp_path: Path, **contents: bytes) -> list[Path]:
    paths = []
    for name, data in contents.items():
        path = tmp_path / name.replace("_", ".")
        path.write_bytes(data)
        paths.append(path)
    return paths


def _a_shop_with_files(tmp_path: Path) -> tuple[int, list[Path]]:
    entry = an_entry(a_customer("Zoë Château"), title="Gâteau brûlé")
    paths = _files(tmp_path, gateau_png=PHOTO, recu_pdf=b"%PDF-1.4 receipt\x00\xff")
    attachment_files.attach_paths(entry.id, paths)
    return entry.id, paths


def _contents(entry_id: int) -> dict[str, bytes]:
    return {
        info.name: attachments.attachment_data(info.id)
        for info in attachments.list_attachments(entry_id)
    }


def test_files_are_attached_listed_without_bytes_and_read_one_at_a_time(tmp_path):
    entry_id, paths = _a_shop_with_files(tmp_path)
    listed = attachments.list_attachments(entry_id)
    assert [(i.name, i.size, i.mime_type) for i in listed] == [
        ("gateau.png", len(PHOTO), "image/png"),
        ("recu.pdf", len(paths[1].read_bytes()), "application/pdf"),
    ]
    assert listed[0].is_image and not listed[1].is_image
    assert _contents(entry_id) == {"gateau.png": PHOTO, "recu.pdf": paths[1].read_bytes()}
    # the same name again gets a number rather than replacing the first
    again = attachment_files.attach_paths(entry_id, [paths[0]])
    assert again[0].name == "gateau (2).png"


def test_a_file_past_the_limit_refuses_them_all_and_writes_nothing(tmp_path):
    entry = an_entry(a_customer())
    set_setting("attachment_limit_mb", "1")
    small, big = _files(tmp_path, small_jpg=b"x" * 1000, big_jpg=b"y" * (1024 * 1024 + 1))
    before = ChangeLog.select().count()
    with pytest.raises(ValidationError) as refused:
        attachment_files.attach_paths(entry.id, [small, big])
    assert "“big.jpg” is 1.0\u00a0MB: larger than the 1.0\u00a0MB" in str(refused.value)
    assert "Nothing was attached" in str(refused.value)
    with pytest.raises(ValidationError):  # the service refuses bytes past it too
        attachments.attach_files(entry.id, [("a.jpg", b"1"), ("b.jpg", b"y" * (1024 * 1024 + 1))])
    assert Attachment.select().count() == 0
    assert ChangeLog.select().count() == before


def test_attaching_and_removing_are_logged_by_id_only(tmp_path):
    entry_id, _ = _a_shop_with_files(tmp_path)
    first = attachments.list_attachments(entry_id)[0]
    attachments.detach(first.id)
    logged = list(ChangeLog.select().where(ChangeLog.kind == "attachment").order_by(ChangeLog.id))
    assert [(row.op, row.item_id) for row in logged][-1] == ("delete", first.id)
    assert {row.op for row in logged} == {"insert", "delete"}
    assert all(row.changes is None for row in logged)  # no name, no bytes
    assert [i.name for i in attachments.list_attachments(entry_id)] == ["recu.pdf"]


def test_json_export_carries_the_bytes_and_loads_them_back(tmp_path):
    entry_id, _ = _a_shop_with_files(tmp_path)
    expected = _contents(entry_id)
    out = json_export.export_json(tmp_path / "export.json")
    rows = json.loads(out.read_text(encoding="utf-8"))["tables"]["attachment"]
    assert len(rows) == 2 and all(isinstance(r["data"], str) for r in rows)  # base64
    close_journal()
    open_journal(tmp_path / "fresh.db")
    json_export.import_json(out)
    assert _contents(entry_id) == expected


def test_a_file_journal_exported_loads_into_this_engine(tmp_path, journal):
    close_journal()
    open_journal(tmp_path / "source.db")
    entry_id, _ = _a_shop_with_files(tmp_path)
    expected = _contents(entry_id)
    out = json_export.export_json(tmp_path / "export.json")
    close_journal()
    open_journal(journal)  # the test's own journal: a file, or a server database
    json_export.import_json(out)
    assert _contents(entry_id) == expected


def test_copy_to_carries_the_files_both_ways(tmp_path, journal):
    entry_id, _ = _a_shop_with_files(tmp_path)
    expected = _contents(entry_id)
    report = copying.copy_to(tmp_path / "copy.db")  # this engine -> a file
    assert report.tables["attachment"].rows == 2
    close_journal()
    open_journal(tmp_path / "copy.db")
    assert _contents(entry_id) == expected
    close_journal()
    open_journal(tmp_path / "other.db")
    other_id, _ = _a_shop_with_files(tmp_path)
    close_journal()
    open_journal(tmp_path / "other.db")
    fresh = tmp_path / "fresh-copy.db"
    copying.copy_to(fresh)  # a file -> a file, then checked
    close_journal()
    open_journal(fresh)
    assert _contents(other_id) == expected


@pytest.mark.file_only
def test_a_backup_holds_the_files(tmp_path):
    entry_id, _ = _a_shop_with_files(tmp_path)
    expected = _contents(entry_id)
    backup = backup_to(tmp_path / "backup.db")
    close_journal()
    open_journal(backup)
    assert _contents(entry_id) == expected


def test_the_data_access_file_holds_their_files(tmp_path):
    entry_id, _ = _a_shop_with_files(tmp_path)
    person = entries.get_entry(entry_id).person_id
    data = privacy.person_data(person)
    files = data["entries"][0]["attachments"]
    assert [f["name"] for f in files] == ["gateau.png", "recu.pdf"]
    import base64

    assert base64.b64decode(files[0]["data"]) == PHOTO


@pytest.mark.file_only
def test_erasing_the_person_erases_the_files_bytes(tmp_path):
    entry_id, _ = _a_shop_with_files(tmp_path)
    path = Path(str(current_location()))
    person = entries.get_entry(entry_id).person_id
    db_files = [str(path), f"{path}-wal"]

    def grep() -> int:
        found = subprocess.run(
            ["grep", "-a", "-c", MARKER.decode(), *[f for f in db_files if os.path.exists(f)]],
            capture_output=True,
            text=True,
        )
        return sum(int(line.rsplit(":", 1)[-1]) for line in found.stdout.splitlines() if line)

    assert grep() > 0
    privacy.erase_person(person)
    assert grep() == 0
    assert Attachment.select().count() == 0


def test_cli_attach_files_file_detach(tmp_path, capsys):
    entry = an_entry(a_customer())
    photo, receipt = _files(tmp_path, photo_jpg=PHOTO, receipt_txt=b"12 croissants")
    assert main(["entry", "attach", str(entry.id), str(photo), str(receipt)]) == 0
    assert "Attached 2 files to entry" in capsys.readouterr().out
    assert main(["entry", "files", str(entry.id), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(f["name"], f["size"], f["type"]) for f in listed] == [
        ("photo.jpg", len(PHOTO), "image/jpeg"),
        ("receipt.txt", 13, "text/plain"),
    ]
    out = tmp_path / "saved" / "copy.jpg"
    out.parent.mkdir()
    assert main(["entry", "file", str(entry.id), "photo.jpg", "--out", str(out)]) == 0
    assert out.read_bytes() == PHOTO and oct(out.stat().st_mode & 0o777) == "0o600"
    assert main(["entry", "detach", str(entry.id), "receipt.txt"]) == 0
    capsys.readouterr()
    assert main(["entry", "files", str(entry.id)]) == 0
    size = format_size(len(PHOTO))
    assert capsys.readouterr().out.splitlines() == [f"photo.jpg\t{size}\timage/jpeg"]


def test_cli_refuses_bad_files_with_one_line_and_attaches_none(tmp_path, capsys, journal):
    entry = an_entry(a_customer())
    set_setting("attachment_limit_mb", "1")
    good, big = _files(tmp_path, good_jpg=b"ok", big_jpg=b"z" * (2 * 1024 * 1024))
    unreadable = tmp_path / "secret.jpg"
    unreadable.write_bytes(b"x")
    unreadable.chmod(0)
    cases = [
        ([str(good), str(tmp_path / "missing.jpg")], "does not exist"),
        ([str(good), str(big)], "larger than"),
        ([str(good), str(tmp_path)], "is a folder"),
        ([str(good)], "Entry #999 does not exist"),
    ]
    if os.geteuid() != 0:  # root reads any file
        cases.append(([str(good), str(unreadable)], "cannot be read"))
    for files, reason in cases:
        target = "999" if "999" in reason else str(entry.id)
        assert main(["entry", "attach", target, *files]) == 2, reason
        err = capsys.readouterr().err
        assert reason in err and len(err.strip().splitlines()) == 1, err
    open_journal(journal)
    assert Attachment.select().count() == 0
    close_journal()
    assert main(["entry", "file", str(entry.id), "nothing.jpg", "--out", str(tmp_path)]) == 2
    assert "has no file called" in capsys.readouterr().err
