"""Schema version 4 repairs journals whose check-ins the old reminder check marked done by itself:
those completions are undone and the follow-ups invented after them removed, nothing a person did."""

from datetime import datetime, timedelta

import pytest

from cxjournal.cli import main
from cxjournal.store import migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Department, Entry, FollowUp, Person, SchemaVersion
from cxjournal.store.repair_checkins import repaired_count

T = datetime(2026, 11, 16, 9, 0)  # when the old window was open, checking every 30 seconds
SEC = timedelta(seconds=30)

# Upgrades a journal file made by an old version (SQLite's user_version): a server journal was
# never at schema version 3.
pytestmark = pytest.mark.file_only


def staff(name: str, department: Department) -> Person:
    return Person.create(side="staff", name=name, department=department, created_at=T, updated_at=T)


def checkin_entry(person: Person, when: datetime) -> None:
    Entry.create(
        person=person,
        side="staff",
        kind="check-in",
        occurred_at=when,
        title="Point",
        created_at=when,
        updated_at=when,
    )


def followup(department, due, created, done=None, series=None) -> FollowUp:
    return FollowUp.create(
        title=f"Check in with {department.name}",
        due_at=due,
        rrule="FREQ=MONTHLY",
        series_start=datetime(2026, 6, 20, 9, 0),
        series=series,
        done_at=done,
        department=department,
        origin="check-in",
        created_at=created,
        updated_at=done or created,
    )


def old_journal_with_invented_checkins() -> dict[str, FollowUp]:
    """Rows as the old code left them: a series the rule completed twice in a row, a completion a
    person made late, one answered by a check-in entry, and another department's early Done."""
    kitchen = Department.create(name="Cuisine", checkin_cadence="monthly", created_at=T - 200 * SEC)
    hall = Department.create(name="Salle", checkin_cadence="monthly", created_at=T - 200 * SEC)
    lea, noe = staff("Léa", kitchen), staff("Noé", hall)
    checkin_entry(lea, datetime(2026, 11, 10, 10, 0))
    rows = {}
    rows["late"] = first = followup(
        kitchen, datetime(2026, 10, 20, 9), T - timedelta(days=60), done=datetime(2026, 10, 21, 10)
    )  # a person's Done, late
    s = first.id
    rows["answered"] = followup(
        kitchen, datetime(2026, 11, 20, 9), datetime(2026, 10, 21, 10), done=T, series=s
    )  # the entry of 11-10 answered it
    rows["invented"] = followup(kitchen, datetime(2026, 12, 20, 9), T, done=T + SEC, series=s)
    rows["second"] = followup(
        kitchen, datetime(2027, 1, 20, 9), T + SEC, done=T + 2 * SEC, series=s
    )
    rows["tail"] = followup(kitchen, datetime(2027, 2, 20, 9), T + 2 * SEC, series=s)
    # Noé's check-in was logged and then the follow-up marked done early: a person's doing.
    checkin_entry(noe, datetime(2026, 11, 16, 9, 59))
    rows["hall"] = followup(
        hall, datetime(2026, 12, 1, 9), T - timedelta(days=20), done=datetime(2026, 11, 16, 10)
    )
    rows["hall_next"] = followup(
        hall, datetime(2027, 1, 1, 9), datetime(2026, 11, 16, 10), series=rows["hall"].id
    )
    return rows


def reopen_as_version_3(journal) -> None:
    SchemaVersion.update(version=3).where(
        SchemaVersion.version == migrations.SCHEMA_VERSION
    ).execute()
    close_journal()
    open_journal(journal)


def test_upgrade_undoes_the_invented_checkins_and_keeps_what_people_did(fake_clock, journal):
    fake_clock.set(datetime(2026, 11, 20, 8, 0))
    rows = old_journal_with_invented_checkins()
    reopen_as_version_3(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert migrations.repaired_on_open == repaired_count() == 2
    left = {f.id: f for f in FollowUp.select()}
    done = {name: left[row.id].done_at for name, row in rows.items() if row.id in left}
    assert done == {
        "late": datetime(2026, 10, 21, 10),
        "answered": T,
        "invented": None,  # open again: the December check-in is still to do
        "hall": datetime(2026, 11, 16, 10),
        "hall_next": None,
    }
    # Each department has one open check-in left, and opening again repairs nothing more.
    open_ones = [f.department.name for f in left.values() if f.done_at is None]
    assert sorted(open_ones) == ["Cuisine", "Salle"]
    close_journal()
    open_journal(journal)
    assert migrations.repaired_on_open == 0 and repaired_count() == 2


def test_the_repair_is_told_once_on_the_command_line_and_always_by_check(
    fake_clock, journal, capsys
):
    old_journal_with_invented_checkins()
    SchemaVersion.update(version=3).where(
        SchemaVersion.version == migrations.SCHEMA_VERSION
    ).execute()
    close_journal()
    assert main(["--db", str(journal), "due"]) == 0
    said = capsys.readouterr().err
    assert ": 2." in said and "Check-in" in said
    assert main(["--db", str(journal), "due"]) == 0
    assert capsys.readouterr().err == ""
    main(["--db", str(journal), "check"])
    assert "undone when this journal was upgraded: 2." in capsys.readouterr().out


def test_the_window_tells_the_repair_once(qtbot, fake_clock, journal):
    from PySide6.QtWidgets import QWidget

    from cxjournal.ui.shell.app import tell_repairs

    old_journal_with_invented_checkins()
    reopen_as_version_3(journal)
    window = QWidget()
    qtbot.addWidget(window)
    box = tell_repairs(window)
    assert box is not None and "upgraded: 2." in box.text() and box.isVisible()
    box.close()
    assert tell_repairs(window) is None
