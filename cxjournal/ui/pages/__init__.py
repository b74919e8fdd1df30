"""The pages of the main window, in the order of the side bar; each module defines ``Page``.

A page is a QWidget with ``refresh()`` (reload from the services) and, optionally,
``focus_item(kind, item_id)`` to show one item (used by reminders and search results).
"""

PAGE_MODULES = (
    "today",
    "journal",
    "customers",
    "staff",
    "promises",
    "followups",
    "reports",
    "insights",
    "settings",
)
