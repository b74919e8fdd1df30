"""Rows as plain JSON values: dates and times as ISO text, bytes (an attached file) as base64,
everything else as the database gives it. Shared by the JSON export and a person's data-access
file, so both write a row the same way."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any


def json_value(value: Any) -> Any:
    """A column's value as JSON can hold it (datetime is a date, so one check covers both)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def json_values(row: Mapping[str, Any]) -> dict[str, Any]:
    """Every column of a row (as ``Model.select().dicts()`` or ``instance.__data__`` give it)."""
    return {key: json_value(value) for key, value in row.items()}
