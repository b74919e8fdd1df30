"""A small line chart of one monthly series drawn with QPainter: a dot per month with a value, gaps
where a month has none (never drawn as zero), the first and last month named below."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cxjournal.formatting import format_number

INTERNAL_COLOUR = QColor("#2f6f9f")
EXTERNAL_COLOUR = QColor("#c0622b")


class MonthChart(QWidget):
    """``values`` one per month (None: no value), ``labels`` the months' short names."""

    def __init__(self, title: str, colour: QColor, parent=None) -> None:
        super().__init__(parent)
        self.title = title
        self.colour = colour
        self.values: list[float | None] = []
        self.counts: list[int] = []
        self.labels: list[str] = []
        self.lang = "en"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(360, 130)

    def set_series(
        self, values: list[float | None], counts: list[int], labels: list[str], lang: str
    ) -> None:
        self.values, self.counts, self.labels, self.lang = values, counts, labels, lang
        known = [value for value in values if value is not None]
        self.setToolTip(
            "\n".join(
                f"{label}: {'—' if value is None else format_number(value, lang, 1)} ({count})"
                for label, value, count in zip(labels, values, counts, strict=True)
            )
        )
        self.setAccessibleDescription(f"{len(known)}/{len(values)}")
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(0, 0, self.width(), line), self.title)
        plot = QRectF(36, line + 6, self.width() - 44, self.height() - 2 * line - 14)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(plot)
        known = [value for value in self.values if value is not None]
        if self.labels:
            painter.drawText(QRectF(plot.left(), plot.bottom() + 2, 120, line), self.labels[0])
            painter.drawText(
                QRectF(plot.right() - 120, plot.bottom() + 2, 120, line),
                Qt.AlignmentFlag.AlignRight,
                self.labels[-1],
            )
        if not known:
            return
        low, high = min(known), max(known)
        span = (high - low) or 1.0
        for value, y in ((high, plot.top()), (low, plot.bottom())):
            painter.drawText(
                QRectF(0, y - line / 2, 32, line),
                Qt.AlignmentFlag.AlignRight,
                format_number(value, self.lang, 0 if abs(value) >= 10 else 1),
            )
        step = plot.width() / max(len(self.values) - 1, 1)

        def point(index: int, value: float) -> QPointF:
            return QPointF(
                plot.left() + index * step, plot.bottom() - (value - low) / span * plot.height()
            )

        path = QPainterPath()
        drawing = False
        for index, value in enumerate(self.values):
            if value is None:
                drawing = False  # a gap, not a zero
                continue
            if drawing:
                path.lineTo(point(index, value))
            else:
                path.moveTo(point(index, value))
                drawing = True
        painter.setPen(QPen(self.colour, 2))
        painter.drawPath(path)
        painter.setBrush(self.colour)
        for index, value in enumerate(self.values):
            if value is not None:
                painter.drawEllipse(point(index, value), 2.5, 2.5)
