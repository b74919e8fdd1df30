"""How the demo's praise, suggestions, ideas and check-ins end, as they do in a shop: a praise is
thanked, then passed on (resolved); a suggestion or an idea is answered, then tried and kept
(resolved) or not taken up (closed, with why); a check-in is written up at the meeting (resolved
within the hour, with no response of its own, as resolving one in the app records it). None of
them is "closed without action". Drawn from a generator of their own (``Demo.ends``), so that
the rest of a seed's story stays as it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from cxjournal import vocabulary as v
from cxjournal.demo.context import Demo
from cxjournal.demo.words import WEIGHED_KINDS, Topic

KEPT_SHARE = 0.45  # of the suggestions and ideas decided, the share tried and kept
HOURS_TO_THANK = {"praise": 8, "suggestion": 20, "idea": 30}  # the mean of an exponential
DAYS_TO_DECIDE = (5, 40)  # a suggestion or an idea is weighed, or tried, before it is decided


@dataclass
class Ending:
    status: str
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    resolution: str = ""
    response: str = ""  # the thanks or the answer, written as the entry's response

    def columns(self) -> dict:
        return dict(
            status=self.status,
            first_response_at=self.first_response_at,
            resolved_at=self.resolved_at,
            resolution=self.resolution,
        )


def _when(at: datetime) -> datetime:
    return at.replace(microsecond=0)


def ending(demo: Demo, kind: str, occurred: datetime, topic: Topic, values: dict) -> Ending:
    """Where an entry of ``kind`` (not a problem to answer) stood on the demo's last morning."""
    rng, now = demo.ends, demo.now

    def say(templates: tuple[str, ...]) -> str:
        return rng.choice(templates).format(**values)

    if kind == "check-in":
        done = _when(min(now, occurred + timedelta(minutes=rng.randint(30, 90))))
        return Ending(v.RESOLVED, done, done, say(topic.resolutions))
    answered = occurred + timedelta(hours=rng.expovariate(1 / HOURS_TO_THANK[kind]))
    if answered > now:
        return Ending(v.OPEN)
    answered, response = _when(answered), say(topic.responses)
    if kind in WEIGHED_KINDS:
        decided = answered + timedelta(days=rng.uniform(*DAYS_TO_DECIDE))
        kept = rng.random() < KEPT_SHARE
        if decided > now:  # still weighed, or being tried
            return Ending(v.IN_PROGRESS, answered, response=response)
        status, texts = (v.RESOLVED, topic.resolutions) if kept else (v.CLOSED, topic.declines)
        return Ending(status, answered, _when(decided), say(texts), response)
    passed_on = answered + timedelta(hours=rng.uniform(0, 30))
    if passed_on > now:
        return Ending(v.IN_PROGRESS, answered, response=response)
    return Ending(v.RESOLVED, answered, _when(passed_on), say(topic.resolutions), response)
