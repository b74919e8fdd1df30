"""Rows as plain JSON values: dates and times as ISO text, everything else as the database gives it.
Shared by the JSON export and a person's data-access file, so both write a row the same way."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any


def json_value(value: Any) -> Any:
    """A column's value as JSON can hold it (datetime is a date, so one check covers both)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def json_values(row: Mapping[str, Any]) -> dict[str, Any]:
    """Every column of a row (as ``Model.select().dicts()`` or ``instance.__data__`` give it)."""
    return {key: json_value(value) for key, value in row.items()}
