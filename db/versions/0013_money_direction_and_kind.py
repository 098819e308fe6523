"""Money has a direction and a source; contributions have a kind

Revision ID: 0013
Revises: 0011

Before this revision an activity's "funding_vnd" said neither whether the money was mobilised for
the locality or given away (gifts to villagers across the border), nor whose money it was; reports
summed all of it as "aid mobilised from foreign NGOs and businesses". A contribution's purpose
"investment" sat beside donations. This revision adds:

- activities.funding_direction (received / given) and activities.funding_source (foreign_ngo,
  foreign_business, foreign_local_gov, overseas_vn, domestic). Every existing activity WITH an
  amount gets "tbd" (cần xác định) in both: nothing here can tell where that money went, so a
  person settles each one (activity list, filter "Money mobilised or given" = "To be determined").
  Activities without an amount stay empty (there is nothing to determine).
- contributions.contribution_kind (donation / investment / other). Only what the row itself says
  is carried over: purpose "investment" -> "investment"; a purpose that is a gift by its nature
  (Fund for the Poor, social welfare, solidarity houses, relief, scholarships, seas and islands)
  -> "donation"; every other contribution ("other", or a purpose the province published) gets
  "tbd" (cần xác định), listed by the filter "Kind of contribution" = "To be determined".

- activities.tet_meeting (a meeting with overseas Vietnamese home for Tết): false for every
  existing activity; the report's Tết figure now counts the ticked overseas meetings (it was typed
  by hand), so an office ticks last Tết's meetings before reporting on that period again.

The meaning of existing figures changes (aid mobilised only counts settled, received, foreign
money), so the marks are visible, never guessed. Works on SQLite and PostgreSQL. Written out here
(not imported) so it keeps doing what it did.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0011'
branch_labels = None
depends_on = None


# Purposes that are by their nature a gift (a fund, relief, a scholarship): the row says "donation".
_DONATION_PURPOSES = ("poor_fund", "social_welfare", "solidarity_house", "disaster_relief", "scholarship",
                      "sea_islands")


def upgrade() -> None:
    # Plain ADD COLUMN on both databases (no table copy: SQLite's search triggers stay as they are).
    op.add_column("activities", sa.Column("funding_direction", sa.String(20), nullable=True))
    op.add_column("activities", sa.Column("funding_source", sa.String(40), nullable=True))
    op.add_column("contributions", sa.Column("contribution_kind", sa.String(20), nullable=True))
    # No existing activity is taken for a Tết meeting: an office ticks the ones that were.
    op.add_column("activities", sa.Column("tet_meeting", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE activities SET funding_direction = 'tbd', funding_source = 'tbd' "
               "WHERE funding_vnd IS NOT NULL AND funding_vnd <> 0")
    op.execute("UPDATE contributions SET contribution_kind = CASE "
               "WHEN purpose = 'investment' THEN 'investment' "
               f"WHEN purpose IN ({', '.join(repr(p) for p in _DONATION_PURPOSES)}) THEN 'donation' "
               "ELSE 'tbd' END")


def downgrade() -> None:
    with op.batch_alter_table("contributions") as batch:
        batch.drop_column("contribution_kind")
    with op.batch_alter_table("activities") as batch:
        batch.drop_column("tet_meeting")
        batch.drop_column("funding_source")
        batch.drop_column("funding_direction")
