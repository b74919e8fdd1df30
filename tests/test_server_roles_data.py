"""Exports and imports of the whole journal are an owner's (issue 18's table: a manager makes
reports only, a counter none): through the command line a manager or a counter of a shared
journal is refused in one line, exit 2, nothing written or added; the owner's export works.
Real logins on a real server."""

from __future__ import annotations

import os

import pytest

from cxjournal.cli import main
from cxjournal.store.connection import close_journal
from cxjournal.store.location import ServerAddress
from cxjournal.store.models import Person
from tests.test_server_roles import PASSWORD, _back_as_admin, shop  # noqa: F401 - the fixture

pytestmark = pytest.mark.server_only


def test_only_an_owner_exports_or_imports_the_whole_journal(shop, monkeypatch, tmp_path, capsys):  # noqa: F811
    address, _ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    people_csv = tmp_path / "clients.csv"
    people_csv.write_text("Nom,Courriel\nNina Roux,nina@example.fr\n", encoding="utf-8")
    try:
        monkeypatch.setenv("PGPASSWORD", PASSWORD)
        for group in ("manager", "counter"):
            close_journal()
            login = str(ServerAddress(address.dbname, address.host, address.port, logins[group]))
            commands = (
                ["export", "json", "--out", str(tmp_path / f"{group}.json")],
                ["export", "csv", "--out", str(tmp_path / f"{group}-csv")],
                ["import", "people", str(people_csv)],
            )
            for command in commands:
                assert main(["--db", login, *command]) == 2, command
                out, err = capsys.readouterr()
                assert out == "" and len(err.strip().splitlines()) == 1 and "owner" in err.lower()
            assert not (tmp_path / f"{group}.json").exists()
            assert not (tmp_path / f"{group}-csv").exists()
        close_journal()
        owner = str(ServerAddress(address.dbname, address.host, address.port, logins["owner"]))
        assert main(["--db", owner, "export", "json", "--out", str(tmp_path / "owner.json")]) == 0
        assert (tmp_path / "owner.json").exists()
    finally:  # the administrator again, passed or not
        _back_as_admin(address, monkeypatch, admin_password)
    assert Person.select().where(Person.name == "Nina Roux").count() == 0
