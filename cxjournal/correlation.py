"""Whether two monthly series move together, said honestly: Spearman's rank correlation after each
series' linear trend is removed, a p-value from a seeded permutation null shared by every pair of the
same length, and Holm's correction over every test run. Plain Python: a few dozen months need no
numpy, and the command stays quick to start.
"""

from __future__ import annotations

import math
import operator
import random
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

ALPHA = 0.05
MIN_DRAWS = 10_000
# Two |rho| closer than this are the same value: the null's are exact fractions, the observed one
# comes from floating-point sums.
_SAME = 1e-9


def average_ranks(values: Sequence[float]) -> list[float]:
    """Ranks from 1, tied values sharing the mean of the ranks they span."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def detrended(values: Sequence[float], positions: Sequence[float]) -> list[float]:
    """What is left of ``values`` once their least-squares line over ``positions`` is taken away:
    two series that both drift up over the years are not thereby linked."""
    count = len(values)
    mean_x, mean_y = sum(positions) / count, sum(values) / count
    spread = sum((x - mean_x) ** 2 for x in positions)
    slope = (
        sum((x - mean_x) * (y - mean_y) for x, y in zip(positions, values, strict=True)) / spread
        if spread
        else 0.0
    )
    return [y - mean_y - slope * (x - mean_x) for x, y in zip(positions, values, strict=True)]


def is_constant(values: Sequence[float]) -> bool:
    """No variation worth ranking (residuals of a straight line are zero up to rounding)."""
    scale = max((abs(value) for value in values), default=0.0)
    return max(values) - min(values) <= 1e-9 * (1.0 + scale)


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rho (Pearson's r of the average ranks); None when either side is constant."""
    if len(xs) < 2 or is_constant(xs) or is_constant(ys):
        return None
    rx, ry = average_ranks(xs), average_ranks(ys)
    mean = (len(xs) + 1) / 2
    covariance = sum((a - mean) * (b - mean) for a, b in zip(rx, ry, strict=True))
    spread = math.sqrt(sum((a - mean) ** 2 for a in rx) * sum((b - mean) ** 2 for b in ry))
    return max(-1.0, min(1.0, covariance / spread))


def draws_for(tests: int, alpha: float = ALPHA) -> int:
    """Enough permutations that the smallest p-value (1 / (draws + 1)) stays well under Holm's
    strictest threshold, alpha / tests."""
    return max(MIN_DRAWS, math.ceil(4 * max(tests, 1) / alpha))


@cache
def null_distribution(n: int, draws: int) -> tuple[float, ...]:
    """|rho| of ``draws`` random pairings of n untied ranks, sorted. Without ties this depends on n
    alone, so it is built once per n and shared by every pair; the seed makes it the same every run.
    """
    rng = random.Random(1_000_003 * n + draws)
    base = list(range(1, n + 1))
    shuffled = base[:]
    # rho of untied ranks from the sum of products alone: (S - n(n+1)^2/4) / (n(n^2-1)/12)
    centre, scale = n * (n + 1) ** 2 / 4, n * (n * n - 1) / 12
    values = []
    for _ in range(draws):
        rng.shuffle(shuffled)
        values.append(abs(sum(map(operator.mul, base, shuffled)) - centre) / scale)
    return tuple(sorted(values))


def permutation_p(rho: float, null: Sequence[float]) -> float:
    """Two-sided p: the share of the null at least as far from zero, counting the observed pairing
    itself (so p is never 0)."""
    as_extreme = len(null) - bisect_left(null, abs(rho) - _SAME)
    return (as_extreme + 1) / (len(null) + 1)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjusted p-values, in the order given."""
    order = sorted(range(len(p_values)), key=p_values.__getitem__)
    adjusted = [1.0] * len(p_values)
    running = 0.0
    for step, index in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - step) * p_values[index]))
        adjusted[index] = running
    return adjusted
