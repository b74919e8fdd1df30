"""A table delegate that marks the searched words in a cell's text (accents ignored like the
search), keeping the view's elision: a cut text still ends in "…" and its marks stop there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cxjournal.matching import match_spans, search_words

MARK = QColor(255, 214, 0, 150)  # a highlighter's yellow, see-through so the selection shows


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_search(self, typed: str) -> None:
        self.words = search_words(typed)

    def spans(self, index: QModelIndex) -> list[tuple[int, int]]:
        """Where the searched words are in this cell's text."""
        return match_spans(str(index.data() or ""), self.words)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        spans = self.spans(index) if self.words else []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        style = opt.widget.style() if opt.widget else None
        if style is None:
            super().paint(painter, option, index)
            return
        opt.text = ""  # the background and selection first, then the marks, then the words
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        area = area.adjusted(3, 0, -3, 0)  # the text margin the style leaves on each side
        metrics = opt.fontMetrics
        shown = metrics.elidedText(text, opt.textElideMode, area.width())
        visible = len(shown) - (1 if shown != text else 0)  # characters before the "…"
        painter.save()
        painter.setFont(opt.font)
        for start, end in spans:
            if start >= visible:
                break
            left = metrics.horizontalAdvance(text[:start])
            width = metrics.horizontalAdvance(text[start : min(end, visible)])
            painter.fillRect(QRect(area.x() + left, area.y() + 2, width, area.height() - 4), MARK)
        selected = opt.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(area, align, shown)
        painter.restore()
