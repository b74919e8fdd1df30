"""The Today page's figures for the window's first paint, read on a thread of their own while the
rest of the window is imported and built.

Reading them is mostly waiting: for the server's answers on a shared journal (about 60 of the
100 ms the reads took at start, most of the statements' time spent on the server), for SQLite's
own work on a file (which runs without Python's lock). The window's modules and widgets are
built meanwhile on the GUI thread. The thread reads through a connection of its own (peewee gives
each thread one; it is closed when the thread ends), as every worker does. The page takes the
result once, at its first refresh; should the reading have failed, the page reads again itself,
where the error is shown as any other.
"""

from __future__ import annotations

import threading

from cxjournal.services.today import TodayScreen, today_screen

_reading: _FirstRead | None = None


class _FirstRead(threading.Thread):
    def __init__(self) -> None:
        super().__init__(name="cxjournal-first-screen", daemon=True)
        self.screen: TodayScreen | None = None

    def run(self) -> None:
        from cxjournal.store.connection import close_thread_connection

        try:
            self.screen = today_screen()
        except Exception:  # read again by the page, which reports it
            self.screen = None
        finally:
            close_thread_connection()


def start_reading() -> None:
    """Start reading Today's figures (the journal is open and its settings are kept in memory)."""
    global _reading
    _reading = _FirstRead()
    _reading.start()


def take() -> TodayScreen | None:
    """The figures read at start, once (waiting for them if need be); None afterwards, or when
    nothing was read."""
    global _reading
    reading, _reading = _reading, None
    if reading is None:
        return None
    reading.join()
    return reading.screen
