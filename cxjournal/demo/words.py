"""The demo's words in one language, read from ``data/<lang>.json`` shipped with the package.

A topic is one kind of story (a burnt loaf, a broken oven) with its titles, details, responses,
resolutions and promises; its ``{slots}`` (a bread, a day) are drawn once per entry, so the title,
the details and the answer all speak of the same loaf on the same day.
"""

from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from cxjournal import vocabulary as v

LANGUAGES = ("fr", "en")
# Kinds that get a response and a resolution when answered, and those that may end in a promise.
ANSWERED_KINDS = frozenset({"complaint", "concern", "request", "question"})
PROMISE_KINDS = frozenset({"complaint", "concern", "request"})
# Kinds that end otherwise (demo.endings): a praise is thanked, a suggestion or an idea answered,
# then kept or declined, a check-in written up at the meeting.
THANKED_KINDS = frozenset({"praise", "suggestion", "idea"})
WEIGHED_KINDS = frozenset({"suggestion", "idea"})


@dataclass(frozen=True)
class Topic:
    id: str
    side: str
    kind: str
    titles: tuple[str, ...]
    details: tuple[str, ...]
    responses: tuple[str, ...]
    resolutions: tuple[str, ...]
    promises: tuple[str, ...]
    slots: tuple[str, ...]  # the slot names its texts use, in a fixed order
    tags: tuple[str, ...] = ()  # the tags an owner would put on such an entry (may be none)
    declines: tuple[str, ...] = ()  # why a suggestion or an idea was not taken up (closed)
    email_replies: tuple[str, ...] = ()  # the shop's reply by e-mail; none: never comes by e-mail

    def templates(self) -> tuple[str, ...]:
        return (
            self.titles
            + self.details
            + self.responses
            + self.resolutions
            + self.promises
            + self.declines
            + self.email_replies
        )


@dataclass(frozen=True)
class Words:
    lang: str
    business_name: str
    email_domain: str
    shop_address: str  # the shop's own e-mail address, which its replies come from
    phone_pattern: str  # "06 ## ## ## ##": each # a digit, in the way the demo's country writes it
    country: str  # that country ("FR"): the journal's country setting, unless the owner chose one
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    companies: tuple[str, ...]
    departments: tuple[str, ...]
    roles: tuple[str, ...]
    tags: tuple[str, ...]
    checkin_title: str
    entry_followup_title: str
    promise_followup_title: str
    accounts: tuple[str, ...]  # the owner's and two staff's account names (demo.authors)
    computers: tuple[str, ...]  # the counter's and the back office's host names
    waiting_on_supplier: str
    keep_reason: str  # why a customer's data is kept past the retention period
    pulse_question: str  # as the app asks it in that language (services.ratings)
    rating_reasons: tuple[str, ...]
    rating_comments: tuple[str, ...]
    suggestions: tuple[str, ...]  # left in the staff's box today (services.suggestions)
    slots: dict[str, list]
    topics: dict[tuple[str, str], tuple[Topic, ...]]  # by (side, kind)

    def draw(self, rng: random.Random, topic: Topic) -> dict:
        """One value for each slot of ``topic``."""
        return {name: rng.choice(self.slots[name]) for name in topic.slots}


def _slot_names(templates: tuple[str, ...]) -> tuple[str, ...]:
    names = set()
    for template in templates:
        for _text, field, _spec, _conv in string.Formatter().parse(template):
            if field:
                names.add(field.split("[", 1)[0])
    return tuple(sorted(names))


def _topic(raw: dict) -> Topic:
    keys = ("responses", "resolutions", "promises", "declines", "email_replies")
    texts = {key: tuple(raw.get(key, ())) for key in keys}
    topic = Topic(
        id=raw["id"],
        side=raw["side"],
        kind=raw["kind"],
        titles=tuple(raw["titles"]),
        details=tuple(raw["details"]),
        slots=(),
        tags=tuple(raw.get("tags", ())),
        **texts,
    )
    return replace(topic, slots=_slot_names(topic.templates()))


def _check(words: Words) -> None:
    """The data file is part of the code: a topic the generator could not use is a bug."""
    for side, kinds in v.KINDS_BY_SIDE.items():
        for kind in kinds:
            if not words.topics.get((side, kind)):
                raise ValueError(f"demo {words.lang}: no topic for {side} {kind}")
    for topics in words.topics.values():
        for topic in topics:
            missing = [name for name in topic.slots if name not in words.slots]
            unanswered = topic.kind in ANSWERED_KINDS and not (
                topic.responses and topic.resolutions
            )
            no_promise = topic.kind in PROMISE_KINDS and not topic.promises
            unended = (topic.kind == "check-in" or topic.kind in THANKED_KINDS) and not (
                topic.resolutions
                and (topic.responses or topic.kind == "check-in")
                and (topic.declines or topic.kind not in WEIGHED_KINDS)
            )
            unknown_tag = not set(topic.tags) <= set(words.tags)
            if (
                unknown_tag
                or missing
                or unanswered
                or no_promise
                or unended
                or not (topic.titles and topic.details)
            ):
                raise ValueError(f"demo {words.lang}: topic {topic.id} is incomplete")


@cache
def load_words(lang: str) -> Words:
    """The words of ``lang`` ("fr" or "en"), read once per process."""
    text = resources.files("cxjournal.demo").joinpath("data", f"{lang}.json").read_text("utf-8")
    raw = json.loads(text)
    topics: dict[tuple[str, str], list[Topic]] = {}
    for item in raw["topics"]:
        topic = _topic(item)
        topics.setdefault((topic.side, topic.kind), []).append(topic)
    slots = dict(raw["slots"])
    slots.setdefault("first", raw["first_names"])  # a colleague thanked by name
    slots.setdefault("company", raw["companies"])
    slots.setdefault("team", raw["departments"])  # a check-in's: its person's (demo.entries)
    words = Words(
        lang=lang,
        business_name=raw["business_name"],
        email_domain=raw["email_domain"],
        shop_address=raw["shop_address"],
        phone_pattern=raw["phone_pattern"],
        country=raw["country"],
        first_names=tuple(raw["first_names"]),
        last_names=tuple(raw["last_names"]),
        companies=tuple(raw["companies"]),
        departments=tuple(raw["departments"]),
        roles=tuple(raw["roles"]),
        tags=tuple(raw["tags"]),
        checkin_title=raw["checkin_title"],
        entry_followup_title=raw["entry_followup_title"],
        promise_followup_title=raw["promise_followup_title"],
        accounts=tuple(raw["accounts"]),
        computers=tuple(raw["computers"]),
        waiting_on_supplier=raw["waiting_on_supplier"],
        keep_reason=raw["keep_reason"],
        pulse_question=raw["pulse_question"],
        rating_reasons=tuple(raw["rating_reasons"]),
        rating_comments=tuple(raw["rating_comments"]),
        suggestions=tuple(raw["suggestions"]),
        slots=slots,
        topics={key: tuple(value) for key, value in topics.items()},
    )
    _check(words)
    return words
