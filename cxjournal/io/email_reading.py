"""Reading one saved e-mail (an ``.eml`` file, as Thunderbird and most mail programs save a message)
into what the journal keeps: who sent it, when, the subject, and the text the sender wrote.

Python's ``email`` package parses it with ``email.policy.default`` (encoded headers, quoted-printable,
base64, any charset); the text is the plain-text part, else the HTML part reduced to text by the
standard library's HTML parser. Attachments are left out. What the sender quoted is trimmed: lines
beginning with ``>``, a signature after the ``-- `` line, and everything from a "Le … a écrit :" /
"On … wrote:" line down (the message being answered). Outlook's ``.msg`` is another format: it is
refused with one line that says to save the message "as .eml".
"""

from __future__ import annotations

import email
import email.utils
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from cxjournal import clock
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr

MAX_BYTES = 25 * 1024 * 1024  # larger than any mail server accepts: not an e-mail
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the start of an Outlook .msg (an OLE file)
# An attribution line: "Le lun. 3 mars 2025 à 10:12, Marie <m@x.fr> a écrit :", "On Mon, ... wrote:"
# (a line-by-line test of the whole line, not a parse of the text).
_ATTRIBUTION = re.compile(r"^\s*(le|on)\s.+\s(a écrit|wrote)\s?:\s*$", re.IGNORECASE)
_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"}


@dataclass(frozen=True)
class MailMessage:
    """What one e-mail says, ready to become an entry (or a response)."""

    name: str  # the sender's display name ("" when the header has none)
    address: str  # the sender's address, lower case
    when: datetime  # naive, in the journal's zone
    subject: str
    text: str  # what the sender wrote, quotes and signature trimmed
    message_id: str  # the Message-ID, or a fingerprint of sender, date, subject and text
    answers: tuple[str, ...]  # In-Reply-To then References, the nearest first


class _TextOfHtml(HTMLParser):
    """The text of an HTML body: blocks on their own lines, scripts, styles and quotes left out."""

    _SKIPPED = frozenset({"script", "style", "head", "title", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def html_to_text(html: str) -> str:
    """``html`` as plain text (a quoted ``<blockquote>`` left out)."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n".join(lines)


def trimmed(text: str) -> str:
    """What the sender wrote: quoted ``>`` lines, the signature and the answered message left out;
    blank lines folded."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line in ("-- ", "--") or _ATTRIBUTION.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    return html_to_text(content) if part.get_content_type() == "text/html" else content


def _ids(value: str | None) -> list[str]:
    return re.findall(r"<[^<>\s]+>", str(value or ""))


def _local(when: datetime) -> datetime:
    zone = clock.zone_or_none(clock.journal_zone_name())
    aware = when.astimezone(zone) if zone is not None else when.astimezone()
    return aware.replace(tzinfo=None, microsecond=0)


def _date(message: EmailMessage, name: str) -> datetime:
    raw = message.get("Date")
    when = getattr(raw, "datetime", None) if raw is not None else None
    if when is None:
        raise ValidationError(
            tr("{file}: the message has no date, or an impossible one.", "email").format(file=name)
        )
    if when.tzinfo is None:  # "-0000": the time zone is unknown; read it as the journal's
        return when.replace(microsecond=0)
    return _local(when)


def _sender(message: EmailMessage, name: str) -> tuple[str, str]:
    try:
        addresses = message["From"].addresses if message["From"] is not None else ()
    except (AttributeError, IndexError, ValueError):
        addresses = ()
    address = addresses[0].addr_spec.lower() if addresses else ""
    if "@" not in address:
        raise ValidationError(
            tr("{file}: the message does not say who sent it.", "email").format(file=name)
        )
    return addresses[0].display_name.strip(), address


def parse_message(data: bytes, name: str) -> MailMessage:
    """The e-mail in ``data`` (the bytes of a ``.eml`` file called ``name``), or a
    ValidationError in one line when it is not a message the journal can log."""
    if data.startswith(OLE_MAGIC) or name.lower().endswith(".msg"):
        raise ValidationError(
            tr(
                "{file} is an Outlook .msg file: in Outlook, use File > Save As > “Save as .eml” "
                "(or drag the message to a folder from another mail program), then import the "
                ".eml file.",
                "email",
            ).format(file=name)
        )
    message = email.message_from_bytes(data, policy=policy.default)
    if (
        not isinstance(message, EmailMessage)
        or message.get("From") is None
        or (message.defects and not message.get("Date"))
    ):
        raise ValidationError(
            tr("{file} is not an e-mail message (no sender or date found).", "email").format(
                file=name
            )
        )
    sender_name, address = _sender(message, name)
    when = _date(message, name)
    subject = " ".join(str(message.get("Subject") or "").split())
    try:
        text = trimmed(_body(message))
    except (LookupError, ValueError, AttributeError) as exc:  # an unknown charset, a bad part
        raise ValidationError(
            tr("{file}: the message's text cannot be read ({reason}).", "email").format(
                file=name, reason=exc
            )
        ) from None
    found = _ids(message.get("Message-ID"))
    answers = _ids(message.get("In-Reply-To")) + list(reversed(_ids(message.get("References"))))
    return MailMessage(
        name=sender_name,
        address=address,
        when=when,
        subject=subject,
        text=text,
        message_id=found[0] if found else fingerprint(address, when, subject, text),
        answers=tuple(dict.fromkeys(answers)),
    )


def fingerprint(address: str, when: datetime, subject: str, text: str) -> str:
    """The key of a message without a Message-ID: the same sender, date, subject and text give
    the same key, so the message is still logged only once."""
    joined = "\x1f".join((address, when.isoformat(), subject, text))
    return "fingerprint:" + hashlib.sha256(joined.encode("utf-8")).hexdigest()


def read_message(path: str | Path) -> MailMessage:
    """The e-mail saved at ``path``; a ValidationError in one line when it cannot be read."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError(
                tr("{file} is too large to be an e-mail.", "email").format(file=path.name)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            tr("{file} cannot be read: {reason}", "email").format(
                file=path.name, reason=exc.strerror or exc
            )
        ) from None
    return parse_message(data, path.name)
