"""Where a journal is: a file on this computer, or a database on a PostgreSQL server.

A server is written ``postgresql://user@host[:port]/dbname[?sslmode=...]``. The address never
holds a password: it is shown in messages, kept in settings and passed to child processes, so the
password comes from ``PGPASSWORD`` or ``~/.pgpass`` (libpq reads them itself). An address with a
password is refused rather than silently stripped, so that the owner moves it somewhere safe.
Any host other than this computer gets ``sslmode=require`` unless the address says otherwise: a
shop's network is not a place to send customers' names in clear.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from cxjournal.errors import DatabaseRefusedError
from cxjournal.i18n import tr

SCHEMES = ("postgresql://", "postgres://")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_THIS_COMPUTER = ("", "localhost", "127.0.0.1", "::1")


def is_server_address(text: object) -> bool:
    return isinstance(text, str) and text.strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class ServerAddress:
    """A journal on a PostgreSQL server; ``str()`` gives the address without any password."""

    dbname: str
    host: str = ""  # empty: this computer, through libpq's local socket
    port: int | None = None
    user: str = ""  # empty: libpq's default (PGUSER, else the login name)
    sslmode: str = ""

    @property
    def is_local(self) -> bool:
        return self.host in _THIS_COMPUTER or self.host.startswith("/")

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else quote(self.host, safe="")
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        port = f":{self.port}" if self.port else ""
        query = f"?sslmode={self.sslmode}" if self.sslmode else ""
        return f"postgresql://{user}{host}{port}/{quote(self.dbname, safe='')}{query}"

    def connect_params(self) -> dict[str, object]:
        """libpq connection parameters; the password is left to PGPASSWORD or ~/.pgpass."""
        params: dict[str, object] = {
            "sslmode": self.sslmode or ("prefer" if self.is_local else "require")
        }
        if self.host:
            params["host"] = self.host
        if self.port:
            params["port"] = self.port
        if self.user:
            params["user"] = self.user
        return params


def _refuse(reason: str) -> DatabaseRefusedError:
    return DatabaseRefusedError(
        tr("The journal server address is not usable: {reason}").format(reason=reason)
    )


def parse_server_address(text: str) -> ServerAddress:
    """The ``ServerAddress`` written in ``text``; messages never repeat the text (it may hold a
    password)."""
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError as exc:
        raise _refuse(tr("the port is not a number.")) from exc
    if parts.password is not None:
        raise _refuse(
            tr(
                "it holds a password. Remove it from the address and put it in PGPASSWORD or ~/.pgpass."
            )
        )
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise _refuse(tr("it names no database (postgresql://user@host/dbname)."))
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    sslmode = query.pop("sslmode", "")
    if sslmode and sslmode not in SSL_MODES:
        raise _refuse(tr("sslmode must be one of {modes}.").format(modes=", ".join(SSL_MODES)))
    if query:
        raise _refuse(tr("only sslmode may follow “?”."))
    return ServerAddress(
        dbname=dbname,
        host=unquote(parts.hostname or ""),
        port=port,
        user=unquote(parts.username or ""),
        sslmode=sslmode,
    )


def journal_location(value: str | os.PathLike[str] | ServerAddress) -> Path | ServerAddress:
    """A file path or a server address, from what ``--db`` or ``CXJOURNAL_DB`` says."""
    if isinstance(value, ServerAddress):
        return value
    if is_server_address(value):
        return parse_server_address(str(value))
    return Path(value).expanduser()
