"""A line edit for choosing a person by name with completion ("Amélie Durand (Boulangerie)"); two
people with the same name are told apart by organisation, department or e-mail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from cxjournal.names import sort_key
from cxjournal.services.people import distinguishing_names, find_people, resolve_person

if TYPE_CHECKING:
    from cxjournal.store.models import Person


class PersonField(QLineEdit):
    def __init__(self, parent: QWidget | None = None, *, side: str | None = None) -> None:
        super().__init__(parent)
        self._by_text: dict[str, int] = {}
        people = find_people(side=side)
        names = distinguishing_names(people)
        for person in people:
            text = names[person.id]
            if text == person.name and person.organisation:
                text = f"{person.name} ({person.organisation})"  # as typed in the shop: the firm
            self._by_text[text] = person.id
        completer = QCompleter(sorted(self._by_text, key=sort_key), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def set_person(self, person: Person | None) -> None:
        if person is None:
            self.clear()
            return
        text = next((t for t, pid in self._by_text.items() if pid == person.id), person.name)
        self.setText(text)

    def person_id(self) -> int | None:
        """The chosen person's id (None if empty); raises a readable error if nobody matches."""
        text = self.text().strip()
        if not text:
            return None
        if text in self._by_text:
            return self._by_text[text]
        return resolve_person(text).id
