"""Settings ▸ E-mail: the shop's own e-mail addresses. An imported e-mail sent from one of them is
the shop's reply (and so is one from an account's own address on a shared journal), recorded as the response to the entry it answers (``io.email_import``); the
service checks each address when the page is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit

KEY = "shop_addresses"
ACCOUNTS_KEY = "account_addresses"


class MailSection(QGroupBox):
    """The shop's addresses, loaded and saved with the page's other settings."""

    def __init__(self, changed: Callable[..., None], parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("E-mail"))
        self.addresses = QLineEdit()
        self.addresses.setObjectName("shop_addresses")
        self.addresses.setPlaceholderText(self.tr("contact@my-shop.fr, owner@my-shop.fr"))
        label = self.tr("The shop's addresses")
        self.addresses.setAccessibleName(label)
        self.addresses.textEdited.connect(changed)
        note = QLabel(
            self.tr(
                "Drop saved e-mails (.eml) on the window to log them. A message sent from one of "
                "these addresses is recorded as the response to the entry it answers."
            )
        )
        note.setWordWrap(True)
        self.account_addresses = QLineEdit()
        self.account_addresses.setObjectName(ACCOUNTS_KEY)
        self.account_addresses.setPlaceholderText(
            self.tr("anna: anna@my-shop.fr; paul: paul@my-shop.fr")
        )
        accounts_label = self.tr("Each account's addresses")
        self.account_addresses.setAccessibleName(accounts_label)
        self.account_addresses.textEdited.connect(changed)
        form = QFormLayout(self)
        form.addRow(label, self.addresses)
        form.addRow(accounts_label, self.account_addresses)
        form.addRow(note)

    def load(self, values: dict[str, str]) -> None:
        self.addresses.setText(values[KEY])
        self.account_addresses.setText(values[ACCOUNTS_KEY])

    def values(self) -> dict[str, str]:
        return {KEY: self.addresses.text(), ACCOUNTS_KEY: self.account_addresses.text()}
