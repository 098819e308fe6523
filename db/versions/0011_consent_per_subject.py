"""Consent per data subject: a consent may name one person abroad, and lists its purposes (issue 14)

Revision ID: 0011
Revises: 0010

Before this revision a consent belonged to a household and said what it covered only in its free
text (scope). Existing consents are kept exactly as they were, without guessing: they stay the
household's consent (person_id empty, covering the head and every member, as before) and get no
purposes (empty), which services/privacy/consent.py reads as "what the scope text says": valid for
every purpose, and listed in the processing register as consents a person must check and complete.

Residence status became personal and sensitive data in this version, so it is wiped from records
already deleted (tombstones keep no personal data), as the record writer now does on delete.
Portable SQLAlchemy only: works on SQLite (batch mode re-creates the table) and PostgreSQL.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('person_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('purposes', sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f('ix_consents_person_id'), ['person_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_consents_person_id_persons'), 'persons', ['person_id'], ['id'])
    persons = sa.table('persons', sa.column('residence_status', sa.String), sa.column('deleted', sa.Boolean))
    op.execute(persons.update().where(persons.c.deleted.is_(True)).values(residence_status=None))


def downgrade() -> None:
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_consents_person_id_persons'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_consents_person_id'))
        batch_op.drop_column('purposes')
        batch_op.drop_column('person_id')
