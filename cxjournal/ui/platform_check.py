"""Before Qt starts on Linux: is the system library its X11 plugin needs there?

Since Qt 6.5 the xcb platform plugin needs ``libxcb-cursor.so.0``. Without it Qt prints its own
plugin error and aborts before any Python handler runs, so a fresh Linux desktop shows nothing but a
terminal message about plugins. This check runs first and says which package to install instead.
"""

from __future__ import annotations

import os
import sys

LIBRARY = "libxcb-cursor.so.0"
# Where distributions put it; looking at a few paths costs microseconds, loading ctypes ~20 ms.
_USUAL_FOLDERS = ("/usr/lib", "/lib", "/usr/lib64", "/lib64", "/usr/local/lib")


def _needs_xcb(environ: os._Environ[str] | dict[str, str]) -> bool:
    """Will Qt use its X11 (xcb) plugin? Offscreen, Wayland or another chosen platform does not."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def _multiarch(folder: str) -> list[str]:
    """``folder``'s per-architecture subfolders (``/usr/lib/x86_64-linux-gnu``)."""
    try:
        return [entry.path for entry in os.scandir(folder) if entry.name.endswith("-linux-gnu")]
    except OSError:
        return []


def _found_on_disk() -> bool:
    folders = list(_USUAL_FOLDERS) + _multiarch("/usr/lib") + _multiarch("/lib")
    folders += [p for p in os.environ.get("LD_LIBRARY_PATH", "").split(":") if p]
    return any(os.path.exists(os.path.join(folder, LIBRARY)) for folder in folders)


def _loadable() -> bool:
    import ctypes

    try:
        ctypes.CDLL(LIBRARY)
    except OSError:
        return False
    return True


def missing_library(
    platform: str | None = None, environ: os._Environ[str] | dict[str, str] | None = None
) -> str | None:
    """The name of the Debian/Ubuntu package to install when Qt would abort for want of it."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux") or not _needs_xcb(environ):
        return None
    if _found_on_disk() or _loadable():
        return None
    return "libxcb-cursor0"
