"""Records withheld from a sync package for want of consent to share them

Revision ID: 0017
Revises: 0016

Issue 14: a sync package leaves out every household and person (and what belongs to them) without
valid consent for the purpose "sharing" (services/sync/consent_withheld.py). The package's knowledge
vector still covers their writes, so the next incremental package would never read them again;
this table remembers, per receiving office, what was left out and whose consent decides, so it
goes in the first package after the consent is given (and in every one after it until the office
acknowledges it: `sent_seq`). A new empty table: nothing existing changes
meaning, nothing to check. Ids only, no personal data. Works on SQLite and PostgreSQL.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_withheld",
        sa.Column("office_id", sa.String(36), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("record_kind", sa.String(40), nullable=False),
        sa.Column("household_id", sa.String(36), nullable=True),
        sa.Column("person_id", sa.String(36), nullable=True),
        sa.Column("withheld_at", sa.DateTime(), nullable=False),
        sa.Column("sent_seq", sa.BigInteger(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("sync_withheld")
