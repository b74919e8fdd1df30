"""The exceptions the core raises for problems a user can act on; their message is fit to show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class CXJournalError(Exception):
    """Base of every error whose message is written for the shop owner, not for a developer."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(CXJournalError):
    """Input that breaks a rule (empty name, impossible date, unknown kind...); nothing was changed."""


class NotFoundError(CXJournalError):
    """A person, entry, promise or follow-up that does not exist (any more)."""


class PermissionDeniedError(CXJournalError):
    """The signed-in account's role does not allow this (the server refused it, or the app knows
    it would); nothing was changed. Not worth retrying as the same account."""


class DatabaseRefusedError(CXJournalError):
    """A file that cannot be opened as a journal (foreign, newer, corrupt, locked); it was left untouched."""


class JournalDamagedError(CXJournalError):
    """The journal file is damaged: nothing more is written to it in this process."""


class StorageError(CXJournalError):
    """The file system refused a read or write (disk full, read-only, locked); ``retry`` says whether
    trying again later can help."""

    def __init__(self, message: str, *, retry: bool = False) -> None:
        super().__init__(message)
        self.retry = retry


class ConnectionLostError(StorageError):
    """The journal's server could not be reached or the connection to it was lost; nothing was
    changed, and the same action is worth trying again once it answers."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retry=True)


class BusyError(StorageError):
    """Another program kept the journal's write lock for longer than we wait; nothing was changed and
    the same action is worth trying again in a moment."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retry=True)


@dataclass(frozen=True)
class FieldConflict:
    """One field of an edit that someone else changed meanwhile: what the editor started from
    (``base``), what is stored now (``theirs``) and what the editor typed (``mine``), as values the
    service compares, with ``theirs_text`` and ``mine_text`` fit to show side by side."""

    field: str
    label: str
    base: Any
    theirs: Any
    mine: Any
    theirs_text: str
    mine_text: str


class EditConflict(CXJournalError):  # noqa: N818 (the name the issue and callers use)
    """An edit made from values read earlier found some of them changed by someone else meanwhile;
    nothing was changed. Worth retrying after reading again (``retry``), or saving again with the
    current values as the base to overwrite them knowingly."""

    def __init__(self, message: str, conflicts: tuple[FieldConflict, ...]) -> None:
        super().__init__(message, field=conflicts[0].field if conflicts else None)
        self.conflicts = conflicts
        self.retry = True

    def theirs(self) -> dict[str, Any]:
        """The values stored now, by field: the base of an edit that overwrites them knowingly."""
        return {c.field: c.theirs for c in self.conflicts}


class ServerUnreachableError(DatabaseRefusedError):
    """The journal's server could not be reached (unknown host, refused, timed out): nothing was
    opened, and trying again later may work."""

    retry = True


class SignInNeededError(DatabaseRefusedError):
    """The server wants a password that was not given (``wrong_password`` False) or refused the
    one given (True)."""

    def __init__(self, message: str, *, wrong_password: bool) -> None:
        super().__init__(message)
        self.wrong_password = wrong_password


class CannotRememberError(CXJournalError):
    """This computer has no safe place (a system keyring) to keep a password."""
