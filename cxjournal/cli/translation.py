"""Translation for the command line: the core's messages in the language of the environment.

The hook is filled by the i18n issue with the compiled Qt catalogues; until then text stays English.
"""

from __future__ import annotations


def install_cli_translator() -> None:
    """Install the translator matching $LANG / the language setting (English when none is found)."""
    try:
        from cxjournal.catalog import install_translator
    except ImportError:
        return
    install_translator()
