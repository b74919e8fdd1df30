"""The PostgreSQL driver's load, on a server journal's path to the first paint."""

from __future__ import annotations

import subprocess
import sys


def test_the_driver_loads_without_importlib_metadata_and_knows_its_versions():
    """Loading psycopg for a server journal skips importlib.metadata (a quarter of the driver's
    import before the first paint), and psycopg still has its versions right."""
    script = (
        "import sys\n"
        "from cxjournal.store import driver\n"
        "driver.load()\n"
        "import psycopg, psycopg_binary\n"
        "print('importlib.metadata' in sys.modules, psycopg.__version__, "
        "psycopg_binary.__version__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    from importlib import metadata

    expected = f"False {metadata.version('psycopg')} {metadata.version('psycopg-binary')}"
    assert done.stdout.split("\n")[0] == expected
