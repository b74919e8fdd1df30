"""Combo boxes that offer vocabulary codes: filled with the codes' labels, set by code."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from cxjournal import vocabulary as v


def fill_codes(box: QComboBox, codes: Iterable[str], *, blank: str | None = None) -> None:
    """Fill a combo box with vocabulary codes shown by their labels (``blank`` first if given)."""
    box.clear()
    if blank is not None:
        box.addItem(blank, None)
    for code in codes:
        box.addItem(v.label(code), code)


def select_code(box: QComboBox, code: object) -> None:
    """Select the item holding ``code``; the first item when none holds it."""
    box.setCurrentIndex(max(box.findData(code), 0))
