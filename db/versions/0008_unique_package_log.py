"""package log: one row per package and direction (imports of one package serialised)

Revision ID: 0008
Revises: 0007

Two processes importing the same package both passed the "already imported" check and both
imported it (issue 16 item 7). The importer now re-checks the log inside its write transaction;
this unique index is the database's guarantee behind that check: a second log row for the same
package id and direction cannot be committed, so the second import's whole transaction fails.

Databases that were hit by the race hold duplicate rows already. The first row of each package
(earliest processed_at) is kept; the later ones only repeat that the package was imported. The
records those imports wrote are not touched here: a duplicate import of a sync package merged the
same versions twice, which the merge engine makes a no-op, so there is nothing a person must check.
"""
from __future__ import annotations

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_INDEX = "uq_package_log_package_direction"


def upgrade() -> None:
    # Keep one row per (package_id, direction): the earliest; ties broken by id. Portable SQL.
    op.execute(
        "DELETE FROM package_log WHERE EXISTS ("
        " SELECT 1 FROM package_log AS earlier"
        " WHERE earlier.package_id = package_log.package_id AND earlier.direction = package_log.direction"
        " AND (earlier.processed_at < package_log.processed_at"
        "  OR (earlier.processed_at = package_log.processed_at AND earlier.id < package_log.id)))"
    )
    op.create_index(_INDEX, "package_log", ["package_id", "direction"], unique=True)


def downgrade() -> None:
    op.drop_index(_INDEX, table_name="package_log")
