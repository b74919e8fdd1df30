"""The reply templates beside the response box: choosing one fills the response with its text
for the shown entry (name, business, date, promise filled in), and says which status the entry
will take when the response is recorded. Templates are read when the list is opened, never at
the first paint."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from cxjournal import vocabulary as v
from cxjournal.services import reply_templates


class ReplyTemplatePicker(QWidget):
    """A combo of the journal's reply templates; ``chosen(template_id)`` when one is picked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = _LoadingCombo(self)
        self.combo.setAccessibleName(self.tr("Reply template"))
        self.combo.setToolTip(self.tr("Fill the response with one of your reply templates"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_note = QLabel()
        self.status_note.setTextFormat(Qt.TextFormat.PlainText)
        self.status_note.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.status_note, 1)
        self.combo.activated.connect(self._picked)
        self.reset()

    def reset(self) -> None:
        """Back to "Reply template…", nothing chosen (the list is read again when opened)."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Reply template…"), None)
        self.combo.blockSignals(False)
        self.combo.loaded = False
        self.status_note.clear()

    def load(self) -> None:
        """Read the templates now (the list opens, or a test picks one)."""
        try:
            found = reply_templates.list_templates()
        except Exception:  # the journal is busy or gone: the list stays as it was
            return
        chosen = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Reply template…"), None)
        for template in found:
            self.combo.addItem(template.name, (template.id, template.status))
        index = max(0, self.combo.findData(chosen)) if chosen else 0
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.combo.loaded = True

    def template_id(self) -> int | None:
        data = self.combo.currentData()
        return data[0] if data else None

    def pick(self, name: str) -> None:
        """Choose the template called ``name`` as the owner would."""
        self.load()
        index = self.combo.findText(name)
        if index > 0:
            self.combo.setCurrentIndex(index)
            self._picked(index)

    def _picked(self, index: int) -> None:
        data = self.combo.itemData(index)
        if not data:
            self.status_note.clear()
            return
        template_id, status = data
        self.status_note.setText(
            self.tr("Recording it sets the status: {status}").format(status=v.label(status))
            if status
            else ""
        )
        self.chosen.emit(template_id)


class _LoadingCombo(QComboBox):
    """Reads the templates the first time its list opens after a reset."""

    loaded = False

    def showPopup(self) -> None:
        if not self.loaded:
            self.parent().load()
        super().showPopup()
