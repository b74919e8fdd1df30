"""No label anywhere shows a literal "&" where a shortcut letter was meant ("&Qui", "J'ai &promis"):
every page of the window and the dialogs, in English and in French. A QLabel underlines its letter
only when it has a buddy to jump to; without one, it prints the ampersand."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt namespace has mightBeRichText
from PySide6.QtWidgets import QLabel, QWidget

from cxjournal.demo import fill_demo
from cxjournal.store.models import Entry, Person
from cxjournal.ui.pages import PAGE_MODULES
from cxjournal.ui.shell.main_window import MainWindow
from cxjournal.ui.shell.translation import install_gui_translators

_MNEMONIC = re.compile(r"&(?!&)(?![a-zA-Z#0-9]+;)")  # not "&&", not an entity such as &amp;


def literal_ampersands(root: QWidget) -> list[str]:
    """Texts of labels under ``root`` that would show a lone "&" as it is."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        )
        if rich or label.buddy() is not None:
            continue  # rich text shows "&amp;" as "&"; a buddy turns "&x" into a shortcut
        if _MNEMONIC.search(text.replace("&&", "")):
            found.append(text)
    return found


@pytest.fixture(params=["en", "fr"])
def language(request, qtbot):
    install_gui_translators(QCoreApplication.instance(), request.param)
    yield request.param
    install_gui_translators(QCoreApplication.instance(), "en")


def test_no_page_shows_a_literal_ampersand(qtbot, fake_clock, language):
    fill_demo(people=20, entries=60, months=2, seed=5, lang=language)
    window = MainWindow()
    qtbot.addWidget(window)
    found = {}
    for key in PAGE_MODULES:
        page = window.show_page(key)
        if literal_ampersands(page):
            found[key] = literal_ampersands(page)
    assert found == {}


def test_no_dialog_shows_a_literal_ampersand(qtbot, fake_clock, language):
    from cxjournal.ui.dialogs.followup_dialog import FollowUpDialog
    from cxjournal.ui.dialogs.person_dialog import PersonDialog
    from cxjournal.ui.dialogs.promise_dialog import PromiseDialog
    from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog
    from cxjournal.ui.dialogs.resolve_dialog import ResolveDialog
    from cxjournal.ui.dialogs.welcome import WelcomeDialog

    fill_demo(people=10, entries=20, months=1, seed=5, lang=language)
    entry = Entry.select().order_by(Entry.id).first()
    dialogs = [
        QuickCaptureDialog(),
        ResolveDialog(entry.id),
        PersonDialog("customer", Person.select().first()),
        PromiseDialog(),
        FollowUpDialog(),
        WelcomeDialog(),
    ]
    found = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        if literal_ampersands(dialog):
            found[type(dialog).__name__] = literal_ampersands(dialog)
    assert found == {}


def test_the_check_finds_a_label_without_its_field(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    QLabel("&Qui", root)
    QLabel("Fleurs && Co", root)  # a real ampersand, written twice: fine
    QLabel("<b>Dupont &amp; Fils</b>", root)  # rich text: fine
    with_buddy = QLabel("&Type", root)
    with_buddy.setBuddy(QLabel(root))
    assert literal_ampersands(root) == ["&Qui"]
