"""The history of changes: who changed which field of an entry, promise or follow-up from what to
what, written by the database's triggers on both engines, read by ``cxjournal entry history`` and
the detail pane, carried by copies and exports, and emptied of an erased person's words."""

from __future__ import annotations

import json
import sqlite3

import pytest

from cxjournal.cli import main
from cxjournal.io import json_export
from cxjournal.services import entries, followups, history, people, promises, trash
from cxjournal.services.privacy import erase_person
from cxjournal.store import changelog
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import ChangeLog, db, on_server
from tests.builders import a_customer, a_followup, a_promise, an_entry
from tests.helpers import open_page


def login() -> str:
    """Who the journal should record: the server's login, or the system user on a file."""
    if on_server():
        return db.execute_sql("SELECT session_user").fetchone()[0]
    return changelog.system_user()


def said(lines) -> list[tuple]:
    return [(line.what, line.field, line.old, line.new) for line in lines]


def test_each_kind_of_change_to_an_entry_is_in_its_history(fake_clock):
    zoe = a_customer("Zoë")
    entry = an_entry(zoe, title="Four froid", tags="pain")
    entries.edit_entry(entry.id, title="Four tiède", tags="pain, four", priority="high")
    entries.respond(entry.id, "Rappelée")
    entries.resolve_entry(entry.id, "Four réparé")
    entries.trash_entry(entry.id)
    entries.restore_entry(entry.id)
    lines = history.entry_history(entry.id)
    steps = said(lines)
    assert steps[0] == ("created", None, None, None)
    assert ("tag-added", "tags", None, "pain") in steps
    assert ("tag-added", "tags", None, "four") in steps
    assert not any(
        s[0] == "tag-removed" for s in steps
    )  # "pain" stayed: not taken off and put back
    assert ("changed", "title", "Four froid", "Four tiède") in steps
    assert ("changed", "priority", 2, 3) in steps
    assert ("created", None, None, None) in [
        s for s, line in zip(steps, lines, strict=True) if line.kind == "response"
    ]
    assert ("changed", "status", "in-progress", "resolved") in steps
    assert ("changed", "resolution", "", "Four réparé") in steps
    assert [s[0] for s in steps[-2:]] == ["trashed", "restored"]
    assert {line.who for line in lines} == {login()}
    assert [line.at for line in lines] == sorted(line.at for line in lines)  # oldest first
    assert history.describe(lines[-1]) == "Restored from the trash"
    titled = next(line for line in lines if line.field == "title")
    assert history.describe(titled) == "Title: Four froid → Four tiède"


def test_promises_and_followups_have_their_history(fake_clock):
    promise = a_promise(a_customer("Zoë"), what="Croissants offerts")
    promises.keep_promise(promise.id)
    assert ("changed", "status", "open", "kept") in said(history.promise_history(promise.id))
    item = a_followup("Rappeler Zoë")
    followups.edit_followup(item.id, title="Rappeler Zoë lundi")
    followups.trash_followup(item.id)
    steps = said(history.followup_history(item.id))
    assert steps[0][0] == "created"
    assert ("changed", "title", "Rappeler Zoë", "Rappeler Zoë lundi") in steps
    assert steps[-1][0] == "trashed"


def test_a_deletion_is_logged_with_who_and_no_values():
    entry = an_entry(a_customer(), title="Pain brûlé")
    entries.trash_entry(entry.id)
    start = changelog.latest_id()
    trash.delete_forever("entry", entry.id)
    rows = list(ChangeLog.select().where(ChangeLog.id > start, ChangeLog.kind == "entry"))
    assert [(r.item_id, r.op, r.who, r.changes) for r in rows] == [
        (entry.id, "delete", login(), None)
    ]


@pytest.mark.file_only
def test_another_program_writing_the_file_still_works_and_signs_nothing(journal):
    entry = an_entry(a_customer(), title="Avant")
    other = sqlite3.connect(journal)
    with other:
        other.execute(f"UPDATE entry SET title = 'Après' WHERE id = {entry.id}")
    other.close()
    last = history.entry_history(entry.id)[-1]
    assert (last.who, last.field, last.old, last.new) == (None, "title", "Avant", "Après")
    assert history.who_label(last) == "another program"


def test_the_command_line_prints_the_history_and_json(journal, capsys):
    entry = an_entry(a_customer(), title="Four froid")
    entries.edit_entry(entry.id, title="Four tiède")
    who = login()
    close_journal()
    assert main(["--db", str(journal), "entry", "history", str(entry.id)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(f"\t{who}\tCreated")
    assert out[-1].endswith(f"\t{who}\tTitle: Four froid → Four tiède")
    assert main(["--db", str(journal), "entry", "history", str(entry.id), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[-1] | {"at": None} == {
        "at": None,
        "who": who,
        "item": "entry",
        "id": entry.id,
        "what": "changed",
        "field": "title",
        "from": "Four froid",
        "to": "Four tiède",
    }
    assert main(["--db", str(journal), "entry", "history", "999"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_french_names_the_fields(journal, capsys, monkeypatch):
    entry = an_entry(a_customer(), title="Four")
    entries.resolve_entry(entry.id, "Réparé")
    close_journal()
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert main(["--db", str(journal), "entry", "history", str(entry.id)]) == 0
    out = capsys.readouterr().out
    assert "Statut\u00a0: Ouverte → Résolue" in out and "Création" in out


def test_erasure_leaves_none_of_the_persons_words_in_the_log(fake_clock):
    zoe = people.add_person("Zoë Quintaverde", "customer")
    entry = an_entry(zoe, title="Xylophrasique", tags="zorglubesque")
    entries.edit_entry(entry.id, title="Xylophrasique bis", details="pâtisserïe", tags="")
    entries.respond(entry.id, "Wumbleton rappelée")
    answer = entries.responses(entry.id)[0]
    db.execute_sql(
        "UPDATE response SET text = %s WHERE id = %s"
        if on_server()
        else "UPDATE response SET text = ? WHERE id = ?",
        ("Wumbleton encore", answer.id),
    )
    promise = a_promise(zoe, what="Brioche Quintaverde")
    promises.edit_promise(promise.id, what="Brioche Quintaverde offerte")
    item = a_followup("Rappeler Quintaverde", person=zoe)
    followups.edit_followup(item.id, title="Rappeler Quintaverde demain")
    raw = json.dumps([list(map(str, r)) for r in ChangeLog.select().tuples()], ensure_ascii=False)
    assert "Xylophrasique" in raw and "Wumbleton" in raw and "Quintaverde" in raw
    erase_person(zoe)
    raw = json.dumps([list(map(str, r)) for r in ChangeLog.select().tuples()], ensure_ascii=False)
    for word in ("Xylophrasique", "Wumbleton", "Quintaverde", "zorglubesque", "pâtisserïe"):
        assert word not in raw
    assert ("entry", entry.id, "delete") in [(r.kind, r.item_id, r.op) for r in ChangeLog.select()]


def test_copies_and_exports_carry_the_history(tmp_path):
    entry = an_entry(a_customer(), title="Four froid")
    entries.edit_entry(entry.id, title="Four tiède")
    before = said(history.entry_history(entry.id))
    who = login()
    out = json_export.export_json(tmp_path / "export.json")
    close_journal()
    open_journal(tmp_path / "fresh.db")
    json_export.import_json(out)
    assert said(history.entry_history(entry.id)) == before
    assert {line.who for line in history.entry_history(entry.id)} == {who}
    close_journal()
    assert main(["--db", str(tmp_path / "fresh.db"), "copy-to", str(tmp_path / "copy.db")]) == 0
    open_journal(tmp_path / "copy.db")
    assert said(history.entry_history(entry.id)) == before
    assert {line.who for line in history.entry_history(entry.id)} == {who}


def test_the_detail_pane_shows_the_history(qtbot, fake_clock):
    entry = an_entry(a_customer("Zoë"), title="Four froid")
    entries.edit_entry(entry.id, title="Four tiède")
    _window, page = open_page(qtbot, "journal")
    detail = page.detail
    detail.show_entry(entry.id)
    assert not detail.changes.isVisible()
    detail.changes_toggle.click()
    assert detail.changes.isVisible()
    text = detail.changes.text()
    assert text.startswith("2 changes")
    assert "Title: Four froid → Four tiède" in text and login() in text
    entries.edit_entry(entry.id, priority="urgent")
    detail.show_entry(entry.id)  # shown again after a change: still unfolded, up to date
    assert detail.changes.text().startswith("3 changes")
    assert "Priority: Normal → Urgent" in detail.changes.text()
