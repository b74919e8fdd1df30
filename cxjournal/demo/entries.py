"""The demo's entries, spread over the months with answers that fit them: each entry tells one
topic's story (its title, details, response and resolution speak of the same thing), then its
responses and tags are added."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from cxjournal import vocabulary as v
from cxjournal.demo import emails, endings, gestures, link
from cxjournal.demo.calendar import Calendar
from cxjournal.demo.context import Demo, insert_rows
from cxjournal.demo.words import ANSWERED_KINDS, Topic
from cxjournal.store.models import Entry, EntryTag, Response

CUSTOMER_MIX = [
    ("complaint", 25),
    ("praise", 30),
    ("suggestion", 15),
    ("question", 20),
    ("request", 10),
]
STAFF_MIX = [("concern", 35), ("request", 25), ("idea", 15), ("praise", 10), ("check-in", 15)]
# How each side reaches the shop: staff do not write online reviews, a check-in is a meeting.
CHANNELS = {  # one per channel of v.CHANNELS, in its order: what that draw becomes for the side
    v.CUSTOMER: ("in-person", "phone", "email", "online-review", "survey", "in-person", "other"),
    v.STAFF: ("in-person", "phone", "email", "in-person", "in-person", "meeting", "other"),
}
OPENING_HOURS = (7, 18)  # the first and the last hour an entry may begin in


@dataclass
class Story:
    """What an entry is about, kept for its response, resolution and promise."""

    topic: Topic
    values: dict
    response: str = ""  # decided with its ending (demo.endings) for kinds that are not problems

    def say(self, rng: random.Random, templates: tuple[str, ...]) -> str:
        return rng.choice(templates).format(**self.values)


def _pick(rng: random.Random, mix: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]


def _channel(side: str, kind: str, drawn: str) -> str:
    """The channel ``drawn`` among all of them, turned into one that fits the side (the draw is
    kept as it was so that a seed's entries stay what they were)."""
    if kind == "check-in":
        return "meeting"
    return CHANNELS[side][v.CHANNELS.index(drawn)]


def _story(demo: Demo, side: str, kind: str) -> Story:
    topic = demo.rng.choice(demo.words.topics[(side, kind)])
    return Story(topic, demo.words.draw(demo.rng, topic))


def _occurred(demo: Demo, fraction: float) -> datetime:
    """On an open day (busier on Saturdays and in December), in opening hours (demo.calendar)."""
    if demo.calendar is None:
        demo.calendar = Calendar(demo.begin, demo.now)
    return demo.calendar.moment(fraction, demo.rng.randint(*OPENING_HOURS))


def _progress(demo: Demo, side: str, kind: str, occurred: datetime, story: Story) -> dict:
    """How far the entry got by the demo's last day: answered, resolved, closed or still open."""
    rng, now = demo.rng, demo.now
    age_days = (now - occurred).days
    first_response = resolved = None
    status, resolution = v.OPEN, ""
    if kind in ANSWERED_KINDS and (age_days > 3 or rng.random() < 0.5):
        hours = rng.expovariate(1 / (10 if side == v.STAFF else 20))
        if side == v.STAFF:
            hours *= link.staff_hours_factor(demo.pace, occurred)
        first_response = min(now, occurred + timedelta(hours=hours)).replace(microsecond=0)
        status = v.IN_PROGRESS
        if age_days > 7 or rng.random() < 0.4:
            later = first_response + timedelta(hours=rng.expovariate(1 / 48))
            resolved = min(now, later).replace(microsecond=0)
            status = v.RESOLVED if rng.random() < 0.92 else v.CLOSED
            resolution = story.say(rng, story.topic.resolutions)
    elif kind not in ANSWERED_KINDS:
        end = endings.ending(demo, kind, occurred, story.topic, story.values)
        story.response = end.response
        return dict(
            **end.columns(),
            waiting_on="",
            waits="",
            resolution_amount=None,  # thanks and decisions cost nothing
        )
    return dict(
        first_response_at=first_response,
        resolved_at=resolved,
        resolution=resolution,
        **_waiting(demo, status, first_response, occurred),
        # in every row: insert_many takes its columns from the first row
        resolution_amount=gestures.resolution_amount(side, kind, status, resolved),
    )


def _waiting(demo: Demo, status: str, answered: datetime | None, occurred: datetime) -> dict:
    """About one answered, unresolved entry in four waits on a supplier since its answer (no
    draw from the generator: the rest of the demo stays as it was for a given seed). Every row
    has both keys: ``insert_many`` takes its columns from the first row."""
    if status != v.IN_PROGRESS or answered is None or occurred.minute % 4:
        return {"status": status, "waiting_on": "", "waits": ""}
    supplier = demo.words.waiting_on_supplier
    return {
        "status": v.WAITING,
        "waiting_on": supplier,
        "waits": json.dumps([[answered.isoformat(), None]]),
    }


def _satisfaction(rng: random.Random, side: str, kind: str) -> int | None:
    if side == v.CUSTOMER:
        return {"complaint": rng.randint(1, 2), "praise": rng.randint(4, 5)}.get(
            kind, rng.choice([None, 3, 4])
        )
    return rng.choice([None, 2, 3, 4, 5]) if kind == "check-in" else None


def _entry(demo: Demo, fraction: float, staff_ids: list, customer_ids: list) -> tuple[dict, Story]:
    rng = demo.rng
    occurred = _occurred(demo, fraction)
    side = v.STAFF if rng.random() < 0.3 else v.CUSTOMER
    kind = _pick(rng, STAFF_MIX if side == v.STAFF else CUSTOMER_MIX)
    story = _story(demo, side, kind)
    if side == v.STAFF:
        person_id = rng.choice(staff_ids)
        if "team" in story.values:  # a check-in is held with the person's own department
            story.values["team"] = demo.teams.get(person_id, story.values["team"])
    else:
        person_id = rng.choice(customer_ids) if rng.random() < 0.85 else None
    progress = _progress(demo, side, kind, occurred, story)
    row = dict(
        person=person_id,
        side=side,
        kind=kind,
        channel=emails.channel(
            demo, _channel(side, kind, rng.choice(v.CHANNELS)), person_id, story.topic
        ),
        occurred_at=occurred,
        title=story.say(rng, story.topic.titles),
        details=story.say(rng, story.topic.details),
        satisfaction=link.nudged_satisfaction(
            demo.link, demo.pace, kind, occurred, _satisfaction(rng, side, kind)
        )
        if side == v.CUSTOMER
        else _satisfaction(rng, side, kind),
        priority=3 if kind in ("complaint", "concern") and rng.random() < 0.3 else 2,
        confidential=side == v.STAFF and kind == "concern" and rng.random() < 0.05,
        created_at=occurred,
        updated_at=progress["resolved_at"] or progress["first_response_at"] or occurred,
        made_by=demo.authors.recorder(side),
        **progress,
    )
    row["satisfaction_after"] = link.satisfaction_after(demo.link, row)
    row["message_id"] = emails.entry_message_id(demo, row)
    return row, story


def add_entries(
    demo: Demo,
    count: int,
    staff_ids: list,
    customer_ids: list,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[int, dict, Story]]:
    """``count`` entries in time order; returns (id, row, story) for each."""
    rows, stories = [], []
    for index, fraction in enumerate(sorted(demo.rng.random() for _ in range(count))):
        row, story = _entry(demo, fraction, staff_ids, customer_ids)
        rows.append(row)
        stories.append(story)
        if progress and index % 5000 == 0:
            progress(index, count)
    insert_rows(Entry, rows)
    ids = [e.id for e in Entry.select(Entry.id).order_by(Entry.id)]
    return list(zip(ids, rows, stories, strict=True))


def add_responses_and_tags(demo: Demo, entries: list[tuple[int, dict, Story]], tag_ids: list):
    """A response where the entry was answered, and the tags its topic allows (a delivery tag on
    a late delivery, never on a praise of bread); ``tag_ids`` follow the words' tag list."""
    rng = demo.rng
    tag_id = dict(zip(demo.words.tags, tag_ids, strict=True))
    responses, tags = [], []
    for entry_id, row, story in entries:
        if row["first_response_at"] and row["kind"] in ANSWERED_KINDS:
            text = story.say(rng, story.topic.responses)
            by = demo.authors.recorder(row["side"])
        else:  # thanked by whoever heard it; a check-in's write-up is its resolution
            text, by = story.response, row["made_by"]
        if row["first_response_at"] and text:
            mail, mail_id = emails.reply(demo, row, story.topic, story.values)
            responses.append(
                dict(
                    entry=entry_id,
                    at=row["first_response_at"],
                    text=mail or text,
                    made_by=by,
                    message_id=mail_id,
                )
            )
        names = story.topic.tags
        for name in rng.sample(names, min(len(names), rng.choice([0, 1, 1, 2]))):
            tags.append(dict(entry=entry_id, tag=tag_id[name]))
    insert_rows(Response, responses)
    insert_rows(EntryTag, tags)
