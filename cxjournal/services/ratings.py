"""Recording ratings: a customer's score at the counter (``Rating``), a staff pulse answer
(``PulseAnswer``: the day only, nobody), and the kiosk's settings
(its reasons, the question of the week, the owner's PIN kept as a salted hash).

``rate`` and the kiosk both come here. The kiosk alone drops a second press of the same button
within a few seconds (``kiosk.ratings``); a rating recorded here is never dropped.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import validation as check
from cxjournal.services.common import action, now_or
from cxjournal.services.settings import get_setting
from cxjournal.store.bulk import insert_rows
from cxjournal.store.models import (
    PulseAnswer,
    Rating,
    Setting,
    insert_unread,
    random_row_id,
    upsert,
)

SCORES = (1, 2, 3, 4)  # very unhappy, unhappy, happy, very happy
MAX_REASON = 100
PIN_KEY = "kiosk_pin"  # not in the settings table: never listed, only set and checked here
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def check_score(value: int | str) -> int:
    """A score from 1 (very unhappy) to 4 (very happy)."""
    try:
        score = int(str(value).strip())
    except ValueError:
        score = 0
    if score not in SCORES:
        raise ValidationError(
            tr("A rating is 1, 2, 3 or 4 (very unhappy to very happy), not “{value}”.").format(
                value=value
            ),
            field="score",
        )
    return score


def default_reasons() -> list[str]:
    return [
        tr("Waiting time", "kiosk"),
        tr("Welcome", "kiosk"),
        tr("Product", "kiosk"),
        tr("Price", "kiosk"),
        tr("Cleanliness", "kiosk"),
    ]


def kiosk_reasons() -> list[str]:
    """The reasons the kiosk offers after a score: the owner's, else the translated defaults."""
    chosen = [part.strip() for part in get_setting("kiosk_reasons").split(";")]
    return [reason for reason in chosen if reason] or default_reasons()


def visit_question() -> str:
    """The owner's own wording of the customers' question ("": the kiosk's translated default)."""
    return get_setting("kiosk_question").strip()


def pulse_question() -> str:
    """The owner's question of the week for the staff pulse."""
    return get_setting("pulse_question").strip() or tr("How was your week?", "kiosk")


@action
def record_rating(
    score: int | str,
    *,
    reason: str = "",
    text: str = "",
    at: datetime | str | None = None,
    kiosk: str = "",
    now: datetime | None = None,
) -> None:
    """Record one customer rating (the visit's day and time: now unless given, never ahead).
    Nothing is read back: on a shared journal a kiosk's account may add ratings and read none."""
    stamp = now_or(now)
    insert_unread(
        Rating,
        at=check.happened(at, tr("When"), stamp) or stamp,
        score=check_score(score),
        side=v.CUSTOMER,
        reason=check.clean_line(reason, tr("Reason"), max_len=MAX_REASON),
        text=check.clean_text(text, tr("Text"), max_len=2000),
        kiosk=check.clean_line(kiosk, tr("Kiosk"), max_len=100),
    )


@action
def record_pulse_answer(
    score: int | str,
    *,
    text: str = "",
    question: str | None = None,
    on: date | datetime | str | None = None,
    now: datetime | None = None,
) -> None:
    """Record one anonymous staff pulse answer: its day only, no person. Returns nothing, so that
    no caller holds on to which answer it was."""
    stamp = now_or(now)
    when = check.happened(on, tr("When"), stamp) or stamp
    insert_unread(
        PulseAnswer,
        day=when.date(),
        score=check_score(score),
        question=check.clean_line(question or pulse_question(), tr("Question"), required=True),
        text=check.clean_text(text, tr("Text"), max_len=2000),
    )


@action
def record_pulse_answers(
    scores: list[int | str], *, question: str | None = None, now: datetime | None = None
) -> int:
    """A round of pulse answers given together (the question asked at a department check-in):
    all in one statement, in random order, with the day only; returns how many."""
    day = now_or(now).date()
    asked = check.clean_line(question or pulse_question(), tr("Question"), required=True)
    # ids given here: a bulk insert leaves a primary key to the database, whose rowid counts up
    rows = [(random_row_id(), day, check_score(score), asked) for score in scores]
    random.SystemRandom().shuffle(rows)
    insert_rows(PulseAnswer, ("id", "day", "score", "question"), rows)
    return len(rows)


@action
def record(
    score: int | str,
    *,
    side: str = v.CUSTOMER,
    reason: str = "",
    text: str = "",
    at: datetime | str | None = None,
    kiosk: str = "",
    now: datetime | None = None,
) -> None:
    """One rating on either side (``cxjournal rate``): a staff rating is a pulse answer, whose
    reason is refused (the pulse asks its question, not the customers' reasons)."""
    side = check.one_of(side, v.SIDES, tr("side"))
    if side == v.CUSTOMER:
        record_rating(score, reason=reason, text=text, at=at, kiosk=kiosk, now=now)
        return
    if reason:
        raise ValidationError(tr("A staff pulse answer has no reason; write it as text."))
    record_pulse_answer(score, text=text, on=at, now=now)


# -- the owner's PIN --------------------------------------------------------------------------
@dataclass(frozen=True)
class PinHash:
    salt: bytes
    digest: bytes

    def text(self) -> str:
        return f"scrypt${self.salt.hex()}${self.digest.hex()}"


def _digest(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)


@action
def set_kiosk_pin(pin: str) -> None:
    """Keep the owner's PIN (4 to 12 digits) as a salted scrypt hash, never the PIN itself."""
    pin = (pin or "").strip()
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise ValidationError(tr("A PIN is 4 to 12 digits."))
    salt = secrets.token_bytes(16)
    upsert(Setting, key=PIN_KEY, value=PinHash(salt, _digest(pin, salt)).text())


def has_kiosk_pin() -> bool:
    return Setting.get_or_none(Setting.key == PIN_KEY) is not None


def pin_matches(pin: str) -> bool:
    """Whether ``pin`` is the owner's PIN (False when none is set: the kiosk cannot be left then
    without one, see ``ui/kiosk``)."""
    row = Setting.get_or_none(Setting.key == PIN_KEY)
    if row is None:
        return False
    try:
        _, salt, digest = row.value.split("$")
        return hmac.compare_digest(_digest(pin or "", bytes.fromhex(salt)), bytes.fromhex(digest))
    except ValueError:
        return False
