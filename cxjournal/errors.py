"""The exceptions the core raises for problems a user can act on; their message is fit to show."""

from __future__ import annotations


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
