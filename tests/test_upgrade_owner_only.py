"""A manager's or a counter's computer meeting a shared journal of an older version (issue 18):
only an owner may upgrade it, so the command says so in one line, exits 2 and changes nothing —
real logins on a real server; then the owner's computer upgrades it."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from cxjournal.cli import main
from cxjournal.services import accounts
from cxjournal.store import migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import SchemaVersion

PASSWORD = "Mille-feuille 31"


def _versions_as_admin(address) -> list[int]:
    """The stored versions, read on a connection of its own (opening the journal would upgrade)."""
    import psycopg

    with psycopg.connect(dbname=address.dbname, autocommit=True, **address.connect_params()) as c:
        return sorted(v for (v,) in c.execute("SELECT version FROM schema_version"))


@pytest.mark.server_only
@pytest.mark.parametrize("role", ["manager", "counter"])
def test_only_an_owner_upgrades_and_the_others_change_nothing(journal, role, monkeypatch, capsys):
    name = f"t_upg_{role[:3]}_{uuid.uuid4().hex[:6]}"
    accounts.add_account(name, role, PASSWORD)
    older = migrations.SCHEMA_VERSION - 1
    try:
        SchemaVersion.update(version=older).execute()  # every row: as a journal one version older
        close_journal()
        with monkeypatch.context() as env:
            env.setenv("PGPASSWORD", PASSWORD)
            env.setenv("PGPASSFILE", "/nonexistent")
            code = main(["--db", str(replace(journal, user=name)), "entry", "list", "--json"])
        out, err = capsys.readouterr()
        assert code == 2 and out == "" and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1 and "only an owner may do it" in err
        assert "Nothing was changed" in err
        kept = _versions_as_admin(journal)
        assert kept and set(kept) == {older}  # not upgraded, not a row added
        open_journal(journal)  # the owner's computer (the test server's administrator)
        assert migrations.stored_version() == migrations.SCHEMA_VERSION
    finally:
        open_journal(journal)
        accounts.remove_account(name)
