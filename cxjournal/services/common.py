"""Small pieces every service uses: transactions, fetching a row or saying it is gone, timestamps."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, ParamSpec, TypeVar

from peewee import Model

from cxjournal import clock
from cxjournal.errors import NotFoundError, PermissionDeniedError
from cxjournal.i18n import tr
from cxjournal.store.models import locked
from cxjournal.store.transactions import write_transaction

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", bound=Model)
T = TypeVar("T")


def action(fn: Callable[P, R]) -> Callable[P, R]:
    """Run a service action as one transaction: every write it makes lands, or none does."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with write_transaction():
            return fn(*args, **kwargs)

    return wrapper


def now_or(value: datetime | None) -> datetime:
    return value if value is not None else clock.now()


MAX_ID = 2**63 - 1


@dataclass(frozen=True)
class Fresh(Generic[M]):
    """A row read or created earlier in the same transaction, handed to another service so that it
    is not read again (quick capture passes its person and entry this way). A plain instance is
    always read again: it may be stale, or in the trash since it was read."""

    row: M


def fetch(
    model: type[M],
    item: M | int | Fresh[M],
    what: str,
    *,
    include_deleted: bool = False,
    lock: bool = False,
) -> M:
    """The row ``item`` (a model instance or an id), freshly read, or a NotFoundError naming ``what``;
    a ``Fresh`` row as it is. ``lock``: about to be changed from what is read now, so no other
    computer may change it before this transaction ends (see ``store.models.locked``)."""
    if isinstance(item, Fresh) and isinstance(item.row, model):
        return item.row
    item_id = item.get_id() if isinstance(item, Model) else item
    if not isinstance(item_id, int) or not 0 < item_id <= MAX_ID:  # SQLite ids fit in 64 bits
        raise NotFoundError(
            tr("{what} #{id} does not exist or is in the trash.").format(what=what, id=item_id)
        )
    query = model.select().where(model._meta.primary_key == item_id)
    if not include_deleted and "deleted_at" in model._meta.fields:
        query = query.where(model.deleted_at.is_null())
    row = (locked(query) if lock else query).first()
    if row is None and lock and locked(query) is not query and query.first() is not None:
        # Seen but not changeable: on a server, a policy lets this account read the row and
        # not change it (a counter and an entry someone else recorded).
        raise PermissionDeniedError(
            tr(
                "Your account may not change {what} #{id}: it may change only what it recorded."
            ).format(what=what.lower(), id=item_id)
        )
    if row is None:
        raise NotFoundError(
            tr("{what} #{id} does not exist or is in the trash.").format(what=what, id=item_id)
        )
    return row


def move_to_trash(model: type[M], item: M | int, what: str, now: datetime | None = None) -> M:
    """Put a row in the trash: it leaves every list until ``restore_from_trash``."""
    row = fetch(model, item, what, lock=True)
    row.deleted_at = now_or(now)
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    return row


def restore_from_trash(model: type[M], item: M | int, what: str) -> M:
    row = fetch(model, item, what, include_deleted=True, lock=True)
    row.deleted_at = None
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    return row


IN_CHUNK = 500  # values per IN (...) query, well under SQLite's limit on parameters


def in_chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    """``values`` in slices small enough for one IN (...) each."""
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]
