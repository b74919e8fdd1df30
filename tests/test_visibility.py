"""The follow-up privacy rule, tested once where it lives, and the three lists that use it agreeing."""

from datetime import datetime

import pytest

from cxjournal.io.ics_export import open_followups
from cxjournal.services import entries, followups, people, promises, settings
from cxjournal.services import visibility as vis
from cxjournal.services.reminders import due_reminders
from cxjournal.services.today import due_items


def shown(item, show_text=False):
    row = followups.list_followups(state="all")  # loaded as the lists load them
    item = next(f for f in row if f.id == item.id)
    return vis.shown_followup(item, vis.confidential_ids(), show_text)


@pytest.fixture
def lea(fake_clock):
    return people.add_person("Léa Martin", "customer")


def test_a_plain_followup_shows_its_words_and_whom_it_is_about(lea):
    item = followups.add_followup(title="Rappeler", due_at="2026-11-16 10:00", person=lea)
    assert shown(item) == vis.ShownFollowup("Rappeler", "Léa Martin", False)


def test_a_followup_of_a_department_names_the_department(lea):
    kitchen = people.add_department("Cuisine", "none")
    item = followups.add_followup(title="Point", due_at="2026-11-16 10:00", department=kitchen)
    assert shown(item) == vis.ShownFollowup("Point", "Cuisine", False)


@pytest.mark.parametrize("link", ["person", "entry", "promise"])
def test_a_followup_about_a_person_in_the_trash_is_not_shown(lea, link):
    entry = entries.log_entry(kind="complaint", title="Retard", person=lea)
    promise = promises.make_promise(person=lea, what="Rembourser", due="2026-11-20")
    about = {"person": lea, "entry": entry, "promise": promise}[link]
    item = followups.add_followup(title="Rappeler", due_at="2026-11-16 10:00", **{link: about})
    assert shown(item) is not None
    people.trash_person(lea)
    assert shown(item) is None


def test_a_followup_about_an_entry_in_the_trash_is_not_shown(fake_clock):
    walk_in = entries.log_entry(kind="complaint", title="Bruit", side="customer")
    item = followups.add_followup(title="Vérifier", due_at="2026-11-16 10:00", entry=walk_in)
    assert shown(item).title == "Vérifier"
    entries.trash_entry(walk_in)
    assert shown(item) is None


def test_confidential_through_its_entry(lea):
    secret = entries.log_entry(kind="complaint", title="Santé", person=lea, confidential=True)
    item = followups.add_followup(title="Reparler", due_at="2026-11-16 10:00", entry=secret)
    assert shown(item) == vis.ShownFollowup("Confidential follow-up", "Léa Martin", True)
    assert shown(item, show_text=True) == vis.ShownFollowup("Reparler", "Léa Martin", True)


def test_confidential_through_a_promise_made_about_a_confidential_entry(lea):
    secret = entries.log_entry(kind="complaint", title="Santé", person=lea, confidential=True)
    plain = entries.log_entry(kind="complaint", title="Retard", person=lea)
    on_secret = promises.make_promise(person=lea, what="Aménager", due="2026-11-20", entry=secret)
    on_plain = promises.make_promise(person=lea, what="Rembourser", due="2026-11-20", entry=plain)
    hidden = followups.add_followup(title="Vérifier", due_at="2026-11-16 10:00", promise=on_secret)
    open_ = followups.add_followup(title="Relancer", due_at="2026-11-16 10:00", promise=on_plain)
    assert shown(hidden) == vis.ShownFollowup("Confidential follow-up", "Léa Martin", True)
    assert shown(open_) == vis.ShownFollowup("Relancer", "Léa Martin", False)
    ids = vis.confidential_ids()
    assert ids.promise(on_secret.id) and not ids.promise(on_plain.id)


def test_the_generic_heading_of_each_kind_unless_the_text_is_wanted():
    expected = {
        vis.FOLLOWUP: "Confidential follow-up",
        vis.PROMISE: "Confidential promise",
        vis.COMPLAINT: "Confidential complaint",
        vis.CONCERN: "Confidential concern",
    }
    for kind, generic in expected.items():
        assert vis.heading(kind, "Santé", True, False) == generic
        assert vis.heading(kind, "Santé", True, True) == "Santé"
        assert vis.heading(kind, "Santé", False, False) == "Santé"


def test_the_owner_setting_decides_whether_the_text_is_shown(fake_clock):
    assert vis.show_confidential_text() is False
    settings.set_setting("confidential_in_reminders", True)
    assert vis.show_confidential_text() is True


def test_today_reminders_and_the_calendar_agree_on_a_followup_of_a_trashed_entry(fake_clock):
    """The calendar used to keep follow-ups of a trashed entry that Today and reminders left out."""
    walk_in = entries.log_entry(kind="complaint", title="Bruit", side="customer")
    item = followups.add_followup(title="Vérifier", due_at="2026-11-16 08:00", entry=walk_in)
    entries.trash_entry(walk_in)
    fake_clock.set(datetime(2026, 11, 16, 12, 0))
    assert [i.item_id for i in due_items()] == []
    assert [r.target for r in due_reminders()] == []
    assert item.id not in [f.id for f in open_followups()]
    entries.restore_entry(walk_in)
    assert [i.item_id for i in due_items()] == [item.id]
    assert [r.target for r in due_reminders()] == [("followup", item.id)]
    assert [f.id for f in open_followups()] == [item.id]
