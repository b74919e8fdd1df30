"""The demo's e-mails, as ``cxjournal import email`` would have logged them: an entry that came by
e-mail carries its message's Message-ID (the sender's domain on the right), and the shop's answer
is its reply, written as a letter, with a Message-ID of the shop's own address. Only people with
an address write, and only about what one writes about (a topic with e-mail replies); any other
draw of the e-mail channel is a visit to the shop. Ids come from the demo's own generators, so the
same seed and day give the same ids."""

from __future__ import annotations

from datetime import datetime

from cxjournal.demo.context import Demo
from cxjournal.demo.words import Topic

EMAIL = "email"


def channel(demo: Demo, drawn: str, person_id: int | None, topic: Topic) -> str:
    """The channel the entry came by: e-mail only from someone with an address, on a topic people
    write about."""
    if drawn != EMAIL:
        return drawn
    if person_id is None or not demo.emails.get(person_id) or not topic.email_replies:
        return "in-person"
    return EMAIL


def message_id(demo: Demo, at: datetime, address: str) -> str:
    """A Message-ID as mail programs write them: a time, a random part, the sender's domain."""
    domain = address.rsplit("@", 1)[-1]
    return f"<{at:%Y%m%d%H%M%S}.{demo.ends.getrandbits(48):012x}@{domain}>"


def entry_message_id(demo: Demo, row: dict) -> str:
    if row["channel"] != EMAIL:
        return ""
    return message_id(demo, row["occurred_at"], demo.emails[row["person"]])


def reply(demo: Demo, row: dict, topic: Topic, values: dict) -> tuple[str, str]:
    """The shop's reply to an e-mail: (text, Message-ID); ("", "") for any other entry."""
    if row["channel"] != EMAIL:
        return "", ""
    text = demo.ends.choice(topic.email_replies).format(**values)
    return text, message_id(demo, row["first_response_at"], demo.words.shop_address)
