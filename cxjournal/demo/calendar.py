"""When the demo's entries happen: on the days a bakery is open (Monday to Saturday, not on the
journal's closed days), busiest on Saturdays and in December (orders for the holidays), quieter in
the summer holidays, and in its opening hours. A fraction of the demo's span, drawn as before, is
turned into such a day through the days' cumulative weights: no draw is added, so a seed's story
keeps its order, only its days change."""

from __future__ import annotations

import bisect
from datetime import date, datetime, time, timedelta
from itertools import accumulate

from cxjournal import opening_hours

OPENING = "mon-sat 07:00-19:00"  # the demo's shop: a bakery opens early, and not on Sundays
WEEKDAYS = (0.9, 0.8, 0.9, 1.0, 1.2, 1.6, 0.0)  # Monday to Sunday: how busy each day is
DECEMBER = 1.7  # until Christmas Eve: yule logs, orders, queues
SUMMER = 0.5  # from mid-July to the end of August: regulars are away, staff take leave


def _closed_yearly() -> frozenset[tuple[int, int]]:
    return opening_hours.parse_closed(opening_hours.DEFAULT_CLOSED_DAYS)[1]


def day_weight(day: date, closed: frozenset[tuple[int, int]]) -> float:
    """How many entries such a day brings, compared with an ordinary Thursday."""
    if (day.month, day.day) in closed:
        return 0.0
    weight = WEEKDAYS[day.weekday()]
    if day.month == 12 and day.day < 25:
        weight *= DECEMBER
    elif (day.month == 7 and day.day >= 14) or day.month == 8:
        weight *= SUMMER
    return weight


class Calendar:
    """The demo's open days from its first to its last morning, each with its weight."""

    def __init__(self, begin: datetime, now: datetime) -> None:
        closed = _closed_yearly()
        count = (now.date() - begin.date()).days  # the last morning itself is before opening
        self.days = [begin.date() + timedelta(days=n) for n in range(count)]
        self.cumulative = list(accumulate(day_weight(d, closed) for d in self.days))

    def moment(self, fraction: float, hour: int) -> datetime:
        """The day ``fraction`` of the way through the weighted days, at ``hour``; the minute and
        second come from where the fraction falls in that day."""
        total = self.cumulative[-1]
        point = min(fraction * total, total - 1e-9)
        index = bisect.bisect_right(self.cumulative, point)
        low = self.cumulative[index - 1] if index else 0.0
        share = (point - low) / max(self.cumulative[index] - low, 1e-9)
        seconds = int(share * 3600) % 3600
        return datetime.combine(self.days[index], time(hour, seconds // 60, seconds % 60))
