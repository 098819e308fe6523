"""Owner index on synced tables; per-owner site counters for truthful package knowledge

Revision ID: 0016
Revises: 0014

- `ix_<table>_owner_change` (origin_office_id, change_seq) on every synced table: a sync package
  selects in SQL the rows its recipient may receive (their owner is the recipient, an office below
  it, or, going up, us and the offices below us) and changed after its acknowledged point, instead
  of reading every changed row of every other commune and dropping them in Python. The owner column
  (`origin_office_id`) exists on every row since revision 0001 and never changes, so nothing is
  filled: existing rows are indexed as they are. The index on the owner alone
  (`ix_<table>_origin_office_id`) goes: the new one starts with the owner and serves those lookups,
  and one index fewer is one B-tree fewer to write per imported row.
- `owner_site_counters`: for each owner office, the highest write counter of each site on its
  records. A filtered package raises a site in its `upto` only when no record withheld from the
  recipient holds a write of that site it lacks (docs/sync.md, "What a filtered package claims").
  Left empty here: the first package built after the upgrade fills it from every row once.

Works on SQLite and PostgreSQL. Nothing changes meaning; no data is removed. Written out here (not
imported) so it keeps doing what it did.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0014'
branch_labels = None
depends_on = None

# Every synced table at this revision, the work kinds of 0014 included (a later record kind's own
# revision creates its index).
_TABLES = ("activities", "twinnings", "households", "persons", "contributions", "commendations", "consents",
           "partners", "activity_persons", "activity_partners", "activity_twinnings", "activity_tasks",
           "attachments", "tasks", "border_groups", "relatives_associations", "training_courses",
           "propaganda_products")


def upgrade() -> None:
    for table in _TABLES:
        op.create_index(f"ix_{table}_owner_change", table, ["origin_office_id", "change_seq"])
        op.drop_index(f"ix_{table}_origin_office_id", table_name=table)
    op.create_table(
        "owner_site_counters",
        sa.Column("owner_office_id", sa.String(36), nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("owner_office_id", "site_id", name="pk_owner_site_counters"),
    )


def downgrade() -> None:
    op.drop_table("owner_site_counters")
    for table in _TABLES:
        op.create_index(f"ix_{table}_origin_office_id", table, ["origin_office_id"])
        op.drop_index(f"ix_{table}_owner_change", table_name=table)
