"""The Settings page: business name and logo (for reports), paper size, language, currency, the
journal's time zone, reminder delays and confidentiality, and where the data file is; saved together
in one transaction, which waits for the journal off the GUI thread (what was typed stays when it
cannot save)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxjournal.changes import Kind
from cxjournal.clock import journal_zone_name
from cxjournal.errors import CXJournalError
from cxjournal.services.accounts import may
from cxjournal.services.settings import SETTINGS, all_settings, set_settings
from cxjournal.ui.pages.settings_after import after_box
from cxjournal.ui.pages.settings_attachments import attachments_box
from cxjournal.ui.pages.settings_country import CountryRow
from cxjournal.ui.pages.settings_hours import HoursBox
from cxjournal.ui.pages.settings_kiosk import KioskSection
from cxjournal.ui.pages.settings_mail import MailSection
from cxjournal.ui.pages.settings_privacy import PrivacySection
from cxjournal.ui.shell import this_computer
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.shell.computer_settings import server_backup_wanted, set_server_backup_wanted
from cxjournal.ui.shell.context import STANDALONE, AppContext
from cxjournal.ui.widgets.combo import select_code
from cxjournal.ui.widgets.feedback import write_waiting

CURRENCIES = ("EUR", "USD", "GBP", "CAD", "CHF", "JPY")
PREVIEW = 64  # logo preview height in pixels


def readable_image(path: str) -> bool:
    """True when ``path`` is a picture file Qt can read (PNG, JPEG, ...), judged by its content."""
    reader = QImageReader(path)
    reader.setDecideFormatFromContent(True)
    return Path(path).is_file() and reader.canRead()


class Page(QWidget):
    SHOWS = frozenset({Kind.SETTING, Kind.DEPARTMENT, Kind.TEMPLATE})

    def __init__(self, context: AppContext = STANDALONE, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self._saved_zone = ""
        self.dirty = False
        body = QWidget()
        body.setMaximumWidth(820)  # a form across a wide screen is hard to read
        column = QVBoxLayout(body)
        # Settings of the whole journal are an owner's; other accounts keep this computer's own.
        self.journal_wide = may("settings")
        column.addWidget(self._business_box())
        column.addWidget(self._reminder_box())
        self.hours_box = HoursBox()
        self.hours_box.changed.connect(self._changed)
        column.addWidget(self.hours_box)
        self.privacy = PrivacySection(context.journal_location, self._changed)
        self.kiosk = KioskSection(self._changed)
        self.mail = MailSection(self._changed)
        for section in (self.privacy, self.kiosk, self.mail):  # the owner's alone
            column.addWidget(section)
            section.setVisible(self.journal_wide)
        from cxjournal.ui.pages.settings_templates import TemplatesSection

        self.templates = TemplatesSection()
        self.templates.setVisible(may("templates"))
        column.addWidget(self.templates)
        column.addWidget(self._data_box())
        column.addWidget(after_box(self))
        column.addWidget(attachments_box(self))
        from cxjournal.ui.pages.settings_keep_in_touch import keep_in_touch_box

        column.addWidget(keep_in_touch_box(self))
        from cxjournal.ui.pages.settings_accounts import accounts_box

        column.addWidget(accounts_box(self.context, self.journal_wide))
        self._limit_to_this_computer()
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Settings message"))
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.clicked.connect(self.load)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.load()

    # building ---------------------------------------------------------------------------------

    def _business_box(self) -> QGroupBox:
        box = self.business_box = QGroupBox(self.tr("Business and reports"))
        form = QFormLayout(box)
        self.business_name = QLineEdit()
        self.business_name.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "Business name")
        )
        self.business_name.setMaxLength(500)
        form.addRow(self.tr("&Business name"), self.business_name)
        self.logo_path = QLineEdit()
        self.logo_path.setReadOnly(True)
        self.logo_path.setAccessibleName(self.tr("Logo file"))
        self.logo_path.setPlaceholderText(self.tr("No logo"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose a logo"))
        choose.clicked.connect(self.browse_logo)
        remove = QPushButton(self.tr("No logo"))
        remove.setAccessibleName(self.tr("Remove the logo"))
        remove.clicked.connect(lambda: self.choose_logo(""))
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_path, 1)
        row.addWidget(choose)
        row.addWidget(remove)
        logo_label = QLabel(self.tr("&Logo"))
        logo_label.setBuddy(choose)
        form.addRow(logo_label, logo_row)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(PREVIEW)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        form.addRow("", self.logo_preview)
        self.paper_size = QComboBox()
        self.paper_size.setAccessibleName(self.tr("Paper size"))
        self.paper_size.addItem("A4", "A4")
        self.paper_size.addItem(self.tr("Letter (US)"), "Letter")
        form.addRow(self.tr("&Paper size"), self.paper_size)
        self.currency = QComboBox()
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        form.addRow(self.tr("C&urrency"), self.currency)
        self.country = CountryRow(form, self._changed)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(
            QCoreApplication.translate("WelcomeDialog", "Follow the system"), "system"
        )
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        form.addRow(self.tr("Lan&guage"), self.language)
        form.addRow("", QLabel(self.tr("A new language takes effect after a restart.")))
        self._zone_rows(form)
        self.business_name.textEdited.connect(self._changed)
        for combo in (self.paper_size, self.currency, self.language):
            combo.currentTextChanged.connect(self._changed)
        return box

    def _zone_rows(self, form: QFormLayout) -> None:
        self.time_zone = QComboBox()
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.time_zone.setEditable(True)
        self.time_zone.addItems(sorted(available_timezones()))
        self.time_zone.currentTextChanged.connect(self._zone_changed)
        form.addRow(self.tr("&Time zone"), self.time_zone)
        self.zone_warning = QLabel(
            self.tr(
                "Every computer of the shop writes the time of this zone. Changing it does not "
                "convert the times already recorded: they keep the clock time they were written with."
            )
        )
        self.zone_warning.setWordWrap(True)
        form.addRow("", self.zone_warning)

    def _zone_changed(self, text: str) -> None:
        changed = not self._loading and text.strip() != self._saved_zone
        self.zone_warning.setStyleSheet("font-weight: bold" if changed else "")
        self._changed()

    def _reminder_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders and privacy"))
        form = self.reminder_form = QFormLayout(box)
        self.numbers: dict[str, QSpinBox] = {}
        hours = self.tr(" h")
        for key, label, suffix in (
            ("promise_reminder_days", self.tr("Remind me of a promise"), self._days_before),
            ("complaint_reminder_hours", self.tr("Unanswered complaint after"), lambda n: hours),
            ("concern_reminder_hours", self.tr("Unanswered staff concern after"), lambda n: hours),
        ):
            spin = QSpinBox()
            spin.setRange(0, SETTINGS[key].maximum)  # the service's own limit
            spin.setSuffix(suffix(spin.value()))
            # "1 jour avant", "3 jours avant": the word follows the number as it changes.
            spin.valueChanged.connect(lambda n, s=spin, f=suffix: s.setSuffix(f(n)))
            spin.setSpecialValueText(self.tr("Off"))
            spin.setAccessibleName(label)
            spin.valueChanged.connect(self._changed)
            form.addRow(label, spin)
            self.numbers[key] = spin
        self.waiting_note = QLabel(
            self.tr(
                "Counted in clock hours, nights and Sundays included. An entry waiting on the "
                "customer or a supplier raises none: once it runs again, its reminder comes as "
                "much later as it waited (its response targets pause the same way)."
            )
        )
        self.waiting_note.setWordWrap(True)
        form.addRow(self.waiting_note)
        self.flags: dict[str, QCheckBox] = {}
        for key, label in (
            ("overdue_promise_reminder", self.tr("Remind me of overdue promises")),
            ("keep_in_tray", self.tr("Keep running in the tray when the window is closed")),
            (
                "confidential_in_reminders",
                self.tr("Show the text of confidential entries in reminders"),
            ),
            (
                "include_confidential_in_reports",
                self.tr("Include confidential entries in reports"),
            ),
        ):
            check = QCheckBox(label)
            check.setAccessibleName(label)
            check.toggled.connect(self._changed)
            form.addRow(check)
            self.flags[key] = check
        label = self.tr("Show reminders on this computer")
        self.reminders_here = QCheckBox(label)  # kept by this computer, not in the journal
        self.reminders_here.setAccessibleName(label)
        self.reminders_here.setToolTip(
            self.tr(
                "Turn it off on a computer that should not pop up reminders (the counter): "
                "another computer of the shop shows them instead."
            )
        )
        self.reminders_here.toggled.connect(self._changed)
        form.addRow(self.reminders_here)
        from cxjournal.ui.pages.settings_accounts import idle_lock_spin

        self.idle_lock = idle_lock_spin(form, self._changed)
        return box

    def _limit_to_this_computer(self) -> None:
        """For an account that may not change the journal's settings: only this computer's."""
        if self.journal_wide:
            return
        self.business_box.setVisible(False)
        self.hours_box.setVisible(False)
        for widget in (*self.numbers.values(), *self.flags.values(), self.server_backup):
            widget.setVisible(False)
            label = self.reminder_form.labelForField(widget)
            if label is not None:
                label.setVisible(False)

    def _days_before(self, n: int) -> str:
        return self.tr(" days before", "", n)

    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your data"))
        row = QHBoxLayout()
        self.data_path = QLabel()
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path.setAccessibleName(self.tr("Data file"))
        self.data_path.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        row.addWidget(QLabel(self.tr("Data file:")))
        row.addWidget(self.data_path, 1)
        row.addWidget(self.open_folder_button)
        self.server_backup = QCheckBox(
            self.tr(
                "Copy this shared journal to this computer every day (kept 7 days, 4 weeks, 12 months)"
            )
        )
        self.server_backup.setAccessibleName(self.tr("Daily copy on this computer"))
        self.server_backup.toggled.connect(self._changed)
        outer = QVBoxLayout()
        outer.addLayout(row)
        outer.addWidget(self.server_backup)
        box.setLayout(outer)
        return box

    # loading and saving -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.templates.load()  # saved as they change: nothing typed to keep
        if not self.dirty:  # never throw away what the owner is typing
            self.load()

    def load(self) -> None:
        values = all_settings()
        self._loading = True
        try:
            self.business_name.setText(values["business_name"])
            self._show_logo(values["logo_path"])
            select_code(self.paper_size, values["paper_size"])
            select_code(self.language, values["language"])
            self.currency.setCurrentText(values["currency"])
            self.country.load(values)
            self._saved_zone = values["time_zone"] or journal_zone_name()
            self.time_zone.setCurrentText(self._saved_zone)
            self.zone_warning.setStyleSheet("")
            for key, spin in self.numbers.items():
                spin.setValue(int(values[key]))
            for key, check in self.flags.items():
                check.setChecked(values[key] == "1")
            self.reminders_here.setChecked(this_computer.shows_reminders())
            self.hours_box.load(values)
            self.privacy.load(values)
            self.kiosk.load(values)
            self.mail.load(values)
            shared = self.context.journal_path() is None and self.context.journal_location()
            self.idle_lock.setValue(this_computer.idle_lock_minutes(bool(shared)))
        finally:
            self._loading = False
        location = self.context.journal_location()  # a file, or a server's address
        self.data_path.setText(str(location) if location else "")
        self.open_folder_button.setEnabled(self.context.journal_path() is not None)
        self._loading = True
        on_server = location is not None and self.context.journal_path() is None
        self.server_backup.setVisible(
            on_server and self.journal_wide
        )  # a file is backed up beside itself, always
        self.server_backup.setChecked(on_server and server_backup_wanted(location))
        self._loading = False
        self.dirty = False
        self.message.clear()

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.message.setText(self.tr("Changes not saved yet."))

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {
            "business_name": self.business_name.text().strip(),
            "logo_path": self.logo_path.text(),
            "paper_size": self.paper_size.currentData(),
            "language": self.language.currentData(),
            "currency": self.currency.currentText().strip().upper(),
            "time_zone": self.time_zone.currentText().strip(),
        }
        values.update(self.country.values())
        values.update({key: spin.value() for key, spin in self.numbers.items()})
        values.update({key: check.isChecked() for key, check in self.flags.items()})
        values.update(self.hours_box.values())
        values.update({**self.privacy.values(), **self.kiosk.values(), **self.mail.values()})
        return values

    def save(self) -> bool:
        values = self.values()
        problem = self._problem(values)
        if problem is None:
            try:
                if self.journal_wide:
                    write_waiting(set_settings, values)
                self._save_computer_choices()
            except CXJournalError as exc:  # e.g. the journal still busy: the page stays dirty
                problem = str(exc)
        if problem is not None:
            self.message.setText(problem)
            QMessageBox.warning(self, self.tr("Cannot save the settings"), problem)
            return False
        this_computer.set_shows_reminders(self.reminders_here.isChecked())
        this_computer.set_idle_lock_minutes(self.idle_lock.value())
        self.dirty = False
        announce(Kind.SETTING, initiator=self)
        self.message.setText(self.tr("Settings saved."))
        return True

    def _save_computer_choices(self) -> None:
        location = self.context.journal_location()
        if location is not None and self.context.journal_path() is None:
            set_server_backup_wanted(location, self.server_backup.isChecked())

    def _problem(self, values: dict) -> str | None:
        currency = values["currency"]
        if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
            return self.tr("Give the currency as a three-letter code such as EUR or USD.")
        logo = values["logo_path"]
        if logo and not readable_image(logo):
            return self.tr("The logo “{path}” is not a picture CX Journal can read.").format(
                path=logo
            )
        return None

    # logo and folder --------------------------------------------------------------------------

    def browse_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp)"),
        )
        if path:
            self.choose_logo(path)

    def choose_logo(self, path: str) -> bool:
        """Use ``path`` as the logo ("" for none); a file that is not a picture is refused."""
        if path and not readable_image(path):
            QMessageBox.warning(
                self,
                self.tr("Not a picture"),
                self.tr(
                    "“{name}” is not a picture CX Journal can read. Choose a PNG or JPEG file."
                ).format(name=Path(path).name),
            )
            return False
        self._show_logo(path)
        self._changed()
        return True

    def _show_logo(self, path: str) -> None:
        self.logo_path.setText(path)
        pixmap = QPixmap(path) if path else QPixmap()
        self.logo_preview.setVisible(bool(path))
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("(the file cannot be read)") if path else "")
        else:
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(PREVIEW, Qt.TransformationMode.SmoothTransformation)
            )

    def open_folder(self) -> None:
        path = self.context.journal_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
