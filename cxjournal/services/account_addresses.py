"""Each account's own e-mail addresses on a shared journal (issue 20: "once there are accounts,
each account's own"): kept in one setting, ``account_addresses``, written
``anna: anna@shop.fr, a.martin@shop.fr; paul: paul@shop.fr``. A message imported from one of
them is a reply from the shop, as one from the shop's own addresses is (``io.email_import``)."""

from __future__ import annotations

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import validation as check

KEY = "account_addresses"


def parse(text: str) -> dict[str, list[str]]:
    """account -> its addresses, checked and in lower case (``ValidationError`` when a part
    names no account or holds something that is not an address)."""
    found: dict[str, list[str]] = {}
    for part in filter(None, (p.strip() for p in str(text or "").split(";"))):
        account, colon, addresses = part.partition(":")
        account = account.strip()
        if not colon or not account or " " in account:
            raise ValidationError(
                tr(
                    "Write each account's addresses as “account: address, address”, accounts "
                    "separated by “;” (not “{part}”)."
                ).format(part=part)
            )
        items = addresses.replace(",", " ").split()
        checked = [check.clean_email(item).lower() for item in items]
        found[account] = list(dict.fromkeys([*found.get(account, []), *filter(None, checked)]))
    return found


def clean(text: str) -> str:
    """The setting's value written one way: ``account: a, b; other: c``."""
    return "; ".join(f"{who}: {', '.join(items)}" for who, items in parse(text).items() if items)


def every_address(text: str) -> set[str]:
    """Every account's addresses (lower case), from the stored setting."""
    try:
        return {a for items in parse(text).values() for a in items}
    except ValidationError:  # written by another program: none rather than a failed import
        return set()
