"""Test-only launcher of the `dnnd` command line: `python tests/support/run_cli.py ARGS` is
`python -m dnnd_desktop ARGS` with the test suite's installation settings applied in-process first
(see apply_test_settings). Subprocess tests run the CLI through CLI below.

The settings never travel through an environment switch of the app: the app reads none. The only
variable involved, SCHEMA_TEMPLATE_ENV, is read here, by test code, to find the session's migrated
empty database (set by tests/conftest.py) so a `dnnd setup` in a subprocess copies it too.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, str(Path(__file__).resolve())]
SCHEMA_TEMPLATE_ENV = "DNND_TESTS_MIGRATED_TEMPLATE"


def apply_test_settings(migrated_template: Path | None = None) -> None:
    """Cheapest key derivation (dozens of throwaway installations per run), plain (unencrypted)
    stores, and new installations copied from `migrated_template` instead of migrated, when given."""
    from dnnd_desktop.services import installation
    from dnnd_desktop.services.privacy import db_key
    from dnnd_desktop.services.sync import consent_withheld

    installation.KDF_LIMITS = installation.FAST_KDF_LIMITS
    # Plain stores, except in the tests of encryption at rest (tests/integration/test_encrypted_store.py):
    # thousands of throwaway installations, and subprocesses that would each need the passphrase.
    db_key.ENABLED = False
    # Sync packages send everyone, consented or not, except in the tests of the consent screen
    # (tests/integration/test_sync_consent.py): the older sync tests' people never consented.
    consent_withheld.ENABLED = False
    if migrated_template is not None:
        installation.MIGRATED_TEMPLATE = Path(migrated_template)


def main() -> int:
    template = os.environ.get(SCHEMA_TEMPLATE_ENV)
    apply_test_settings(Path(template) if template else None)
    from dnnd_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    # Run as a script, sys.path[0] is tests/support: the project root comes first, as with `-m`.
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
