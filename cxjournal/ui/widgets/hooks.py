"""Base classes that leave a few methods to their subclasses check them when a subclass is defined:
a page or dialog that forgets one fails at import, not when a button is pressed."""

from __future__ import annotations

from collections.abc import Iterable


def require_hooks(cls: type, names: Iterable[str]) -> None:
    """Raise TypeError naming every method of ``names`` that ``cls`` does not define."""
    missing = [name for name in names if not callable(getattr(cls, name, None))]
    if missing:
        raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")
