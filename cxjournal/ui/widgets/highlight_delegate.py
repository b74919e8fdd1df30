"""A table delegate that marks the searched words in a cell's text (accents ignored like the
search), keeping the view's elision: a cut text still ends in "…" and its marks stop there."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cxjournal.matching import match_spans, search_words

MARK = QColor(255, 214, 0, 150)  # a highlighter's yellow, see-through so the selection shows
_KEPT = 2000  # cells remembered per search: a few screens of the two marked columns


class _Layout(NamedTuple):
    """What painting one marked cell needs once its text and width are known."""

    shown: str  # the text as elided to the width
    marks: list[tuple[int, int]]  # (left, width) of each mark, in pixels from the text's start


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        # Painting runs for every visible cell at every repaint (a hover, a selection, a
        # scroll): a cell's spans and layout are worked out once per search, not per paint.
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._layouts: dict[tuple[str, int, str], _Layout] = {}

    def set_search(self, typed: str) -> None:
        words = search_words(typed)
        if words != self.words:
            self.words = words
            self._spans.clear()
            self._layouts.clear()

    def spans(self, index: QModelIndex) -> list[tuple[int, int]]:
        """Where the searched words are in this cell's text."""
        return self._spans_of(str(index.data() or ""))

    def _spans_of(self, text: str) -> list[tuple[int, int]]:
        spans = self._spans.get(text)
        if spans is None:
            if len(self._spans) >= _KEPT:
                self._spans.clear()
            spans = self._spans[text] = match_spans(text, self.words)
        return spans

    def _layout(self, text: str, spans, metrics, mode, width: int, font_key: str) -> _Layout:
        key = (text, width, font_key)
        layout = self._layouts.get(key)
        if layout is None:
            shown = metrics.elidedText(text, mode, width)
            visible = len(shown) - (1 if shown != text else 0)  # characters before the "…"
            marks = []
            for start, end in spans:
                if start >= visible:
                    break
                left = metrics.horizontalAdvance(text[:start])
                marks.append((left, metrics.horizontalAdvance(text[start : min(end, visible)])))
            if len(self._layouts) >= _KEPT:
                self._layouts.clear()
            layout = self._layouts[key] = _Layout(shown, marks)
        return layout

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
        layout = self._layout(
            text, spans, opt.fontMetrics, opt.textElideMode, area.width(), opt.font.key()
        )
        painter.save()
        painter.setFont(opt.font)
        for left, width in layout.marks:
            painter.fillRect(QRect(area.x() + left, area.y() + 2, width, area.height() - 4), MARK)
        selected = opt.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(area, align, layout.shown)
        painter.restore()
