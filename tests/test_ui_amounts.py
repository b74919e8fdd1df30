"""Amounts in the window: the Resolve dialog and the promise dialog take what the owner types
("12,50", "12.50 €"), write it back in the language's format (Qt's QLocale), save whole minor
units, and refuse a negative amount with a message, changing nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from cxjournal.services import promises
from cxjournal.store.models import Entry, Promise
from cxjournal.ui.dialogs.promise_dialog import PromiseDialog
from cxjournal.ui.dialogs.resolve_dialog import ResolveDialog
from cxjournal.ui.widgets.amount_field import shown_amount
from tests.builders import a_customer, a_promise, an_entry
from tests.helpers import show_active

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def french():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def resolve_dialog(qtbot, entry) -> ResolveDialog:
    dialog = ResolveDialog(entry.id, "Remboursé")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_shown_in_the_language_format(french):
    assert shown_amount(123450, "EUR").replace(NNBSP, " ").replace(NBSP, " ") == "1 234,50 €"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert shown_amount(123450, "EUR") == "€1,234.50"


def test_the_resolve_dialog_takes_an_amount_as_typed(qtbot, fake_clock, french):
    entry = an_entry(a_customer(), kind="complaint")
    dialog = resolve_dialog(qtbot, entry)
    qtbot.keyClicks(dialog.amount, "12,5")
    dialog.amount.editingFinished.emit()
    assert dialog.amount.text().replace(NBSP, " ") == "12,50 €"
    dialog.resolve_button.click()
    assert Entry.get_by_id(entry.id).resolution_amount == 1250


def test_a_negative_amount_is_refused_and_nothing_changes(qtbot, fake_clock, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    entry = an_entry(a_customer(), kind="complaint")
    dialog = resolve_dialog(qtbot, entry)
    dialog.amount.setText("-3")
    dialog.resolve_button.click()
    assert said and "negative" in said[0]
    assert dialog.resolved is None
    assert Entry.get_by_id(entry.id).status == "open"
    assert dialog.amount.text() == "-3"  # what was typed stays, to be corrected
    dialog.amount.clear()  # (closing with it would ask first whether to discard it)


def test_the_promise_dialog_makes_and_edits_an_amount(qtbot, fake_clock):
    who = a_customer("Léa")
    dialog = PromiseDialog(person=who)
    qtbot.addWidget(dialog)
    dialog.what.setPlainText("Gâteau offert")
    dialog.amount.setText("8.90 €")
    dialog.accept()
    made = Promise.get_by_id(dialog.promise.id)
    assert made.amount == 890
    editor = PromiseDialog(promise=promises.get_promise(made.id))
    qtbot.addWidget(editor)
    assert editor.amount.text() == "€8.90"
    editor.amount.setText("9,10")
    editor.accept()
    assert Promise.get_by_id(made.id).amount == 910
    cleared = PromiseDialog(promise=promises.get_promise(made.id))
    qtbot.addWidget(cleared)
    cleared.amount.clear()
    cleared.accept()
    assert Promise.get_by_id(made.id).amount is None
    untouched = a_promise(who, amount="5")
    again = PromiseDialog(promise=promises.get_promise(untouched.id))
    qtbot.addWidget(again)
    again.accept()  # nothing changed: nothing written
    assert Promise.get_by_id(untouched.id).amount == 500


def test_the_person_page_promise_dialog_takes_an_amount(qtbot, fake_clock):
    from cxjournal.ui.dialogs import person_item_dialogs

    dialog = person_item_dialogs.PromiseDialog(a_customer("Léa"))
    qtbot.addWidget(dialog)
    dialog.what.setText("Tarte offerte")
    dialog.amount.setText("-2")
    dialog.save()
    assert "negative" in dialog.error.text() and dialog.item is None
    dialog.amount.setText("4,20 €")
    dialog.save()
    assert Promise.get_by_id(dialog.item.id).amount == 420
