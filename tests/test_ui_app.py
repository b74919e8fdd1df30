"""Starting the app: one instance per journal, a refused file with choices (left untouched), the
first-run welcome, the crash log, and the menu bar."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QDialog

from cxjournal.services import settings
from cxjournal.services.people import add_person
from cxjournal.store.connection import close_journal, database_path, open_journal
from cxjournal.ui.dialogs import refused_dialog, welcome
from cxjournal.ui.shell import app as app_module
from cxjournal.ui.shell import crash_log
from cxjournal.ui.shell.main_window import MainWindow
from cxjournal.ui.shell.single_instance import SingleInstance, instance_key


def test_a_second_instance_on_the_same_journal_wakes_the_first(qtbot, tmp_path):
    path = tmp_path / "shop.db"
    first = SingleInstance(path)
    assert first.claim()
    try:
        second = SingleInstance(tmp_path / "." / "shop.db")  # same file, other spelling
        with qtbot.waitSignal(first.wake_requested, timeout=3000):
            assert not second.claim()
        other = SingleInstance(tmp_path / "other.db")
        assert other.claim()  # another journal is another instance
        other.release()
    finally:
        first.release()
    again = SingleInstance(path)
    assert again.claim()  # released on exit: the next start owns it
    again.release()
    assert instance_key(path) != instance_key(tmp_path / "other.db")


# The second launch is another process, as in real use. A thread of this process would share
# its interpreter lock, which the first instance holds while it waits for the knock's bytes, so
# the knock could not be written until that wait gave up: the test failed about one run in ten.
SECOND_LAUNCH = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from cxjournal.ui.shell.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(Path(sys.argv[1]))
print("started", flush=True)
print(guard.claim(), flush=True)
"""


def test_a_launch_while_the_first_window_is_still_starting_waits_for_its_answer(qtbot, tmp_path):
    # The first instance answers only once its window is painted; a second launch in that moment
    # keeps knocking instead of quitting with nothing on screen.
    path = tmp_path / "shop.db"
    first = SingleInstance(path)
    assert first.claim(listen=False)
    second = subprocess.Popen(
        [sys.executable, "-c", SECOND_LAUNCH, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert second.stdout.readline().split() == ["started"]
        with qtbot.waitSignal(first.wake_requested, timeout=5000):
            qtbot.wait(400)  # the second launch finds nobody answering yet
            assert second.poll() is None
            first.listen()
        out, _ = second.communicate(timeout=10)
    finally:
        first.release()
        if second.poll() is None:
            second.kill()
    assert out.split() == ["False"]


def test_a_refused_file_is_untouched_and_another_can_be_opened(qtbot, tmp_path, monkeypatch):
    close_journal()
    broken = tmp_path / "journal.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)  # a damaged file
    before = hashlib.sha256(broken.read_bytes()).hexdigest()
    reasons = []
    answers = iter([refused_dialog.OPEN])
    monkeypatch.setattr(
        refused_dialog,
        "ask_after_refusal",
        lambda reason, parent=None, **_: reasons.append(reason) or next(answers),
    )
    fresh = tmp_path / "fresh.db"
    monkeypatch.setattr(refused_dialog, "pick_journal", lambda start, parent=None: fresh)
    assert app_module._open_with_choices(broken) == fresh
    assert database_path() == fresh
    assert "left untouched" in reasons[0]
    assert hashlib.sha256(broken.read_bytes()).hexdigest() == before


def test_quitting_at_a_refused_file_opens_nothing(qtbot, tmp_path, monkeypatch):
    close_journal()
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a journal", encoding="utf-8")
    monkeypatch.setattr(
        refused_dialog, "ask_after_refusal", lambda reason, parent=None, **_: "quit"
    )
    assert app_module._open_with_choices(foreign) is None
    assert database_path() is None
    assert foreign.read_text(encoding="utf-8") == "not a journal"


@pytest.mark.file_only
def test_a_new_journal_can_be_created_at_a_refused_file(qtbot, tmp_path, monkeypatch):
    close_journal()
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a journal", encoding="utf-8")
    answers = iter([refused_dialog.NEW])
    monkeypatch.setattr(
        refused_dialog, "ask_after_refusal", lambda reason, parent=None, **_: next(answers)
    )
    fresh = tmp_path / "nouveau.db"
    monkeypatch.setattr(refused_dialog, "pick_new_journal", lambda start, parent=None: fresh)
    assert app_module._open_with_choices(foreign) == fresh
    assert database_path() == fresh and fresh.stat().st_size > 0
    assert foreign.read_text(encoding="utf-8") == "not a journal"


def test_the_refused_dialog_offers_a_new_journal_and_says_untouched_once(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def click_create(box):
        shown.append(f"{box.text()} {box.informativeText()}")
        next(b for b in box.buttons() if b.text() == "Create a new journal…").click()

    monkeypatch.setattr(QMessageBox, "exec", click_create)
    reason = "notes.db is not a CX Journal file. It was left untouched."
    assert refused_dialog.ask_after_refusal(reason) == refused_dialog.NEW
    assert "untouched" in shown[0] and "changed" not in shown[0]


def test_a_new_journal_never_takes_an_existing_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    (tmp_path / "journal.db").write_text("kept", encoding="utf-8")
    names = iter([str(tmp_path / "journal.db"), str(tmp_path / "boulangerie")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(names), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    chosen = refused_dialog.pick_new_journal(tmp_path / "journal.db")
    assert chosen == tmp_path / "boulangerie.db"
    assert warned == [
        "journal.db already exists. Choose a name for the new journal that is not used yet."
    ]
    assert (tmp_path / "journal.db").read_text(encoding="utf-8") == "kept"


@pytest.mark.file_only
def test_refusals_in_french_speak_of_a_journal_file_not_a_database(qtbot, tmp_path):
    import sqlite3

    from PySide6.QtCore import QCoreApplication

    from cxjournal.errors import DatabaseRefusedError
    from cxjournal.ui.shell.translation import install_gui_translators

    close_journal()
    text = tmp_path / "notes.db"
    text.write_text("not a journal", encoding="utf-8")
    other = tmp_path / "compta.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    install_gui_translators(QCoreApplication.instance(), "fr")
    try:
        reasons = []
        for path in (text, other):
            with pytest.raises(DatabaseRefusedError) as refused:
                open_journal(path)
            reasons.append(str(refused.value))
    finally:
        install_gui_translators(QCoreApplication.instance(), "en")
    for reason in reasons:
        assert "fichier journal" in reason and "base de données" not in reason
        assert "n'a pas été modifié" in reason


def test_welcome_on_a_new_journal_saves_name_and_language(qtbot, monkeypatch):
    assert welcome.needs_welcome()

    def fill(dialog):
        dialog.name.setText("  Garage Étoile  ")
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(welcome.WelcomeDialog, "exec", fill)
    assert welcome.run_welcome() is True  # the language changed
    assert settings.get_setting("business_name") == "Garage Étoile"
    assert settings.get_setting("language") == "fr"
    assert not welcome.needs_welcome()


def test_skipping_the_welcome_still_marks_it_done(qtbot, monkeypatch):
    monkeypatch.setattr(welcome.WelcomeDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert welcome.run_welcome() is False
    assert settings.get_setting("business_name") == ""
    assert not welcome.needs_welcome()


def test_no_welcome_on_a_journal_in_use():
    add_person("Amélie Roux", side="customer")
    assert not welcome.needs_welcome()


def test_an_unexpected_error_is_logged_and_shown_politely(qtbot, tmp_path, monkeypatch):
    log = tmp_path / "logs" / "errors.log"
    monkeypatch.setattr(crash_log, "log_path", lambda: log)
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash_log.install_crash_handler(show=shown.append)
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert shown == [log]
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in text and "boom in a slot" not in text  # no message text
    assert "CX Journal" in text


def test_menus_offer_about_and_quit(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "&Help"]
    help_texts = [a.text() for a in window.menus["help"].actions()]
    assert "&About CX Journal" in help_texts  # F1 opens the help page (test_ui_help)
    assert window.about_action.shortcut().isEmpty()
    file_texts = [a.text() for a in window.menus["file"].actions() if a.text()]
    assert file_texts[0] == window.capture_action.text()
    assert file_texts[-1] == "&Quit"
    go = [a.shortcut().toString() for a in window.menus["go"].actions() if not a.isSeparator()]
    assert go[:8] == [f"Ctrl+{n}" for n in range(1, 9)]


@pytest.mark.parametrize("broken", [b"", b"SQLite format 3\x00"])
def test_empty_or_truncated_files(broken, tmp_path, monkeypatch, qtbot):
    """An empty file becomes a new journal; a truncated header is refused and left as it was."""
    close_journal()
    path = tmp_path / "j.db"
    path.write_bytes(broken)
    monkeypatch.setattr(
        refused_dialog, "ask_after_refusal", lambda reason, parent=None, **_: "quit"
    )
    opened = app_module._open_with_choices(path)
    if broken:
        assert opened is None and path.read_bytes() == broken
    else:
        assert opened == path


def test_work_after_the_first_paint_waits_for_it(qtbot):
    from PySide6.QtWidgets import QWidget

    from cxjournal.ui.shell.first_paint import after_first_paint

    window = QWidget()
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append("listen"))
    after_first_paint(window, lambda: calls.append("reminders"))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing ran
    window.show()
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == ["listen", "reminders"]
    after_first_paint(window, lambda: calls.append("late"))  # painted already: runs at once
    qtbot.waitUntil(lambda: calls[-1] == "late")
    window.update()
    qtbot.wait(50)
    assert calls == ["listen", "reminders", "late"]  # once each, not on every paint


def test_the_app_icon_comes_in_every_size_without_the_svg_engine(qtbot):
    from PySide6.QtCore import QSize

    from cxjournal.ui.shell.icons import PNG_SIZES, app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert icon.availableSizes() == [QSize(size, size) for size in PNG_SIZES]
    assert icon.pixmap(QSize(48, 48)).size() == QSize(48, 48)


def test_a_problem_the_owner_can_act_on_is_said_once_not_logged_as_a_crash(
    qtbot, tmp_path, monkeypatch
):
    from cxjournal.errors import JournalDamagedError

    log = tmp_path / "logs" / "errors.log"
    monkeypatch.setattr(crash_log, "log_path", lambda: log)
    shown, said = [], []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash_log.install_crash_handler(show=shown.append, say=said.append)
    for _ in range(3):  # every page that reads the damaged file raises it again
        try:
            raise JournalDamagedError("The journal is damaged; restore a backup.")
        except JournalDamagedError:
            sys.excepthook(*sys.exc_info())
    assert said == ["The journal is damaged; restore a backup."]
    assert shown == [] and not log.exists()


def test_restoring_at_a_refused_file_asks_before_taking_another_journals_backup(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from cxjournal.services import people
    from cxjournal.store.backup import backup_to, backups_folder

    close_journal()
    other = tmp_path / "other.db"
    open_journal(other)
    people.add_person("Quelqu'un d'ailleurs", "customer")
    close_journal()
    mine = tmp_path / "mine.db"
    open_journal(mine)
    backups_folder(mine).mkdir(mode=0o700)
    close_journal()
    open_journal(other)
    theirs = backup_to(backups_folder(mine) / "theirs.db")
    close_journal()
    before = hashlib.sha256(mine.read_bytes()).hexdigest()

    asked = []
    monkeypatch.setattr(refused_dialog, "pick_backup", lambda folder, parent=None: theirs)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    app_module._restore_into(mine)
    assert len(asked) == 1 and "another journal" in asked[0][2]
    assert hashlib.sha256(mine.read_bytes()).hexdigest() == before
    assert database_path() is None

    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    app_module._restore_into(mine)
    assert shown and "restored" in shown[0]
    assert database_path() is None  # the caller opens it again, the usual way
    open_journal(mine)
    assert [p.name for p in people.find_people("")] == ["Quelqu'un d'ailleurs"]


def test_a_server_journal_is_one_instance_whatever_its_spelling_and_never_by_its_password(
    qtbot, monkeypatch
):
    from cxjournal.store.location import parse_server_address

    monkeypatch.delenv("PGHOST", raising=False)
    monkeypatch.delenv("PGPORT", raising=False)
    monkeypatch.setenv("PGUSER", "marie")
    monkeypatch.setenv("PGPASSWORD", "secret")
    key = instance_key(parse_server_address("postgresql://marie@localhost:5432/shop"))
    for spelling in (
        "postgresql:///shop",
        "postgresql://127.0.0.1/shop?sslmode=require",
        "postgres://MARIE@LOCALHOST:5432/shop".replace("MARIE", "marie"),
    ):
        assert instance_key(parse_server_address(spelling)) == key, spelling
    monkeypatch.setenv("PGPASSWORD", "other")
    assert instance_key(parse_server_address("postgresql:///shop")) == key
    for other in (
        "postgresql://marie@localhost/bakery",
        "postgresql://paul@localhost/shop",
        "postgresql://marie@localhost:5433/shop",
        "postgresql://marie@backoffice.lan/shop",
    ):
        assert instance_key(parse_server_address(other)) != key, other
    guard = SingleInstance(parse_server_address("postgresql:///shop"))
    assert guard.claim()
    try:
        second = SingleInstance(parse_server_address("postgresql://localhost/shop"))
        with qtbot.waitSignal(guard.wake_requested, timeout=3000):
            assert not second.claim()
    finally:
        guard.release()
