"""A plan keeps the years of its programme

Revision ID: 0021
Revises: 0020

A programme over several years (seed 004, "giai đoạn 2020–2025") was read by the plan reader, but
only its first year was kept (plans.year). This revision adds plans.last_year: the programme runs
from plans.year to plans.last_year, and its mid-term and final reviews are offered for that span.

Existing plans get NULL (a plan of one year): nothing is guessed from the title. A province that
wants the reviews of an existing programme opens the plan, sets its last year and sends it again.
Works on SQLite and PostgreSQL (a plain nullable ADD COLUMN). Written out here (not imported).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("plans", sa.Column("last_year", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("last_year")
