"""Translation for the command line: the core's messages in the language of the environment."""

from __future__ import annotations


def install_cli_translator() -> None:
    """French when $LC_ALL / $LANG say French (``LANG=fr_FR.UTF-8 cxjournal ...``), else English."""
    from cxjournal.catalog import install_translator

    install_translator()
