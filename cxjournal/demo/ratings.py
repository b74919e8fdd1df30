"""The demo's counter ratings and staff pulse answers: a few a day at opening hours over the
demo's months, mostly happy, with the reasons and a few comments a shop really gets. A monthly
"mood" moves slowly; the staff pulse follows it, and customers follow it a month later, so the
Insights page has a moderate link to show (demo data, not evidence)."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from cxjournal.demo.context import Demo, insert_rows
from cxjournal.store.models import PulseAnswer, Rating, Suggestion

PER_DAY = (0, 1, 2, 2, 3, 4)  # ratings on an open day: a few hundred over six months


def _score(rng: random.Random, mood: float) -> int:
    """1-4, mostly 3 and 4; ``mood`` around 0 shifts the mix up or down."""
    weights = [0.06 - mood * 0.03, 0.12 - mood * 0.05, 0.37, 0.45 + mood * 0.08]
    return rng.choices((1, 2, 3, 4), weights=[max(w, 0.01) for w in weights])[0]


def _moods(rng: random.Random, demo: Demo) -> dict[tuple[int, int], float]:
    moods, mood = {}, 0.0
    day = demo.begin - timedelta(days=40)
    while day <= demo.now:
        key = (day.year, day.month)
        if key not in moods:
            mood = max(-1.0, min(1.0, mood * 0.6 + rng.uniform(-0.6, 0.6)))
            moods[key] = mood
        day += timedelta(days=1)
    return moods


def _month_before(day: datetime) -> tuple[int, int]:
    return (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)


def add_ratings(demo: Demo) -> tuple[int, int]:
    """Customer ratings and pulse answers over the demo's span, and today's suggestion box;
    (ratings, answers)."""
    rng = random.Random(f"{demo.rng.random()}/ratings")  # its own stream: entries stay the same
    moods = _moods(rng, demo)
    ratings, answers = [], []
    day = demo.begin.date()
    while day < demo.now.date():
        if day.weekday() < 6:  # open Monday to Saturday
            for _ in range(rng.choice(PER_DAY)):
                at = datetime.combine(day, time(rng.randint(8, 18), rng.randint(0, 59)))
                score = _score(rng, moods[_month_before(at)])
                unhappy = score <= 2 or (score == 3 and rng.random() < 0.3)
                ratings.append(
                    {
                        "at": at,
                        "score": score,
                        "side": "customer",
                        "reason": rng.choice(demo.words.rating_reasons) if unhappy else "",
                        "text": rng.choice(demo.words.rating_comments)
                        if rng.random() < 0.05
                        else "",
                        "kiosk": "",
                    }
                )
        if day.weekday() == 4:  # the pulse is asked on Fridays, a few answers each week
            for _ in range(rng.randint(1, 5)):
                answers.append(
                    {
                        "id": demo.ids.getrandbits(62) + 1,  # random, as the app's (and seeded)
                        "day": day - timedelta(days=rng.randint(0, 4)),
                        "score": _score(rng, moods[(day.year, day.month)]),
                        "question": demo.words.pulse_question,
                        "text": "",
                    }
                )
        day += timedelta(days=1)
    insert_rows(Rating, ratings)
    insert_rows(PulseAnswer, answers)
    box = [
        {"id": demo.ids.getrandbits(62) + 1, "day": demo.now.date(), "text": text}
        for text in demo.words.suggestions
    ]
    insert_rows(Suggestion, box)
    return len(ratings), len(answers)
