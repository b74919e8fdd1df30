"""Change notices: which kinds of record a change touched, which ids if known, and who started it.

A notice is the one value every change travels in, whether it was made in this window, by another
process on this computer (the command line while the window is open) or by another computer sharing
the journal. Pages say which kinds they show and refresh only for those; the widget that made a
change names itself as the initiator so that it is not refreshed a second time. Ids only, never
text: a notice may come from a place that must not learn what was written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """The kinds of record a change can touch."""

    PERSON = "person"
    DEPARTMENT = "department"
    ENTRY = "entry"
    PROMISE = "promise"
    FOLLOWUP = "followup"
    TAG = "tag"
    SETTING = "setting"
    REMINDER = "reminder"  # a reminder was shown (or put away)
    RATING = "rating"  # a rating or a staff pulse answer arrived (never which pulse answer)
    TEMPLATE = "template"  # a reply template added, changed, moved or deleted


class Origin(StrEnum):
    """Who started a change."""

    THIS_WINDOW = "this-window"
    OTHER_PROCESS = "other-process"
    OTHER_COMPUTER = "other-computer"


EVERY_KIND: frozenset[Kind] = frozenset(Kind)


@dataclass(frozen=True)
class ChangeNotice:
    """``kinds`` touched; ``ids`` as (kind, id) pairs when known (empty: not known, refresh all of
    those kinds); ``initiator``: the object (a page, a dialog) that made the change, if any."""

    kinds: frozenset[Kind]
    ids: frozenset[tuple[Kind, int]] = frozenset()
    origin: Origin = Origin.THIS_WINDOW
    initiator: object | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls,
        *kinds: Kind,
        ids: Iterable[tuple[Kind, int]] = (),
        origin: Origin = Origin.THIS_WINDOW,
        initiator: object | None = None,
    ) -> ChangeNotice:
        # Kind(...) refuses a misspelt free string at once, instead of a notice nobody reads.
        return cls(frozenset(Kind(k) for k in kinds), frozenset(ids), origin, initiator)

    @classmethod
    def everything(
        cls, origin: Origin = Origin.THIS_WINDOW, initiator: object | None = None
    ) -> ChangeNotice:
        """Anything may have changed (an import, a restore, a reconnection)."""
        return cls(EVERY_KIND, frozenset(), origin, initiator)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        """Does this change touch any of ``kinds``?"""
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: Kind) -> frozenset[int]:
        """The ids of ``kind`` named by the notice (empty when not known)."""
        return frozenset(item_id for k, item_id in self.ids if k == kind)
