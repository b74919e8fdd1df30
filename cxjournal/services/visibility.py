"""What reminders, the Today page and the calendar may show of a follow-up, a promise or a problem.

The one home of the privacy rule: a follow-up about a person or an entry in the trash is not shown;
a follow-up is confidential through its entry, or through a promise made about a confidential entry;
a promise is confidential through its entry; a confidential item is shown under a generic heading
instead of its own words unless the owner ticked "confidential in reminders".
"""

from __future__ import annotations

from typing import NamedTuple

from cxjournal.i18n import tr
from cxjournal.services import followups
from cxjournal.services.settings import get_flag
from cxjournal.store.models import Entry, FollowUp, Promise

FOLLOWUP, PROMISE, COMPLAINT, CONCERN = "followup", "promise", "complaint", "concern"


class Confidential(NamedTuple):
    """Ids of the confidential entries and of the promises made about one (trashed ones too)."""

    entries: frozenset[int] = frozenset()
    promises: frozenset[int] = frozenset()

    def followup(self, item: FollowUp) -> bool:
        return item.entry_id in self.entries or item.promise_id in self.promises

    def promise(self, promise_id: int) -> bool:
        return promise_id in self.promises


def confidential_ids() -> Confidential:
    """Read once per list, so each item is then checked without a query."""
    entries = frozenset(
        e.id
        for e in Entry.select(Entry.id).where(Entry.confidential == True)  # noqa: E712
    )
    if not entries:
        return Confidential()
    promises = frozenset(
        p.id for p in Promise.select(Promise.id).where(Promise.entry.in_(list(entries)))
    )
    return Confidential(entries, promises)


def show_confidential_text() -> bool:
    """The owner's choice to see a confidential item's own words in reminders and on Today."""
    return get_flag("confidential_in_reminders")


def heading(kind: str, text: str, confidential: bool, show_text: bool) -> str:
    """``text``, or the generic heading of ``kind`` when it is confidential and not to be shown."""
    if not confidential or show_text:
        return text
    generic = {
        FOLLOWUP: tr("Confidential follow-up"),
        PROMISE: tr("Confidential promise"),
        COMPLAINT: tr("Confidential complaint"),
        CONCERN: tr("Confidential concern"),
    }
    return generic[kind]


def about_trashed(item: FollowUp) -> bool:
    """True when the follow-up is about a person or an entry in the trash: it is not shown."""
    person = followups.followup_person(item)
    if person is not None and person.deleted_at is not None:
        return True
    return bool(item.entry_id and item.entry.deleted_at is not None)


class ShownFollowup(NamedTuple):
    title: str  # its own words, or the generic heading
    person: str  # whom it is about, else its department ("" for neither)
    confidential: bool


def shown_followup(
    item: FollowUp, confidential: Confidential, show_text: bool
) -> ShownFollowup | None:
    """How a follow-up is shown in reminders and on Today; None when it is not shown at all."""
    if about_trashed(item):
        return None
    hidden = confidential.followup(item)
    who = followups.followup_about(item)
    return ShownFollowup(heading(FOLLOWUP, item.title, hidden, show_text), who, hidden)
