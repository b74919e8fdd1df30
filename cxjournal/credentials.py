"""Passwords of shared journals kept in the system keyring (the ``keyring`` library), never in
settings or in an address.

One password per (account, host, port, database). A keyring that would keep the password in a
plain file, or that does nothing (``keyring.backends.fail`` / ``null``, a chainer with nothing
usable behind it, as on a Linux desktop without a secret service), is refused with
``CannotRememberError``: "remembered" must mean safely kept. ``keyring`` is imported on first
use only: a file journal's start-up never loads it (tests/test_credentials.py checks).
"""

from __future__ import annotations

import getpass
import os

from cxjournal.errors import CannotRememberError
from cxjournal.i18n import tr
from cxjournal.store.location import ServerAddress

SERVICE = "CX Journal"
# Backends that keep secrets in a readable file (keyrings.alt's plain-text and "encrypted" files:
# the latter asks for its own password on the terminal, which a window cannot answer).
_UNSAFE_MODULES = ("keyrings.alt.file",)


def account_name(address: ServerAddress) -> str:
    """The login libpq uses for ``address``: the one written in it, else PGUSER, else the
    system user's name."""
    return address.user or os.environ.get("PGUSER") or getpass.getuser()


def _key(address: ServerAddress) -> str:
    port = address.port or 5432
    return f"{account_name(address)}@{address.host or 'localhost'}:{port}/{address.dbname}"


def _usable(backend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(inner) for inner in backend.backends)
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    kind = type(backend)
    return not (kind.__module__.startswith(_UNSAFE_MODULES) or "plaintext" in kind.__name__.lower())


def why_not_remembered() -> str | None:
    """Why a password cannot be kept safely on this computer, or None when it can."""
    try:
        import keyring

        if _usable(keyring.get_keyring()):
            return None
    except Exception:  # a broken keyring set-up is one more reason not to trust it
        pass
    return tr(
        "A password cannot be remembered on this computer: it has no safe system keyring "
        "(on Linux, a secret service such as GNOME Keyring or KWallet)."
    )


def _keyring():
    reason = why_not_remembered()
    if reason is not None:
        raise CannotRememberError(reason)
    import keyring

    return keyring


def remembered_password(address: ServerAddress) -> str | None:
    """The password kept for ``address``, or None (none kept, or no safe keyring)."""
    if why_not_remembered() is not None:
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, _key(address))
    except Exception:  # a locked or broken keyring: as if nothing were kept; the window asks
        return None


def remember_password(address: ServerAddress, password: str) -> None:
    """Keep ``password`` for ``address`` in the system keyring (``CannotRememberError`` when
    there is no safe one)."""
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, _key(address), password)
    except Exception as exc:
        raise CannotRememberError(
            tr("The system keyring did not keep the password ({reason}).").format(reason=exc)
        ) from exc


def forget_password(address: ServerAddress) -> None:
    """Remove any password kept for ``address`` (nothing happens when none was kept)."""
    if why_not_remembered() is not None:
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, _key(address))
    except PasswordDeleteError:
        pass
