"""Change sequence, explicit shares, deletion register, travelling office vocabulary; and a store
cleaned of the records its office may not hold

Revision ID: 0007
Revises: 0006

Schema (docs/sync.md):
- `change_seq` (BIGINT, indexed) on every synced table and on vocab_terms: the store's transaction
  number of a row's last write; `installation.change_seq` the last number given out. Existing rows
  get 0; every peer's acknowledged point starts unknown (NULL), so the first package after the
  upgrade reads every row once, as before, and later ones read only what changed.
- `peer_sync_state.acked_seq` / `sent_points`: a peer's acknowledged change number and the
  packages sent to it since.
- `record_shares`: a record that also goes sideways to another office (a twinning pair two
  communes run together).
- `purged_records`: ids of purged tombstones (no personal data), so a late package cannot bring
  them back.
- `vocab_terms.origin_office_id`: terms this office added travel up in its sync packages; the
  office's own terms are marked as its own here.

Data: before 2026-12 a province's USB sync sent every office's records to every other office, so a
commune's store may hold other communes' people. The rule is now that an office holds the records
it owns, those of the offices below it and those shared with it; this revision removes the
others from a store that has an office above it (a commune or district store). They are not lost:
their owner keeps them, and the pre-migration backup (storage/migrate.py) holds this store as it
was. A store at the top (no parent office) is left as it is. Rows a kept record points to are
kept too, so nothing that stays loses its household, person or activity. Written out here (not
imported) so it keeps doing what it did.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Synced tables (tasks are each office's own copy of the province's plan: not cleaned).
_TABLES = ("activities", "twinnings", "households", "persons", "contributions", "commendations", "consents",
           "partners", "activity_persons", "activity_partners", "activity_twinnings", "activity_tasks",
           "attachments", "tasks")
_CLEANED = tuple(t for t in _TABLES if t != "tasks")
# child table, column, parent table: a kept child keeps its parent.
_REFERENCES = (
    ("persons", "household_id", "households"),
    ("contributions", "person_id", "persons"), ("contributions", "household_id", "households"),
    ("commendations", "person_id", "persons"), ("commendations", "household_id", "households"),
    ("consents", "household_id", "households"),
    ("activity_persons", "activity_id", "activities"), ("activity_persons", "person_id", "persons"),
    ("activity_partners", "activity_id", "activities"), ("activity_partners", "partner_id", "partners"),
    ("activity_twinnings", "activity_id", "activities"), ("activity_twinnings", "twinning_id", "twinnings"),
    ("activity_tasks", "activity_id", "activities"),
)
_CHUNK = 500


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as b:
            b.add_column(sa.Column("change_seq", sa.BigInteger(), nullable=True))
            b.create_index(f"ix_{table}_change_seq", ["change_seq"])
    with op.batch_alter_table("vocab_terms") as b:
        b.add_column(sa.Column("origin_office_id", sa.String(36), nullable=True))
        b.add_column(sa.Column("change_seq", sa.BigInteger(), nullable=True))
        b.create_index("ix_vocab_terms_change_seq", ["change_seq"])
    with op.batch_alter_table("installation") as b:
        b.add_column(sa.Column("change_seq", sa.BigInteger(), nullable=False, server_default="0"))
    with op.batch_alter_table("peer_sync_state") as b:
        b.add_column(sa.Column("acked_seq", sa.BigInteger(), nullable=True))
        b.add_column(sa.Column("sent_points", sa.JSON(), nullable=True))
    op.create_table(
        "record_shares",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("record_kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("office_id", sa.String(36), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_record_shares"),
        sa.UniqueConstraint("record_id", "office_id", name="uq_record_shares_record_office"),
    )
    op.create_index("ix_record_shares_record_id", "record_shares", ["record_id"])
    op.create_index("ix_record_shares_office_id", "record_shares", ["office_id"])
    op.create_index("ix_record_shares_change_seq", "record_shares", ["change_seq"])
    op.create_table(
        "purged_records",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("record_kind", sa.String(40), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_purged_records"),
    )
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE vocab_terms SET origin_office_id = (SELECT office_id FROM installation "
                         "WHERE id = 1) WHERE source = 'local'"))
    _remove_records_not_entitled(bind)


def _entitled_owners(bind: sa.engine.Connection) -> set[str] | None:
    """This office and every office below it; None for a store with no office above it."""
    me = bind.execute(sa.text("SELECT office_id FROM installation WHERE id = 1")).scalar()
    if me is None:
        return None
    offices = bind.execute(sa.text("SELECT id, relation, parent_office_id FROM offices")).all()
    if not any(rel == "parent" for _, rel, _ in offices):
        return None
    owners = {me}
    owners.update(oid for oid, rel, _ in offices if rel == "lower")
    grew = True
    while grew:
        below = {oid for oid, _, parent in offices if parent in owners and oid not in owners}
        owners |= below
        grew = bool(below)
    return owners


def _remove_records_not_entitled(bind: sa.engine.Connection) -> None:
    owners = _entitled_owners(bind)
    if owners is None:
        return
    remove: dict[str, set[str]] = {}
    for table in _CLEANED:
        rows = bind.execute(sa.text(f"SELECT id, origin_office_id FROM {table} "
                                    f"WHERE origin_office_id IS NOT NULL")).all()
        remove[table] = {rid for rid, owner in rows if owner not in owners}
    changed = True
    while changed:   # a kept child keeps its parent
        changed = False
        for child, column, parent in _REFERENCES:
            if not remove[parent]:
                continue
            dropped = remove[child]
            needed = {ref for rid, ref in bind.execute(sa.text(f"SELECT id, {column} FROM {child}"))
                      if ref in remove[parent] and rid not in dropped}
            if needed:
                remove[parent] -= needed
                changed = True
    for table in reversed(_CLEANED):
        ids = sorted(remove[table])
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            bind.execute(sa.text(f"DELETE FROM {table} WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)), {"ids": chunk})
            bind.execute(sa.text("DELETE FROM conflicts WHERE record_id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)), {"ids": chunk})


def downgrade() -> None:
    op.drop_table("purged_records")
    op.drop_table("record_shares")
    with op.batch_alter_table("peer_sync_state") as b:
        b.drop_column("sent_points")
        b.drop_column("acked_seq")
    with op.batch_alter_table("installation") as b:
        b.drop_column("change_seq")
    with op.batch_alter_table("vocab_terms") as b:
        b.drop_index("ix_vocab_terms_change_seq")
        b.drop_column("change_seq")
        b.drop_column("origin_office_id")
    for table in _TABLES:
        with op.batch_alter_table(table) as b:
            b.drop_index(f"ix_{table}_change_seq")
            b.drop_column("change_seq")
