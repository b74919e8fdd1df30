"""Going from an item to the page that shows it (and to the item itself, when the page can)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# Which page shows each kind of item.
PAGE_FOR = {"followup": "followups", "entry": "journal", "promise": "promises"}


def show_item(widget: QWidget, kind: str, item_id: int) -> None:
    """Switch ``widget``'s main window to the page holding the item and point at it."""
    window = widget.window()
    key = PAGE_FOR.get(kind)
    if key is None or not hasattr(window, "show_page"):
        return
    page = window.show_page(key)
    if hasattr(page, "focus_item"):
        page.focus_item(kind, item_id)
