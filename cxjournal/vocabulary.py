"""The fixed words of a journal (sides, kinds, channels, statuses, priorities) and their display labels.

Codes are stored in the database and used on the command line; labels are what a person reads and go
through ``tr`` so that French and English both work.
"""

from __future__ import annotations

from cxjournal.i18n import current_translator, tr

CUSTOMER = "customer"
STAFF = "staff"
SIDES = (CUSTOMER, STAFF)

CUSTOMER_KINDS = ("complaint", "praise", "suggestion", "question", "request")
STAFF_KINDS = ("concern", "request", "idea", "praise", "check-in")
KINDS_BY_SIDE = {CUSTOMER: CUSTOMER_KINDS, STAFF: STAFF_KINDS}
ALL_KINDS = tuple(dict.fromkeys(CUSTOMER_KINDS + STAFF_KINDS))
# Kinds that are problems to answer: they raise reminders and count as "opened" in reports.
PROBLEM_KINDS = {CUSTOMER: "complaint", STAFF: "concern"}

CHANNELS = ("in-person", "phone", "email", "online-review", "survey", "meeting", "other")

OPEN, IN_PROGRESS, RESOLVED, CLOSED = "open", "in-progress", "resolved", "closed"
WAITING = "waiting"  # on the customer, a supplier, someone: the response targets' clock stops
ENTRY_STATUSES = (OPEN, IN_PROGRESS, WAITING, RESOLVED, CLOSED)
ACTIVE_ENTRY_STATUSES = (OPEN, IN_PROGRESS, WAITING)

PRIORITIES = {1: "low", 2: "normal", 3: "high", 4: "urgent"}
PRIORITY_BY_NAME = {name: level for level, name in PRIORITIES.items()}

PROMISE_OPEN, KEPT, BROKEN, CANCELLED = "open", "kept", "broken", "cancelled"
PROMISE_STATUSES = (PROMISE_OPEN, KEPT, BROKEN, CANCELLED)

CADENCES = ("none", "weekly", "fortnightly", "monthly", "quarterly")

ANONYMOUS = "anonymous"  # who an entry with no person is about (a walk-in who gave no name)
NO_ONE = "—"  # a follow-up about nobody in particular: a dash, so the cell is not taken for missing


_cached_labels: tuple[object, dict[str, str]] = (None, {})


def _labels() -> dict[str, str]:
    """The labels in the language of the translator in use (the app's, or a report's), built once
    per translator."""
    global _cached_labels
    translator = current_translator()
    if _cached_labels[0] is not translator:
        _cached_labels = (translator, _build_labels())
    return _cached_labels[1]


def _build_labels() -> dict[str, str]:
    return {
        CUSTOMER: tr("Customer", "vocabulary"),
        STAFF: tr("Staff", "vocabulary"),
        "complaint": tr("Complaint", "vocabulary"),
        "praise": tr("Praise", "vocabulary"),
        "suggestion": tr("Suggestion", "vocabulary"),
        "question": tr("Question", "vocabulary"),
        "request": tr("Request", "vocabulary"),
        "concern": tr("Concern", "vocabulary"),
        "idea": tr("Idea", "vocabulary"),
        "check-in": tr("Check-in", "vocabulary"),
        "in-person": tr("In person", "vocabulary"),
        "phone": tr("Phone", "vocabulary"),
        "email": tr("Email", "vocabulary"),
        "online-review": tr("Online review", "vocabulary"),
        "survey": tr("Survey", "vocabulary"),
        "meeting": tr("Meeting", "vocabulary"),
        "other": tr("Other", "vocabulary"),
        "open": tr("Open", "vocabulary"),
        "in-progress": tr("In progress", "vocabulary"),
        WAITING: tr("Waiting", "vocabulary"),
        "resolved": tr("Resolved", "vocabulary"),
        "closed": tr("Closed without action", "vocabulary"),
        "kept": tr("Kept", "vocabulary"),
        "broken": tr("Broken", "vocabulary"),
        "cancelled": tr("Cancelled", "vocabulary"),
        "low": tr("Low", "vocabulary"),
        "normal": tr("Normal", "vocabulary"),
        "high": tr("High", "vocabulary"),
        "urgent": tr("Urgent", "vocabulary"),
        "none": tr("No check-ins", "vocabulary"),
        "weekly": tr("Weekly", "vocabulary"),
        "fortnightly": tr("Every two weeks", "vocabulary"),
        "monthly": tr("Monthly", "vocabulary"),
        "quarterly": tr("Quarterly", "vocabulary"),
        ANONYMOUS: tr("Anonymous", "vocabulary"),
    }


def label(code: str | int | None) -> str:
    """Human label of a stored code (a priority level may be given as its number)."""
    if code is None:
        return ""
    if isinstance(code, int):
        code = PRIORITIES.get(code, str(code))
    return _labels().get(code, code)


def who(name: str | None) -> str:
    """The name shown for whom an entry is about: the same word everywhere when it has nobody."""
    return name or label(ANONYMOUS)


def _build_field_labels() -> dict[str, str]:
    return {
        "person_id": tr("Person", "vocabulary"),
        "side": tr("Side", "vocabulary"),
        "kind": tr("Kind", "vocabulary"),
        "channel": tr("Channel", "vocabulary"),
        "occurred_at": tr("Date", "vocabulary"),
        "title": tr("Title", "vocabulary"),
        "details": tr("Details", "vocabulary"),
        "satisfaction": tr("Satisfaction", "vocabulary"),
        "priority": tr("Priority", "vocabulary"),
        "status": tr("Status", "vocabulary"),
        "first_response_at": tr("First response", "vocabulary"),
        "resolved_at": tr("Resolved or closed on", "vocabulary"),
        "resolution": tr("Resolution", "vocabulary"),
        "confidential": tr("Confidential", "vocabulary"),
        "waiting_on": tr("Waiting on", "vocabulary"),
        "waits": tr("Waiting periods", "vocabulary"),
        "message_id": tr("E-mail message", "vocabulary"),
        "deleted_at": tr("In the trash since", "vocabulary"),
        "tags": tr("Tags", "vocabulary"),
        "entry_id": tr("Entry", "vocabulary"),
        "at": tr("Date", "vocabulary"),
        "text": tr("Response", "vocabulary"),
        "what": tr("Promise", "vocabulary"),
        "made_at": tr("Made on", "vocabulary"),
        "due_date": tr("Due", "vocabulary"),
        "original_due_date": tr("First due date", "vocabulary"),
        "fulfilled_at": tr("Kept, broken or cancelled on", "vocabulary"),
        "note": tr("Note", "vocabulary"),
        "due_at": tr("Due", "vocabulary"),
        "rrule": tr("Repeats", "vocabulary"),
        "series_start": tr("Series start", "vocabulary"),
        "snoozed_until": tr("Snoozed until", "vocabulary"),
        "series": tr("Series", "vocabulary"),
        "done_at": tr("Done on", "vocabulary"),
        "promise_id": tr("Promise", "vocabulary"),
        "department_id": tr("Department", "vocabulary"),
        "notes": tr("Notes", "vocabulary"),
        "origin": tr("Origin", "vocabulary"),
        "assigned_to": tr("Assigned to", "vocabulary"),
    }


_cached_fields: tuple[object, dict[str, str]] = (None, {})


def field_label(column: str) -> str:
    """What a field of an entry, response, promise or follow-up is called (the history of changes
    names them), in the language of the translator in use."""
    global _cached_fields
    translator = current_translator()
    if _cached_fields[0] is not translator:
        _cached_fields = (translator, _build_field_labels())
    return _cached_fields[1].get(column, column)
