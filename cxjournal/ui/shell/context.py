"""What a page, dialog or menu needs from the running app — where the journal is, going to a page
or to one item, the quick capture — handed in when it is built, instead of being found by looking
at the window (git-cola's ``ApplicationContext``). A page built on its own (a test, a preview) gets
``STANDALONE``: it can still read and write the journal, it just goes nowhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cxjournal.store.connection import current_location, database_path
from cxjournal.store.location import ServerAddress

if TYPE_CHECKING:
    from cxjournal.ui.shell.edit_history import EditHistory

# Which page shows each kind of item.
PAGE_FOR = {"followup": "followups", "entry": "journal", "promise": "promises"}


@dataclass(frozen=True)
class AppContext:
    # The journal's file, for what only a file can do (backups, restore); None on a server.
    journal_path: Callable[[], Path | None] = database_path
    # Where the journal is, a file or a server (no password); None when none is open.
    journal_location: Callable[[], Path | ServerAddress | None] = current_location
    show_page: Callable[[str], QWidget] | None = None
    quick_capture_for: Callable[[int | None], None] | None = None
    # The window's undo stack (Edit ▸ Undo takes Ctrl+Z); None: a page on its own keeps its own.
    history: EditHistory | None = None

    def show_item(self, kind: str, item_id: int) -> None:
        """Go to the page holding the item (a follow-up, an entry, a promise) and point at it."""
        key = PAGE_FOR.get(kind)
        if key is not None and self.show_page is not None:
            self.show_page(key).focus_item(kind, item_id)


STANDALONE = AppContext()
