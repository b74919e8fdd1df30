"""Passwords of shared journals in the system keyring: kept, found, forgotten; refused when the
only keyring would keep them in a plain file or nowhere; keyring never loaded by a file journal."""

from __future__ import annotations

import subprocess
import sys

import keyring
import pytest
from keyring.backends import chainer, fail

from cxjournal import credentials
from cxjournal.errors import CannotRememberError
from cxjournal.store.location import ServerAddress
from tests.memory_keyring import use_memory_keyring

SHOP = ServerAddress("journal", "backoffice.local", 5433, "marie")


@pytest.fixture(autouse=True)
def _keep_keyring():
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_a_password_is_kept_found_and_forgotten():
    backend = use_memory_keyring()
    assert credentials.why_not_remembered() is None
    assert credentials.remembered_password(SHOP) is None
    credentials.remember_password(SHOP, "s3cret é")
    assert credentials.remembered_password(SHOP) == "s3cret é"
    assert list(backend.kept) == [("CX Journal", "marie@backoffice.local:5433/journal")]
    other = ServerAddress("journal", "backoffice.local", 5433, "paul")
    assert credentials.remembered_password(other) is None
    credentials.forget_password(SHOP)
    credentials.forget_password(SHOP)  # twice: nothing to forget, no error
    assert credentials.remembered_password(SHOP) is None


def test_the_default_port_and_this_computer_name_one_key():
    backend = use_memory_keyring()
    credentials.remember_password(ServerAddress("j", "", None, "u"), "pw")
    assert credentials.remembered_password(ServerAddress("j", "localhost", 5432, "u")) == "pw"
    assert list(backend.kept) == [("CX Journal", "u@localhost:5432/j")]


@pytest.mark.parametrize(
    "make_backend",
    [
        pytest.param(lambda tmp: _plaintext(tmp), id="plain-text file"),
        pytest.param(lambda tmp: fail.Keyring(), id="no keyring"),
        pytest.param(lambda tmp: _empty_chainer(), id="chainer with nothing usable"),
    ],
)
def test_an_unsafe_or_missing_keyring_is_refused(make_backend, tmp_path):
    keyring.set_keyring(make_backend(tmp_path))
    reason = credentials.why_not_remembered()
    assert reason is not None and "cannot be remembered on this computer" in reason
    with pytest.raises(CannotRememberError, match="cannot be remembered on this computer"):
        credentials.remember_password(SHOP, "s3cret")
    assert credentials.remembered_password(SHOP) is None
    credentials.forget_password(SHOP)  # nothing to forget: no error
    assert not (tmp_path / "keyring").exists(), "nothing written to a file"


def _plaintext(tmp_path):
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    return backend


class _NothingBehind(chainer.ChainerBackend):
    """What keyring picks on a Linux desktop without a secret service."""

    backends = (fail.Keyring(),)


def _empty_chainer():
    return _NothingBehind()


def test_a_file_journal_never_loads_keyring(tmp_path):
    code = (
        "import sys\n"
        "from cxjournal.store.connection import open_journal\n"
        "import cxjournal.services.entries, cxjournal.cli\n"
        "import cxjournal.ui.shell.app, cxjournal.ui.shell.main_window\n"
        f"open_journal({str(tmp_path / 'j.db')!r})\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('keyring', 'psycopg')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
