"""Signing in to a journal server: where the password comes from, and what a failed connection
means in plain words (host unknown, refused, password needed or wrong).

The password is, in order: the one the window was given; libpq's own places (PGPASSWORD,
~/.pgpass), which it reads by itself; the one remembered in the system keyring
(``cxjournal.credentials``, loaded only when the server asks for a password). The password is
handed to the driver as a connection parameter, never put in an address.
"""

from __future__ import annotations

import peewee

from cxjournal.errors import DatabaseRefusedError, ServerUnreachableError, SignInNeededError
from cxjournal.i18n import tr
from cxjournal.store.location import ServerAddress

# libpq's words (they are not translated by the server for these client-side failures).
_NO_PASSWORD = "no password supplied"
_WRONG_PASSWORD = "password authentication failed"
_UNKNOWN_HOST = ("failed to resolve host", "could not translate host name")
_UNREACHABLE = ("connection refused", "timeout expired", "no route to host", "network is unreach")


def _reason(exc: BaseException) -> str:
    """libpq's last line, without the "connection to server at … failed:" preamble."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text.rsplit("failed:", 1)[-1].replace("FATAL:", "").strip()


def connect_error(exc: BaseException, address: ServerAddress) -> DatabaseRefusedError:
    """The plain-words error for a connection to ``address`` that failed with ``exc``."""
    from cxjournal.credentials import account_name

    text = str(exc).lower()
    host = address.host or "localhost"
    if _NO_PASSWORD in text or _WRONG_PASSWORD in text:
        wrong = _WRONG_PASSWORD in text
        message = (
            tr(
                "The server {address} refused the password of the account {account}. Set the "
                "right one in PGPASSWORD or ~/.pgpass, or sign in from the window."
            )
            if wrong
            else tr(
                "The server {address} needs the password of the account {account}: set "
                "PGPASSWORD or put it in ~/.pgpass, or sign in from the window."
            )
        )
        return SignInNeededError(
            message.format(address=address, account=account_name(address)),
            wrong_password=wrong,
        )
    if any(sign in text for sign in _UNKNOWN_HOST):
        return ServerUnreachableError(
            tr("No computer called {host} was found on the network. Check its name.").format(
                host=host
            )
        )
    if any(sign in text for sign in _UNREACHABLE):
        return ServerUnreachableError(
            tr(
                "The computer {host} did not answer on port {port}: is PostgreSQL running there, "
                "and open to this network? ({reason})"
            ).format(host=host, port=address.port or 5432, reason=_reason(exc))
        )
    return DatabaseRefusedError(
        tr("Cannot open the journal on the server {address}: {reason}").format(
            address=address, reason=_reason(exc)
        )
    )


def _try(address: ServerAddress, durable: bool, password: str | None):
    from cxjournal.store.server import close_quietly, connect

    database = connect(address, durable, password)
    try:
        database.connect()
    except peewee.DatabaseError as exc:
        close_quietly(database)
        raise connect_error(exc, address) from exc
    return database


def connected(address: ServerAddress, durable: bool = True, password: str | None = None):
    """A connected database object for ``address`` (see the module docstring for the password)."""
    if password is not None:
        return _try(address, durable, password)
    try:
        return _try(address, durable, None)
    except SignInNeededError:
        from cxjournal.credentials import remembered_password

        kept = remembered_password(address)
        if kept is None:
            raise
    return _try(address, durable, kept)


def check_server_journal(address: ServerAddress, password: str | None = None) -> None:
    """Connect to ``address`` as opening it would, and check that it is a journal this app can
    open (or an empty database), without binding or changing anything; raises the plain error."""
    from cxjournal.store.server import close_quietly, stored_version

    database = connected(address, True, password)
    try:
        stored_version(address, database)
    finally:
        close_quietly(database)
