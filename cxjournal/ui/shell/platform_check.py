"""Before Qt starts on Linux: are the system libraries its X11 plugin needs there?

Qt's xcb platform plugin loads a dozen X libraries; since Qt 6.5 ``libxcb-cursor.so.0`` is one, and
a fresh desktop often lacks it (a minimal one may lack ``libxcb-icccm`` or ``libxcb-keysyms`` too).
Without them Qt prints its own plugin error and aborts before any Python handler runs, so a person
sees nothing but a terminal message about plugins. This check runs first and names the Debian/Ubuntu
packages to install instead. The list is what the plugin and libQt6XcbQpa link against (objdump -p).
"""

from __future__ import annotations

import os
import sys

# library -> the Debian/Ubuntu package that provides it
LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
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


def _found_on_disk(library: str, folders: list[str]) -> bool:
    return any(os.path.exists(os.path.join(folder, library)) for folder in folders)


def _loadable(library: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_packages(
    platform: str | None = None, environ: os._Environ[str] | dict[str, str] | None = None
) -> list[str]:
    """The Debian/Ubuntu packages to install because Qt would abort for want of their libraries."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux") or not _needs_xcb(environ):
        return []
    folders = list(_USUAL_FOLDERS) + _multiarch("/usr/lib") + _multiarch("/lib")
    folders += [p for p in os.environ.get("LD_LIBRARY_PATH", "").split(":") if p]
    return [
        package
        for library, package in LIBRARIES.items()
        if not _found_on_disk(library, folders) and not _loadable(library)
    ]
