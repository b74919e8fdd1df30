"""Settings ▸ Reply templates: the owner's ready answers, listed in the order the response box
shows them; add, edit, delete (after a confirmation) and move up or down. Each change is saved at
once through the services (it is not part of the page's Save), and reread when another window or
computer changes them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal import vocabulary as v
from cxjournal.changes import Kind
from cxjournal.services import reply_templates
from cxjournal.ui.widgets.combo import select_code
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.feedback import attempt, attempt_write, confirm


class TemplateDialog(QDialog):
    """Name, text, the status it sets and its language; Save calls the service."""

    def __init__(self, parent: QWidget | None, template=None) -> None:
        super().__init__(parent)
        self.template = template
        self.saved = None
        self.setWindowTitle(
            self.tr("Edit reply template") if template else self.tr("New reply template")
        )
        self.name = QLineEdit(template.name if template else "")
        self.name.setMaxLength(100)
        self.name.setAccessibleName(self.tr("Name"))
        self.text = QPlainTextEdit(template.text if template else "")
        self.text.setAccessibleName(self.tr("Text"))
        self.text.setTabChangesFocus(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status when saved"))
        self.status.addItem(self.tr("Leave it as it is"), "")
        for code in reply_templates.TEMPLATE_STATUSES[1:]:
            self.status.addItem(v.label(code), code)
        select_code(self.status, template.status if template else "")
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in (("", self.tr("Any")), ("fr", "Français"), ("en", "English")):
            self.language.addItem(label, code)
        select_code(self.language, template.language if template else "")
        hint = QLabel(
            self.tr(
                "{name}, {business}, {date} and {promise} are replaced by the person's name, the "
                "business's name, today's date and the entry's promise; other braces stay as "
                "typed."
            )
        )
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Text"), self.text)
        form.addRow("", hint)
        form.addRow(self.tr("&Status when saved"), self.status)
        form.addRow(self.tr("&Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save_cancel_buttons(self, self.save))
        self.resize(520, 360)

    def save(self) -> None:
        values = {
            "name": self.name.text(),
            "text": self.text.toPlainText(),
            "status": self.status.currentData(),
            "language": self.language.currentData(),
        }
        if self.template is None:
            name, text = values.pop("name"), values.pop("text")
            result = attempt_write(
                self, reply_templates.add_template, name, text, changed=Kind.TEMPLATE, **values
            )
        else:
            result = attempt_write(
                self,
                reply_templates.edit_template,
                self.template.id,
                changed=Kind.TEMPLATE,
                **values,
            )
        if result is not None:
            self.saved = result
            self.accept()


class TemplatesSection(QGroupBox):
    """The list of templates and its buttons (owners and managers keep templates)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reply templates"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reply templates"))
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.list.currentRowChanged.connect(self._enable)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move d&own"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        note = QLabel(
            self.tr(
                "Chosen beside the response box of an entry: choosing one fills the response, "
                "and a template with a status gives it to the entry when the response is recorded."
            )
        )
        note.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        self.templates = []
        self.load()

    def load(self, select_id: int | None = None) -> None:
        """Read the templates again, keeping the selection."""
        current = self.selected()
        keep = select_id or (current.id if current else None)
        found = attempt(self, reply_templates.list_templates, changed=None)
        self.templates = found or []
        self.list.clear()
        for template in self.templates:
            label = template.name
            if template.status:
                label += f"  ({v.label(template.status)})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(template.text)
            self.list.addItem(item)
            if template.id == keep:
                self.list.setCurrentItem(item)
        self._enable()

    def selected(self):
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _enable(self) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self.templates)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self.templates) - 1)

    def add(self) -> None:
        dialog = TemplateDialog(self)
        if dialog.exec() and dialog.saved is not None:
            self.load(dialog.saved.id)

    def edit(self) -> None:
        template = self.selected()
        if template is None:
            return
        dialog = TemplateDialog(self, template)
        if dialog.exec() and dialog.saved is not None:
            self.load(template.id)

    def delete(self) -> None:
        template = self.selected()
        if template is None:
            return
        question = self.tr("Delete the reply template “{name}”?").format(name=template.name)
        if not confirm(self, self.tr("Delete reply template"), question):
            return
        attempt_write(self, reply_templates.delete_template, template.id, changed=Kind.TEMPLATE)
        self.load()

    def move(self, step: int) -> None:
        template = self.selected()
        if template is None:
            return
        position = self.list.currentRow() + 1 + step
        attempt_write(
            self, reply_templates.move_template, template.id, position, changed=Kind.TEMPLATE
        )
        self.load(template.id)
