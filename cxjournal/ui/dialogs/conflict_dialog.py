"""Someone else changed what you were editing: their version and yours side by side, field by field,
before anyone chooses to reload theirs or keep yours (overwriting it knowingly)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxjournal.changes import Kind
from cxjournal.errors import EditConflict
from cxjournal.ui.shell.bus import remember_edit
from cxjournal.ui.widgets.feedback import write_waiting

T = TypeVar("T")
THEIRS, MINE = "theirs", "mine"


class ConflictDialog(QDialog):
    """Shows an ``EditConflict``; ``choice`` is ``THEIRS``, ``MINE`` or None (Escape: keep editing)."""

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Changed by someone else"))
        count = len(conflict.conflicts)
        intro = QLabel(
            self.tr(
                "Someone else changed %n field(s) while you were editing. Their version is saved; "
                "yours is not yet.",
                "",
                count,
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Their version (saved)")), 0, 1)
        grid.addWidget(QLabel(self.tr("Your version")), 0, 2)
        for row, item in enumerate(conflict.conflicts, start=1):
            name = QLabel(item.label)
            name.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            for column, text, whose in (
                (1, item.theirs_text, self.tr("Their version")),
                (2, item.mine_text, self.tr("Your version")),
            ):
                shown = QPlainTextEdit(text)
                shown.setReadOnly(True)  # readable and selectable, with the keyboard too
                shown.setObjectName(f"{item.field}-{'theirs' if column == 1 else 'mine'}")
                shown.setAccessibleName(f"{item.label}: {whose}")
                shown.setMaximumHeight(80)
                shown.setTabChangesFocus(True)
                grid.addWidget(shown, row, column)
        buttons = QDialogButtonBox()
        self.theirs_button = buttons.addButton(
            self.tr("Use &theirs (reload)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.mine_button = buttons.addButton(
            self.tr("&Keep mine"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.theirs_button.clicked.connect(lambda: self._choose(THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(MINE))
        buttons.rejected.connect(self.reject)
        self.theirs_button.setDefault(True)  # Enter takes the safe way: nothing is overwritten
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_about_conflict(parent: QWidget | None, conflict: EditConflict) -> str | None:
    """Show the conflict and wait: ``THEIRS``, ``MINE`` or None (go back to editing)."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.choice


def edited(loaded: dict, typed: dict) -> tuple[dict, dict]:
    """The fields the person changed (``typed`` differs from what was ``loaded``), and the base of
    that edit: what was loaded for those fields."""
    changes = {key: value for key, value in typed.items() if value != loaded.get(key)}
    return changes, {key: loaded.get(key) for key in changes}


def save_edit(
    parent: QWidget | None,
    action: Callable[..., T],
    item: object,
    changes: dict,
    base: dict,
    reload: Callable[[tuple[str, ...]], None],
    *,
    kind: Kind | None = None,
) -> T | None:
    """Run the edit ``action`` with its ``base``; on a conflict, ask. Theirs: ``reload`` is called
    with the fields to read again (what was typed in the others stays) and None returned. Mine:
    saved again with what is stored now as the base. Escape: None, everything typed kept. Other
    errors are the caller's to show. Saved, the edit goes on the window's undo stack (``kind``:
    what it changed), from the values it replaced."""
    while True:
        try:
            saved = write_waiting(action, item, base=base, **changes)
        except EditConflict as conflict:
            choice = ask_about_conflict(parent, conflict)
            if choice == MINE:
                base = {**base, **conflict.theirs()}
                continue
            if choice == THEIRS:
                reload(tuple(c.field for c in conflict.conflicts))
            return None
        if kind is not None:
            item_id = item if isinstance(item, int) else item.get_id()
            remember_edit(action, item_id, base, changes, kind)
        return saved
