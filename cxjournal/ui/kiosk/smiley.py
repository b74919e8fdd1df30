"""The four smiley buttons, drawn with QPainter (no image files to ship or scale): a coloured face
whose mouth goes from a frown (1, very unhappy) to a wide smile (4, very happy)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

FACE_COLOURS = {1: "#d64541", 2: "#f39c34", 3: "#9bc53d", 4: "#2e9e4f"}
# How far the mouth's middle sits below (+) or above (-) its corners, as a share of the face.
MOUTH_CURVE = {1: -0.16, 2: -0.06, 3: 0.08, 4: 0.18}


def score_name(score: int) -> str:
    """The spoken name of a score (accessible name and tooltip)."""
    names = {
        1: QCoreApplication.translate("kiosk", "Very unhappy"),
        2: QCoreApplication.translate("kiosk", "Unhappy"),
        3: QCoreApplication.translate("kiosk", "Happy"),
        4: QCoreApplication.translate("kiosk", "Very happy"),
    }
    return names[score]


class SmileyButton(QPushButton):
    """A large square button showing one face; ``score`` is 1 to 4."""

    def __init__(self, score: int, minimum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = score
        self.setAccessibleName(score_name(score))
        self.setAccessibleDescription(
            QCoreApplication.translate("kiosk", "Key {key}").format(key=score)
        )
        self.setToolTip(score_name(score))
        self.setMinimumSize(minimum, minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFlat(True)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) * 0.9
        face = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pressed = self.isDown()
        colour = QColor(FACE_COLOURS[self.score])
        painter.setBrush(colour.darker(120) if pressed else colour)
        outline = QColor("#1b1b1b") if self.hasFocus() else colour.darker(140)
        painter.setPen(QPen(outline, max(2.0, side * (0.04 if self.hasFocus() else 0.015))))
        painter.drawEllipse(face)
        self._features(painter, face)

    def _features(self, painter: QPainter, face: QRectF) -> None:
        side = face.width()
        ink = QColor("#1b1b1b")
        painter.setBrush(ink)
        painter.setPen(Qt.PenStyle.NoPen)
        eye = side * 0.09
        for x in (0.34, 0.66):
            centre = QPointF(face.left() + side * x, face.top() + side * 0.38)
            painter.drawEllipse(centre, eye / 2, eye * 0.65)
        mouth = QPainterPath()
        y = face.top() + side * (0.68 if self.score >= 3 else 0.74)
        left, right = face.left() + side * 0.27, face.left() + side * 0.73
        mouth.moveTo(left, y)
        bend = side * MOUTH_CURVE[self.score] * 2
        mouth.quadTo(QPointF(face.center().x(), y + bend), QPointF(right, y))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(ink, side * 0.06)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(mouth)
