"""Drawing a namesake's name in a narrow column: "Amélie Richard (amelie.richard102@example.fr)"
cut at its end reads "Amélie Richard (…" for both namesakes; here the detail in brackets is cut in
its middle instead, so what tells them apart ("…102@…") stays on screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


def fitted_name(text: str, width: int, metrics) -> str:
    """``text`` as it fits in ``width`` pixels: whole; "name (…tail)" for a namesake's name with
    its detail cut at its start; else cut at its end as a table does."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    name, bracket, detail = text.partition(" (")
    if bracket and detail.endswith(")"):
        detail = detail[:-1]
        room = width - metrics.horizontalAdvance(f"{name} ()")
        if metrics.horizontalAdvance(detail) > room and "@" in detail:
            # an e-mail's domain is what namesakes share most often: its mailbox tells them apart
            mailbox = detail.split("@", 1)[0]
            fits = metrics.horizontalAdvance(f"{mailbox}@…") <= room
            detail = f"{mailbox}@…" if fits else mailbox
        if room >= metrics.horizontalAdvance("…") * 3:
            # the end of a mailbox or a name differs most often ("amelie.richard102")
            detail = metrics.elidedText(detail, Qt.TextElideMode.ElideLeft, room)
            shown = f"{name} ({detail})"
            if metrics.horizontalAdvance(shown) <= width:
                return shown
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class NamesakeDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget)
        width = option.rect.width() - 2 * (margin + 1)
        option.text = fitted_name(option.text, width, option.fontMetrics)
